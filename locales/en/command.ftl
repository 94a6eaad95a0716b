### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.

command-menu = menu, main menu, home
command-back = back, go back, previous
command-language = language, languages
command-help = help, commands
command-stop = stop, unsubscribe
command-start = start, restart
command-clear = clear, forget me, delete, erase
command-card = card, red card, rights card
