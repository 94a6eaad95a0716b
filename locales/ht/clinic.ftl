### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Nan yon klinik oswa yon lopital, ou gen dwa kòm pasyan, kèlkeswa estati imigrasyon ou. Kisa ou vle konnen?
clinic-choice-private = Èske enfòmasyon medikal mwen prive?
    .keywords = prive, konfidansyèl, dosye, dosye medikal
clinic-choice-emergency = Èske yo ka refize m swen ijans?
    .keywords = ijans, swen ijans
clinic-choice-officers = Ajan imigrasyon nan klinik la
clinic-choice-guarded = Mwen se yon pasyan ki anba gad
    .keywords = gad, anba gad, arete
clinic-choice-rights = Dwa mwen devan ajan yo

clinic-private = An jeneral, travayè sante yo dwe kenbe enfòmasyon medikal ou prive. Dapre lalwa, ajan imigrasyon pa ka fòse yo pataje l san yon lòd tribinal.
clinic-emergency = Non. Yo pa ka refize ou swen medikal ijans akoz estati imigrasyon ou. Lalwa federal pwoteje dwa sa a.
clinic-officers-private-areas = San pèmisyon klinik la, ajan yo pa ka antre nan zòn prive li yo, tankou sal egzamen yo, san yon manda.
clinic-officers-rights = Kèlkeswa kote ou ye, ou ka rete an silans epi mande yon avoka.
clinic-guarded = Si ou anba gad, yon ajan ka rete avè ou, menm pandan egzamen yo. Ou ka mande doktè a oswa lopital la pou yo jwenn yon moman pou pale avè ou an prive.
clinic-interpreter = Lopital ak klinik ki resevwa lajan federal dwe ba ou èd nan lang ou gratis, tankou yon entèprèt. Ou ka mande youn.
