### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = لا يحتفظ هذا البوت بنسخة من رسائلك أو رقمك أو اسمك. يتذكر فقط القائمة التي أنت فيها، تحت رمز بدل رقمك.
privacy-forgets = وحتى هذا ينساه بعد قليل من توقفك عن الكتابة. أرسل "امسح" لينساه الآن.
privacy-choice-sms = رسائل SMS
    .keywords = sms, رسائل نصية, نص
privacy-choice-telegram = تيليجرام
privacy-choice-delete = حذف المحادثة
    .keywords = حذف الدردشة, مسح المحادثة

privacy-sms-not-encrypted = الرسائل النصية غير مشفرة. يمكن لشركة هاتفك أن تحتفظ بنسخ منها، ويمكن للحكومة أن تطلبها منها.
privacy-sms-twilio = رسائل هذا البوت تمر أيضًا عبر Twilio، التي تحتفظ بسجلات الرسائل ما لم تحذفها الجهة التي تدير هذا البوت.
privacy-telegram-cloud = يحتفظ تيليجرام بالمحادثات العادية، مثل هذه، على خوادمه.
privacy-delete-bot = أرسل "امسح": ينسى البوت هذه المحادثة فورًا.
privacy-delete-phone = يمكنك أيضًا حذف هذه المحادثة من هاتفك.
privacy-delete-telegram = على تيليجرام، إذا فعّلت هذه الخدمة ذلك، فإن "امسح" تحذف أيضًا رسائل هذه المحادثة في آخر 48 ساعة.
