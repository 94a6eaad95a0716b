### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Pour le personnel des cliniques et des hôpitaux: un plan pour quand les agents de l'immigration viennent. Choisissez une étape.
staff-choice-prepare = Se préparer avant leur arrivée
    .keywords = préparer, plan
staff-choice-arrive = Quand les agents arrivent
    .keywords = arrivent, arrivée
staff-choice-warrant = Mandat d'un juge ou formulaire ICE?
    .keywords = mandat
staff-choice-records = Ils demandent des dossiers de patients
    .keywords = dossier, dossiers, assignation, subpoena
staff-choice-patients = Protéger et informer les patients
    .keywords = patients

staff-designate = Choisissez les membres du personnel qui répondront si des agents viennent, et formez tout le monde aux étapes.
staff-private-spaces = Marquez comme privées le plus de zones possible: seuls les patients et les personnes qu'ils amènent peuvent y entrer.
staff-telehealth = Proposez la télémédecine, et regroupez les tests et les examens en moins de visites, pour que les patients se déplacent moins.
staff-script = À l'accueil, dites: Je ne suis pas autorisé à consentir. Merci d'attendre ici pendant que j'appelle le responsable.
staff-warrant = Seul un mandat signé par un juge permet aux agents d'entrer dans les zones privées sans votre consentement. Un formulaire ICE (I-200 ou I-205), signé par un agent, ne suffit pas.
staff-warrant-tell = Un mandat de juge porte le nom d'un tribunal en haut et la signature d'un juge. Un formulaire ICE indique Department of Homeland Security et est signé par un agent.
staff-warrant-valid = Un mandat de juge valide doit être respecté. Lisez quels lieux et personnes il couvre, et appelez l'avocat de l'établissement. Ne bloquez jamais les agents, ne mentez pas, ne cachez personne.
staff-records = Ne remettez pas de dossiers de patients sur place. Envoyez toute décision de justice, assignation (subpoena) ou demande écrite à l'avocat de l'établissement: la loi permet certaines divulgations, pas d'autres.
staff-document = Notez le nom et le numéro de badge des agents, et gardez une copie ou une photo de tout papier qu'ils montrent.
staff-lawyer = Gardez à l'accueil les numéros de l'avocat de votre établissement et d'un groupe juridique.
staff-alert = Ayez un moyen discret de dire aux patients de partir ou d'aller dans un lieu sûr, sans créer de panique.
staff-referrals = Dites aux patients où trouver une aide juridique gratuite ou à faible coût:
