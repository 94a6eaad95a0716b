### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = 这个机器人不保存您的消息、号码或名字。它只记住您在哪个菜单，用一个代码来记，而不是用您的号码。
privacy-forgets = 您不再发消息后不久，它连这个也会忘掉。发送“删除”可以让它马上忘掉。
privacy-choice-sms = 短信（SMS）
    .keywords = sms, 短信, 文字
privacy-choice-telegram = Telegram
privacy-choice-delete = 怎样删除这个聊天？
    .keywords = 删除聊天

privacy-sms-not-encrypted = 短信没有加密。您的电话公司可以保留副本，政府可以向它索取。
privacy-sms-twilio = 这个机器人的短信还会经过Twilio。Twilio会保留消息记录，除非运营这个机器人的团体把记录删掉。
privacy-telegram-cloud = Telegram把普通聊天（比如这个）保存在它自己的服务器上。
privacy-delete-bot = 发送“删除”：机器人会马上忘掉这次对话。
privacy-delete-phone = 您也可以在手机上删除这次对话。
privacy-delete-telegram = 在Telegram上，如果本服务开启了这个功能，“删除”还会删掉这个聊天最近48小时的消息。
