### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.

command-menu = menu, menu principal, início
command-back = voltar, volta
command-language = idioma, idiomas, língua
command-help = ajuda
command-stop = parar, sair, descadastrar, pare, cancelar
command-start = começar, recomeçar
command-clear = apagar, esquecer, deletar
command-card = cartão, cartão vermelho
