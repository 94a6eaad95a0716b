### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.

command-menu = meni, meni prensipal
command-back = retounen, tounen
command-language = lang, langaj
command-help = èd, kòmand
command-stop = kanpe, sispann, rete, anile
command-start = kòmanse, rekòmanse
command-clear = efase, bliye m, siprime
command-card = kat dwa, kat wouj
