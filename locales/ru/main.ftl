### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = Бесплатно о ваших правах в США. Не юр. совет.
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = Напишите номер
    .buttons = Что вы хотите знать?
main-choice-officers = Агенты ICE
    .keywords = ice, агенты, иммиграция, миграция, дверь, улица, полиция
main-choice-clinic = В больнице
    .keywords = клиника, больница, поликлиника, врач, доктор
main-choice-detention = Арест родных
    .keywords = задержан, задержана, задержание, арест, тюрьма
main-choice-nearby = Помощь рядом
    .keywords = рядом, поблизости, zip, индекс, горячая линия
main-choice-staff = Для медиков
    .keywords = персонал, медики, медперсонал
main-choice-limits = О сервисе
    .keywords = сервис, экстренно, 911, приватность
main-choice-language = Другой язык
main-language-prompt = Выберите язык. Напишите номер.
    .buttons = Выберите язык.
