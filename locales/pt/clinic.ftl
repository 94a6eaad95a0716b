### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Numa clínica ou hospital, você tem direitos como paciente, seja qual for a sua situação migratória. O que você quer saber?
clinic-choice-private = Minhas informações médicas são privadas?
    .keywords = privado, privada, privacidade, prontuario, informacoes medicas
clinic-choice-emergency = Podem me negar atendimento emergencial?
    .keywords = emergencia, pronto-socorro, pronto socorro
clinic-choice-officers = Agentes de imigração na clínica
clinic-choice-guarded = Sou paciente sob custódia
    .keywords = custodia, guarda, preso, presa
clinic-choice-rights = Meus direitos diante dos agentes

clinic-private = Os profissionais de saúde em geral devem manter as suas informações médicas em sigilo. Os agentes de imigração não podem, pela lei, obrigá-los a compartilhar essas informações sem uma ordem judicial.
clinic-emergency = Não. Ninguém pode negar a você atendimento médico de emergência por causa da sua situação migratória. A lei federal protege esse direito.
clinic-officers-private-areas = Sem a permissão da clínica, os agentes não podem entrar nas áreas privadas dela, como os consultórios, sem um mandado.
clinic-officers-rights = Onde quer que você esteja, você pode ficar em silêncio e pedir um advogado.
clinic-guarded = Se você estiver sob custódia, um agente pode ficar com você, até durante os exames. Você pode pedir ao médico ou ao hospital um tempo para conversar com você em particular.
clinic-interpreter = Hospitais e clínicas que recebem dinheiro federal devem dar ajuda de idioma grátis, como um intérprete. Você pode pedir.
