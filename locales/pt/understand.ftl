### Example messages people send, for choosing an answer from what they type.
### One message per line. Write them as people in your community text, not word for word
### from English. The bot only ever answers with reviewed messages; these only pick which one.

understand-officers-intro =
    quais sao meus direitos com o ICE
    tenho direitos mesmo sem documento?
    quais meus direitos se a imigração me abordar
    sou indocumentado, q direitos eu tenho com os agentes
    quero saber meus direitos com a policia da imigracao
    direitos do imigrante com os oficiais do ICE
    to sem papel, tenho algum direito com o ICE?
    me explica meus direitos com a imigração
    oq o ICE pode e n pode fazer comigo, quais meus direitos
    oq a imigração pode fazer cmg se eu n tenho green card
    meus direitos se o ICE me encontrar, to ilegal aqui

understand-officers-door =
    o ICE tá na minha porta
    tem agente da imigração batendo na porta agr
    tão batendo na minha porta dizendo q é a imigracao
    a imigração ta aqui fora de casa, eu abro?
    ICE na porta do meu apartamento, oq eu faço
    tem uns caras do ICE querendo q eu abra a porta
    bateram aqui em casa, acho q é o ICE
    o ICE tá esmurrando a porta, socorro
    policia da imigracao na frente da minha casa, n abri ainda
    ICE at my door, to com medo de abrir
    tem dois agentes do ICE de colete aqui na porta, n abri
    imigracao batendo aqui agr, tenho q abrir a porta?

understand-officers-warrant =
    oq é um mandado válido
    como sei se o mandado é assinado por um juiz
    eles tem um papel I-205, podem entrar em casa?
    formulario I-200 é mandado judicial?
    o papel do ICE vale como mandado?
    mandado de busca tem q ter meu endereço?
    o documento ta assinado por um oficial e n por juiz, vale?
    warrant de juiz ou do ICE, qual a diferença
    com ordem de deportação final e I-205 eles podem entrar?
    mandado administrativo deixa eles entrarem na minha casa?
    eles tao mostrando um warrant, como sei se é de juiz de vdd?
    papel do ICE sem assinatura de juiz vale como mandado?

understand-officers-inside =
    o ICE entrou na minha casa
    eles arrombaram a porta e entraram
    os agentes ja tao dentro de casa, oq eu faço
    entraram sem minha permissão
    a imigração invadiu meu apartamento agr
    eles forçaram a entrada e tão revistando td
    n abri mas eles entraram mesmo assim
    o ICE tá aqui dentro revistando os quartos
    quebraram a porta e tão dentro de casa
    they came in anyway, entraram à força
    o ICE entrou em casa sem warrant e tão mexendo em td
    empurraram a porta qdo minha filha abriu e entraram

understand-officers-public =
    o ICE me parou na rua
    a policia me parou no carro e perguntou se tenho documento
    batida da imigração no meu trabalho
    tem ICE na obra, oq eu faço
    me abordaram no ponto de ônibus pedindo documento
    querem revistar minha bolsa na rua, sou obrigado?
    fui parado dirigindo, acho q é imigração
    posso ir embora se o agente me parar na rua?
    querem revistar meu carro, tenho q deixar?
    raid do ICE no restaurante onde eu trampo
    a imigração me parou saindo do mercado, posso ir embora?
    o ICE quer revistar meu carro na blitz, sou obrigado a deixar?
    trabalho num restaurante e o ICE entrou na cozinha agr
    batida do ICE na fábrica onde eu trabalho, tão pedindo documento de todo mundo
    o ICE chegou na fazenda onde eu trabalho e tão enfileirando os trabalhadores

understand-officers-silent =
    oq eu falo pros agentes
    tenho direito de ficar calado?
    sou obrigado a responder as perguntas do ICE?
    eles perguntam onde eu nasci, tenho q falar?
    preciso assinar os papeis q eles dão?
    querem q eu assine um documento, assino ou n?
    tenho q dizer como entrei nos EUA?
    direito de permanecer em silêncio com a imigração
    oq dizer se o ICE me fizer perguntas
    tenho q andar sempre com meu green card?
    sou obrigado a falar meu país de origem pro ICE?
    posso ficar quieto se o agente perguntar se tenho papel?

understand-officers-lawyer =
    como acho um advogado de imigração
    preciso de advogado gratuito
    advogado barato pra caso de imigracao
    n tenho dinheiro pra advogado, oq faço
    o governo me dá advogado de graça?
    advogado q fala português pra caso de imigração
    ajuda jurídica gratuita pra imigrante
    preciso de um lawyer urgente
    defensor público serve pra caso de imigração?
    quero falar com um advogado de imigraçao
    tem advogado q cobra barato pra imigrante?
    qro um advogado de imigracao pro meu caso, como faço

understand-clinic-intro =
    o ICE pode ir no hospital?
    tenho medo de ir na clínica por causa da imigração
    hospital é lugar protegido contra o ICE?
    sou indocumentado, posso ir no médico?
    é seguro ir no hospital sem papel?
    duvida sobre hospital e imigração
    posso ir no posto de saúde sem documento?
    tenho consulta marcada mas to com medo do ICE, vou ou n?
    minha mãe tá internada e a gente tem medo do ICE aparecer no hospital
    meu pai tá no hospital e n sei se é seguro visitar ele sem papel

understand-clinic-private =
    o hospital vai passar minhas informações pro ICE?
    meu prontuário é confidencial?
    o médico pode contar pra imigração q sou indocumentado?
    Medicaid compartilha meus dados com o ICE?
    a clínica guarda minhas informações em sigilo?
    se eu for no hospital eles vão me denunciar?
    minhas informacoes de saude sao protegidas?
    o Medicaid pode dar meu endereço pra imigração?
    sigilo médico vale pra quem n tem documento?
    o hospital pode passar meu endereço pra imigração?
    se eu usar o Medicaid o ICE fica sabendo?

understand-clinic-emergency =
    o hospital se recusou a me atender na emergência
    n tenho dinheiro pra emergencia, podem me recusar?
    a emergência n quer me atender pq n tenho seguro
    é uma emergência e n tenho documento, vou onde?
    minha filha tá passando mal, o pronto-socorro pode recusar?
    me mandaram embora do ER sem atender
    a emergência é de graça?
    o urgent care n quis me atender sem seguro
    preciso de emergência agr mas to sem papel
    meu marido ta com dor no peito e sem seguro, o hospital tem q atender?
    fui no ER e n quiseram me atender pq n tenho documento
    a emergência é obrigada a atender quem n tem seguro nem dinheiro?

understand-clinic-officers =
    tem ICE na sala de espera da clínica
    agentes da imigração no hospital onde eu to
    o ICE pode me prender no hospital?
    tem agente no estacionamento da clínica e tenho consulta
    o ICE pode entrar na sala de exame?
    to no hospital e vi oficiais da imigração
    imigração na clínica, sou paciente, oq eu faço?
    eles podem entrar no meu quarto do hospital sem mandado?
    ICE no pronto-socorro, to aqui com meu filho
    tem carro do ICE parado no estacionamento do hospital
    agentes da imigração na sala de espera, sou paciente, posso ir embora?
    tem oficiais na entrada do hospital onde meu pai tá internado
    minha esposa tá internada e o ICE tá rondando o hospital, oq a gente faz

understand-clinic-guarded =
    to preso e no hospital, o agente fica no quarto
    o oficial fica durante meu exame, é normal?
    sou paciente sob custódia, posso falar com o médico sozinho?
    tem um guarda comigo no médico, posso falar em particular?
    preciso de intérprete no hospital, to detido
    paciente sob custódia do ICE, quais meus direitos
    o agente escuta td q eu falo com o médico
    me trouxeram algemado pro hospital e o guarda n sai
    n falo inglês, tenho direito a intérprete de graça no hospital?
    to sob custódia no hospital e o guarda n deixa eu falar sozinho com a médica
    tô detido e internado, tenho direito a intérprete?

understand-detention-intro =
    um parente tá detido pelo ICE e tá doente
    meu irmão foi preso pela imigração e tá doente
    minha mãe tá num centro de detenção e precisa de médico
    familiar detido precisa de cuidado médico
    meu primo foi pego pelo ICE, ele tem problema de saúde
    meu filho ta detido na imigração, ele é diabético
    ajuda pra um familiar detido q precisa de atendimento
    meu marido tá preso no ICE e precisa de tratamento
    minha irmã foi detida pela imigração e tá grávida, precisa de médico

understand-detention-find =
    como saber pra onde o ICE levou meu marido
    o ICE pegou meu irmão e n sei onde ele tá
    encontrar pessoa detida pela imigração
    onde meu filho tá preso?
    locator do ICE como procura alguém
    transferiram meu primo e n acho mais ele
    procuro minha esposa q foi presa pelo ICE ontem
    qual centro de detenção, como acho meu pai
    levaram meu pai hj de manhã, n sei pra onde
    pegaram meu filho ontem e ngm me fala onde ele tá
    como uso o locator do ICE pra achar meu tio

understand-detention-problems =
    meu marido detido n tá recebendo os remédios
    n tão dando insulina pro meu irmão na detenção
    meu filho tá doente na detenção e ngm cuida
    emergência médica na detenção, oq faço
    minha esposa detida precisa de médico e eles ignoram
    ele ta com dor no peito na detenção e os guardas n fazem nada
    meu tio detido ta sem atendimento médico
    os remédios da minha mãe tão atrasando no centro do ICE
    como reclamar de falta de atendimento na detenção
    os guardas não levaram ele no médico na detenção
    ela desmaiou na detenção e ninguém atendeu
    meu pai tá sem o remédio de pressão há uma semana na detenção
    pedi médico pro meu irmão detido e ngm atende, oq faço

understand-detention-record =
    como registrar os pedidos de atendimento na detenção
    ele tem q pedir atendimento por escrito td dia?
    anotar as datas dos pedidos médicos pro advogado
    mandar as receitas dele pro advogado
    como provo q ele pediu médico várias vezes
    tenho q contar pro advogado cada problema de saúde dele?
    fazer um registro dos pedidos de cuidado do meu irmão detido
    guardar cópia dos pedidos médicos dele
    enviar o histórico médico pro advogado de quem tá detido
    como guardo prova dos pedidos de médico q ele fez na detenção
    anotar data e resposta de cada pedido de atendimento dele

understand-detention-letters =
    carta médica pro advogado do meu marido
    um médico pode escrever uma carta pro caso do meu irmão detido?
    médico voluntário pra avaliar pessoa detida
    como conseguir carta do médico pro advogado
    o advogado pediu laudo médico, onde acho um médico?
    oq é Medical Review for Immigrants
    carta de médico pra ajudar no caso de imigração
    avaliação médica gratuita pra detido
    laudo medico pra apresentar no caso dele
    o lawyer pediu uma carta de médico, como consigo?
    tem médico voluntário q escreve carta pra quem tá detido?

understand-detention-parole =
    soltura por motivo de saúde
    ele ta muito doente, pode sair da detenção?
    parole humanitário pro meu pai doente
    como tirar minha esposa grávida da detenção
    o ICE pode soltar ele pq tem câncer?
    pedido de liberação humanitária
    meu irmão ta muito doente, eles podem soltar?
    sair da detencao por doença
    oq é humanitarian parole
    dá pra pedir soltura humanitária pq ele tá muito doente?
    meu marido tem câncer, o ICE pode liberar ele por isso?

understand-detention-released =
    meu marido acabou de ser solto e precisa de médico
    ele saiu da detenção doente, e agr?
    solto pelo ICE, sem seguro, precisa de tratamento
    achar médico depois da detenção
    minha irmã saiu do centro mas tá doente
    dps q soltaram ele n tem médico nem transporte
    desde q saiu ele ta mt estressado e n dorme
    soltaram ele, precisa dos remédios
    atendimento depois de sair da detenção
    soltaram meu irmão ontem e ele n tem seguro pra ir no médico
    ele saiu da detenção e precisa continuar o tratamento, onde acho ajuda

understand-limits-about =
    isso é orientação jurídica?
    quem são vcs?
    quem fez esse bot
    posso confiar nessas informações?
    vc é advogado?
    isso é um serviço de verdade ou golpe?
    essa informação tá atualizada?
    oq é esse serviço
    é confiável oq vcs falam?
    isso aqui é um advogado ou só informação?
    vcs são do governo?

understand-privacy-intro =
    quem pode ver minhas mensagens
    é seguro escrever aqui?
    vcs guardam meu número?
    o ICE pode ler oq eu escrevo aqui?
    minhas msg sao privadas?
    o bot salva meu nome?
    é seguro falar com vcs?
    vcs passam minhas informações pra imigração?
    essa conversa é sigilosa?
    vcs guardam oq eu escrevo?
    é seguro contar minha situação aqui?

understand-privacy-sms =
    mensagem de texto é segura?
    SMS é criptografado?
    a operadora do celular pode ver minhas mensagens?
    o governo pode pegar meus SMS?
    é seguro mandar sms aqui?
    a Twilio guarda minhas mensagens?
    minhas mensagens de texto pra esse número podem ser lidas?
    SMS é privado ou n?
    a operadora guarda as mensagens q eu mando pra vcs?
    o governo consegue ler meus SMS?

understand-privacy-telegram =
    o Telegram é seguro?
    o Telegram guarda minhas mensagens?
    esse chat do Telegram é criptografado?
    o Telegram consegue ver oq eu te escrevo?
    conversa no Telegram é privada?
    os servidores do Telegram guardam a conversa?
    o Telegram passa dados pro governo?
    to te escrevendo pelo Telegram, é seguro?
    o Telegram salva essa conversa?
    Telegram é mais seguro q sms?

understand-privacy-delete =
    como apago essa conversa
    quero deletar esse chat
    como apagar minhas mensagens daqui
    apagar o histórico com o bot
    como faço pro bot esquecer td
    quero q vc apague oq eu escrevi
    excluir a conversa no meu celular
    delete this chat por favor
    quero apagar td q eu escrevi aqui
    como deleto essa conversa do meu celular

understand-staff-intro =
    trabalho numa clínica, oq fazer se o ICE vier
    plano pra equipe do hospital sobre imigração
    sou enfermeira, como agir se os agentes aparecerem
    protocolo da clínica se o ICE chegar
    orientação pros funcionários de saúde sobre o ICE
    somos uma clínica e queremos um plano pra imigração
    guia pra equipe médica
    sou recepcionista na clínica, e se o ICE vier?
    plano da clínica pra quando a imigração aparecer
    orientação pra equipe do posto de saúde sobre o ICE
    sou enfermeira no hospital, oq a gente faz se o ICE vier?
    trabalho na recepção de uma clínica, qual o protocolo com a imigração
    sou segurança do hospital, como agir com agentes do ICE

understand-staff-prepare =
    como preparar nossa clínica antes de uma visita do ICE
    treinar a equipe pra uma batida da imigração
    definir quem responde se os agentes vierem na clínica
    marcar as áreas privadas da clínica
    preparar os funcionários antes do ICE aparecer
    telemedicina pros pacientes se deslocarem menos
    oq a gente prepara com antecedência no hospital
    treinamento da equipe sobre ICE
    placa de área privativa na clínica, onde colocar
    trabalho numa clínica e queremos um plano antes do ICE aparecer
    como treinar a equipe da clínica antes da imigração chegar
    como a clínica se prepara antes do ICE aparecer
    quem da equipe deve falar com os agentes se eles vierem

understand-staff-arrive =
    o ICE tá na recepção da nossa clínica agr
    agentes na recepção, sou funcionária, falo oq?
    trabalho no hospital e o ICE acabou de chegar
    os agentes querem entrar nas salas de exame, sou enfermeiro
    agentes da imigração no front desk agr, oq dizer
    eles tão na recepção pedindo pra ver um paciente
    to na recepção, o ICE chegou, deixo eles passarem?
    n tenho autorização pra consentir, como falo isso pra eles
    oficiais na entrada do nosso posto de saúde
    o ICE entrou na recepção agr e quer passar
    agentes no hospital agr querendo entrar na ala dos pacientes
    sou recepcionista e tem dois agentes do ICE no balcão agora, oq eu falo
    sou enfermeira, o ICE tá no corredor querendo entrar nos quartos
    sou segurança do hospital e os agentes tão na entrada agr, deixo passar?

understand-staff-warrant =
    mandado de juiz ou formulário do ICE, como diferencio na clínica
    os agentes mostraram um papel na recepção, é mandado judicial?
    como a equipe confere um mandado
    formulário do Department of Homeland Security, a clínica tem q obedecer?
    o hospital tem q cumprir mandado de juiz?
    o documento é assinado por oficial e n por juiz, oq a clínica faz
    como os funcionários reconhecem um warrant de juiz
    eles tem mandado pra clínica, ligamos pro advogado?
    o agente mostrou um papel na clínica, como sei se é mandado de juiz?
    o formulário do ICE obriga a clínica a deixar eles entrarem?

understand-staff-records =
    o ICE tá pedindo os prontuários dos pacientes
    os agentes querem os prontuários, eu entrego?
    eles tem uma intimação subpoena pros registros dos pacientes
    a gente tem q dar informação dos pacientes pra imigração?
    pedido por escrito do ICE pelos prontuários da clínica
    eles querem a lista dos nossos pacientes
    trabalho no hospital e exigiram o prontuário de um paciente
    ordem judicial pros prontuários, oq a gente faz
    o ICE quer cópia dos prontuários, a gente entrega?
    chegou uma subpoena pedindo dados dos pacientes

understand-staff-patients =
    como proteger nossos pacientes se o ICE chegar
    avisar os pacientes sem causar pânico
    informar os pacientes dos direitos deles na clínica
    pra onde mandar nossos pacientes pra ajuda jurídica gratuita
    como dizer pros pacientes saírem discretamente
    um lugar seguro pros pacientes dentro da clínica
    queremos orientar nossos pacientes imigrantes
    proteger os pacientes durante uma visita do ICE
    como avisar os pacientes com calma q o ICE tá aqui
    onde nossos pacientes acham advogado gratuito

understand-nearby-ask =
    ajuda perto de mim
    organizações pra imigrantes no meu estado
    moro em Framingham, onde acho ajuda?
    linha de apoio local pra imigrantes
    grupos de ajuda pra brasileiros perto de mim
    ajuda em Newark pra indocumentados
    tem alguma organização na minha cidade?
    recursos locais de imigração em Massachusetts
    to na Flórida, quem pode me ajudar aqui perto?
    alguma ONG aqui na minha região?
    moro em Boston, tem ajuda aqui?
    alguma organização de imigrantes perto de mim em NJ

## Short forms people type in SMS, as `short = long`, comma-separated (may be empty for a
## language that has none; then write a single line: understand-spellings = -)
understand-spellings = vc = voce, vcs = voces, q = que, pq = porque, tb = tambem, tbm = tambem, n = nao, hj = hoje, msg = mensagem, td = tudo, mt = muito, qdo = quando, dps = depois, agr = agora, ngm = ninguem

## Sentences that ask the bot to stop texting (an opt-out). One per line.
understand-stop =
    para de me mandar mensagem
    n quero mais receber essas mensagens
    me tira dessa lista
    quero me descadastrar dessas mensagens
    para de me mandar msg pfv
    n me manda mais nada
    cancela essas mensagens, n quero mais
    remove meu número da lista
    chega de mensagem, para de mandar
    por favor, não quero mais receber mensagens de vcs
    para de me mandar essas mensagens, que saco
    não me manda mais mensagem
    me deixa em paz com essas mensagens
    unsubscribe, n quero mais msg
    me descadastra dessa lista
    pare de enviar sms pra mim
    para de me enviar mensagens
    que isso? para de me mandar mensagem
    nem conheço vcs, para de mandar msg
    nunca pedi pra receber isso, para
    nao me inscrevi em nada, para de mandar
    numero errado, para de me mandar mensagem
    mandaram pra pessoa errada, parem de mandar
    nao quero receber mais nada de vcs
    me tira dessa lista ja
    me deixa em paz
    chega de tanta mensagem
    me descadastra pfv
    nunca mais me escrevam
    nunca mais me manda mensagem
    nao quero essas mensagens
    para, nao me interessa
    nao me interessa, para de mandar essas mensagens
    parem de me mandar mensagem
    por gentileza, parem de me enviar mensagens
    para de encher meu saco com essas mensagens

## Mensagens sobre coisas que este serviço não responde, uma por linha: papo, tempo, esporte,
## comida, envio de dinheiro, outras coisas do dia a dia. Uma mensagem mais parecida com estas do que
## com qualquer assunto não é respondida como assunto (vai a dica de sempre e as opções). Nunca coloque aqui palavras de um assunto.
understand-elsewhere =
    sabe me dizer as horas?
    como ta o tempo hj
    vai chover amanha?
    quem ganhou o jogo
    quanto foi o jogo do flamengo ontem
    me conta uma piada
    kkkkk ok
    nossa, obrigadao
    blz brigadao tchau
    boa noite, durma bem
    feliz aniversario
    quanto custa mandar uma grana pro brasil
    melhor app pra fazer remessa pro brasil
    quanto ta o dolar hoje em reais
    onde compro um celular barato
    receita de feijoada
    um restaurante brasileiro bom por aqui
    me indica um filme bom
    me ajuda com o dever de casa
    como conserto meu carro
    to atras de um trampo
    onde tem um posto de gasolina
    valeu kkkk
    blz valeu
    não consigo parar de chorar
    não paro de pensar nisso
    a chuva não para
