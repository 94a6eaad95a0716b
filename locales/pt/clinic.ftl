### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = Hospitais e clínicas não são mais locais proibidos para agentes de imigração. Mas você tem direitos como paciente, seja qual for a sua situação. O que você quer saber?
clinic-choice-private = Minhas informações médicas são privadas?
    .keywords = privado, privada, privacidade, prontuario, informacoes medicas
clinic-choice-emergency = Podem me negar atendimento emergencial?
    .keywords = emergencia, pronto-socorro, pronto socorro
clinic-choice-officers = Agentes de imigração na clínica
clinic-choice-guarded = Sou paciente sob custódia
    .keywords = custodia, guarda, preso, presa
clinic-choice-rights = Meus direitos diante dos agentes

clinic-private = Em geral, os profissionais de saúde devem manter suas informações médicas em sigilo. Mas a lei permite compartilhar parte delas, como por ordem judicial ou certos pedidos oficiais de agentes.
clinic-private-medicaid = Um tribunal deixou o Medicaid compartilhar com o ICE dados básicos, como seu endereço e situação migratória. Seu prontuário médico não faz parte desses dados.
clinic-emergency = Um hospital com pronto-socorro que aceita Medicare deve examinar você e tratar uma emergência até você ficar estável, seja qual for a sua situação ou dinheiro.
clinic-emergency-limits = Essa lei não vale para clínicas nem centros de urgent care, e o atendimento não é grátis: pode chegar uma conta depois. Numa emergência, vá ao pronto-socorro de um hospital ou ligue para o 911.
clinic-officers-public = Desde janeiro de 2025, os agentes podem fazer prisões em hospitais e clínicas. Eles podem ficar em áreas públicas, como salas de espera e estacionamentos, sem mandado.
clinic-officers-private-areas = Para entrar em áreas privadas, como consultórios, sem o consentimento da clínica, eles precisam de um mandado assinado por um juiz. Um formulário do ICE não basta.
clinic-officers-rights = Onde você estiver, pode ficar em silêncio e pedir um advogado. Não corra nem mostre documentos falsos.
clinic-guarded = Se você estiver sob custódia, um agente pode ficar com você, até durante os exames. Você pode pedir ao médico ou ao hospital um tempo para conversar com você em particular.
clinic-interpreter = Hospitais e clínicas que recebem dinheiro federal devem dar ajuda de idioma grátis, como um intérprete. Você pode pedir.
