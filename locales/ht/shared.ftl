### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it.
shared-unknown = Eskize m, mwen pa konprann. Tanpri voye nimewo yon opsyon.
# Sent after several misunderstood messages in a row. Hotline numbers follow it.
shared-stuck = Ou toujou bloke? Voye ÈD pou jwenn èd, oswa rele:
# Sent for HELP. Keep the command words the same as in command.ftl.
shared-help = Voye nimewo yon opsyon. Voye 0 oswa MENI pou meni prensipal la, RETOUNEN pou tounen dèyè, LANG pou chanje lang, EFASE pou efase chat sa a, STOP pou pa resevwa mesaj ankò.
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
# Sent when the bot cannot reach its memory for a moment: the main menu and hotlines follow.
shared-degraded = Mwen pa ka sonje kote nou te ye kounye a. Ekri ankò nan kèk minit. Pou jwenn èd kounye a, rele:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Mwen pa t ka efase konvèsasyon sa a kounye a. Tanpri voye EFASE ankò nan yon minit. De tout fason, sa mwen sonje ap efase yon ti tan apre ou fin ekri.
# Sent when no organisation is listed yet for the state a person gave.
# Variables:
#   $value (String) - The state's two-letter code, such as IL.
shared-no-listing = Poko gen okenn òganizasyon sou lis la pou { $value }. Voye ÈD pou lòt fason pou jwenn èd.
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Eskize m, mwen pa t ka li sa.
