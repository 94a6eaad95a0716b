### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = English
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = hi, hello, hey, good morning, rights, officers, police, door, need, please, thanks, what, my, is, the
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = This text has not yet been reviewed by a lawyer.
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = hi, hello, hey, hi there, hello there, good morning, good afternoon, good evening, how are you, anyone there, is anyone there
