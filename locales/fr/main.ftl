### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = Bonjour. Je donne des informations gratuites sur vos droits aux États-Unis. Ce sont des informations, pas des conseils juridiques.
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = Que voulez-vous savoir? Envoyez un numéro.
    .buttons = Que voulez-vous savoir?
main-choice-officers = Agents à ma porte ou dans la rue
    .keywords = ice, agents, immigration, porte, rue, police, policiers
main-choice-clinic = Dans une clinique ou un hôpital
    .keywords = clinique, hôpital, médecin, docteur
main-choice-detention = Un proche détenu a besoin de soins
    .keywords = détenu, détenue, détention
main-choice-nearby = Trouver de l'aide près de chez moi
    .keywords = près, près de moi, zip, code postal, ligne d'aide
main-choice-staff = Pour le personnel de clinique
    .keywords = personnel
main-choice-limits = À propos de ce service
    .keywords = à propos, urgence, 911, vie privée
main-choice-language = Changer de langue
main-language-prompt = Choisissez votre langue. Envoyez un numéro.
    .buttons = Choisissez votre langue.
