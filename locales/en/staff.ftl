### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = For clinic and hospital staff: a plan for when immigration officers come. Choose a step.
staff-choice-prepare = Prepare before they come
    .keywords = prepare, plan
staff-choice-arrive = When officers arrive
    .keywords = arrive, warrant
staff-choice-patients = Protect and inform patients
    .keywords = patients

staff-designate = Choose the staff who will respond if officers come, and train everyone on the steps.
staff-private-spaces = Mark as many areas as you can as private: only patients and the people they bring may enter.
staff-telehealth = Offer telehealth, and group tests and exams into fewer visits, so patients travel less.
staff-warrant = Without your facility's permission, officers cannot enter its private areas without a warrant. The designated staff member asks to see it.
staff-confidential = Patient information is not shared without a court order.
staff-lawyer = Know which lawyer or legal group to call, and call them.
staff-alert = Have a quiet way to tell patients to leave or go to a safe space, without causing panic.
staff-referrals = Tell patients where to find free or low-cost legal help.
