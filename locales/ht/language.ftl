### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = Kreyòl ayisyen
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = bonjou, bonswa, mèsi, tanpri, mwen, bezwen, ede, dwa, imigrasyon, avoka, lapolis, kisa, kijan, kouman, poukisa, fanmi, lopital, ajan, konnen, genyen, papye, kote, nou
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = Yon avoka poko revize tèks sa a.
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = bonjou, bonswa, bjr, bsr, sak pase, sa k pase, sakpase, kouman ou ye, kòman ou ye, kijan ou ye, alo, bonjou tout moun, èske gen moun, eske gen moun
