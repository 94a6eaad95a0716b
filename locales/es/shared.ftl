### Mensajes que el bot dice en cualquier flujo.
### Deben ser cortos: por SMS cada 70 caracteres con acentos cuestan un mensaje.

# Cuando un mensaje no coincide con ninguna opción. Siguen las opciones.
shared-unknown = Perdón, no entendí. Envíe el número de una opción.
# Tras varios mensajes no entendidos seguidos. Siguen números de ayuda.
shared-stuck = ¿Sigue con problemas? Envíe AYUDA, o llame a:
# Respuesta a AYUDA. Las palabras deben ser las de command.ftl.
shared-help = Envíe el número de una opción. Envíe 0 o MENU para el menú principal, ATRAS para volver, IDIOMA para cambiar de idioma, BORRAR para borrar este chat, ALTO para no recibir más mensajes.
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
# Cuando el bot no puede acceder a su memoria por un momento: siguen el menú principal y teléfonos.
shared-degraded = Ahora no puedo recordar dónde estábamos. Escriba de nuevo en unos minutos. Para ayuda ahora, llame a:
# Para BORRAR cuando el bot no puede acceder a su memoria: todavía no se borró nada.
shared-clear-pending = No pude borrar esta conversación en este momento. Envíe BORRAR de nuevo en un minuto. Lo que recuerdo se borra de todos modos poco después de que deja de escribir.
# Cuando todavía no hay organizaciones para el estado que dio la persona.
# Variables:
#   $value (String) - El código de dos letras del estado, como IL.
shared-no-listing = Todavía no hay organizaciones para { $value }. Envíe AYUDA para otras formas de recibir ayuda.
# Cuando no se pudo leer un texto libre (código postal, estado). Sigue la pregunta.
shared-unknown-input = Perdón, no pude leer eso.
