### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = لطاقم العيادات والمستشفيات: خطة لوقت مجيء ضباط الهجرة. اختر خطوة.
staff-choice-prepare = قبل وصولهم
    .keywords = استعداد, تحضير, خطة
staff-choice-arrive = عند وصولهم
    .keywords = وصول, وصلوا, مذكرة
staff-choice-patients = حماية المرضى
    .keywords = مرضى, المرضى

staff-designate = اختر الموظفين الذين سيتصرفون إذا جاء الضباط، ودرّب الجميع على الخطوات.
staff-private-spaces = حدد أكبر عدد ممكن من الأماكن كأماكن خاصة: لا يدخلها إلا المرضى ومن يرافقهم.
staff-telehealth = قدّم الرعاية عن بُعد، واجمع التحاليل والفحوص في زيارات أقل، حتى يقل تنقل المرضى.
staff-warrant = دون إذن منشأتك أو مذكرة، لا يمكن للضباط دخول أماكنها الخاصة. الموظف المكلف يطلب رؤية المذكرة.
staff-confidential = لا تُشارك معلومات المرضى دون أمر من المحكمة.
staff-lawyer = اعرف أي محامٍ أو جهة قانونية تتصل بها، واتصل بها.
staff-alert = جهّز طريقة هادئة لتطلب من المرضى المغادرة أو الذهاب إلى مكان آمن، دون إثارة الذعر.
staff-referrals = أخبر المرضى أين يجدون مساعدة قانونية مجانية أو قليلة التكلفة.
