### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = English
# Shown to someone greeted in another language: how to switch to this one. Written in
# this language. Use the language's name from language-name, in capitals.
language-offer = For English, send ENGLISH.
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = hi, hello, hey, good morning, rights, officers, police, door, need, please, thanks, what, my, is, the
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = This text has not yet been reviewed by a lawyer.
