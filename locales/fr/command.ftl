### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.

command-menu = menu, menu principal, accueil
command-back = retour, revenir, précédent
command-language = langue, langues
command-help = aide, aidez-moi, aidez moi, commandes
command-stop = arrêter, arrêt, désabonner
command-start = commencer, recommencer
command-clear = effacer, oublie-moi, supprimer
command-card = carte, carte rouge
