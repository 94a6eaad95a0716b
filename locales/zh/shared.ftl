### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 70 Chinese characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = 对不起，我没看懂。请发送选项的数字。
    .buttons = 对不起，我没看懂。请选择一个按钮。
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = 我还是没看懂。请发送“帮助”，或在这里求助：
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = 发送0回菜单，“返回”回上一步，“语言”换语言，“删除”删除这个聊天，“停止”结束。
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = 您不会再收到我的消息。发送“开始”可以重新开始。
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = 我已忘掉这次对话。发送任何消息即可重新开始。
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = 从您上次发消息以来，菜单变了。下面再发一遍。
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = 您已经在最开始了。
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = 主菜单
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = 更多
# Said at the end of a topic, before the main menu options.
shared-what-next = 您还想了解什么？
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = 我只能读文字消息。请发送选项的数字。
    .buttons = 我只能读文字消息。请选择一个按钮。
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = 我现在记不起我们刚才说到哪里了。请过几分钟再发消息。如需马上求助：
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = 我刚才没能删除这次对话。请过一分钟再发送“删除”。无论如何，您不再发消息后不久，我记得的内容也会被删除。
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = 目前还没有列出只服务{ $value }的热线。以下热线服务全美国：
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = 对不起，我看不懂这个。
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = 非法律建议。
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = 您是想问以下哪一项？请发送数字。
    .buttons = 您是想问以下哪一项？
shared-slow-down = 您发送消息太快了。请等几分钟后再写。
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = 不止一个州有{ $place }：{ $states }。
