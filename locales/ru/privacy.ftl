### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = Бот не хранит копий ваших сообщений, номера или имени. Он помнит лишь, в каком вы меню, под кодом, а не под номером.
privacy-forgets = Вскоре после того, как вы перестанете писать, он забудет и это. Напишите УДАЛИТЬ, чтобы он забыл сейчас.
privacy-choice-sms = SMS
    .keywords = смс, сообщения
privacy-choice-telegram = Telegram
privacy-choice-delete = Удалить чат
    .keywords = удаление чата, стереть чат

privacy-sms-not-encrypted = SMS не шифруются. Ваш оператор связи может хранить копии, а власти могут их запросить.
privacy-sms-twilio = SMS этого бота также идут через Twilio. Он хранит записи сообщений, если их не удалит группа, которая ведет бот.
privacy-telegram-cloud = Telegram хранит обычные чаты, как этот, на своих серверах.
privacy-delete-bot = Напишите УДАЛИТЬ: бот сразу забудет этот разговор.
privacy-delete-phone = Вы также можете удалить этот разговор в телефоне.
privacy-delete-telegram = В Telegram, если сервис это включил, УДАЛИТЬ также стирает сообщения этого чата за последние 48 часов.
