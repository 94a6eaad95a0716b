### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Para funcionários de clínicas e hospitais: um plano para quando agentes de imigração vierem. Escolha uma etapa.
staff-choice-prepare = Preparar-se antes que eles venham
    .keywords = preparar, plano
staff-choice-arrive = Quando os agentes chegam
    .keywords = chegam, chegada, mandado
staff-choice-patients = Proteger e informar os pacientes
    .keywords = pacientes

staff-designate = Escolha os funcionários que vão responder se os agentes vierem, e treine todos nas etapas.
staff-private-spaces = Marque como privadas o maior número possível de áreas: só podem entrar pacientes e as pessoas que eles trouxerem.
staff-telehealth = Ofereça telessaúde e junte exames e testes em menos consultas, para os pacientes se deslocarem menos.
staff-warrant = Sem a permissão da sua unidade, os agentes não podem entrar nas áreas privadas dela sem um mandado. O funcionário designado pede para ver o mandado.
staff-confidential = Informações de pacientes não são compartilhadas sem uma ordem judicial.
staff-lawyer = Saiba para qual advogado ou grupo jurídico ligar, e ligue para eles.
staff-alert = Tenha um jeito discreto de avisar os pacientes para saírem ou irem para um lugar seguro, sem causar pânico.
staff-referrals = Diga aos pacientes onde encontrar ajuda jurídica gratuita ou de baixo custo.
