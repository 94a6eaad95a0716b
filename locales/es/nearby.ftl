### Encontrar ayuda cerca.

nearby-ask = Envíe su código postal (ZIP) o el nombre de su estado.
# Variables:
#   $value (String) - El nombre del estado que dio la persona, en este idioma, como Illinois.
nearby-results = Líneas que pueden ayudar en { $value }:
nearby-choice-national = Líneas para todo EE. UU.
    .keywords = nacional, todo
nearby-national = Líneas para todo Estados Unidos:
