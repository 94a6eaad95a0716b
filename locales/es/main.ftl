### El menú principal y el menú de idiomas.

# Primer mensaje para quien escribe por primera vez.
main-welcome = Hola. Comparto información gratis sobre sus derechos en EE. UU. Es información, no asesoría legal.
# `.buttons` se dice en su lugar donde las opciones son botones (Telegram): no hay número que enviar.
main-menu-prompt = ¿Qué quiere saber? Envíe un número.
    .buttons = ¿Qué quiere saber?
main-choice-officers = Agentes en mi puerta o en la calle
    .keywords = ice, migra, agentes, inmigracion, puerta, calle, policia
main-choice-clinic = En una clínica u hospital
    .keywords = clinica, hospital
main-choice-detention = Un familiar detenido necesita atención
    .keywords = detenido, detenida, detencion
main-choice-nearby = Ayuda cerca de mí
    .keywords = cerca, zip, codigo postal, linea de ayuda
main-choice-staff = Para personal de clínicas
    .keywords = personal
main-choice-limits = Sobre este servicio
    .keywords = sobre, emergencia, 911, privacidad
main-choice-language = Cambiar idioma
main-language-prompt = Elija su idioma. Envíe un número.
    .buttons = Elija su idioma.
