### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = Ceci est une information générale, pas un conseil juridique. Pour votre propre cas, parlez à un avocat.
limits-emergency = En cas d'urgence, appelez le 911: quand quelqu'un a besoin de la police, des pompiers ou d'une ambulance tout de suite. Si vous n'êtes pas sûr, appelez: ils décideront.
limits-choice-privacy = Votre vie privée ici
    .keywords = vie privée, confidentialité
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = Ces informations ont été vérifiées pour la dernière fois avec leurs sources en novembre 2026.
