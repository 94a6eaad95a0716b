### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Un membre de votre famille est détenu par l'immigration et a besoin de soins médicaux? Choisissez un sujet.
detention-choice-find = Savoir où la personne est détenue
    .keywords = trouver, où, localisateur, locator
detention-choice-problems = Soins en retard ou absents
    .keywords = médicament, médicaments, insuline, retard
detention-choice-record = Garder une trace, prévenir l'avocat
    .keywords = trace, noter, demande
detention-choice-letters = Lettres médicales pour l'avocat
    .keywords = lettre, lettres, médecin, docteur
detention-choice-parole = Libération pour raisons de santé
    .keywords = parole, libération
detention-choice-released = Libéré et a besoin de soins
    .keywords = libéré, libérée

detention-find = Le localisateur d'ICE (locator.ice.gov) peut montrer où une personne est détenue. Il n'est pas toujours exact ni à jour, et les détenus sont souvent transférés: vérifiez de nouveau.
detention-dril = ICE a aussi une ligne téléphonique pour les problèmes graves en détention. C'est la ligne d'ICE elle-même: si vous craignez pour votre propre statut, demandez à un avocat ou à un ami de confiance d'appeler.
detention-emergency = En cas d'urgence, la personne doit prévenir un garde tout de suite et demander de l'aide médicale. Appelez le centre et demandez son personnel médical.
detention-call-line = Si médicaments ou soins tardent ou manquent, appelez la ligne d'ICE pour les problèmes en détention. Si vous craignez pour votre statut, faites appeler un avocat ou un ami sûr.
detention-request = La personne détenue peut demander des soins médicaux chaque jour, par écrit. Gardez une trace de chaque demande: la date, ce qui a été demandé et la réponse.
detention-continuity = Selon les règles d'ICE, les détenus doivent recevoir les médicaments dont ils ont besoin dès leur arrivée. Envoyez à l'avocat les ordonnances et le dossier du médecin.
detention-lawyer = Parlez à l'avocat de la personne de chaque problème de santé. Un avocat peut réclamer des soins et la libération.
detention-letters = Des médecins bénévoles peuvent évaluer la santé d'une personne détenue et écrire une lettre médicale pour son avocat.
detention-networks = Parmi les réseaux qui mettent les avocats en contact avec ces médecins: { -org-mri } et { -org-nylpi-network }. Ils passent par les avocats: demandez à l'avocat de les contacter.
detention-records = Les médecins bénévoles lisent le dossier médical de la personne pour écrire leurs lettres. Donnez à l'avocat tous les papiers médicaux que vous avez.
detention-parole = Une personne aux besoins de santé urgents peut demander à ICE une libération pour raisons humanitaires (humanitarian parole). ICE décide au cas par cas, sans garantie. Une lettre médicale peut aider l'avocat.
detention-released = Les personnes libérées qui ont de graves problèmes de santé ne reçoivent souvent aucune aide pour trouver des soins, et n'ont parfois ni assurance ni transport.
detention-case-management = { -org-mri } offre un suivi de cas pour aider les patients à trouver un médecin après leur libération. Apportez tous les papiers médicaux que vous avez.
detention-stress = La détention cause un stress et une peur profonds, pour la personne et sa famille. La ligne 988 offre un soutien gratuit et confidentiel par appel ou texto, 24 h sur 24:
