### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page in your language (`kyr check` measures it,
### with the longest option label after it): the number to call is never behind "More".
### Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = Rele 911 kounye a. Nan yon ijans, sal ijans yon lopital dwe egzamine ou epi trete ou, kèlkeswa estati ou oswa lajan ou. Si gen ajan la, rele 911 kanmenm.
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else. Texting 988 works in English and Spanish only: the interpreter is for calls.
crisis-despair = Ou pa pou kont ou. Rele oswa voye yon tèks bay 988, pou ou oswa pou yon moun ou renmen: gratis e prive, lajounen kou lannwit. Lè ou rele, ou ka jwenn yon entèprèt. Si yon moun ka blese kounye a, rele 911.

## Siy chak sitiyasyon, yon fraz pa liy, jan moun nan kominote w la ekri yo: bot la chèche siy
## tout lang yo nan chak mesaj. Yon fraz koresponn lè mo li yo vini nan lòd sa a, ak pou pi plis de
## lòt mo ant de nan yo (okenn nan vyetnamyen, kote chak silab ekri apa). An angle, panyòl,
## franse, pòtigè, ris, arab ak hindi, mo yon fraz ki gen de mo oswa plis koresponn tou ak lòt fòm
## yo; yon fraz ki gen yon sèl mo koresponn jan li ekri a sèlman. Yon mo ki fini ak * koresponn ak
## tout mo li kòmanse (overdos* koresponn ak overdose, overdosed). Mo ki gen senk lèt oswa plis
## koresponn tou ak yon lèt an plis oswa an mwens. Majiskil, aksan ak apostwòf pa konte. Se pou w
## jenere: yon mesaj ki montre yon siy resevwa 911 oswa 988 an premye, e yon liy anplis koute pi
## piti anpil pase yon liy ki manke.
## Kreyòl ki ekri ak aksan oswa san aksan se menm bagay isit la; fòm franse moun melanje ladan l
## yo nan lis la tou. "san" vle di "sans" tou (san papye): pa janm mete l ak "anpil" sèlman.

crisis-signs-emergency =
    pa respire
    paka respire
    respire mal
    pwoblèm pou respire
    manke souf
    pa gen souf
    toufe
    trangle
    bloke nan gòj
    vin ble
    kriz kè
    kriz kadyak
    atak kè
    kè l pa bat ankò
    doulè nan pwatrin
    pwatrin fè mal
    lestomak fè mal
    doulè nan lestomak
    fè kout san
    fè kou san
    estwòk
    endispo*
    pèdi konesans
    san konesans
    pa reveye
    pa reyaji
    kriz malkadi
    malkadi
    kriz epilepsi
    konvilsyon
    ovèdoz
    twòp grenn
    anpil grenn
    pakèt grenn
    twòp medikaman
    pwazon
    anpwazon*
    bwè klowoks
    senyen anpil
    ap senyen
    san ap koule
    pèdi san
    emoraji
    tire sou
    pran bal
    kout zam
    kout kouto
    kou kouto
    reyaksyon alèjik
    gòj anfle
    kriz opresyon
    kriz asm
    pral akouche
    ap akouche
    dlo kase
    pòch dlo
    gen tranche
    ansent senyen
    ansent l ap senyen
    fòskouch
    fos kouch
    machin frape
    ap mouri
    pral mouri
    anbilans
    ambilans
    rele 911
    ijans medikal
    crise cardiaque
    inconscient*
    li pa bouje
    l pa bouje
    pa bouje ankò
    bebe pa bouje
    pitit pa bouje
    vin mov
    vin vyolèt
    bouch ble
    lèv ble
    bouch kwochi
    figi kwochi
    kò l paralize
    lang lou
    kim nan bouch
    bouch kimen
    pa sispann tranble
    tranble san rete
    frape tèt
    boule grav
    boule anpil
    tèt senyen
    senyen nan tèt
    lafyèv wo anpil
    lafyèv cho anpil
    zo kase
    zo soti deyò
    zo parèt
    kase pye
    kase janm
    figi anfle
    lang anfle
    bouch anfle
    nwaye
    neye
    tonbe nan pisin
    aksidan machin
    gen moun blese
    blese grav
    tonbe frèt
    tonbe plat
    je l ap vire
    kè sispann bat
    kriz sik
    kriz tansyon
    pèdi lapawòl
    kouran pran
    je li vire
    bwe yon bann grenn
    bwe grenn
    tonbe nan kriz

crisis-signs-despair =
    touye tèt
    tiye tèt
    touye kò m
    swisid*
    suicid*
    vle mouri
    anvi mouri
    ta renmen mouri
    pito mouri
    pi bon mouri
    bon si m mouri
    pa vle viv
    pa anvi viv
    rezon pou viv
    lavi pa vo
    fini ak lavi
    fen lavi
    wete lavi
    retire lavi
    pran lavi m
    pwòp lavi
    bouke ak lavi
    bouke viv
    fatige ak lavi
    fatige viv
    fè tèt mwen mal
    blese tèt
    koupe kò m
    koupe venn
    pann tèt
    pandye tèt
    bwè pwazon
    pa ka sipòte
    pa kapab sipòte
    pa ka kenbe ankò
    pa ka kontinye konsa
    pa ka kontinye viv
    pa gen espwa
    san espwa
    pèdi espwa
    dezespwa
    vle disparèt
    anvi disparèt
    fini ak tout bagay
    pa vle la ankò
    lavi m fini
    pou m mouri
    pa gen fòs ankò
    lapenn viv
    santi m pa vo
    pa vle reveye
    me suicider
    envie de mourir
    veux mourir
    me tuer
    lavi pa gen sans
    lavi pa gen valè
    poukisa m ap viv
    poukisa pou m viv
    pa gen anyen pou viv
    bouke soufri
    pa vle soufri ankò
    pa janm reveye
    pa janm leve ankò
    dòmi pou toujou
    swete m pa reveye
    pa vle leve demen
    pi byen san mwen
    pi byen san m
    pi bon san mwen
    pèsonn p ap regrèt
    pèsonn pap regrèt
    pèsonn pa ta sonje
    se yon fado
    yon fado pou
    chay pou tout moun
    fini ak tèt
    grenn sere
    grenn kache
    pral sote
    sote anba
    sote sou pon
    jete kò m
    jete tèt mwen
    jwenn nan syèl
    jwenn nan paradi
    bay legen
    abandone tout
    pa ka kontinye ankò
    pa ka pote chay
    pa ka viv konsa
    pa ka viv ankò
    santi m vid
    vid anndan
    orevwa pou tout tan
    orevwa pou toujou
    adye pou tout tan
    di nou orevwa
    sa se dènye mesaj
    dènye fwa w ap tande
    pann kò
    grenn espre
    espre bwè grenn
    koupe ponyèt
    touye kò l
    touye kò li
    mvle mouri
    mpa vle viv
    prefere mouri
    swete m mouri
    swete mwen mouri
    pa t dwe fèt
    regrèt m fèt
    Bondye pran m
    kite monn sa
    kite latè
    chay pou fanmi
    pa vle egziste
    ta renmen disparèt
