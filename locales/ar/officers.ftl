### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = لك حقوق مهما كان وضع هجرتك. أين الضباط؟
officers-choice-door = عند بابي
    .keywords = باب, الباب, بيت, البيت, منزل
officers-choice-public = خارج البيت
    .keywords = شارع, الشارع, سيارة, عمل, العمل
officers-choice-warrant = مذكرة صالحة؟
    .keywords = مذكرة, أمر قضائي
officers-choice-inside = دخلوا بالقوة
officers-choice-silent = ماذا أقول؟
officers-choice-lawyer = إيجاد محامٍ
    .keywords = محامي, محام, محامية

officers-door-closed = لا تفتح الباب. يمكنك التحدث معهم والباب مغلق.
officers-door-warrant = اطلب منهم أن يُظهروا مذكرة موقعة من قاضٍ. اطلب أن يمرروها من تحت الباب أو يرفعوها أمام نافذة.
officers-warrant-judge = ليدخل الضباط بيتك دون إذنك، يجب أن تكون معهم مذكرة موقعة من قاضٍ. تأكد أن قاضيًا وقّعها وأن عليها اسمك.
officers-warrant-ice = الاستمارة الموقعة من ضابط هجرة (استمارات ICE رقم I-200 أو I-205) لا تكفي للدخول. يمكنك أن ترفض.
officers-inside = إذا دخلوا بالقوة، لا تقاومهم. قل بوضوح: لا أوافق على دخولكم ولا على أي تفتيش. ابقَ هادئًا.
officers-public-calm = ابقَ هادئًا ولا تركض. اسأل: هل أنا حر في المغادرة؟ إذا قالوا نعم، فابتعد بهدوء.
officers-public-search = لست مضطرًا للموافقة على تفتيشك أو تفتيش حقيبتك أو سيارتك. قل: لا أوافق على التفتيش. لا تكذب ولا تُظهر أوراقًا مزورة.
officers-silent = لك الحق في التزام الصمت. لست مضطرًا أن تقول أين وُلدت أو كيف جئت إلى الولايات المتحدة.
officers-no-sign = لا توقّع على أي شيء قبل أن تتحدث مع محامٍ.
officers-remember = بعد ذلك، اكتب ما تتذكره: أسماء الضباط، وأرقام شاراتهم وسياراتهم، والجهة التي يتبعونها.
officers-lawyer = لك الحق في التحدث مع محامٍ. يمكنك أن تقول: أريد التحدث مع محامٍ. للمساعدة، يمكنك الاتصال بـ:
