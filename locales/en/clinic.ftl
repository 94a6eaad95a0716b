### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = At a clinic or hospital you have rights as a patient, whatever your immigration status. What do you want to know?
clinic-choice-private = Is my medical information private?
    .keywords = private, privacy, records
clinic-choice-emergency = Can they refuse me emergency care?
    .keywords = emergency, er
clinic-choice-officers = Immigration officers at the clinic
clinic-choice-guarded = I am a patient in custody
    .keywords = custody, guard
clinic-choice-rights = My rights with officers

clinic-private = Health workers must generally keep your medical information private. Immigration officers cannot legally make them share it without a court order.
clinic-emergency = No. You cannot be denied emergency medical care because of your immigration status. Federal law protects this.
clinic-officers-private-areas = Without the clinic's permission, officers cannot enter its private areas, like exam rooms, without a warrant.
clinic-officers-rights = Wherever you are, you can stay silent and ask for a lawyer.
clinic-guarded = If you are in custody, an officer may stay with you, even during exams. You can ask the doctor or the hospital to make time to speak with you in private.
clinic-interpreter = Hospitals and clinics that get federal money must give you language help, such as an interpreter, for free. You can ask for one.
