### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = Français
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = bonjour, bonsoir, salut, merci, svp, vous, je, suis, besoin, aidez-moi, droits, policiers, porte, avocat, famille, est, quoi, pourquoi, chez, ils
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = Ce texte n'a pas encore été vérifié par un avocat.
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = bonjour, bjr, bonsoir, bsr, salut, slt, coucou, allô, allo, bonjour madame, bonjour monsieur, comment allez-vous, comment ça va, ça va
