### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Um familiar está detido pela imigração e precisa de atendimento médico? Escolha um assunto.
detention-choice-problems = O atendimento atrasa ou não chega
    .keywords = remedio, remedios, medicamento, medicamentos, atraso, atrasado
detention-choice-letters = Cartas médicas para o advogado
    .keywords = carta, cartas, medico, doutor
detention-choice-parole = Soltura por motivo de saúde
    .keywords = parole, soltura, liberdade, libertacao
detention-choice-released = Foi solto e precisa de atendimento
    .keywords = solto, solta, liberado, liberada

detention-problems = Problemas comuns na detenção: remédios dados com atraso, atendimento ruim de saúde mental e ajuda lenta em emergências. Anote o que acontece e quando.
detention-request = A pessoa detida pode pedir atendimento médico no centro todos os dias. Anote cada pedido: a data, o que foi pedido e a resposta.
detention-lawyer = Conte ao advogado da pessoa cada problema de saúde. São os advogados que podem pressionar por atendimento e pela soltura.
detention-letters = Médicos voluntários podem avaliar a saúde de uma pessoa detida e escrever uma carta médica para o advogado dela.
detention-networks = Entre as redes que ligam advogados a esses médicos estão { -org-mri } e { -org-nylpi-network }.
detention-records = Médicos voluntários leem os registros médicos da pessoa para escrever as cartas. Entregue ao advogado os papéis médicos que você tiver.
detention-parole = Pessoas com necessidades de saúde urgentes podem ser soltas por razões humanitárias (parole humanitário). A carta de um médico pode ajudar o advogado a pedir isso.
detention-released = Pessoas soltas com problemas de saúde graves muitas vezes não recebem ajuda para encontrar atendimento, e podem não ter seguro nem transporte.
detention-case-management = { -org-mri } oferece acompanhamento de caso para ajudar pacientes a encontrar um médico depois da soltura. Leve os papéis médicos que você tiver.
detention-choice-find = Saber onde a pessoa está detida
    .keywords = encontrar, onde, localizador
detention-find = O localizador on-line de detidos do ICE (locator.ice.gov) pode mostrar onde alguém está detido. Ele nem sempre está certo ou atualizado.
detention-dril = O ICE também tem uma linha telefônica para problemas graves na detenção. A linha é do próprio ICE: se você tem medo pela sua própria situação migratória, peça a um advogado ou a um amigo de confiança para ligar.
