### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = Eskize m, mwen pa konprann. Tanpri voye nimewo yon opsyon.
    .buttons = Eskize m, mwen pa konprann. Tanpri chwazi youn nan bouton yo.
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = Mwen toujou pa konprann. Voye ÈD, oswa jwenn èd isit la:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = Voye 0 pou meni an, RETOUNEN pou tounen dèyè, LANG, EFASE pou efase chat sa a, STOP pou fini.
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = Ou p ap resevwa mesaj nan men m ankò. Voye KÒMANSE pou rekòmanse.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = Mwen bliye konvèsasyon sa a. Voye nenpòt mesaj pou rekòmanse.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = Meni an chanje depi dènye mesaj ou. Men li ankò.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = Ou deja nan kòmansman an.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = Meni prensipal
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = Plis
# Said at the end of a topic, before the main menu options.
shared-what-next = Kisa ou vle konnen ankò?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = Mwen ka li sèlman mesaj tèks. Tanpri voye nimewo yon opsyon.
    .buttons = Mwen ka li sèlman mesaj tèks. Tanpri chwazi youn nan bouton yo.
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = Mwen pa ka sonje kote nou te ye kounye a. Ekri ankò nan kèk minit. Pou jwenn èd kounye a:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Mwen pa t ka efase konvèsasyon sa a kounye a. Tanpri voye EFASE ankò nan yon minit. De tout fason, sa mwen sonje ap efase yon ti tan apre ou fin ekri.
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = Poko gen liy sou lis la pou { $value } sèlman. Liy sa yo sèvi tout Etazini:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Eskize m, mwen pa t ka li sa.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = Se enfòmasyon, se pa konsèy legal.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = Èske ou vle di youn nan sa yo? Voye nimewo a.
    .buttons = Èske ou vle di youn nan sa yo?
shared-slow-down = W ap voye mesaj twò vit. Tanpri tann kèk minit, epi ekri ankò.
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = Gen yon kote ki rele { $place } nan plis pase yon eta: { $states }.
