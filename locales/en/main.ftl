### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = Hello. I share free information about your rights in the U.S. This is information, not legal advice.
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = What do you want to know? Send a number.
    .buttons = What do you want to know?
main-choice-officers = Officers at my door or in public
    .keywords = ice, officers, immigration, door, street, police
main-choice-clinic = At a clinic or hospital
    .keywords = clinic, hospital, doctor
main-choice-detention = Family member detained, needs care
    .keywords = detained, detention
main-choice-nearby = Find help near me
    .keywords = near, nearby, zip, hotline
main-choice-staff = For clinic staff
    .keywords = staff
main-choice-limits = About this service
    .keywords = about, emergency, 911, privacy
main-choice-language = Change language
main-language-prompt = Choose your language. Send a number.
    .buttons = Choose your language.
