### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = في العيادة أو المستشفى لك حقوق كمريض، مهما كان وضع هجرتك. ماذا تريد أن تعرف؟
clinic-choice-private = هل ملفي سري؟
    .keywords = سري, سرية, خصوصية, ملفي, ملفي الطبي
clinic-choice-emergency = علاج الطوارئ
    .keywords = طوارئ, الطوارئ, طارئ, إسعاف
clinic-choice-officers = ضباط الهجرة
clinic-choice-guarded = مريض محتجز
    .keywords = احتجاز, حراسة, حارس
clinic-choice-rights = حقوقي أمامهم

clinic-private = على العاملين في مجال الصحة عادةً حفظ سرية معلوماتك الطبية. ولا يحق لضباط الهجرة قانونًا إجبارهم على كشفها دون أمر من المحكمة.
clinic-emergency = لا. لا يجوز حرمانك من العلاج الطبي الطارئ بسبب وضع هجرتك. القانون الفدرالي يحمي هذا الحق.
clinic-officers-private-areas = دون إذن العيادة أو مذكرة، لا يمكن للضباط دخول أماكنها الخاصة، مثل غرف الفحص.
clinic-officers-rights = أينما كنت، يمكنك التزام الصمت وطلب محامٍ.
clinic-guarded = إذا كنت محتجزًا، قد يبقى ضابط معك، حتى أثناء الفحص. يمكنك أن تطلب من الطبيب أو المستشفى وقتًا للحديث معك على انفراد.
clinic-interpreter = يجب على المستشفيات والعيادات التي تتلقى أموالًا فيدرالية أن تقدم لك مترجمًا مجانًا. يمكنك أن تطلبه.
