### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Kounye a, ajan imigrasyon ka ale nan lopital ak klinik. Ou toujou gen dwa kòm pasyan, kèlkeswa estati ou. Kisa ou vle konnen?
clinic-choice-private = Èske enfòmasyon medikal mwen prive?
    .keywords = prive, konfidansyèl, dosye, dosye medikal
clinic-choice-emergency = Èske yo ka refize m swen ijans?
    .keywords = ijans, swen ijans
clinic-choice-officers = Ajan imigrasyon nan klinik la
clinic-choice-guarded = Mwen se yon pasyan ki anba gad
    .keywords = gad, anba gad, arete
clinic-choice-rights = Dwa mwen devan ajan yo

clinic-private = Nan pifò ka, travayè sante yo dwe kenbe enfòmasyon medikal ou prive. Men lalwa pèmèt yo pataje yon pati, pa egzanp pou yon lòd tribinal oswa kèk demann ofisyèl ajan fè.
clinic-private-medicaid = Yon tribinal kite Medicaid pataje done debaz, tankou adrès ou ak estati imigrasyon ou, ak ICE. Dosye medikal ou pa fè pati done sa yo.
clinic-emergency = Yon lopital ki gen sal ijans epi ki pran Medicare dwe egzamine ou epi trete ijans lan jiskaske ou estab, kèlkeswa estati ou oswa lajan ou.
clinic-emergency-limits = Lwa sa a pa kouvri klinik ni sant swen ijan (urgent care), epi swen an pa gratis: ou ka resevwa yon bòdwo pita. Nan yon ijans, al nan sal ijans yon lopital oswa rele 911.
clinic-officers-public = Depi janvye 2025, ajan yo ka arete moun nan lopital ak klinik. Yo ka nan zòn piblik yo, tankou sal datant ak pakin, san manda.
clinic-officers-private-areas = Pou antre nan zòn prive yo, tankou sal egzamen, san klinik la pa dakò, yo bezwen yon manda yon jij siyen. Yon fòm ICE pa ase.
clinic-officers-rights = Kèlkeswa kote ou ye, ou ka rete an silans epi mande yon avoka. Pa kouri, epi pa montre fo papye.
clinic-guarded = Si ou anba gad, yon ajan ka rete avè ou, menm pandan egzamen yo. Ou ka mande doktè a oswa lopital la pou yo jwenn yon moman pou pale avè ou an prive.
clinic-interpreter = Lopital ak klinik ki resevwa lajan federal dwe ba ou èd nan lang ou gratis, tankou yon entèprèt. Ou ka mande youn.
