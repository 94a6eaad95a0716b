### Example messages people send, for choosing an answer from what they type.
### One message per line. Write them as people in your community text, not word for word
### from English. The bot only ever answers with reviewed messages; these only pick which one.

understand-officers-intro =
    quels sont mes droits face à ICE
    j'ai quels droits avec la police de l'immigration
    c koi mes droits si un agent ICE me parle
    je suis sans papiers est-ce que j'ai des droits devant les agents
    mes droits avec les officiers d'immigration svp
    kel sont mes droits si l'immigration me contrôle
    est ce que j'ai des droits meme si jai pas de papiers
    chu sans statut, c'est quoi mes droits avec ICE
    je veux connaître mes droits face aux agents de l'immigration
    en général c'est quoi mes droits avec les gens de ICE
    c koi mes droits si ICE m'arrete, jsuis pas en regle
    j'ai pas de green card, j'ai des droits quand meme face a ICE?

understand-officers-door =
    ICE est devant ma porte
    ya des agents d'immigration qui frappent à ma porte
    la police de l'immigration cogne chez moi en ce moment
    ICE frappe a la porte jsp quoi faire
    ils sont devant mon appartement, est-ce que j'ouvre
    des agents dehors devant la maison ils veulent que j'ouvre
    y'a ICE qui cogne à ma porte, j'ouvre-tu?
    les gens de l'immigration sont à ma porte ils disent ouvrez
    ICE at my door, ils tapent fort sur la porte
    qqn de ICE sonne chez moi mtn, j'ai pas ouvert
    ICE tape a la porte de mon appart, j'ouvre ou pas
    des agents devant la porte de chez moi depuis 10 min, je fais quoi

understand-officers-warrant =
    c'est quoi un mandat valide
    ils ont un papier, comment savoir si c un vrai mandat
    mandat signé par un juge ou pas, comment je vérifie
    le formulaire I-205 ça leur permet d'entrer chez moi?
    un I-200 c'est un mandat de juge?
    le papier est signé par un officier pas par un juge, c valable?
    est-ce qu'un mandat administratif de ICE les laisse entrer
    comment reconnaitre un warrant signé par un juge
    mandat de perquisition, mon adresse doit etre écrite dessus?
    ordre d'expulsion définitif avec un I-205, ils ont le droit de rentrer?
    ils disent qu'ils ont un warrant, comment je sais s'il est signé par un juge
    le mandat a pas le nom du tribunal, c valide?

understand-officers-inside =
    ICE est entré chez moi de force
    ils ont défoncé la porte et ils sont dans la maison
    les agents sont déjà à l'intérieur qu'est-ce que je fais
    ils sont rentrés sans ma permission
    ICE est dans mon appartement en ce moment
    ils ont forcé l'entrée pis y fouillent partout
    ils sont entrés quand meme alors que j'ai pas ouvert
    l'immigration est rentrée dans la maison, ils fouillent ma chambre
    ils ont cassé la porte, ils sont dedans maintenant
    they came in anyway, ils sont déjà entrés chez nous
    ICE a forcé la porte, ils sont dans le salon mtn
    ils sont rentrés chez nous sans warrant, on fait koi

understand-officers-public =
    la police m'a arrêté dans la rue et demande mes papiers
    ICE m'a interpellé dans la rue
    je me suis fait pull over en voiture et c'est ICE
    descente d'ICE à mon travail
    des agents contrôlent les gens à l'arrêt d'autobus
    ils m'ont stoppé dans mon char, ils veulent fouiller
    ils veulent fouiller mon sac dans la rue, je dois accepter?
    raid de l'immigration au boulot qu'est-ce que je fais
    un agent m'a abordé dehors, est-ce que je peux partir
    ICE au chantier où je travaille, est-ce que je cours?
    ICE m'a arreté sur la route, ils demandent mes papiers
    des agents au metro qui controlent les papiers des gens
    je travaille dans un resto et ICE est dans la cuisine, je fais quoi
    descente d'ICE à l'usine où je bosse, ils bloquent les sorties
    ICE est arrivé à la ferme où on travaille, le patron dit rien

understand-officers-silent =
    qu'est-ce que je dois dire aux agents
    est-ce que j'ai le droit de garder le silence
    je suis obligé de répondre à leurs questions?
    ils demandent où je suis né, je dois le dire?
    est-ce que je dois signer leurs papiers
    ils veulent que je signe un document, je signe ou pas
    je dois leur dire comment je suis venu aux USA?
    quoi dire si ICE me pose des questions
    droit de rester silencieux avec l'immigration
    je dois toujours avoir ma carte verte sur moi?
    je suis obligé de leur donner mon nom?
    ICE me pose des questions sur mon pays d'origine, je dois repondre?

understand-officers-lawyer =
    comment trouver un avocat d'immigration
    j'ai besoin d'un avocat gratuit
    avocat pas cher pour un dossier d'immigration
    où trouver un avocat qui parle français
    le gouvernement me donne un avocat gratuit pour l'immigration?
    jpeux pas payer un avocat, ya de l'aide juridique gratuite?
    je cherche un avocat en immigration c urgent
    comment avoir un lawyer pour mon cas
    je veux parler à un avocat de l'immigration
    besoin d'un lawyer pour l'immigration mais j'ai pas d'argent
    ou trouver un avocat pro bono en immigration

understand-clinic-intro =
    mes droits à l'hôpital quand on est sans papiers
    est-ce que ICE peut venir à l'hôpital
    j'ai peur d'aller à la clinique à cause de l'immigration
    l'hôpital c'est un endroit protégé contre ICE?
    je suis sans papiers, je peux aller me faire soigner?
    c safe d'aller chez le docteur si j'ai pas de statut?
    question sur l'hôpital pis l'immigration
    c koi mes droits de patient si j'ai pas de papiers
    je peux aller a la clinique meme si je suis illegal?
    ma mère est hospitalisée et on a peur de ICE, quels sont ses droits
    mon père est à l'hôpital, est ce que l'immigration peut venir le chercher la-bas

understand-clinic-private =
    est-ce que l'hôpital va donner mes infos à ICE
    mon dossier médical est confidentiel?
    le docteur peut dire à l'immigration que je suis sans papiers?
    Medicaid partage mes données avec ICE?
    est-ce que la clinique garde mes informations privées
    si je vais à l'hôpital ils vont me dénoncer?
    mes infos de santé sont protégées ou pas
    Medicaid peut donner mon adresse à l'immigration?
    le secret médical ça marche pour les sans-papiers aussi?
    l'hopital va envoyer mon dossier a l'immigration?
    est ce que Medicaid donne mon statut a ICE

understand-clinic-emergency =
    l'hôpital refuse de me soigner aux urgences
    j'ai pas d'argent pour les urgences, ils peuvent me refuser?
    les urgences veulent pas me prendre parce que j'ai pas d'assurance
    c'est une urgence médicale, j'ai pas de papiers, je vais où
    ma femme a très mal, l'hôpital peut la refuser sans papiers?
    ils m'ont renvoyé de l'urgence sans me soigner
    est-ce que les urgences c gratuit
    urgent care veut pas me voir sans assurance
    j'ai besoin des urgences maintenant mais chu sans statut
    mon enfant respire mal, est-ce que l'ER va le prendre sans argent
    on m'a refusé aux urgences parce que j'ai pas de papiers
    l'ER peut me renvoyer si j'ai pas d'argent pour payer?

understand-clinic-officers =
    il y a ICE dans la salle d'attente de la clinique
    des agents d'immigration à l'hôpital où je suis
    ICE peut m'arrêter à l'hôpital?
    les agents sont dans le parking de la clinique, j'ai mon rdv
    ICE a le droit d'entrer dans la salle d'examen?
    je suis à l'hôpital et ya des officiers d'immigration
    l'immigration à la clinique, je suis patient qu'est-ce que je fais
    ils peuvent venir dans ma chambre d'hôpital sans mandat?
    agents ICE aux urgences, je suis là avec mon fils
    ICE dans le hall de l'hopital, je suis venu pour mon rdv
    des agents de l'immigration dans les couloirs de la clinique
    des agents à l'entrée de l'hôpital où mon père est hospitalisé
    mon fils est hospitalisé et ICE est dans le parking de l'hôpital

understand-clinic-guarded =
    je suis détenu et à l'hôpital, l'agent reste dans la chambre
    l'officier reste pendant mon examen, c'est normal?
    je suis en custody à l'hôpital, je peux parler au docteur seul?
    un garde est avec moi chez le médecin, je peux parler en privé
    j'ai besoin d'un interprète à l'hôpital, je suis détenu
    patient sous garde de ICE, c'est quoi mes droits
    l'agent écoute tout quand je parle au docteur
    ils m'ont amené à l'hôpital menotté et le garde part pas
    je parle pas anglais, l'hôpital doit me donner un interprète gratuit?
    je suis détenu, le garde reste pendant que le médecin m'examine
    menotté au lit d'hôpital avec un officier ICE, j'ai des droits?

understand-detention-intro =
    un membre de ma famille est détenu par ICE et il est malade
    mon mari est en détention, il a besoin de soins
    mon frère est enfermé à l'immigration et il est malade
    ma mère est dans un centre de détention et elle a besoin d'un médecin
    famille détenue qui a besoin de soins médicaux
    mon cousin a été pris par ICE, il a un problème de santé
    mon fils est en détention d'immigration, il est diabétique
    aide pour un proche détenu qui a besoin de soins
    mon mari est detenu par ICE et il est malade, aidez moi
    mon oncle est au centre de detention, il a besoin de soins

understand-detention-find =
    comment savoir où ICE a emmené mon mari
    ICE a pris mon frère, je sais pas où il est
    trouver une personne détenue par l'immigration
    ICE a emmené mon fils, comment savoir où il est détenu
    le locator de ICE comment on cherche quelqu'un
    ils ont transféré mon cousin, je le trouve plus
    je cherche ma femme arrêtée par ICE hier
    dans quel centre de détention est mon père, comment je trouve
    on a pris mon grand frère ce matin jsp où il est
    comment retrouver mon frere qu'ICE a arrêté
    le detainee locator trouve pas ma femme

understand-detention-problems =
    mon mari détenu reçoit pas ses médicaments
    ils donnent pas son insuline à mon frère en détention
    mon fils est malade au centre de détention et personne le soigne
    urgence médicale en détention, qu'est-ce que je fais
    ma femme en détention a besoin d'un médecin mais ils l'ignorent
    il a mal à la poitrine en détention, les gardes font rien
    mon tonton est détenu, ça fait 3 jours il demande le docteur et rien
    les médicaments de ma mère sont en retard au centre ICE
    comment me plaindre du manque de soins en détention
    ils donnent pas ses médocs à mon mari en détention
    mon frere est detenu et il voit pas de docteur depuis une semaine

understand-detention-record =
    comment garder une trace des demandes de soins en détention
    il doit demander des soins par écrit chaque jour?
    je note les dates de ses demandes médicales pour l'avocat
    envoyer ses ordonnances à son avocat
    comment prouver qu'il a demandé un médecin plusieurs fois
    je dois dire à l'avocat tous ses problèmes de santé?
    faire un journal des demandes de soins de mon frère détenu
    garder une copie de toutes ses demandes médicales
    envoyer le dossier de son docteur à l'avocat de mon mari détenu
    comment noter chaque demande de soins qu'il fait en détention
    il faut garder les copies de ses demandes medicales pour l'avocat?

understand-detention-letters =
    lettre médicale pour l'avocat de mon mari
    un docteur peut écrire une lettre pour le dossier de mon frère détenu?
    médecin bénévole pour évaluer une personne détenue
    comment avoir une lettre du médecin pour son avocat
    l'avocat demande un rapport médical, où trouver un docteur
    Medical Review for Immigrants c quoi
    lettre d'un docteur pour aider son cas d'immigration
    évaluation médicale gratuite pour un détenu
    rapport médical pour son cas, qui peut l'écrire
    ou trouver un medecin pour ecrire une lettre pour le lawyer de mon frere
    lettre medicale pour le juge d'immigration, qui peut la faire

understand-detention-parole =
    libération pour raisons de santé
    il est très malade, est-ce qu'il peut sortir de détention
    parole humanitaire pour mon père malade
    comment faire libérer ma femme enceinte de la détention
    ICE peut le relâcher parce qu'il a le cancer?
    demande de libération humanitaire
    mon frère est gravement malade, ils peuvent le libérer?
    sortir de détention pour cause de maladie
    humanitarian parole c'est quoi
    est ce que ICE peut le liberer parce qu'il est malade
    parole humanitaire pour raisons medicales ça marche comment

understand-detention-released =
    mon mari vient d'être libéré et il a besoin d'un médecin
    il est sorti de détention malade, on fait quoi
    libéré par ICE, pas d'assurance, besoin de soins
    trouver un docteur après la détention
    ma soeur est sortie du centre mais elle est malade, pas d'assurance
    depuis sa libération il a pas de médecin ni de transport
    depuis qu'il est sorti il est stressé, il dort plus
    ils l'ont relâché et il a besoin de ses médicaments
    soins après la sortie de détention
    mon frere est sorti de detention et il a pas de medecin
    ma femme vient de sortir du centre, où trouver un docteur pas cher

understand-limits-about =
    c'est un avis juridique ça?
    vous êtes qui
    qui a fait ce bot
    je peux faire confiance à ces informations?
    est-ce que tu es un avocat
    c'est un vrai service ou une arnaque
    ces infos sont à jour?
    c quoi ce service
    c'est fiable ce que vous dites?
    c'est un robot ou une vraie personne?
    vous etes des avocats ou pas

understand-privacy-intro =
    qui peut voir mes messages
    est-ce que c'est sécuritaire d'écrire ici
    vous gardez mon numéro?
    ICE peut lire ce que j'écris ici?
    mes messages sont privés?
    est-ce que le bot enregistre mon nom
    c safe de parler avec vous
    vous partagez mes infos avec l'immigration?
    ma conversation est confidentielle?
    vous partagez ce que j'écris avec le gouvernement?
    qui a accès à mes messages ici

understand-privacy-sms =
    les textos sont sécurisés?
    les SMS c'est chiffré?
    ma compagnie de téléphone peut voir mes textos
    le gouvernement peut avoir mes SMS
    c'est safe d'envoyer des textos ici
    Twilio garde mes messages?
    mes textos à ce numéro peuvent être lus par qqn?
    SMS privé ou pas
    si j'envoie un SMS ici qui peut le lire
    les textos sont gardés par la compagnie de telephone?

understand-privacy-telegram =
    Telegram c'est sécurisé?
    est-ce que Telegram garde mes messages
    ce chat Telegram est chiffré?
    Telegram peut voir ce que je t'écris
    la conversation sur Telegram est privée?
    les serveurs de Telegram gardent la conversation?
    Telegram partage avec le gouvernement?
    je t'écris sur Telegram, c'est safe?
    mes messages Telegram sont privés?
    Telegram donne les infos a ICE?

understand-privacy-delete =
    comment effacer cette conversation
    je veux supprimer ce chat
    comment supprimer mes messages ici
    effacer l'historique avec le bot
    comment faire pour que le bot oublie tout
    je veux que tu effaces ce que j'ai écrit
    supprimer la conversation sur mon téléphone
    delete this chat stp
    comment effacer tout ce que j'ai ecrit
    supprime notre conversation stp

understand-staff-intro =
    je travaille dans une clinique, quoi faire si ICE vient
    plan pour le personnel de l'hôpital face à l'immigration
    je suis infirmière, comment réagir si les agents viennent
    protocole pour la clinique si ICE arrive
    conseils pour les employés de santé sur ICE
    on est une clinique, on veut un plan pour l'immigration
    guide pour le staff médical
    je suis réceptionniste à la clinique, pour ICE on fait quoi
    on travaille dans un centre de santé, c'est quoi le plan pour ICE
    conseils pour le personnel de l'hôpital face aux agents
    je suis agent de sécurité à l'hôpital et ICE est là, c'est quoi le rôle du personnel
    je suis infirmière, des agents d'immigration sont à l'hôpital en ce moment, que doit faire le staff
    je travaille à l'accueil d'une clinique, qu'est-ce que les employés doivent faire avec ICE

understand-staff-prepare =
    comment préparer notre clinique avant une visite de ICE
    former le personnel pour une descente d'immigration
    choisir qui répond si les agents viennent à la clinique
    marquer les zones privées dans la clinique
    préparer l'équipe avant que ICE vienne
    télémédecine pour que les patients se déplacent moins
    qu'est-ce qu'on doit préparer à l'avance à l'hôpital
    formation du personnel sur ICE
    affiches zone privée à la clinique, on les met où
    comment former notre personnel avant une visite d'ICE
    plan a l'avance pour la clinique si l'immigration vient

understand-staff-arrive =
    ICE est à l'accueil de notre clinique en ce moment
    des agents à la réception, je suis l'employée, je dis quoi
    je travaille à l'accueil de l'hôpital et des agents ICE sont là maintenant
    les agents veulent entrer dans les salles d'examen, je suis infirmier
    agents d'immigration au front desk mtn, que dire
    ils sont à la réception et demandent à voir un patient
    je suis à l'accueil, ICE est là, je dois les laisser passer?
    je suis pas autorisée à consentir, comment je leur dis
    des officiers à l'entrée de notre centre de santé
    ICE vient d'entrer dans notre clinique, on fait quoi
    des agents au front desk maintenant, ils veulent passer
    je suis agent de sécurité à l'hôpital, ICE est à l'entrée en ce moment
    je suis réceptionniste, des officiers d'immigration sont devant mon bureau
    infirmière ici, les agents sont dans la salle d'attente en ce moment

understand-staff-warrant =
    mandat de juge ou formulaire ICE, comment faire la différence à la clinique
    les agents montrent un papier à la réception, c'est un mandat judiciaire?
    comment le personnel vérifie un mandat
    formulaire du Department of Homeland Security, la clinique doit obéir?
    on doit suivre le mandat d'un juge à l'hôpital?
    le document est signé par un officier, pas un juge, on fait quoi comme clinique
    comment le staff reconnait un warrant de juge
    ils ont un mandat pour la clinique, on appelle notre avocat?
    je suis infirmière, ICE nous montre un mandat à l'hôpital, comment savoir s'il vient d'un juge
    à la clinique on nous présente un formulaire ICE, est-ce un vrai mandat de juge
    ICE montre un warrant à la clinique, comment savoir si c'est un juge qui l'a signé
    formulaire I-200 à l'accueil, on doit les laisser entrer dans les zones privées?

understand-staff-records =
    ICE demande les dossiers des patients
    les agents veulent les dossiers médicaux, je les donne?
    ils ont une assignation subpoena pour nos dossiers patients
    on doit donner les infos des patients à l'immigration?
    demande écrite de ICE pour les dossiers de la clinique
    ils veulent la liste de nos patients
    je travaille à l'hôpital, ils exigent le dossier d'un patient
    ordonnance du tribunal pour les dossiers patients, on fait quoi
    les agents demandent le dossier d'un patient à la réception
    subpoena pour les dossiers medicaux, la clinique doit les donner?

understand-staff-patients =
    comment protéger nos patients si ICE arrive
    prévenir les patients sans faire paniquer
    informer les patients de leurs droits à la clinique
    où envoyer nos patients pour de l'aide juridique gratuite
    comment dire aux patients de partir discrètement
    un endroit sûr pour les patients dans la clinique
    on veut informer nos patients immigrants
    mettre les patients à l'abri pendant une visite de ICE
    comment aider nos patients sans papiers si ICE vient
    comment informer les patients de leurs droits sans leur faire peur

understand-nearby-ask =
    de l'aide près de chez moi
    organisations pour immigrants dans mon état
    je suis à Boston, où trouver de l'aide
    ligne d'urgence locale pour immigrants
    groupes d'aide aux immigrants près de moi
    aide à New York pour les sans-papiers
    y a une organisation dans ma ville?
    ressources locales pour l'immigration au Massachusetts
    chu en Floride, qui peut m'aider par icitte
    association africaine pour immigrants dans mon coin
    chu au New Jersey, y a des groupes d'aide pour immigrants?
    aide pour immigrants haitiens a Miami

## Short forms people type in SMS, as `short = long`, comma-separated (may be empty for a
## language that has none; then write a single line: understand-spellings = -)
understand-spellings = pk = pourquoi, pq = pourquoi, qd = quand, tjrs = toujours, bcp = beaucoup, koi = quoi, ke = que, kel = quel, ds = dans, pr = pour, tt = tout, mtn = maintenant, auj = aujourd'hui, qqn = quelqu'un, cmt = comment

## Sentences that ask the bot to stop texting (an opt-out). One per line.
understand-stop =
    arrêtez de m'envoyer des messages
    arrete de m'écrire stp
    je veux plus recevoir vos textos
    enlevez-moi de la liste
    désabonnez-moi svp
    ne m'envoyez plus de messages
    je veux pas ces messages, arrêtez d'écrire
    stop les textos svp
    retirez mon numéro de votre liste
    merci mais je ne veux plus recevoir de messages
    ARRETEZ DE M'ENVOYER DES TEXTOS!!
    plus de messages svp
    ne m'écrivez plus
    retirez-moi de votre liste svp
    laissez-moi tranquille avec vos messages
    je veux me désabonner
    je te connais pas, arrete de m'ecrire
    qui est-ce? arrete de m'envoyer des textos
    je me suis jamais inscrit, arretez de m'ecrire
    mauvais numero, arretez de m'envoyer des messages
    faux numero, m'ecrivez plus svp
    supprimez mon numero svp
    effacez-moi de votre liste
    laisse-moi tranquille, arrete de m'ecrire
    assez de messages, arretez
    vos textos me saoulent, arretez
    desinscrivez-moi de cette liste
    ne me recontactez plus jamais
    recontacte-moi plus
    je veux pas de ces textos
    merci de ne plus m'envoyer de textos
    stop, je suis pas interesse
    veuillez ne plus m'envoyer de messages, merci
    arrete de me texter
    jveux plus de tes msgs

## Messages sur des choses auxquelles ce service n'a pas de réponse, un par ligne : papotage, météo,
## sport, cuisine, envois d'argent, autres courses. Un message plus proche de ceux-ci que d'un sujet
## n'est pas traité comme un sujet (l'indice habituel et les options à la place). N'écrivez jamais ici les mots d'un sujet.
understand-elsewhere =
    il est quelle heure
    il fait quel temps aujourd'hui
    est ce qu'il va pleuvoir demain
    qui a gagne le match
    le psg a fait combien hier soir
    raconte moi une blague
    mdr ok
    merci beaucoup
    ok merci bye
    bonne nuit
    joyeux anniversaire
    combien ca coute pour envoyer de l'argent au senegal
    wave ou western union, lequel coute moins cher pour le pays
    le taux du dollar au franc cfa aujourd'hui
    ou acheter un telephone pas cher
    recette du poulet yassa
    tu connais un bon resto africain
    quel film regarder ce soir
    aide moi pour mes devoirs de maths
    comment reparer ma voiture
    je cherche du boulot
    ou est la station essence la plus proche
    je n'arrête pas de pleurer
    j'arrive pas à arrêter de penser à ça
    la pluie s'arrête pas
