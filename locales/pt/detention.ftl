### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = Um familiar está detido pela imigração e precisa de atendimento médico? Escolha um assunto.
detention-choice-find = Saber onde a pessoa está detida
    .keywords = encontrar, onde, localizador
detention-choice-problems = O atendimento atrasa ou não chega
    .keywords = remedio, remedios, medicamento, medicamentos, insulina, atraso, atrasado
detention-choice-record = Anotar tudo, avisar o advogado
    .keywords = anotar, registro, pedido
detention-choice-letters = Cartas médicas para o advogado
    .keywords = carta, cartas, medico, doutor
detention-choice-parole = Soltura por motivo de saúde
    .keywords = parole, soltura, liberdade, libertacao
detention-choice-released = Foi solto e precisa de atendimento
    .keywords = solto, solta, liberado, liberada

detention-find = O localizador do ICE (locator.ice.gov) pode mostrar onde alguém está detido. Nem sempre está certo ou atualizado, e as pessoas são transferidas com frequência: confira de novo.
detention-dril = O ICE também tem uma linha telefônica para problemas graves na detenção. A linha é do próprio ICE: se você tem medo pela sua própria situação migratória, peça a um advogado ou a um amigo de confiança para ligar.
detention-emergency = Numa emergência, a pessoa deve avisar um guarda na hora e pedir ajuda médica. Ligue para o centro de detenção e peça para falar com a equipe médica.
detention-call-line = Se remédios ou atendimento atrasam ou faltam, ligue para a linha do ICE de problemas na detenção. Se teme pela sua situação, peça a um advogado ou amigo de confiança para ligar.
detention-request = A pessoa detida pode pedir atendimento médico todos os dias, por escrito. Anote cada pedido: a data, o que foi pedido e a resposta.
detention-continuity = As regras do ICE dizem que a pessoa deve continuar recebendo os remédios de que precisa desde o dia em que chega. Envie ao advogado as receitas e os registros do médico.
detention-lawyer = Conte ao advogado da pessoa cada problema de saúde. Um advogado pode pressionar por atendimento e pela soltura.
detention-letters = Médicos voluntários podem avaliar a saúde de uma pessoa detida e escrever uma carta médica para o advogado dela.
detention-networks = Entre as redes que ligam advogados a esses médicos estão { -org-mri } e { -org-nylpi-network }. Elas trabalham por meio de advogados: peça ao advogado para contatá-las.
detention-records = Médicos voluntários leem os registros médicos da pessoa para escrever as cartas. Entregue ao advogado os papéis médicos que você tiver.
detention-parole = Quem tem necessidades de saúde urgentes pode pedir ao ICE a soltura por razões humanitárias (parole humanitário). O ICE decide caso a caso, sem garantia. Uma carta médica pode ajudar o advogado.
detention-released = Pessoas soltas com problemas de saúde graves muitas vezes não recebem ajuda para encontrar atendimento, e podem não ter seguro nem transporte.
detention-case-management = { -org-mri } oferece acompanhamento de caso para ajudar pacientes a encontrar um médico depois da soltura. Leve os papéis médicos que você tiver.
detention-stress = A detenção causa muito estresse e medo, para a pessoa e a família. A linha 988 dá apoio grátis e sigiloso por ligação ou mensagem de texto, 24 horas por dia:
