### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = This bot keeps no copy of your messages, your number or your name. It only remembers which menu you are on, under a code instead of your number.
privacy-forgets = It forgets even that soon after you stop writing. Send CLEAR to make it forget now.
privacy-choice-sms = Text messages (SMS)
    .keywords = sms, text
privacy-choice-telegram = Telegram
privacy-choice-delete = How do I delete this chat?
    .keywords = delete chat

privacy-sms-not-encrypted = Text messages are not encrypted. Your phone company can keep copies, and the government can ask it for them.
privacy-sms-twilio = The texts of this bot also pass through Twilio, which keeps records of messages unless the group running this bot deletes them.
privacy-telegram-cloud = Telegram keeps normal chats, like this one, on its own servers.
privacy-delete-bot = Send CLEAR: the bot forgets this conversation at once.
privacy-delete-phone = You can also delete this conversation on your phone.
privacy-delete-telegram = On Telegram, if this service turned it on, CLEAR also deletes the last 48 hours of this chat's messages.
