### Words a person can send at any point in a conversation.
### Separate alternatives with commas. Case and accents are ignored.
### A word must not mean two things in one language: `kyr check` reports it.
### STOP, HELP and START words set by carriers (STOP, QUIT, HELP, INFO, ...) always work too.

command-menu = меню, главное меню, в начало, menyu
command-back = назад, вернуться, nazad
command-language = язык, языки, yazyk
command-help = помощь, помогите, команды, pomosch, pomoshch
command-stop = стоп, отписаться, хватит, отмена
command-start = старт, начать, начать заново
command-clear = удалить, стереть, забудь меня, udalit
command-card = карточка, карточка прав, kartochka
