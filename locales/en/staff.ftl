### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = For clinic and hospital staff: a plan for when immigration officers come. Choose a step.
staff-choice-prepare = Prepare before they come
    .keywords = prepare, plan
staff-choice-arrive = When officers arrive
    .keywords = arrive
staff-choice-warrant = Judge's warrant or ICE form?
    .keywords = warrant
staff-choice-records = They ask for patient records
    .keywords = records, subpoena
staff-choice-patients = Protect and inform patients
    .keywords = patients

staff-designate = Choose the staff who will respond if officers come, and train everyone on the steps.
staff-private-spaces = Mark as many areas as you can as private: only patients and the people they bring may enter.
staff-telehealth = Offer telehealth, and group tests and exams into fewer visits, so patients travel less.
staff-script = At the front desk, say: I am not authorized to consent. Please wait here while I call the person in charge.
staff-warrant = Only a warrant signed by a judge lets officers into private areas without your consent. An ICE form (I-200 or I-205), signed by an immigration officer, does not.
staff-warrant-tell = A judge's warrant names a court at the top and is signed by a judge. An ICE form says Department of Homeland Security and is signed by an officer.
staff-warrant-valid = A valid judge's warrant must be followed. Read what places and people it covers, and call your facility's lawyer. Never block officers, lie or hide anyone.
staff-records = Do not hand over patient records on the spot. Send any court order, subpoena or written request to your facility's lawyer: the law allows some disclosures, not others.
staff-document = Write down the officers' names and badge numbers, and keep a copy or photo of any paper they show.
staff-lawyer = Keep the numbers of your facility's lawyer and of a legal group at the front desk.
staff-alert = Have a quiet way to tell patients to leave or go to a safe space, without causing panic.
staff-referrals = Tell patients where to find free or low-cost legal help:
