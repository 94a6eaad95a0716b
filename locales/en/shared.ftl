### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it.
shared-unknown = Sorry, I did not understand. Please send the number of an option.
# Sent after several misunderstood messages in a row. Hotline numbers follow it.
shared-stuck = Still stuck? Send HELP for help, or call:
# Sent for HELP. Keep the command words the same as in command.ftl.
shared-help = Send the number of an option. Send 0 or MENU for the main menu, BACK to go back, LANGUAGE to change language, CLEAR to erase this chat, STOP to end messages.
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
# Sent when the bot cannot reach its memory for a moment: hotlines follow. Options would not
# work until it can, so none are shown.
shared-degraded = I cannot remember where we were right now. Please write again in a few minutes. For help now, call:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = I could not erase this conversation just now. Please send CLEAR again in a minute. What I remember is deleted anyway soon after you stop writing.
# Sent when no organisation is listed yet for the state a person gave.
# Variables:
#   $value (String) - The state's two-letter code, such as IL.
shared-no-listing = No organisation is listed yet for { $value }. Send HELP for other ways to get help.
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Sorry, I could not read that.
