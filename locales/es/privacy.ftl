### Privacidad: qué guarda este bot y cómo borrarlo.
### Las fuentes de cada mensaje están en su nodo en flows/privacy.yaml.

privacy-keeps = Este bot no guarda copia de sus mensajes, su número ni su nombre. Solo recuerda en qué menú está, bajo un código en lugar de su número.
privacy-forgets = Y lo olvida poco después de que deja de escribir. Envíe BORRAR para que lo olvide ya.
privacy-choice-sms = Mensajes de texto (SMS)
    .keywords = sms, texto, mensajes
privacy-choice-telegram = Telegram
privacy-choice-delete = ¿Cómo borro este chat?
    .keywords = borrar chat

privacy-sms-not-encrypted = Los mensajes de texto no están cifrados. Su compañía telefónica puede guardar copias, y el gobierno puede pedírselas.
privacy-sms-twilio = Los textos de este bot también pasan por Twilio, que guarda registros de los mensajes salvo que el grupo que maneja este bot los borre.
privacy-telegram-cloud = Telegram guarda los chats normales, como este, en sus propios servidores.
privacy-delete-bot = Envíe BORRAR: el bot olvida esta conversación de inmediato.
privacy-delete-phone = También puede borrar esta conversación en su teléfono.
privacy-delete-telegram = En Telegram, si este servicio lo activó, BORRAR también borra los mensajes de este chat de las últimas 48 horas.
