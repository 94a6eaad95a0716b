### La tarjeta de derechos: una imagen que la persona puede guardar, mostrar por una ventana o pasar por debajo de la puerta.
### El lado de la persona está en español. El lado para los agentes siempre está en inglés
### (en el archivo en inglés) y no se traduce. Las fuentes de cada línea están en flows/card.yaml.

## El lado de la persona, en su idioma.

card-person-title = Sus derechos
card-person-door = No abra la puerta. Puede hablar con la puerta cerrada.
card-person-warrant = Pida una orden judicial firmada por un juez. Pida que la pasen por debajo de la puerta o que la muestren por una ventana.
card-person-silent = Tiene derecho a guardar silencio.
card-person-sign = No firme nada antes de hablar con un abogado.
card-person-show = Muestre el otro lado de esta tarjeta a los agentes.
# Debajo de un mensaje de texto con el lado para los agentes, en teléfonos que no reciben la imagen.
# Variables:
#   $link (String) - La dirección de la imagen de la tarjeta, como https://kyr.example.org/cards/es.png.
card-link = La tarjeta como imagen: { $link }
