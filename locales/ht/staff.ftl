### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Pou anplwaye klinik ak lopital: yon plan pou lè ajan imigrasyon vini. Chwazi yon etap.
staff-choice-prepare = Prepare anvan yo vini
    .keywords = prepare, plan
staff-choice-arrive = Lè ajan yo rive
    .keywords = rive
staff-choice-warrant = Manda jij oswa fòm ICE?
    .keywords = manda
staff-choice-records = Yo mande dosye pasyan yo
    .keywords = dosye, sitasyon, subpoena
staff-choice-patients = Pwoteje ak enfòme pasyan yo
    .keywords = pasyan

staff-designate = Chwazi anplwaye ki pral reponn si ajan vini, epi fòme tout moun sou etap yo.
staff-private-spaces = Make otan zòn ou kapab kòm zòn prive: se sèlman pasyan yo ak moun yo mennen ki ka antre.
staff-telehealth = Ofri telesante (swen a distans), epi mete tès ak egzamen ansanm nan mwens vizit, pou pasyan yo pa bezwen deplase twòp.
staff-script = Nan resepsyon an, di: Mwen pa otorize bay konsantman. Tanpri tann la a pandan m rele moun ki responsab la.
staff-warrant = Se sèlman yon manda yon jij siyen ki pèmèt ajan yo antre nan zòn prive san konsantman ou. Yon fòm ICE (I-200 oswa I-205), yon ajan imigrasyon siyen, pa pèmèt sa.
staff-warrant-tell = Yon manda jij gen non yon tribinal anlè a, epi se yon jij ki siyen l. Yon fòm ICE ekri Department of Homeland Security, epi se yon ajan ki siyen l.
staff-warrant-valid = Fòk ou respekte yon manda jij ki valab. Li ki kote ak ki moun li kouvri, epi rele avoka etablisman ou. Pa janm bloke ajan yo, bay manti oswa kache pèsonn.
staff-records = Pa bay dosye pasyan sou plas. Voye tout lòd tribinal, sitasyon (subpoena) oswa demann alekri bay avoka etablisman ou: lalwa pèmèt kèk divilgasyon, pa lòt yo.
staff-document = Ekri non ajan yo ak nimewo badj yo, epi kenbe yon kopi oswa yon foto tout papye yo montre.
staff-lawyer = Kenbe nimewo avoka etablisman ou ak nimewo yon gwoup legal nan resepsyon an.
staff-alert = Gen yon fason trankil pou di pasyan yo ale oswa al nan yon kote ki an sekirite, san yo pa panike.
staff-referrals = Di pasyan yo ki kote pou yo jwenn èd legal gratis oswa ki pa koute chè:
