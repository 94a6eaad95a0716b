### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = Português
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = bom, boa, boa noite, obrigado, obrigada, tudo bem, direitos, você, não, meu, minha, estou, tenho, quero, preciso, ajudar, porta, imigração, onde, pode, filho, agora
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = Este texto ainda não foi revisado por um advogado.
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = olá, ola, oi, oie, oii, bom dia, boa tarde, boa noite, tudo bem, tudo bom, e aí, eai, opa, alguém aí, tem alguém aí
