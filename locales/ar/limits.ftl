### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = هذه معلومات عامة، وليست نصيحة قانونية. لحالتك الخاصة، تحدث مع محامٍ.
limits-emergency = في حالة الطوارئ اتصل بالرقم 911: عندما يحتاج أحد إلى الشرطة أو الإطفاء أو الإسعاف فورًا. إن لم تكن متأكدًا، اتصل وهم يقررون.
limits-choice-privacy = خصوصيتك هنا
    .keywords = خصوصية, الخصوصية
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = آخر مرة راجعنا فيها هذه المعلومات مقابل مصادرها كانت في نوفمبر (تشرين الثاني) 2026.
