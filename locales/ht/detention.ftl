### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Yon manm fanmi ou nan detansyon imigrasyon epi li bezwen swen medikal? Chwazi yon sijè.
detention-choice-problems = Swen ki an reta oswa ki manke
    .keywords = medikaman, grenn, reta
detention-choice-letters = Lèt medikal pou avoka a
    .keywords = lèt, doktè
detention-choice-parole = Liberasyon pou rezon sante
    .keywords = parole, liberasyon
detention-choice-released = Yo lage l, li bezwen swen
    .keywords = lage, libere

detention-problems = Pwoblèm ki konn rive nan detansyon: yo bay medikaman an reta, swen sante mantal ki pa bon, epi èd ki ralanti nan ka ijans. Ekri sa k ap pase ak ki lè.
detention-request = Moun ki nan detansyon an ka mande sant detansyon an swen medikal chak jou. Kenbe yon dosye ekri pou chak demann: dat la, kisa yo te mande ak repons lan.
detention-lawyer = Di avoka moun nan chak pwoblèm sante li genyen. Se avoka yo ki ka fè presyon pou li jwenn swen ak pou yo lage l.
detention-letters = Doktè volontè ka evalye sante yon moun ki nan detansyon epi ekri yon lèt medikal pou avoka li.
detention-networks = Gen rezo ki mete avoka an kontak ak doktè sa yo, tankou { -org-mri } ak { -org-nylpi-network }.
detention-records = Doktè volontè yo gade dosye medikal moun nan pou ekri lèt yo. Bay avoka a tout papye medikal ou genyen.
detention-parole = Moun ki gen bezwen sante ijan ka jwenn liberasyon pou rezon imanitè (humanitarian parole). Yon lèt doktè ka ede avoka a mande l.
detention-released = Souvan, moun yo lage ki gen gwo pwoblèm sante pa jwenn okenn èd pou jwenn swen, e yo ka pa gen asirans ni transpò.
detention-case-management = { -org-mri } ofri swivi ka pou ede pasyan jwenn yon doktè apre yo lage yo. Pote tout papye medikal ou genyen.
detention-choice-find = Jwenn kote yo kenbe l
    .keywords = jwenn, ki kote, lokalizatè, locator
detention-find = Lokalizatè detni ICE sou entènèt (locator.ice.gov) ka montre kote yo kenbe yon moun. Li pa toujou kòrèk ni ajou.
detention-dril = ICE gen yon liy telefòn tou pou pwoblèm grav nan detansyon. Se liy ICE menm: si ou pè pou pwòp estati pa ou, mande yon avoka oswa yon zanmi ou fè konfyans pou rele.
