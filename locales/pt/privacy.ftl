### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = Este bot não guarda cópia das suas mensagens, do seu número nem do seu nome. Ele só lembra em qual menu você está, sob um código em vez do seu número.
privacy-forgets = E ele esquece até isso pouco depois que você para de escrever. Envie APAGAR para ele esquecer agora.
privacy-choice-sms = Mensagens de texto (SMS)
    .keywords = sms, texto, mensagens
privacy-choice-telegram = Telegram
privacy-choice-delete = Como apago esta conversa?
    .keywords = apagar conversa, apagar chat

privacy-sms-not-encrypted = As mensagens de texto não são criptografadas. A sua operadora de telefone pode guardar cópias, e o governo pode pedir essas cópias a ela.
privacy-sms-twilio = As mensagens deste bot também passam pela Twilio, que guarda registros das mensagens, a não ser que o grupo que mantém este bot apague esses registros.
privacy-telegram-cloud = O Telegram guarda as conversas normais, como esta, nos seus próprios servidores.
privacy-delete-bot = Envie APAGAR: o bot esquece esta conversa na hora.
privacy-delete-phone = Você também pode apagar esta conversa no seu celular.
privacy-delete-telegram = No Telegram, se este serviço ativou essa opção, APAGAR também apaga as mensagens desta conversa das últimas 48 horas.
