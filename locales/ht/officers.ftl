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
officers-choice-lawyer = Kijan pou m jwenn yon avoka?
    .keywords = avoka

officers-door-closed = Pa louvri pòt la. Ou ka pale ak yo atravè pòt la ki fèmen.
officers-door-warrant = Mande yo montre yon manda yon jij siyen. Mande yo pase l anba pòt la oswa kenbe l devan yon fenèt.
officers-warrant-judge = Pou ajan yo antre lakay ou san pèmisyon ou, yo bezwen yon manda yon jij siyen. Verifye se yon jij ki siyen l, epi non ou sou li.
officers-warrant-ice = Yon fòm yon ajan imigrasyon siyen (fòm ICE I-200 oswa I-205) pa ase pou yo antre. Ou ka di non.
officers-inside = Si yo antre pa fòs, pa goumen ak yo. Di klèman: Mwen pa dakò pou nou antre, ni pou nou fouye. Rete kalm.
officers-public-calm = Rete kalm epi pa kouri. Mande: Èske mwen lib pou m ale? Si yo di wi, ale trankilman.
officers-public-search = Ou pa oblije dakò pou yo fouye ou, sak ou oswa machin ou. Di: Mwen pa dakò pou nou fouye. Pa bay manti, pa montre fo papye.
officers-silent = Ou gen dwa rete an silans. Ou pa oblije di ki kote ou fèt, ni kijan ou te vini Ozetazini.
officers-no-sign = Pa siyen anyen anvan ou pale ak yon avoka.
officers-remember = Pita, ekri sa ou sonje: non ajan yo, nimewo badj yo ak nimewo machin yo, ak pou ki ajans yo travay.
officers-lawyer = Ou gen dwa pale ak yon avoka. Ou ka di: Mwen vle pale ak yon avoka. Pou jwenn èd, ou ka rele:
