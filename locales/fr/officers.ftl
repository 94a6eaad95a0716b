### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = Vous avez des droits, quel que soit votre statut d'immigration. Où sont les agents?
officers-choice-door = À ma porte
    .keywords = porte, maison
officers-choice-public = Dans la rue, en voiture ou au travail
    .keywords = rue, public, voiture, travail
officers-choice-warrant = Qu'est-ce qu'un mandat valide?
    .keywords = mandat
officers-choice-inside = Ils sont entrés quand même
officers-choice-silent = Que dois-je dire?
officers-choice-card = Une carte à montrer à travers la porte
officers-choice-lawyer = Comment avoir un avocat?
    .keywords = avocat, avocate
officers-choice-nearby = Aide dans mon État
    .keywords = état, zip, code postal

officers-door-closed = N'ouvrez pas la porte. Vous pouvez leur parler à travers la porte fermée.
officers-card = Voici votre carte des droits. Montrez le côté en anglais à une fenêtre ou glissez la carte sous la porte. Ainsi, vous n'avez pas à ouvrir la porte ni à parler.
officers-door-warrant = Demandez-leur de montrer un mandat signé par un juge. Demandez-leur de le passer sous la porte ou de le montrer à une fenêtre.
officers-warrant-judge = Pour entrer chez vous sans votre consentement (permission), les agents ont besoin d'un mandat signé par un juge. Il porte le nom d'un tribunal en haut et la signature d'un juge.
officers-warrant-check = Un mandat de perquisition doit indiquer votre adresse. Un mandat d'arrêt doit nommer une personne qui habite là. S'il est valide, laissez-les faire ce qu'il permet, sans les bloquer.
officers-warrant-ice = Un formulaire ICE (I-200 ou I-205) est signé par un agent de l'immigration, pas par un juge. Il ne leur permet pas d'entrer sans votre consentement. Vous pouvez dire: Je ne consens pas.
officers-warrant-force = ICE dit maintenant à ses agents qu'ils peuvent entrer de force avec un I-205 si quelqu'un a un ordre d'expulsion définitif. Des recours sont devant les tribunaux. S'ils entrent de force, ne résistez pas.
officers-inside = S'ils entrent de force, ne vous battez pas contre eux. Dites clairement: Je ne consens pas à votre entrée ni à une fouille. Restez calme.
officers-inside-after = Ne courez pas et ne cachez personne. Retenez ce qu'ils ont fait et dit, et parlez-en à un avocat dès que possible.
officers-public-calm = Restez calme et ne courez pas. Demandez: Suis-je libre de partir? S'ils disent oui, éloignez-vous calmement.
officers-public-search = Vous n'avez pas à accepter une fouille sur vous, dans votre sac ou dans votre voiture. Dites: Je ne consens pas à une fouille. Ne mentez pas et ne montrez pas de faux papiers.
officers-public-anyway = Les agents peuvent vous palper pour chercher des armes, et fouiller une voiture s'ils ont de bonnes raisons d'y soupçonner la preuve d'un crime. S'ils fouillent quand même, ne résistez pas.
officers-silent = Vous avez le droit de garder le silence. Dites: Je choisis de garder le silence. Vous n'avez pas à dire où vous êtes né ni comment vous êtes venu aux É.-U.
officers-papers = Si vous avez 18 ans ou plus et des papiers d'immigration valides, la loi dit de les avoir sur vous. Ne montrez jamais de faux papiers.
officers-no-sign = Ne signez rien avant de parler à un avocat.
officers-remember = Plus tard, notez ce dont vous vous souvenez: le nom des agents, les numéros de leur badge et de leur voiture, et leur agence.
officers-lawyer = Vous avez droit à un avocat, mais en immigration le gouvernement n'en fournit pas de gratuit. Cherchez une aide gratuite ou à faible coût maintenant:
