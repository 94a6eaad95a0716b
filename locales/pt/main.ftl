### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = Olá. Eu compartilho informações gratuitas sobre os seus direitos nos EUA. São informações, não orientação jurídica.
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = O que você quer saber? Envie um número.
    .buttons = O que você quer saber?
main-choice-officers = Agentes na minha porta ou na rua
    .keywords = ice, agentes, imigracao, porta, rua, policia
main-choice-clinic = Numa clínica ou hospital
    .keywords = clinica, hospital, medico
main-choice-detention = Familiar detido precisa de atendimento
    .keywords = detido, detida, detencao
main-choice-nearby = Ajuda perto de mim
    .keywords = perto, zip, cep, linha de ajuda
main-choice-staff = Para funcionários de clínicas
    .keywords = funcionarios, equipe
main-choice-limits = Sobre este serviço
    .keywords = sobre, emergencia, 911, privacidade
main-choice-language = Mudar de idioma
main-language-prompt = Escolha o seu idioma. Envie um número.
    .buttons = Escolha o seu idioma.
