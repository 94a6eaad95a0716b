### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Dans une clinique ou un hôpital, vous avez des droits en tant que patient, quel que soit votre statut d'immigration. Que voulez-vous savoir?
clinic-choice-private = Mes infos médicales sont-elles privées?
    .keywords = privé, privée, confidentialité, dossier, dossier médical
clinic-choice-emergency = Peut-on me refuser des soins d'urgence?
    .keywords = urgence, urgences
clinic-choice-officers = Agents de l'immigration à la clinique
clinic-choice-guarded = Je suis un patient détenu
    .keywords = détenu, détenue, garde
clinic-choice-rights = Mes droits face aux agents

clinic-private = Le personnel de santé doit en général garder vos informations médicales privées. Les agents de l'immigration ne peuvent pas légalement l'obliger à les partager sans l'ordre d'un tribunal.
clinic-emergency = Non. On ne peut pas vous refuser des soins médicaux d'urgence à cause de votre statut d'immigration. La loi fédérale protège ce droit.
clinic-officers-private-areas = Sans la permission de la clinique, les agents ne peuvent pas entrer dans ses zones privées, comme les salles d'examen, sans mandat.
clinic-officers-rights = Où que vous soyez, vous pouvez garder le silence et demander un avocat.
clinic-guarded = Si vous êtes détenu, un agent peut rester avec vous, même pendant les examens. Vous pouvez demander au médecin ou à l'hôpital de prévoir un moment pour vous parler en privé.
clinic-interpreter = Les hôpitaux et cliniques qui reçoivent de l'argent fédéral doivent vous offrir une aide gratuite dans votre langue, comme un interprète. Vous pouvez en demander un.
