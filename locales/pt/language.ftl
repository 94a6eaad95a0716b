### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = Português
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = bom, boa, boa noite, obrigado, obrigada, tudo bem, direitos, você, não, meu, minha, estou, tenho, quero, preciso, ajudar, porta, imigração, onde, pode, filho, agora
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = Este texto ainda não foi revisado por um advogado.
