### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Les hôpitaux et cliniques ne sont plus interdits aux agents de l'immigration. Vous gardez vos droits de patient, quel que soit votre statut. Que voulez-vous savoir?
clinic-choice-private = Mes infos médicales sont-elles privées?
    .keywords = privé, privée, confidentialité, dossier, dossier médical
clinic-choice-emergency = Peut-on me refuser des soins d'urgence?
    .keywords = urgence, urgences
clinic-choice-officers = Agents de l'immigration à la clinique
clinic-choice-guarded = Je suis un patient détenu
    .keywords = détenu, détenue, garde
clinic-choice-rights = Mes droits face aux agents

clinic-private = Le personnel de santé doit en général garder vos infos médicales privées. Mais la loi permet d'en partager une partie, par exemple sur ordonnance d'un tribunal ou pour certaines demandes officielles des agents.
clinic-private-medicaid = Un tribunal a permis à Medicaid de partager avec ICE des données de base, comme votre adresse et votre statut d'immigration. Votre dossier médical n'en fait pas partie.
clinic-emergency = Un hôpital doté d'urgences qui accepte Medicare doit vous examiner et traiter une urgence jusqu'à ce que vous soyez stable, quels que soient votre statut et vos moyens.
clinic-emergency-limits = Cette loi ne couvre ni les cliniques ni les centres de soins urgents, et les soins ne sont pas gratuits: une facture peut suivre. En urgence, allez aux urgences d'un hôpital ou appelez le 911.
clinic-officers-public = Depuis janvier 2025, les agents peuvent arrêter des gens dans les hôpitaux et cliniques. Ils peuvent être dans les zones publiques, comme salles d'attente et parkings, sans mandat.
clinic-officers-private-areas = Pour entrer sans le consentement de la clinique dans ses zones privées, comme les salles d'examen, il faut un mandat signé par un juge. Un formulaire ICE ne suffit pas.
clinic-officers-rights = Où que vous soyez, vous pouvez garder le silence et demander un avocat. Ne courez pas, ne montrez pas de faux papiers.
clinic-guarded = Si vous êtes détenu, un agent peut rester avec vous, même pendant les examens. Vous pouvez demander au médecin ou à l'hôpital de prévoir un moment pour vous parler en privé.
clinic-interpreter = Les hôpitaux et cliniques qui reçoivent de l'argent fédéral doivent vous offrir une aide gratuite dans votre langue, comme un interprète. Vous pouvez en demander un.
