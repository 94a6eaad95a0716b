### Find help near you.

nearby-ask = Envoyez votre code postal (ZIP) ou le nom de votre État.
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = Lignes d'aide pour { $value }:
nearby-choice-national = Lignes pour tous les É.-U.
    .keywords = national, nationales
nearby-national = Lignes pour tous les États-Unis :
