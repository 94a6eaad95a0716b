### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = Извините, я не понял. Напишите номер варианта.
    .buttons = Извините, я не понял. Выберите одну из кнопок.
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = Я снова не понял. Напишите ПОМОЩЬ или обратитесь сюда:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = Напишите 0 (меню), НАЗАД, ЯЗЫК, УДАЛИТЬ (стереть чат), СТОП (отписка).
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = Больше сообщений от меня не будет. Напишите СТАРТ, чтобы начать снова.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = Я забыл этот разговор. Напишите что угодно, чтобы начать снова.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = Меню изменилось с вашего последнего сообщения. Вот оно снова.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = Вы уже в начале.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = Меню
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = Ещё
# Said at the end of a topic, before the main menu options.
shared-what-next = Что ещё вы хотите знать?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = Я читаю только текст. Напишите номер варианта.
    .buttons = Я читаю только текст. Выберите одну из кнопок.
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = Сейчас я не помню, где мы были. Напишите через пару минут. Помощь сейчас:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Пока не удалось стереть разговор. Напишите УДАЛИТЬ через минуту. То, что я помню, и так сотрется вскоре после конца переписки.
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = { $value }: отдельных линий пока нет. Эти линии работают по всем США:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Извините, не удалось это прочитать.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = Не юр. совет.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = Вы имели в виду одно из этого? Напишите номер.
    .buttons = Вы имели в виду одно из этого?
shared-slow-down = Вы отправляете сообщения слишком быстро. Подождите несколько минут и напишите снова.
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = { $place } есть в нескольких штатах: { $states }.
