### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Pour le personnel des cliniques et des hôpitaux: un plan pour quand les agents de l'immigration viennent. Choisissez une étape.
staff-choice-prepare = Se préparer avant leur arrivée
    .keywords = préparer, plan
staff-choice-arrive = Quand les agents arrivent
    .keywords = arrivent, arrivée, mandat
staff-choice-patients = Protéger et informer les patients
    .keywords = patients

staff-designate = Choisissez les membres du personnel qui répondront si des agents viennent, et formez tout le monde aux étapes.
staff-private-spaces = Marquez comme privées le plus de zones possible: seuls les patients et les personnes qu'ils amènent peuvent y entrer.
staff-telehealth = Proposez la télémédecine, et regroupez les tests et les examens en moins de visites, pour que les patients se déplacent moins.
staff-warrant = Sans la permission de votre établissement, les agents ne peuvent pas entrer dans ses zones privées sans mandat. Le membre du personnel désigné demande à le voir.
staff-confidential = Les informations des patients ne sont pas partagées sans l'ordre d'un tribunal.
staff-lawyer = Sachez quel avocat ou quel groupe juridique appeler, et appelez-les.
staff-alert = Ayez un moyen discret de dire aux patients de partir ou d'aller dans un lieu sûr, sans créer de panique.
staff-referrals = Dites aux patients où trouver une aide juridique gratuite ou à faible coût.
