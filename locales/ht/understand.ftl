### Example messages people send, for choosing an answer from what they type.
### One message per line. Write them as people in your community text, not word for word
### from English. The bot only ever answers with reviewed messages; these only pick which one.

understand-officers-intro =
    ki dwa m genyen si imigrasyon vin jwenn mwen
    m pa gen papye, ki dwa m genyen ak ICE?
    kisa pou m konnen si m kontre ak ajan imigrasyon
    eske m gen dwa menm si m pa gen estati
    m bezwen konnen dwa m devan ICE
    kijan pou m pwoteje tet mwen kont imigrasyon
    m pe ICE anpil, ki dwa mwen
    dwa moun san papye genyen ak polis imigrasyon
    ki dwa m si ICE rete m, m pa gen papier
    ki dwa m genyen si ICE kenbe m, m pa gen green card
    eske moun san papye gen dwa devan ajan imigrasyon yo

understand-officers-door =
    ICE devan pòt mwen
    imigrasyon ap frape pòt la kounye a
    gen ajan ICE deyò lakay mwen
    y ap frape pot la fo, yo di se polis imigrasyon
    ICE la devan apatman mwen, m poko louvri
    yo vle m louvri pot la kisa m fe
    gen moun imigrasyon ki kanpe devan kay la
    m tande y ap bat pòt la, m kwè se ICE
    ICE nan pot la kounya a, eske m oblije ouvè
    ajan yo deyo a y ap mande pou m ouvri pòt la
    ICE ap frape pot apatman m lan, m pa konn si pou m louvri
    gen 2 ajan imigrasyon deyo pot la kounye a

understand-officers-warrant =
    kijan pou m konnen si manda a bon
    eske yon fòm I-205 se yon manda jij
    yo montre m yon papye I-200, eske se yon vre manda
    manda a dwe gen siyati yon jij?
    kijan pou m tcheke manda yo pase anba pot la
    eske ICE bezwen yon manda pou antre lakay mwen
    papye ICE a pa gen non tribinal, eske li valab
    ki diferans ant manda jij ak fòm ICE
    mandat pou fouye a dwe gen adrès mwen sou li?
    èske se yon jij ki dwe siyen manda a
    yo di yo gen yon warrant, kijan m ka konnen si se yon jij ki siyen l
    manda a pa gen non tribinal la, eske li bon

understand-officers-inside =
    ICE antre lakay mwen san pèmisyon
    yo kase pòt la epi yo antre
    ajan yo deja andedan kay la
    yo fose pot la, kisa pou m fe kounya
    imigrasyon antre nan apatman an pandan m t ap dòmi
    yo pouse pòt la yo rantre kanmenm
    ICE nan kay la y ap fouye tout bagay
    m pa t ouvri men yo antre pa fòs
    yo rantre nan chanm nan yo vle arete frè m
    ICE fose pot la, yo andedan kay la kounya
    yo antre lakay mwen san warrant, kisa pou m fe

understand-officers-public =
    ICE kanpe m nan lari a
    polis la rete m nan machin nan, yo mande papye m
    gen yon raid ICE nan travay mwen kounya
    ICE nan faktori a, kisa m fe
    ajan imigrasyon kanpe m nan arè bis la
    yo vle fouye sak mwen nan mitan lari a
    yo rete m sou wout la, eske m ka ale
    imigrasyon ap kontwole moun devan magazen an
    eske m oblije kite yo fouye machin mwen
    ICE rantre nan chantye kote m ap travay la
    ICE rete m sou wout la, yo mande papye m
    ajan imigrasyon ap tcheke papye moun nan estasyon bis la
    m travay nan yon restoran e ICE antre nan kwizin nan, kisa m fe
    ICE vin nan faktori kote m travay la, yo bloke tout pot yo
    ICE vin nan fèm kote n ap travay la, patwon an pa di anyen

understand-officers-silent =
    kisa pou m di ajan yo
    eske m gen dwa pa reponn kesyon yo
    yo mande m ki kote m fèt, eske m oblije di
    eske m dwe siyen papye yo ban m
    m ka rete an silans?
    kijan pou m di m pa vle pale
    yo vle m siyen yon fom, m pa konprann li
    eske m dwe di yo kijan m te rantre Ozetazini
    kisa m pa dwe janm di imigrasyon
    kisa pou m di yo
    eske m oblije reponn kesyon yo
    eske m oblije di yo non m
    ICE ap poze m kesyon sou peyi m, eske m dwe reponn
    kisa pou m di ofisye yo si yo poze m kesyon

understand-officers-lawyer =
    kijan pou m jwenn yon avoka imigrasyon
    m bezwen yon avoka gratis
    m pa gen lajan pou m peye avoka
    ki kote m ka jwenn yon avoka ki pa chè
    eske gouvènman an ap ban m yon avoka
    m bezwen yon avocat pou ka imigrasyon mwen
    ki avoka ki ka ede m ak ICE
    konbyen yon avoka imigrasyon koute
    kote pou m jwenn èd legal gratis pou ka m
    m bezwen yon lawyer pou imigrasyon men m pa gen kob
    kote m ka jwenn yon avoka pro bono

understand-clinic-intro =
    ki dwa m genyen lè m al lopital
    eske li danjere pou m al klinik san papye
    m pa gen papye, eske m ka al wè doktè
    m pè al lopital paske m pa gen estati
    dwa mwen kòm pasyan
    eske lopital yo toujou an sekirite pou imigran
    eske m ka al nan klinik la san m pa pè imigrasyon
    m bezwen al kay docteur men m pa gen papye
    ki dwa pasyan genyen si yo pa gen papye
    eske m ka al klinik menm si m ilegal
    manman m entène lopital e nou pè ICE, ki dwa li genyen
    papa m nan lopital, eske imigrasyon ka vin chèche l la

understand-clinic-private =
    eske lopital la ap bay ICE enfòmasyon mwen
    doktè a ka di imigrasyon estati mwen?
    eske Medicaid ap pataje adrès mwen ak ICE
    m pè klinik la rapòte m bay imigrasyon
    eske enfomasyon sante m konfidansyel
    si m aplike pou Medicaid eske ICE ap konnen
    eske yo ka voye dosye medikal mwen bay gouvènman an
    sa m di doktè a, eske li ka repete l bay ICE
    èske klinik la ap di imigrasyon m pa gen papye
    doktè a ap bay imigrasyon enfòmasyon m?
    si m ale nan klinik la, eske yo ap di imigrasyon m pa gen papye
    klinik la ka bay imigrasyon enfòmasyon sou mwen?
    eske lopital la ap voye dosye m bay imigrasyon
    Medicaid ap bay ICE estati imigrasyon mwen?
    si m ale lopital eske yo ap di imigrasyon m pa gen papye
    eske klinik la ap bay imigrasyon enfomasyon mwen

understand-clinic-emergency =
    lopital la refize okipe m, se yon ijans
    m pa gen lajan pou sal ijans lan
    eske yo ka refize m nan ijans paske m pa gen papye
    m gen yon ijans kounya, ki kote pou m ale
    m pa gen asirans, eske lopital la ap trete m
    yo voye m ale nan emergency la san yo pa gade m
    pitit mwen malad anpil, eske urgence a ap pran l san papye
    eske m ap resevwa yon bòdwo pou ijans la
    urgent care refize m, kisa m fe
    eske sal ijans lan ka refize m paske m pa gen papye
    yo refize m nan emergency paske m pa gen asirans

understand-clinic-officers =
    ajan imigrasyon nan lopital kote m ye a
    ICE nan pakin lopital la, m pè soti
    eske ICE ka arete m nan klinik la
    m nan randevou doktè epi m wè imigrasyon deyò a
    eske ICE ka antre nan chanm egzamen an
    imigrasyon ap mache nan koridò lopital la
    m pè al randevou m paske ICE nan klinik la
    ICE nan lobi lopital la, m vin pou randevou m
    ajan imigrasyon ap pwomennen nan klinik la
    gen ajan devan pot lopital kote papa m entène a
    pitit mwen entène e ICE nan pakin lopital la
    mwen se pasyan, m nan sal datant klinik la e ajan ICE fenk antre

understand-clinic-guarded =
    m nan lopital men m anba gad ICE
    gen yon gad ki rete avè m pandan egzamen an
    m anba gad, eske m ka pale ak doktè a an prive
    ofisye a pa kite m pale pou kont mwen ak doktè a
    m anba gad e m bezwen yon entèprèt kreyòl
    m nan kabann lopital la ak yon gad, m pa konprann sa doktè a di
    kòm prizonye, eske m gen dwa a yon tradiktè gratis
    yo menote m nan kabann lopital la
    m anba gad, ofisye a rete la pandan doktè a ap egzamine m
    yo menote m nan lopital ak yon ajan ICE, ki dwa m genyen

understand-detention-intro =
    fanmi m nan detansyon epi li bezwen swen
    manman m nan prizon imigrasyon, li malad
    ICE arete frè m, li gen pwoblèm sante
    mari m nan detansyon ICE, kisa m ka fè pou sante l
    yon moun nan fanmi m nan detansyon, li bezwen doktè
    kouzen m nan détention li malad
    m bezwen èd pou yon fanmi ki nan detansyon ki malad
    pitit mwen anba men ICE e li bezwen swen medikal
    mari m nan detansyon ICE e li malad, ede m
    tonton m nan sant detansyon, li bezwen swen medikal

understand-detention-find =
    kijan pou m jwenn ki kote ICE kenbe frè m
    m pa konnen ki kote yo mennen mari m
    ICE arete papa m, ki kote li ye
    kijan pou m chèche yon moun nan detansyon
    yo transfere kouzen m, m pa jwenn li
    locator ICE la pa montre non li
    nan ki sant detansyon yo mete pitit mwen
    m bezwen jwenn madanm mwen ki nan men imigrasyon
    depi yè m pa konn kote yo pran l
    kijan pou m jwenn frè m ICE arete a
    detainee locator la pa jwenn madanm mwen

understand-detention-problems =
    yo pa bay manman m medikaman l nan detansyon
    frè m nan detansyon li pa resevwa swen
    mari m gen dyabèt epi yo pa ba l ensilin
    se yon ijans, kouzen m malad grav nan sant detansyon an
    li mande doktè plizyè fwa yo pa okipe l
    li pa pran grenn tansyon l depi yon semèn nan detention
    kijan pou m pote plent paske yo pa trete papa m
    madanm mwen ansent nan detansyon yo pa ba l swen
    gad yo nan detansyon an pa rele doktè pou li
    li malad nan sant detansyon an e gad yo pa ede l
    yo pa bay mari m medikaman l nan detansyon
    frè m nan detansyon li pa wè doktè depi yon semèn

understand-detention-record =
    kijan pou m kenbe yon dosye sou demann swen li yo
    eske li dwe ekri chak demann medikal li fè
    eske m dwe voye preskripsyon l yo bay avoka a
    m vle note chak fwa li mande doktè
    kijan pou m di avoka a pwoblèm sante li
    kisa pou l ekri lè l fè yon demann swen
    m gen preskripsyon doktè l, kisa pou m fè ak yo
    kijan pou n kenbe prèv ke yo pa ba l medikaman
    eske m dwe di avoka a chak pwoblem sante
    kijan pou n note chak demann swen li fè nan detansyon
    eske m dwe kenbe kopi demann medikal li yo pou avoka a

understand-detention-letters =
    kijan pou m jwenn yon lèt doktè pou avoka a
    avoka a bezwen yon lèt medikal
    eske gen doktè volontè ki ka gade dosye l
    yon lèt medikal ka ede ka li?
    ki doktè ki ka ekri yon lèt pou yon moun nan detansyon
    Medical Review for Immigrants, kijan yo travay
    m bezwen yon rapò medikal pou avoka imigrasyon an
    doktè ki ekri lèt pou moun ICE kenbe
    lettre médicale pou avoka frè m
    kote m ka jwenn yon doktè pou ekri yon lèt pou lawyer frè m
    lèt medikal pou jij imigrasyon an, kiyès ki ka fè l

understand-detention-parole =
    eske yo ka lage l paske li malad
    kijan pou n mande liberasyon pou rezon sante
    parole imanitè pou moun ki malad nan detansyon
    li gen kansè, eske ICE ka lage l
    eske ICE ap lage yon moun ki gen gwo pwoblèm sante
    m vle mande ICE libere manman m pou sante l
    humanitarian parole kijan pou n fè demann lan
    eske li ka soti detansyon pou l al trete l
    li ansent e li malad, eske yo ka lage l
    eske ICE ka lage l paske li malad
    parole imanitè pou rezon sante, kijan sa mache

understand-detention-released =
    yo lage frè m men li bezwen swen
    li fèk soti detansyon e li pa gen asirans
    ICE lage papa m, kote l ka jwenn doktè
    li soti nan detention li malad anpil, ki èd ki genyen
    depi yo lage l li gen anpil estrès ak kochma
    m bezwen pale ak yon moun, m twò estrese depi yo lage m
    yo libere l men li pa gen transpò pou al doktè
    apre detansyon kote pou l jwenn tretman
    mari m soti, li pa konn ki kote pou l kontinye tretman l
    yo lage l nan detansyon epi li malad, ki kote l ka jwenn swen
    li fèk soti nan detansyon, li bezwen wè doktè
    yo lage l nan detansyon, li gen dyabèt e li pa gen asirans, ki kote l ka wè doktè
    li soti nan detansyon, li bezwen swen, men li pa gen asirans
    frè m soti nan detansyon e li pa gen doktè
    madanm mwen fèk soti nan sant lan, kote m ka jwenn doktè ki pa chè

understand-limits-about =
    eske se konsèy legal sa a
    kiyès nou ye
    eske m ka fè enfòmasyon sa yo konfyans
    eske se yon avoka k ap reponn mwen
    ki moun ki fè bot sa a
    se yon robo k ap ekri m?
    enfomasyon sa yo ajou?
    eske m ka sèvi ak sa pou ka mwen devan jij
    ki kote enfòmasyon sa yo soti
    se yon robo oswa yon vre moun?
    eske nou se avoka

understand-privacy-intro =
    eske bot sa a kenbe sa m ekri isit la
    ki moun ki ka wè sa m ekri la a
    eske li san danje pou m ekri nou
    eske nou sere nimewo telefòn mwen
    eske bot la konnen non mwen
    eske ICE ka wè konvèsasyon sa a
    ki jan nou pwoteje vi prive mwen
    eske m ka pale isit la san m pa pè
    nou anrejistre sa m di?
    eske nou pataje sa m ekri ak gouvènman an
    kiyès ki ka li sa m ap ekri la a

understand-privacy-sms =
    eske tèks yo kripte
    konpayi telefòn mwen ka li mesaj sa yo?
    eske gouvènman an ka jwenn tèks mwen yo
    SMS yo an sekirite?
    eske Twilio kenbe mesaj yo
    Verizon ka bay ICE tèks mwen?
    eske texto yo prive
    si m ekri pa SMS ki moun ki ka wè l
    eske mesaj tèks yo chifre
    si m voye yon SMS isit, ki moun ki ka li l
    konpayi telefòn lan kenbe tèks mwen yo?

understand-privacy-telegram =
    eske Telegram an sekirite
    Telegram kenbe chat la sou sèvè li?
    eske chat Telegram sa a kripte
    ki moun ki ka wè mesaj mwen sou Telegram
    eske li pi bon pou m ekri sou Telegram
    Telegram ka bay gouvènman an mesaj mwen yo?
    eske Telegram pi prive pase tèks
    m ap itilize Telegram, eske sa an sekirite
    mesaj Telegram mwen yo prive?
    Telegram bay ICE enfòmasyon?

understand-privacy-delete =
    kijan pou m efase chat sa a
    m vle efase konvèsasyon an
    kijan pou m siprime tout mesaj yo
    eske m ka fè bot la bliye sa m te di
    m vle efase tout sa m te ekri la a
    m bezwen efase istwa chat la
    kijan pou m efase mesaj yo sou telefòn mwen
    kijan pou m retire tout konvèsasyon sa a sou Telegram
    kijan pou m efase tout sa m ekri
    efase konvèsasyon nou an tanpri

understand-staff-intro =
    m travay nan yon klinik, ki plan pou lè ICE vini
    m se anplwaye lopital, kisa pou n fè ak imigrasyon
    m se enfimyè, kijan pou n reyaji si ICE rive
    pwotokòl pou klinik nou an ak ajan imigrasyon
    m se resepsyonis nan yon klinik, ki règ pou ICE
    gid pou anplwaye klinik sou imigrasyon
    nou se yon sant sante kominotè, ki plan nou dwe genyen pou ICE
    m se doktè, kisa pou m fè si imigrasyon vin nan klinik la
    nou travay nan yon sant sante, ki plan pou ICE
    konsèy pou anplwaye lopital devan ajan imigrasyon
    m se gad sekirite nan lopital la e ICE la, kisa anplwaye yo dwe fè
    m se enfimyè, gen ajan imigrasyon nan lopital la kounya, ki wòl anplwaye yo
    m travay nan resepsyon yon klinik, kisa staff la dwe fè ak ICE

understand-staff-prepare =
    kijan pou klinik nou an prepare anvan ICE vini
    ki fòmasyon pou anplwaye yo sou imigrasyon
    kijan pou n make zòn prive nan klinik la
    nou vle fè yon plan davans pou si ICE vini
    ki moun nan ekip la ki dwe reponn ajan yo
    eske nou ta dwe ofri telemedsin pou pasyan pa deplase
    kisa pou n mete an plas kounya anvan yo rive
    prepare lopital la pou yon vizit ICE
    eske nou dwe mete afich zòn prive nan klinik la
    kijan pou n fòme anplwaye nou yo anvan ICE vini
    plan davans pou klinik la si imigrasyon vini

understand-staff-arrive =
    ICE nan resepsyon klinik la kounya
    gen ajan imigrasyon devan biwo resepsyon an
    m nan front desk la, ICE vle antre
    ofisye yo nan lobi lopital la, kisa pou m di yo
    m travay la, ajan ICE la vle antre nan sal egzamen yo
    m se resepsyonis e ICE kanpe devan m
    yo vle pase nan zòn prive a, m se anplwaye, m pa konn sa pou m fè
    imigrasyon nan sal datant nou, kisa anplwaye yo dwe fè
    ICE fèk antre nan klinik nou an, kisa pou n fè
    gen ajan nan front desk la kounya, yo vle pase
    m se gad sekirite lopital la, ICE nan antre a kounya
    m nan resepsyon an, ajan imigrasyon yo la a kounya
    m se enfimyè, ajan yo nan sal datant lan kounya

understand-staff-warrant =
    ajan yo montre yon papye nan klinik la, eske se manda jij oswa fòm ICE
    kijan anplwaye yo ka konnen si manda a valab
    papye a di Department of Homeland Security, eske klinik la dwe obeyi
    se yon ofisye ki siyen l pa yon jij, eske lopital la dwe kite yo antre
    eske nou oblije swiv yon manda jij nan lopital la
    fòm I-200 nan klinik, eske li ba yo dwa antre nan zòn prive
    ki diferans ant manda tribinal ak fòm ICE pou klinik nou
    nou dwe rele avoka lopital la si yo gen yon manda?
    ICE montre yon warrant nan klinik la, kijan pou n konnen si se jij ki siyen l
    fòm I-200 nan resepsyon an, eske nou dwe kite yo antre nan zòn prive

understand-staff-records =
    ICE mande dosye pasyan yo
    ajan yo vle kopi dosye medikal yon pasyan
    eske nou dwe bay imigrasyon dosye pasyan
    yo ban nou yon sipena pou dosye pasyan
    ofisye a mande lis pasyan nou yo
    yo vle wè dosye yon pasyan, m se sekretè klinik la
    eske m ka refize bay ICE dosye medikal
    yo mande enfòmasyon sou yon pasyan nan resepsyon an
    lòd tribinal pou dosye pasyan, kisa pou n fè
    ajan yo vle dosye medikal pasyan nou yo, eske n dwe ba yo
    subpoena pou dosye medikal, eske klinik la oblije bay

understand-staff-patients =
    kijan pou n avèti pasyan yo san yo pa panike
    kijan pou n enfòme pasyan nou yo sou dwa yo
    ki kote pasyan yo ka jwenn èd legal gratis
    kijan pou n pwoteje pasyan nou yo si ICE vini
    nou bezwen yon fason diskrè pou di pasyan yo ale
    ki kote pou n voye pasyan yo pou yo an sekirite
    nou vle bay pasyan yo yon lis avoka gratis
    enfòme pasyan imigran yo sou resous legal
    kijan pou n ede pasyan nou yo ki pa gen papye si ICE vini
    kijan pou n di pasyan yo dwa yo san yo pa pè

understand-nearby-ask =
    èd toupre mwen
    òganizasyon imigran nan eta mwen
    eske gen yon liy dirèk pou imigran an Florid
    m nan Miami, ki kote m ka jwenn èd
    òganizasyon ayisyen ki ka ede m Boston
    ki gwoup ki ede imigran nan zòn mwen
    m rete New York, m bezwen èd lokal
    gen sant kominotè pre m?
    hotline imigrasyon nan eta m
    m nan New Jersey, eske gen gwoup ki ede imigran
    èd pou imigran ayisyen Orlando

## Short forms people type in SMS, as `short = long`, comma-separated (may be empty for a
## language that has none; then write a single line: understand-spellings = -)
understand-spellings = mw = mwen, pk = poukisa, dak = dako, tjr = toujou, avk = avek, svp = tanpri, tt = tout, bjr = bonjou, bsr = bonswa

## Sentences that ask the bot to stop texting (an opt-out). One per line.
understand-stop =
    sispann voye mesaj ban mwen
    pa voye m mesaj ankò
    m pa vle resevwa tèks sa yo ankò
    retire nimewo m nan lis la
    dezabòne m tanpri
    sispann tekste m
    tanpri pa ekri m ankò
    kanpe voye tèks ban m
    mèsi, men m pa bezwen mesaj ankò
    m di nou sispann ekri m, nou anmède m twòp
    pa tekste m ankò
    retire m nan lis la
    kite m anpè ak mesaj sa yo
    m vle dezabòne

## Mesaj sou bagay sèvis sa a pa gen repons pou yo, youn pa liy: ti koze, tan an, espò, manje,
## voye lajan, lòt komisyon. Yon mesaj ki pi pre mesaj sa yo pase nenpòt sijè pa jwenn repons
## kòm sijè (se endikasyon abityèl la ak opsyon yo ki vini pito). Pa janm mete mo yon sijè isit la.
understand-elsewhere =
    ki lè li ye
    kijan tan an ye jodi a
    lapli pral tonbe demen?
    kiyes ki genyen match la
    konbyen gol brezil make ye swa
    ban m yon blag
    lol oke
    mesi anpil
    oke mesi bye
    bon nwit
    bon anivese
    konbyen li koute pou voye kob ann ayiti
    ki pi bon fason pou voye lajan lakay
    konbyen dola a ye an goud jodi a
    ki kote m ka achte yon telefon bon mache
    resèt soup joumou
    yon bon restoran ayisyen pa bo isit
    ki fim pou m gade aswe a
    ede m ak devwa lekol mwen
    kijan pou m ranje machin mwen
    m bezwen yon ti djob
    ki kote ki gen yon ponp gaz
