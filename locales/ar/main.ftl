### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = حقوقك بأمريكا: معلومات مجانية، لا نصيحة محام.
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = أرسل رقمًا:
    .buttons = ماذا تريد أن تعرف؟
main-choice-officers = ضباط الهجرة
    .keywords = ice, ضباط, الضباط, الهجرة, هجرة, باب, الباب, شارع, شرطة, الشرطة
main-choice-clinic = عيادة/مستشفى
    .keywords = عيادة, العيادة, مستشفى, المستشفى, طبيب, دكتور
main-choice-detention = قريب محتجز
    .keywords = محتجز, احتجاز, معتقل, اعتقال
main-choice-nearby = مساعدة قريبة
    .keywords = قربي, بالقرب مني, zip, الرمز البريدي, خط المساعدة
main-choice-staff = للطاقم الطبي
    .keywords = طاقم, الطاقم, موظفين, العاملين
main-choice-limits = عن الخدمة
    .keywords = عن, طوارئ, 911, خصوصية
main-choice-language = لغة أخرى
main-language-prompt = اختر لغتك. أرسل رقمًا.
    .buttons = اختر لغتك.
