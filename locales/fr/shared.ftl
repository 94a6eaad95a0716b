### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = Désolé, je n'ai pas compris. Envoyez le numéro d'une option, s'il vous plaît.
    .buttons = Désolé, je n'ai pas compris. Choisissez un des boutons, s'il vous plaît.
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = Je n'ai toujours pas compris. Envoyez AIDE, ou trouvez de l'aide ici:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = Envoyez 0 pour le menu, RETOUR pour revenir, LANGUE, EFFACER pour effacer cette conversation, STOP pour arrêter.
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = Vous ne recevrez plus de messages de ma part. Envoyez COMMENCER pour reprendre.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = J'ai oublié cette conversation. Envoyez n'importe quel message pour recommencer.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = Le menu a changé depuis votre dernier message. Le voici de nouveau.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = Vous êtes déjà au début.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = Menu principal
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = Suite
# Said at the end of a topic, before the main menu options.
shared-what-next = Que voulez-vous savoir d'autre?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = Je peux seulement lire les messages texte. Envoyez le numéro d'une option, s'il vous plaît.
    .buttons = Je peux seulement lire les messages texte. Choisissez un des boutons, s'il vous plaît.
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = Je ne peux pas me rappeler où nous en étions. Réécrivez dans quelques minutes. Pour de l'aide maintenant:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = Je n'ai pas pu effacer cette conversation tout de suite. Envoyez EFFACER de nouveau dans une minute. De toute façon, ce que je retiens est effacé peu après que vous arrêtez d'écrire.
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = Aucune ligne propre à { $value } n'est encore listée. Ces lignes servent tous les États-Unis:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = Désolé, je n'ai pas pu lire cela.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = Ce sont des informations, pas des conseils juridiques.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = Vouliez-vous dire l'un de ces sujets? Envoyez son numéro.
    .buttons = Vouliez-vous dire l'un de ces sujets?
shared-slow-down = Vous envoyez des messages très vite. Attendez quelques minutes, puis écrivez de nouveau.
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = { $place } existe dans plus d'un État: { $states }.
