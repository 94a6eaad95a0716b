### Encontrar ayuda cerca.

nearby-ask = Envíe su código postal (ZIP) o el nombre de su estado.
# Variables:
#   $value (String) - El código de dos letras del estado que dio la persona, como IL.
nearby-results = Organizaciones que pueden ayudar en { $value }:
nearby-choice-national = Líneas para todo EE. UU.
    .keywords = nacional, todo
nearby-national = Líneas para todo Estados Unidos:
