### Palabras que una persona puede enviar en cualquier momento.
### Separe las alternativas con comas. No importan mayúsculas ni acentos.
### Una palabra no puede significar dos cosas en un idioma: `kyr check` lo avisa.
### Las palabras de las compañías (STOP, ALTO, PARAR, AYUDA, START...) siempre funcionan.

command-menu = menú, menú principal, inicio
command-back = atrás, volver, regresar
command-language = idioma, idiomas
command-help = ayuda, comandos
command-stop = alto, parar, detener, basta, cancelar
command-start = empezar, comenzar
command-clear = borrar, olvídame, eliminar
command-card = tarjeta, tarjeta roja
