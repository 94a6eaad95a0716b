### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = A family member is in immigration detention and needs medical care? Choose a topic.
detention-choice-find = Find where they are held
    .keywords = find, where, locator
detention-choice-problems = Care is late or missing
    .keywords = medicine, medication, insulin, late
detention-choice-record = Keep a record, tell the lawyer
    .keywords = record, request
detention-choice-letters = Medical letters for the lawyer
    .keywords = letter, letters, doctor
detention-choice-parole = Release for health reasons
    .keywords = parole, release
detention-choice-released = Released and needs care
    .keywords = released

detention-find = ICE's online detainee locator (locator.ice.gov) can show where someone is held. It is not always right or up to date, and people are often moved: check again.
detention-dril = ICE also has a phone line for serious problems in detention. It is ICE's own line: if you fear for your own status, ask a lawyer or a trusted friend to call.
detention-emergency = In an emergency, the person should tell a guard at once and ask for medical help. Call the facility and ask for its medical staff.
detention-call-line = If medicine or care is late or missing, call ICE's line for problems in detention. If you fear for your own status, ask a lawyer or a trusted friend to call.
detention-request = The detained person can ask for medical care every day, in writing. Keep a record of each request: the date, what was asked and the answer.
detention-continuity = ICE's rules say people should keep getting the medicine they need from the day they arrive. Send the prescriptions and the doctor's records to the lawyer.
detention-lawyer = Tell the person's lawyer about every health problem. A lawyer can press for care and for release.
detention-letters = Volunteer doctors can review a detained person's health and write a medical letter for their lawyer.
detention-networks = Networks that connect lawyers with these doctors include { -org-mri } and { -org-nylpi-network }. They work through lawyers: ask the lawyer to contact them.
detention-records = Volunteer doctors review the person's medical records to write their letters. Give the lawyer any medical papers you have.
detention-parole = A person with urgent health needs can ask ICE for release on humanitarian parole. ICE decides case by case, and it is not guaranteed. A doctor's letter can help the lawyer ask.
detention-released = People released with serious health needs often get no help to find care, and may have no insurance or transportation.
detention-case-management = { -org-mri } offers case management to help patients find a doctor after release. Bring any medical papers you have.
detention-stress = Detention causes deep stress and fear, for the person and the family. The 988 line gives free, private support by call or text, 24 hours a day:
