### A rede de segurança: dita primeiro, antes de qualquer tema, quando uma mensagem conta uma
### emergência médica ou desespero. Cada resposta deve caber numa página de SMS.
### As fontes estão no nó, em flows/crisis.yaml.

# Dita quando uma mensagem conta uma emergência médica acontecendo agora.
crisis-emergency = Ligue para o 911 agora. Numa emergência, o pronto-socorro de um hospital deve examinar e tratar você, seja qual for a sua situação ou dinheiro. Se houver agentes aí, ligue para o 911 mesmo assim.
# Dita quando uma mensagem conta desespero, ou pensamentos de suicídio ou de se machucar, da
# própria pessoa ou de outra. Mensagem de texto para o 988 só funciona em inglês e espanhol:
# por isso o intérprete é só nas ligações.
crisis-despair = Você não está só. Ligue ou mande mensagem para o 988, por você ou por alguém que você ama: grátis e sigiloso, de dia ou de noite. As ligações podem ter intérprete. Se alguém corre risco de se machucar agora, ligue para o 911.

## Sinais de cada situação, uma frase por linha, como as pessoas escrevem no celular (sem
## acento também). Uma frase vale quando suas palavras aparecem nessa ordem, com no máximo duas
## outras palavras entre duas delas (nenhuma em vietnamita, que escreve as sílabas separadas). Em
## inglês, espanhol, francês, português, russo, árabe e hindi, as palavras de uma frase de duas
## palavras ou mais valem também para suas outras formas (parou de respirar vale para parei de
## respirar); uma frase de uma palavra só vale como está escrita. Uma palavra terminada em * vale
## para toda palavra que começa assim (desmai* vale para desmaiou, desmaiada). Palavras de cinco
## letras ou mais valem também com uma letra a mais ou a menos. Maiúsculas, acentos e apóstrofos
## não contam.

crisis-signs-emergency =
    não respira*
    n respira*
    parou de respirar
    sem respirar
    falta de ar
    dificuldade respira*
    sufocando
    fic* rox*
    lábio* rox*
    sem pulso
    engasg*
    infart*
    enfart*
    ataque cardíaco
    ataque coração
    parada cardíaca
    coração parou
    dor peito
    dor forte peito
    peito doendo
    derrame
    avc
    boca torta
    inconsciente
    desacordad*
    desmai*
    não acorda*
    convuls*
    overdose
    tomou muit* remédio*
    tomou muit* comprimido*
    tomou monte remédio*
    tomou todos remédio*
    tomou vários comprimidos
    engoliu comprimido*
    envenen*
    veneno
    sangrando muit*
    sangrando demais
    muito sangue
    perdendo sangue
    não para sangrar
    hemorrag*
    levou tiro
    tomou tiro
    balead*
    atiraram nel*
    esfaquead*
    facada
    reação alérgica
    alergia grave
    anafila*
    garganta fechando
    crise asma
    ataque asma
    trabalho parto
    bolsa estourou
    estourou bolsa
    bebê nascendo*
    grávida sangr*
    atropel*
    afog*
    tá morrendo
    está morrendo
    ambulância
    samu
    lig* 911
    cham* 911
    para o 911
    emergência médica
    ele não se mexe
    ela não se mexe
    não se mexendo*
    não se mexe mais
    parou de se mexer
    tá roxo
    está roxo
    lábios azuis
    boca roxa
    rosto caído
    rosto torto
    cara torta
    perdeu a fala
    fala enrolad*
    falando enrolad*
    espum* boca
    não para de tremer
    bateu a cabeça
    caiu de cabeça
    queimadura grave
    queimou feio
    sangrando na cabeça
    cabeça sangrando
    vomitando sangue
    tossindo sangue
    bebê não mexe
    bebê parou de mexer
    nenê não mexe
    febre muito alta
    osso pra fora
    osso para fora
    osso exposto
    fratura exposta
    osso quebrado
    língua inch*
    rosto inch*
    lábios inch*
    acidente de carro
    acidente de moto
    capotou
    gravemente ferid*
    ferid* grave
    caiu e não levanta
    desfalec*
    desabou no chão
    olhos revir*
    cortou feio
    sangramento forte
    bebeu água sanitária
    choque elétrico
    caiu do telhado
    caiu do andaime
    monte de comprimido*
    tomou um monte
    caiu no chao e nao
    nao se mexe mais

crisis-signs-despair =
    quero me matar
    queria me matar
    vou me matar
    vo me matar
    pens* me matar
    vontade me matar
    melhor me matar
    se matar
    se matou
    suicid*
    quero morrer
    queria morrer
    vontade de morrer
    prefiro morrer
    melhor morrer
    melhor mort*
    queria estar mort*
    melhor estar mort*
    tivesse morrid*
    eu morresse
    não quero viver
    n quero viver
    não quero existir
    não quero estar viv*
    sem vontade viver
    perdi vontade viver
    vale pena viver
    motivo viver
    razão viver
    pra que viver
    vida sem sentido
    vida não tem sentido
    acabar com vida
    acabar com a minha vida
    acabar comigo
    acabar com tudo
    tirar vida
    tirar a minha vida
    própria vida
    fim minha vida
    quero me machucar
    vou me machucar
    vontade me machucar
    quero me ferir
    me cort*
    se cort*
    cortar pulso*
    automutila*
    autolesão
    me enforc*
    se enforc*
    me jogar da
    me jogar do
    jogar na frente
    pular ponte
    pular prédio
    não aguento mais
    n aguento mais
    cans* viver
    cans* vida
    sem esperança
    perdi esperança
    nenhuma esperança
    desist* vida
    desist* de tudo
    sumir sempre
    desaparecer sempre
    dormir não acordar
    melhor sem mim
    deprimid*
    vida não faz sentido
    nada mais faz sentido
    não vejo sentido viver
    cans* de tudo
    dormir nunca acordar
    dormir pra sempre
    dormir para sempre
    não quero acordar*
    nunca mais acordar*
    ninguém sentir falta
    ninguém se importa comigo
    sou um peso
    sou um fardo
    sou um estorvo
    quero sumir*
    vontade de sumir*
    quero desaparecer*
    vontade de desaparecer*
    dar fim em tudo
    dar cabo de mim
    juntando* remédio*
    juntando* comprimido*
    juntei* remédio*
    juntei* comprimido*
    comprimido* guardad*
    pílula* guardad*
    remédio* escondid*
    pular da janela
    pular do viaduto
    se jogar da
    se jogar do
    mãe no céu
    quero ir pro céu
    cans* de lutar
    não consigo mais continuar
    não tenho mais forças
    vazi* por dentro
    me sinto vazi*
    quero que tudo acabe
    adeus pra sempre
    adeus para sempre
    adeus a todos
    minha última mensagem
    remédio* de propósito
    comprimido* de propósito
    quer se machucar
    tentou se machucar
    tentei me matar
    decidi me matar
    pens* em morrer
    queria não existir
    nunca ter nascido
    queria não ter nascido
    minha vida acabou
    odeio minha vida
    não sirvo pra nada
    chega de sofrer
    parar de sofrer
    qro morrer
    kero morrer
    ameaç* pular
    melhor se eu tivesse mort*
    tivesse morta
    tivesse morto
