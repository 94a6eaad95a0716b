### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = Bonjou. Mwen bay enfòmasyon gratis sou dwa ou Ozetazini. Se enfòmasyon, se pa konsèy legal.
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = Kisa ou vle konnen? Voye yon nimewo.
    .buttons = Kisa ou vle konnen?
main-choice-officers = Ajan devan pòt mwen oswa nan lari
    .keywords = ice, ajan, imigrasyon, pòt, lari, lapolis, polis
main-choice-clinic = Nan yon klinik oswa yon lopital
    .keywords = klinik, lopital, doktè
main-choice-detention = Fanmi nan detansyon ki bezwen swen
    .keywords = detansyon, arete, nan prizon
main-choice-nearby = Jwenn èd toupre mwen
    .keywords = toupre, zip, kòd postal, liy èd
main-choice-staff = Pou anplwaye klinik yo
    .keywords = anplwaye, pèsonèl
main-choice-limits = Konsènan sèvis sa a
    .keywords = konsènan, ijans, 911, vi prive
main-choice-language = Chanje lang
main-language-prompt = Chwazi lang ou. Voye yon nimewo.
    .buttons = Chwazi lang ou.
