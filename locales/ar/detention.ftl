### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = هل أحد أفراد عائلتك محتجز لدى الهجرة ويحتاج إلى رعاية طبية؟ اختر موضوعًا.
detention-choice-problems = مشاكل العلاج
    .keywords = دواء, الدواء, أدوية, تأخير, متأخر
detention-choice-letters = رسائل طبية
    .keywords = رسالة, رسائل, طبيب, دكتور
detention-choice-parole = إفراج صحي
    .keywords = parole, إفراج, الإفراج, إفراج مشروط
detention-choice-released = بعد الإفراج
    .keywords = مفرج عنه, أفرجوا عنه, خرج

detention-problems = مشاكل شائعة في الاحتجاز: تأخر الدواء، وضعف رعاية الصحة النفسية، وبطء المساعدة في الطوارئ. اكتب ما يحدث ومتى.
detention-request = يمكن للشخص المحتجز أن يطلب الرعاية الطبية من مركز الاحتجاز كل يوم. احتفظ بسجل مكتوب لكل طلب: التاريخ، وما طُلب، والرد.
detention-lawyer = أخبر محامي الشخص بكل مشكلة صحية. المحامون هم من يستطيعون المطالبة بالرعاية وبالإفراج.
detention-letters = يمكن لأطباء متطوعين مراجعة صحة الشخص المحتجز وكتابة رسالة طبية لمحاميه.
detention-networks = تربطهم بالمحامين شبكات منها: { -org-mri } و{ -org-nylpi-network }.
detention-records = يراجع الأطباء المتطوعون السجلات الطبية للشخص لكتابة رسائلهم. أعطِ المحامي أي أوراق طبية لديك.
detention-parole = يمكن الإفراج عن أصحاب الحاجات الصحية العاجلة بإفراج إنساني مشروط (parole). رسالة من طبيب قد تساعد المحامي على طلبه.
detention-released = المفرج عنهم ذوو الحاجات الصحية الخطيرة غالبًا لا يجدون مساعدة لإيجاد العلاج، وقد يكونون بلا تأمين أو مواصلات.
detention-case-management = تقدم منظمة { -org-mri } متابعة للحالات لمساعدة المرضى في إيجاد طبيب بعد الإفراج. أحضر أي أوراق طبية لديك.
detention-choice-find = مكان احتجازه
    .keywords = أين, مكان, بحث, ابحث
detention-find = أداة البحث عن المحتجزين على موقع ICE (locator.ice.gov) قد تُظهر مكان احتجاز الشخص. لكنها ليست دائمًا صحيحة أو محدّثة.
detention-dril = لدى ICE أيضًا خط هاتفي للمشاكل الخطيرة في الاحتجاز. الخط تابع لـ ICE: إن كنت تخاف على وضعك، فاطلب من محامٍ أو صديق موثوق أن يتصل.
