### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Pou anplwaye klinik ak lopital: yon plan pou lè ajan imigrasyon vini. Chwazi yon etap.
staff-choice-prepare = Prepare anvan yo vini
    .keywords = prepare, plan
staff-choice-arrive = Lè ajan yo rive
    .keywords = rive, manda
staff-choice-patients = Pwoteje ak enfòme pasyan yo
    .keywords = pasyan

staff-designate = Chwazi anplwaye ki pral reponn si ajan vini, epi fòme tout moun sou etap yo.
staff-private-spaces = Make otan zòn ou kapab kòm zòn prive: se sèlman pasyan yo ak moun yo mennen ki ka antre.
staff-telehealth = Ofri telesante (swen a distans), epi mete tès ak egzamen ansanm nan mwens vizit, pou pasyan yo pa bezwen deplase twòp.
staff-warrant = San pèmisyon etablisman ou, ajan yo pa ka antre nan zòn prive li yo san yon manda. Anplwaye ki deziyen an mande pou l wè l.
staff-confidential = Yo pa pataje enfòmasyon pasyan san yon lòd tribinal.
staff-lawyer = Konnen ki avoka oswa ki gwoup legal pou rele, epi rele yo.
staff-alert = Gen yon fason trankil pou di pasyan yo ale oswa al nan yon kote ki an sekirite, san yo pa panike.
staff-referrals = Di pasyan yo ki kote pou yo jwenn èd legal gratis oswa ki pa koute chè.
