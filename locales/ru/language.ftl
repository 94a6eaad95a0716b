### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = Русский
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = здравствуйте, привет, добрый день, помогите, пожалуйста, спасибо, права, полиция, иммиграция, дверь, нужна помощь, что делать, мне, меня, задержали, адвокат, муж, жена, privet, zdravstvuyte, pomogite, pozhaluysta, spasibo
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = Не проверено юристом.
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = привет, приветик, здравствуйте, здраствуйте, здрасте, добрый день, доброе утро, добрый вечер, как дела, есть кто, есть кто-нибудь, privet, zdravstvuyte, dobryy den
