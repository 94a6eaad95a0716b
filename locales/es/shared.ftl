### Mensajes que el bot dice en cualquier flujo.
### Deben ser cortos: por SMS cada 70 caracteres con acentos cuestan un mensaje.

# Cuando un mensaje no coincide con ninguna opción. Siguen las opciones. `.buttons` se dice en su
# lugar donde las opciones son botones (Telegram), así que no debe pedir un número.
shared-unknown = Perdón, no entendí. Envíe el número de una opción.
    .buttons = Perdón, no entendí. Elija uno de los botones.
# Tras varios mensajes no entendidos seguidos, en lugar de shared-unknown. Siguen las líneas del
# estado de la persona (si se sabe) y de todo EE. UU., y luego solo la forma de volver al menú.
shared-stuck = Sigo sin entender. Envíe AYUDA, o busque ayuda aquí:
# Respuesta a AYUDA. Las palabras deben ser las de command.ftl. Siguen las líneas del estado de
# la persona (si se sabe) y de todo EE. UU.
shared-help = Envíe 0 para el menú, ATRAS para volver, IDIOMA, BORRAR para borrar este chat, ALTO para terminar.
# Tras ALTO, en canales donde la compañía telefónica no lo confirma.
shared-stopped = No recibirá más mensajes míos. Envíe EMPEZAR para comenzar de nuevo.
# Tras BORRAR: se borró el estado de la conversación.
shared-cleared = Olvidé esta conversación. Envíe cualquier mensaje para empezar de nuevo.
# Cuando los flujos cambiaron y el lugar de la persona ya no existe.
shared-menu-changed = El menú cambió desde su último mensaje. Aquí está de nuevo.
# Respuesta a ATRAS cuando no hay adónde volver.
shared-back-at-start = Ya está en el inicio.
# Etiqueta de la opción que vuelve al menú principal (su tecla es 0).
shared-choice-menu = Menú principal
# Etiqueta de la opción que muestra el resto de una respuesta cortada para caber en un SMS (su tecla es 1).
shared-choice-more = Más
# Al final de un tema, antes de las opciones del menú principal.
shared-what-next = ¿Qué más quiere saber?
# Para una foto, sticker, nota de voz, ubicación o mensaje editado: el bot solo lee texto.
shared-text-only = Solo puedo leer mensajes de texto. Envíe el número de una opción.
    .buttons = Solo puedo leer mensajes de texto. Elija uno de los botones.
# Cuando el bot no puede acceder a su memoria por un momento: siguen las líneas de todo EE. UU.
# Las opciones no funcionarían hasta entonces, así que no se muestran.
shared-degraded = Ahora no puedo recordar dónde estábamos. Escriba de nuevo en unos minutos. Para ayuda ahora:
# Para BORRAR cuando el bot no puede acceder a su memoria: todavía no se borró nada.
shared-clear-pending = No pude borrar esta conversación en este momento. Envíe BORRAR de nuevo en un minuto. Lo que recuerdo se borra de todos modos poco después de que deja de escribir.
# Cuando todavía no hay una línea propia para el estado que dio la persona; siguen las líneas
# de todo EE. UU.
# Variables:
#   $value (String) - El nombre del estado en este idioma, como Texas.
shared-no-listing = Aún no hay líneas propias de { $value }. Estas líneas atienden a todo EE. UU.:
# Cuando no se pudo leer un texto libre (código postal, estado). Sigue la pregunta.
shared-unknown-input = Perdón, no pude leer eso.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = Esto es información, no asesoría legal.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = ¿Quiso decir una de estas? Envíe su número.
    .buttons = ¿Quiso decir una de estas?
shared-slow-down = Está enviando mensajes muy rápido. Espere unos minutos y vuelva a escribir.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = Hay un { $place } en más de un estado: { $states }.
