### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = Ou gen dwa, kèlkeswa estati imigrasyon ou. Ki kote ajan yo ye?
officers-choice-door = Devan pòt mwen
    .keywords = pòt, kay, lakay
officers-choice-public = Nan lari, nan machin oswa nan travay
    .keywords = lari, piblik, machin, travay
officers-choice-warrant = Kisa yon manda valab ye?
    .keywords = manda
officers-choice-inside = Yo antre kanmenm
officers-choice-silent = Kisa pou m di?
officers-choice-card = Yon kat pou montre atravè pòt la
officers-choice-lawyer = Kijan pou m jwenn yon avoka?
    .keywords = avoka
officers-choice-nearby = Èd nan eta mwen
    .keywords = eta, zip, kòd postal

officers-door-closed = Pa louvri pòt la. Ou ka pale ak yo atravè pòt la ki fèmen.
officers-card = Men kat dwa ou. Kenbe bò ki an angle a devan yon fenèt oswa pase kat la anba pòt la. Konsa, ou pa bezwen louvri pòt la ni pale.
officers-door-warrant = Mande yo montre yon manda yon jij siyen. Mande yo pase l anba pòt la oswa kenbe l devan yon fenèt.
officers-warrant-judge = Pou ajan yo antre lakay ou san konsantman ou (pèmisyon ou), yo bezwen yon manda yon jij siyen. Li gen non yon tribinal anlè a ak siyati yon jij.
officers-warrant-check = Yon manda pou fouye dwe gen adrès ou. Yon manda pou arete dwe gen non yon moun ki rete la. Si li valab, kite yo fè sa li pèmèt epi pa bloke yo.
officers-warrant-ice = Yon fòm ICE (I-200 oswa I-205) se yon ajan imigrasyon ki siyen l, pa yon jij. Li pa pèmèt yo antre san konsantman ou. Ou ka di: Mwen pa dakò.
officers-warrant-force = Kounye a ICE di ajan li yo ka antre pa fòs ak yon I-205 si yon moun gen yon lòd depòtasyon final. Tribinal yo ap egzamine kontestasyon sou sa. Si yo antre pa fòs, pa reziste.
officers-inside = Si yo antre pa fòs, pa goumen ak yo. Di klèman: Mwen pa dakò pou nou antre, ni pou nou fouye. Rete kalm.
officers-inside-after = Pa kouri, pa kache pèsonn. Sonje sa yo te fè ak sa yo te di, epi di yon avoka sa pi vit ou kapab.
officers-public-calm = Rete kalm epi pa kouri. Mande: Èske mwen lib pou m ale? Si yo di wi, ale trankilman.
officers-public-search = Ou pa oblije dakò pou yo fouye ou, sak ou oswa machin ou. Di: Mwen pa dakò pou nou fouye. Pa bay manti, pa montre fo papye.
officers-public-anyway = Ajan yo ka tate rad ou pou chèche zam, epi yo ka fouye yon machin si yo gen bon rezon pou kwè gen prèv yon krim ladan l. Si yo fouye kanmenm, pa reziste.
officers-silent = Ou gen dwa rete an silans. Di: Mwen chwazi rete an silans. Ou pa oblije di ki kote ou fèt, ni kijan ou te vini Ozetazini.
officers-papers = Si ou gen 18 an oswa plis epi ou gen papye imigrasyon valab, lalwa di pou pote yo sou ou. Pa janm montre fo papye.
officers-no-sign = Pa siyen anyen anvan ou pale ak yon avoka.
officers-remember = Pita, ekri sa ou sonje: non ajan yo, nimewo badj yo ak nimewo machin yo, ak pou ki ajans yo travay.
officers-lawyer = Ou gen dwa gen yon avoka, men nan ka imigrasyon, gouvènman an pa ba ou youn gratis. Chèche èd gratis oswa ki pa koute chè kounye a:
