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
officers-choice-lawyer = Comment avoir un avocat?
    .keywords = avocat, avocate

officers-door-closed = N'ouvrez pas la porte. Vous pouvez leur parler à travers la porte fermée.
officers-door-warrant = Demandez-leur de montrer un mandat signé par un juge. Demandez-leur de le passer sous la porte ou de le montrer à une fenêtre.
officers-warrant-judge = Pour entrer chez vous sans votre permission, les agents ont besoin d'un mandat signé par un juge. Vérifiez qu'un juge l'a signé et qu'il porte votre nom.
officers-warrant-ice = Un formulaire signé par un agent de l'immigration (formulaires ICE I-200 ou I-205) ne suffit pas pour entrer. Vous pouvez dire non.
officers-inside = S'ils entrent de force, ne vous battez pas contre eux. Dites clairement: Je ne consens pas à votre entrée ni à une fouille. Restez calme.
officers-public-calm = Restez calme et ne courez pas. Demandez: Suis-je libre de partir? S'ils disent oui, éloignez-vous calmement.
officers-public-search = Vous n'avez pas à accepter une fouille sur vous, dans votre sac ou dans votre voiture. Dites: Je ne consens pas à une fouille. Ne mentez pas et ne montrez pas de faux papiers.
officers-silent = Vous avez le droit de garder le silence. Vous n'avez pas à dire où vous êtes né ni comment vous êtes venu aux États-Unis.
officers-no-sign = Ne signez rien avant de parler à un avocat.
officers-remember = Plus tard, notez ce dont vous vous souvenez: le nom des agents, les numéros de leur badge et de leur voiture, et leur agence.
officers-lawyer = Vous avez le droit de parler à un avocat. Vous pouvez dire: Je veux parler à un avocat. Pour de l'aide, vous pouvez appeler:
