### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Hospitals and clinics are no longer off-limits to immigration officers. You still have rights as a patient, whatever your status. What do you want to know?
clinic-choice-private = Is my medical information private?
    .keywords = private, privacy, records
clinic-choice-emergency = Can they refuse me emergency care?
    .keywords = emergency, er
clinic-choice-officers = Immigration officers at the clinic
clinic-choice-guarded = I am a patient in custody
    .keywords = custody, guard
clinic-choice-rights = My rights with officers

clinic-private = Health workers must keep your medical information private in most cases. But the law lets them share some of it, for example for a court order or some official requests from officers.
clinic-private-medicaid = A court has let Medicaid share basic data, such as your address and immigration status, with ICE. Your medical records are not part of that data.
clinic-emergency = A hospital with an emergency room that takes Medicare must check you and treat an emergency until you are stable, whatever your status or money.
clinic-emergency-limits = This law does not cover most clinics or urgent care centers, and the care is not free: you may get a bill later. In an emergency, go to a hospital emergency room or call 911.
clinic-officers-public = Since January 2025, officers can make arrests at hospitals and clinics. They can be in public areas, like waiting rooms and parking lots, without a warrant.
clinic-officers-private-areas = To enter private areas, like exam rooms, without the clinic's consent, they need a warrant signed by a judge. An ICE form is not enough.
clinic-officers-rights = Wherever you are, you can stay silent and ask for a lawyer. Do not run, and do not show false papers.
clinic-guarded = If you are in custody, an officer may stay with you, even during exams. You can ask the doctor or the hospital to make time to speak with you in private.
clinic-interpreter = Hospitals and clinics that get federal money must give you language help, such as an interpreter, for free. You can ask for one.
