### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Yon manm fanmi ou nan detansyon imigrasyon epi li bezwen swen medikal? Chwazi yon sijè.
detention-choice-find = Jwenn kote yo kenbe l
    .keywords = jwenn, ki kote, lokalizatè, locator
detention-choice-problems = Swen ki an reta oswa ki manke
    .keywords = medikaman, grenn, ensilin, insulin, reta
detention-choice-record = Kenbe yon dosye, di avoka a
    .keywords = dosye, demann
detention-choice-letters = Lèt medikal pou avoka a
    .keywords = lèt, doktè
detention-choice-parole = Liberasyon pou rezon sante
    .keywords = parole, liberasyon
detention-choice-released = Yo lage l, li bezwen swen
    .keywords = lage, libere

detention-find = Lokalizatè detni ICE sou entènèt (locator.ice.gov) ka montre kote yo kenbe yon moun. Li pa toujou kòrèk ni ajou, epi yo souvan transfere moun: tcheke ankò.
detention-dril = ICE gen yon liy telefòn tou pou pwoblèm grav nan detansyon. Se liy ICE menm: si ou pè pou pwòp estati pa ou, mande yon avoka oswa yon zanmi ou fè konfyans pou rele.
detention-emergency = Nan yon ijans, moun nan dwe di yon gad touswit epi mande èd medikal. Rele sant detansyon an epi mande pou anplwaye medikal li yo.
detention-call-line = Si medikaman oswa swen an reta oswa li manke, rele liy ICE pou pwoblèm nan detansyon. Si ou pè pou pwòp estati ou, mande yon avoka oswa yon zanmi ou fè konfyans rele.
detention-request = Moun ki nan detansyon an ka mande swen medikal chak jou, alekri. Kenbe yon dosye pou chak demann: dat la, kisa yo te mande ak repons lan.
detention-continuity = Règ ICE yo di moun yo dwe kontinye resevwa medikaman yo bezwen depi jou yo rive a. Voye preskripsyon yo ak dosye doktè a bay avoka a.
detention-lawyer = Di avoka moun nan chak pwoblèm sante li genyen. Yon avoka ka fè presyon pou li jwenn swen ak liberasyon.
detention-letters = Doktè volontè ka evalye sante yon moun ki nan detansyon epi ekri yon lèt medikal pou avoka li.
detention-networks = Gen rezo ki mete avoka an kontak ak doktè sa yo, tankou { -org-mri } ak { -org-nylpi-network }. Yo travay atravè avoka: mande avoka a kontakte yo.
detention-records = Doktè volontè yo gade dosye medikal moun nan pou ekri lèt yo. Bay avoka a tout papye medikal ou genyen.
detention-parole = Yon moun ki gen bezwen sante ijan ka mande ICE lage l pou rezon imanitè (humanitarian parole). ICE deside ka pa ka, e sa pa garanti. Yon lèt doktè ka ede avoka a mande l.
detention-released = Souvan, moun yo lage ki gen gwo pwoblèm sante pa jwenn okenn èd pou jwenn swen, e yo ka pa gen asirans ni transpò.
detention-case-management = { -org-mri } ofri swivi ka pou ede pasyan jwenn yon doktè apre yo lage yo. Pote tout papye medikal ou genyen.
detention-stress = Detansyon bay anpil estrès ak laperèz, pou moun nan ak pou fanmi an. Liy 988 bay sipò gratis e konfidansyèl, pa apèl oswa tèks, 24 sou 24:
