### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = Desculpe, não entendi. Por favor, envie o número de uma opção.
    .buttons = Desculpe, não entendi. Por favor, escolha um dos botões.
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = Ainda não entendi. Envie AJUDA, ou encontre ajuda aqui:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = Envie 0 para o menu, VOLTAR para voltar, IDIOMA, APAGAR para apagar esta conversa, PARAR para encerrar.
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = Você não vai receber mais mensagens minhas. Envie COMEÇAR para começar de novo.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = Eu esqueci esta conversa. Envie qualquer mensagem para começar de novo.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = O menu mudou desde a sua última mensagem. Aqui está ele de novo.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = Você já está no início.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = Menu principal
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = Mais
# Said at the end of a topic, before the main menu options.
shared-what-next = O que mais você quer saber?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = Eu só consigo ler mensagens de texto. Por favor, envie o número de uma opção.
    .buttons = Eu só consigo ler mensagens de texto. Por favor, escolha um dos botões.
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = Agora não consigo lembrar onde estávamos. Escreva de novo em alguns minutos. Para ter ajuda agora:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Não consegui apagar esta conversa agora. Por favor, envie APAGAR de novo daqui a um minuto. O que eu lembro é apagado de qualquer forma pouco depois que você para de escrever.
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = Ainda não há nenhuma linha só para { $value }. Estas linhas atendem todos os EUA:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Desculpe, não consegui ler isso.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = São informações, não orientação jurídica.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = Você quis dizer um destes? Envie o número.
    .buttons = Você quis dizer um destes?
shared-slow-down = Você está enviando mensagens muito rápido. Espere alguns minutos e escreva de novo.
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = Há uma cidade chamada { $place } em mais de um estado: { $states }.
