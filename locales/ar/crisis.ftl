### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page in your language (`kyr check` measures it,
### with the longest option label after it): the number to call is never behind "More".
### Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = اتصل بـ 911 الآن. في حالة طارئة، على قسم الطوارئ في المستشفى أن يفحصك ويعالجك مهما كان وضعك أو مالك. حتى لو كان الضباط هناك، اتصل بـ 911.
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else.
crisis-despair = لست وحدك. اتصل أو راسل 988 لك أو لمن تحب، مجانًا وبسرية، ليلًا ونهارًا. يمكنك طلب مترجم في المكالمة. إن كان أحد قد يتأذى الآن، اتصل بـ 911.

## Signs of each situation, one phrase per line, as people in your community write them: the
## bot looks for every language's signs in every message. A phrase matches when its words come
## in this order, with at most one other word between two of them ("ما أمل" matches "ما في أمل"
## and "ما عندي أمل"). End a word with * to match every word it begins (انتح* matches انتحر,
## انتحار); never put ة or ى just before the *. Words of six letters or more also match with one
## letter more or less, so a form with a prefix (وبتنزف) also matches بتنزف and وتنزف. Hamza
## forms, diacritics and tatweel are ignored; ة is read as ه and ى as ي. MSA, Egyptian,
## Levantine, Gulf and Maghrebi forms, then Arabizi. Never list an option keyword alone
## (طوارئ, إسعاف, 911): it would stop choosing the option.

crisis-signs-emergency =
    التنفس
    تنفس*
    بيتنفس
    بتتنفس
    اختن*
    بيختنق
    جلط*
    قلبية
    دماغية
    قلب* وقف
    صدري
    بصدري
    بالصدر
    الوعي
    أغمي
    مغمى
    اتغمى
    ما يصحى
    مش بيفوق
    يفيق
    يستيقظ
    انهار*
    تشنج*
    بيتشنج
    صرع*
    جرعة زائدة
    بلع*
    حبوب* كت*
    تسمم*
    نزيف*
    ينزف
    وبينزف
    تنزف
    وبتنزف
    دم كت*
    رصاص*
    بالرصاص
    بالنار
    ناري*
    طعنو*
    انطعن*
    بسكين*
    حساسية شديدة
    تحسسي*
    نوب* ربو
    بتولد
    عم تولد
    المخاض
    م* الرأس
    دعس*
    دهس*
    صدم* سيارة
    خبط* عربية
    يموت
    بيموت
    تموت
    يحتضر
    سيارة إسعاف
    بالإسعاف
    اتصل* 911
    حالة طبية طارئ*
    atnafas
    etnafas
    yetnafas
    jalta
    oghmi
    nazif
    btenzef
    sar3
    ymoot

crisis-signs-despair =
    انتح*
    الانتح*
    ينتح*
    تنتح*
    هنتح*
    سأنتح*
    أقتل نفس*
    أقتل حال*
    يقتل نفس*
    يقتل حال*
    تقتل نفس*
    هقتل نفس*
    نقتل راس*
    قتل نفس*
    أموت
    نموت
    بدي موت
    هموت نفس*
    يريد يموت
    بدو يموت
    عايز يموت
    الموت أحسن
    الموت أفضل
    ما عيش
    مش اعيش
    ما أعيش
    لا أريد أعيش
    أنهي حيات*
    ينهي حيات*
    آذي نفس*
    أؤذي نفس*
    إيذاء النفس
    أجرح نفس*
    شرايين*
    من الحياة
    من حياتي
    قادر أستحمل
    ما أتحمل
    لا أتحمل
    عاد فيني
    لا أستطيع الاستمرار
    فقد* الأمل
    مافي أمل
    ما أمل
    لا أمل
    مفيش أمل
    ماكو أمل
    يائس*
    سبب للعيش
    سبب لأعيش
    بدي اختفي
    بقيتش قادر
    ente7*
    enti7*
    inte7*
    inti7*
    nte7*
    nti7*
    hante7*
    a2tol nafsi
    a2tel nafsi
    a2tol 7ali
    bd* moot
    bd* mout
    bd* mot
    amoot
    nmout
    mesh a3ish
    ma 3ish
    mafi amal
