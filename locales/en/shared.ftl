### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = Sorry, I did not understand. Please send the number of an option.
    .buttons = Sorry, I did not understand. Please choose one of the buttons.
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = I still did not understand. Send HELP, or get help here:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = Send 0 for the menu, BACK to go back, LANGUAGE, CLEAR to erase this chat, STOP to end.
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = You will get no more messages from me. Send START to begin again.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = I have forgotten this conversation. Send any message to start again.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = The menu has changed since your last message. Here it is again.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = You are at the start already.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = Main menu
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = More
# Said at the end of a topic, before the main menu options.
shared-what-next = What else do you want to know?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = I can only read text messages. Please send the number of an option.
    .buttons = I can only read text messages. Please choose one of the buttons.
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = I cannot remember where we were right now. Please write again in a few minutes. For help now:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = I could not erase this conversation just now. Please send CLEAR again in a minute. What I remember is deleted anyway soon after you stop writing.
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = No line is listed yet for { $value } alone. These lines serve the whole U.S.:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Sorry, I could not read that.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = This is information, not legal advice.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = Did you mean one of these? Send its number.
    .buttons = Did you mean one of these?
# Sent once to a person sending messages faster than anyone reads them; after it, nothing
# until they slow down.
shared-slow-down = You are sending messages very quickly. Please wait a few minutes, then write again.
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = There is a { $place } in more than one state: { $states }.
