### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Un membre de votre famille est détenu par l'immigration et a besoin de soins médicaux? Choisissez un sujet.
detention-choice-problems = Soins en retard ou absents
    .keywords = médicament, médicaments, retard
detention-choice-letters = Lettres médicales pour l'avocat
    .keywords = lettre, lettres, médecin, docteur
detention-choice-parole = Libération pour raisons de santé
    .keywords = parole, libération
detention-choice-released = Libéré et a besoin de soins
    .keywords = libéré, libérée

detention-problems = Problèmes fréquents en détention: médicaments donnés en retard, mauvais soins de santé mentale et aide lente en cas d'urgence. Notez ce qui se passe et quand.
detention-request = La personne détenue peut demander des soins médicaux au centre de détention chaque jour. Gardez une trace écrite de chaque demande: la date, ce qui a été demandé et la réponse.
detention-lawyer = Parlez à l'avocat de la personne de chaque problème de santé. Ce sont les avocats qui peuvent réclamer des soins et la libération.
detention-letters = Des médecins bénévoles peuvent évaluer la santé d'une personne détenue et écrire une lettre médicale pour son avocat.
detention-networks = Parmi les réseaux qui mettent les avocats en contact avec ces médecins: { -org-mri } et { -org-nylpi-network }.
detention-records = Les médecins bénévoles lisent le dossier médical de la personne pour écrire leurs lettres. Donnez à l'avocat tous les papiers médicaux que vous avez.
detention-parole = Les personnes qui ont des besoins de santé urgents peuvent être libérées pour raisons humanitaires (humanitarian parole). La lettre d'un médecin peut aider l'avocat à la demander.
detention-released = Les personnes libérées qui ont de graves problèmes de santé ne reçoivent souvent aucune aide pour trouver des soins, et n'ont parfois ni assurance ni transport.
detention-case-management = { -org-mri } offre un suivi de cas pour aider les patients à trouver un médecin après leur libération. Apportez tous les papiers médicaux que vous avez.
detention-choice-find = Savoir où la personne est détenue
    .keywords = trouver, où, localisateur, locator
detention-find = Le localisateur de détenus en ligne d'ICE (locator.ice.gov) peut montrer où une personne est détenue. Il n'est pas toujours exact ni à jour.
detention-dril = ICE a aussi une ligne téléphonique pour les problèmes graves en détention. C'est la ligne d'ICE elle-même: si vous craignez pour votre propre statut, demandez à un avocat ou à un ami de confiance d'appeler.
