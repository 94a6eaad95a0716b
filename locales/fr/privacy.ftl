### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = Ce bot ne garde aucune copie de vos messages, de votre numéro ni de votre nom. Il retient seulement le menu où vous êtes, sous un code au lieu de votre numéro.
privacy-forgets = Il oublie même cela peu après que vous arrêtez d'écrire. Envoyez EFFACER pour qu'il oublie tout de suite.
privacy-choice-sms = Messages texte (SMS)
    .keywords = sms, texto, textos
privacy-choice-telegram = Telegram
privacy-choice-delete = Comment supprimer cette conversation?
    .keywords = supprimer chat, supprimer la conversation

privacy-sms-not-encrypted = Les SMS ne sont pas chiffrés. Votre opérateur téléphonique peut en garder des copies, et le gouvernement peut les lui demander.
privacy-sms-twilio = Les SMS de ce bot passent aussi par Twilio, qui garde une trace des messages, sauf si le groupe qui gère ce bot les efface.
privacy-telegram-cloud = Telegram garde les conversations normales, comme celle-ci, sur ses propres serveurs.
privacy-delete-bot = Envoyez EFFACER: le bot oublie cette conversation tout de suite.
privacy-delete-phone = Vous pouvez aussi supprimer cette conversation sur votre téléphone.
privacy-delete-telegram = Sur Telegram, si ce service l'a activé, EFFACER supprime aussi les messages de cette conversation des 48 dernières heures.
