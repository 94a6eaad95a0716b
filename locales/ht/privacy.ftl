### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = Bot sa a pa kenbe okenn kopi mesaj ou, nimewo ou oswa non ou. Li sonje sèlman nan ki meni ou ye, anba yon kòd olye nimewo ou.
privacy-forgets = Li bliye sa tou yon ti tan apre ou fin ekri. Voye EFASE pou li bliye kounye a.
privacy-choice-sms = Mesaj tèks (SMS)
    .keywords = sms, tèks, mesaj
privacy-choice-telegram = Telegram
privacy-choice-delete = Kijan pou m efase chat sa a?
    .keywords = efase chat, efase konvèsasyon

privacy-sms-not-encrypted = Mesaj tèks pa chifre. Konpayi telefòn ou ka kenbe kopi yo, epi gouvènman an ka mande l yo.
privacy-sms-twilio = Tèks bot sa a pase tou pa Twilio, ki kenbe dosye mesaj yo, sòf si gwoup ki fè bot sa a mache efase yo.
privacy-telegram-cloud = Telegram kenbe chat nòmal yo, tankou sa a, sou pwòp sèvè li.
privacy-delete-bot = Voye EFASE: bot la bliye konvèsasyon sa a touswit.
privacy-delete-phone = Ou ka efase konvèsasyon sa a sou telefòn ou tou.
privacy-delete-telegram = Sou Telegram, si sèvis sa a te aktive sa, EFASE efase tou mesaj chat sa a nan dènye 48 èdtan yo.
