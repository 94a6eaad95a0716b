### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page in your language (`kyr check` measures it,
### with the longest option label after it): the number to call is never behind "More".
### Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = Appelez le 911 maintenant. En cas d'urgence, les urgences d'un hôpital doivent vous examiner et vous soigner, quel que soit votre statut, avec ou sans argent. Si des agents sont là, appelez quand même le 911.
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else. Texting 988 works in English and Spanish only: the interpreter is for calls.
crisis-despair = Vous n'êtes pas seul. Appelez ou envoyez un SMS au 988, pour vous ou un proche: gratuit et confidentiel, jour et nuit. En appelant, vous pouvez avoir un interprète. Si quelqu'un risque d'être blessé maintenant, appelez le 911.

## Signes de chaque situation, une expression par ligne, comme les gens de votre communauté les
## écrivent : le bot cherche les signes de toutes les langues dans chaque message. Une expression
## correspond quand ses mots viennent dans cet ordre, avec au plus deux autres mots entre deux
## d'entre eux (aucun en vietnamien, où les syllabes s'écrivent séparément). En anglais,
## espagnol, français, portugais, russe, arabe et hindi, les mots d'une expression de deux mots ou
## plus correspondent aussi à leurs autres formes (« arrêté de respirer » trouve aussi « arrête de
## respirer ») ; une expression d'un seul mot correspond telle qu'elle est écrite. Un mot terminé
## par * correspond à tous les mots qu'il commence (overdos* trouve overdose, overdosé). Les mots
## de cinq lettres ou plus correspondent aussi avec une lettre de plus ou de moins. Majuscules,
## accents et apostrophes ne comptent pas. Soyez généreux : un message qui montre un signe reçoit
## d'abord le 911 ou le 988, et une ligne de trop coûte bien moins qu'une ligne qui manque.
## Les apostrophes sont supprimées, pas lues comme des espaces : « s'étouffe » est un seul mot,
## « setouffe ».

crisis-signs-emergency =
    respire p*
    respire mal
    pas respirer
    plus respirer
    arrêté de respirer
    mal à respirer
    difficult* respirer
    étouff*
    setouff*
    lèvres bleu*
    crise cardia*
    arrêt cardia*
    infarctus
    crise du coeur
    pas de pouls
    mal à la poitrine
    douleur à la poitrine
    douleur* thoraci*
    AVC
    inconscient*
    perdu connaissance
    sans connaissance
    évanoui*
    sevanoui*
    dans les pommes
    réveil* pas
    réveil* plus
    pas réveiller
    à réveiller
    réagit plus
    s'est effondr*
    crise d'épilepsie
    crise épilep*
    convuls*
    surdos*
    overdos*
    trop de médicaments
    trop de cachets
    avalé des médicaments
    empoisonn*
    saign* beaucoup
    saign* bcp
    pas de saigner
    beaucoup de sang
    hémorragie
    blessé par balle
    reçu une balle
    pris une balle
    tiré dessus
    tirer dessus
    poignard*
    coup* de couteau
    réaction allergique
    anaphyla*
    gorge gonfl*
    crise d'asthme
    crise asthm*
    perdu les eaux
    va accoucher
    en train d'accoucher
    enceinte saign*
    enceinte je saign*
    fausse couche
    renversé par
    se noie
    en train de mourir
    va mourir
    ambulance
    appel* 911
    urgence médicale
    il bouge plus
    elle bouge plus
    bébé bouge plus
    bébé bouge pas
    arrêté de bouger
    devient violet
    devient bleu
    visage bleu
    bouche de travers
    visage de travers
    paralysé d'un côté
    côté paralysé
    mousse à la bouche
    écume à la bouche
    yeux révulsés
    tremble sans arrêt
    arrête pas de trembler
    cogné la tête
    blessure à la tête
    traumatisme crânien
    saign* de la tête
    tête saign*
    brûl* grave*
    grave* brûl*
    très forte fièvre
    fièvre de cheval
    fièvre très élevée
    fracture ouverte
    os qui sort
    cassé la jambe
    visage gonfl*
    langue gonfl*
    lèvres gonfl*
    quincke
    noyade
    s'est noyé
    tombé dans la piscine
    accident de voiture
    grave* bless*
    y a des blessés
    fait un malaise
    malaise cardiaque
    s'est écroulé
    electrocut*
    bu de la javel
    avalé de la javel
    bless* grave*
    avale plein de cachets
    avale des cachets
    avale des medicaments

crisis-signs-despair =
    suicid*
    suicide
    suicider
    me tuer
    veut se tuer
    va se tuer
    de se tuer
    envie de mourir
    veux mourir
    voudrais mourir
    jveux mourir
    veut mourir
    veux crever
    envie de crever
    plus envie de vivre
    veux plus vivre
    veux pas vivre
    raison de vivre
    peine de vivre
    vie sert rien
    marre de vivre
    marre de la vie
    fatigué de vivre
    fatigué de la vie
    vie n'a plus de sens
    vie n'a aucun sens
    mieux mort
    mieux morte
    mieux sans moi
    veux en finir
    vais en finir
    en finir avec la vie
    en finir avec tout
    fin à mes jours
    fin à ma vie
    fin à ses jours
    fin à sa vie
    me donner la mort
    me foutre en l'air
    foutre en l air
    pendaison
    plus envie de rien
    me jeter sous
    sauter du pont
    tirer une balle
    me fai* du mal
    se fai* du mal
    me blesser
    je me coupe
    me taillad*
    couper les veines
    ouvrir les veines
    scarif*
    automutil*
    auto mutil*
    j'en peux plus
    en peux plus
    en peut plus
    supporte plus
    tiens plus le coup
    plus la force
    sans espoir
    aucun espoir
    plus d'espoir
    désespoir
    perdu espoir
    veux disparaître
    envie de disparaître
    plus me réveiller
    jamais me réveiller
    vie pas de sens
    vie plus de sens
    vie plus aucun sens
    sert à rien de vivre
    à quoi bon vivre
    las de vivre
    lasse de vivre
    veux pas me réveiller
    pas me réveiller demain
    dormir pour toujours
    m'endormir pour toujours
    mieux si j'étais mort
    mieux si j'étais plus là
    manquerais à personne
    personne me regrett*
    suis un fardeau
    suis qu'un fardeau
    comme un fardeau
    suis un poids pour
    pense à en finir
    envie d'en finir
    décidé d'en finir
    parle d'en finir
    veut en finir
    voulait en finir
    veux que tout s'arrête
    cachets de côté
    pilules de côté
    médicaments de côté
    avaler tous mes cachets
    avaler toute la boîte
    sauter d'un pont
    sauter du toit
    sauter par la fenêtre
    me jeter par la fenêtre
    se jeter par la fenêtre
    me jeter d'un pont
    me jeter dans le vide
    sous un train
    rejoindre au ciel
    rejoindre au paradis
    être au ciel avec
    j'abandonne tout
    plus continuer comme ça
    pas continuer comme ça
    rien me retient
    me sens vide
    vide à l'intérieur
    adieu pour toujours
    adieu à tous
    adieu tout le monde
    c'est mon dernier message
    est mon dernier message
    mes derniers mots
    lettre d'adieu
    je vous dis adieu
    veut plus vivre
    veut disparaître
    voulait mourir
    parle de mourir
    pense à mourir
    pense à la mort
    idées noires
    disparaître pour toujours
    me pendr*
    se pendr*
    s'est pendu
    s'est pendue
    cachets exprès
    médicaments exprès
    pilules exprès
    tranché les veines
    ouvert les veines
    s'est fait du mal
    fait une TS
    me flinguer
    se flinguer
    me buter
    sauter la cervelle
    jveux crever
    me laisser mourir
    quitter ce monde
    partir de ce monde
    ma vie est finie
    fini pour moi
    vaux rien
    prie pour mourir
    que dieu me prenne
    plus envie de me battre
