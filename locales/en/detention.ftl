### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = A family member is in immigration detention and needs medical care? Choose a topic.
detention-choice-problems = Care is late or missing
    .keywords = medicine, medication, late
detention-choice-letters = Medical letters for the lawyer
    .keywords = letter, letters, doctor
detention-choice-parole = Release for health reasons
    .keywords = parole, release
detention-choice-released = Released and needs care
    .keywords = released

detention-problems = Common problems in detention: medicine given late, poor mental health care and slow help in emergencies. Write down what happens and when.
detention-request = The detained person can ask the facility for medical care every day. Keep a written record of each request: the date, what was asked and the answer.
detention-lawyer = Tell the person's lawyer about every health problem. Lawyers are the ones who can press for care and for release.
detention-letters = Volunteer doctors can review a detained person's health and write a medical letter for their lawyer.
detention-networks = Networks that connect lawyers with these doctors include { -org-mri } and { -org-nylpi-network }.
detention-records = Volunteer doctors review the person's medical records to write their letters. Give the lawyer any medical papers you have.
detention-parole = People with urgent health needs can be released on humanitarian parole. A doctor's letter can help the lawyer ask for it.
detention-released = People released with serious health needs often get no help to find care, and may have no insurance or transport.
detention-case-management = { -org-mri } offers case management to help patients find a doctor after release. Bring any medical papers you have.
detention-choice-find = Find where they are held
    .keywords = find, where, locator
detention-find = ICE's online detainee locator (locator.ice.gov) can show where someone is held. It is not always right or up to date.
detention-dril = ICE also has a phone line for serious problems in detention. It is ICE's own line: if you fear for your own status, ask a lawyer or a trusted friend to call.
