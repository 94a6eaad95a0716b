### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = Para funcionários de clínicas e hospitais: um plano para quando agentes de imigração vierem. Escolha uma etapa.
staff-choice-prepare = Preparar-se antes que eles venham
    .keywords = preparar, plano
staff-choice-arrive = Quando os agentes chegam
    .keywords = chegam, chegada
staff-choice-warrant = Mandado de juiz ou formulário do ICE?
    .keywords = mandado
staff-choice-records = Pedem prontuários de pacientes
    .keywords = prontuario, prontuarios, intimacao, subpoena
staff-choice-patients = Proteger e informar os pacientes
    .keywords = pacientes

staff-designate = Escolha os funcionários que vão responder se os agentes vierem, e treine todos nas etapas.
staff-private-spaces = Marque como privadas o maior número possível de áreas: só podem entrar pacientes e as pessoas que eles trouxerem.
staff-telehealth = Ofereça telessaúde e junte exames e testes em menos consultas, para os pacientes se deslocarem menos.
staff-script = Na recepção, diga: Não tenho autorização para consentir. Por favor, espere aqui enquanto eu chamo o responsável.
staff-warrant = Só um mandado assinado por um juiz deixa os agentes entrarem em áreas privadas sem o seu consentimento. Um formulário do ICE (I-200 ou I-205), assinado por um agente, não.
staff-warrant-tell = Um mandado judicial traz o nome de um tribunal no alto e é assinado por um juiz. Um formulário do ICE diz Department of Homeland Security e é assinado por um agente.
staff-warrant-valid = Um mandado judicial válido deve ser cumprido. Leia que lugares e pessoas ele cobre, e ligue para o advogado da unidade. Nunca bloqueie os agentes, não minta nem esconda ninguém.
staff-records = Não entregue prontuários de pacientes na hora. Envie qualquer ordem judicial, intimação (subpoena) ou pedido escrito ao advogado da sua unidade: a lei permite algumas divulgações, outras não.
staff-document = Anote os nomes e os números de distintivo dos agentes, e guarde uma cópia ou foto de qualquer papel que mostrarem.
staff-lawyer = Tenha na recepção os números do advogado da sua unidade e de um grupo jurídico.
staff-alert = Tenha um jeito discreto de avisar os pacientes para saírem ou irem para um lugar seguro, sem causar pânico.
staff-referrals = Diga aos pacientes onde há ajuda jurídica gratuita ou de baixo custo:
