### Find help near you.

nearby-ask = Envoyez votre code postal (ZIP) ou le nom de votre État.
# Variables:
#   $value (String) - The two-letter code of the state the person gave, such as IL.
nearby-results = Organisations qui peuvent aider en { $value }:
nearby-choice-national = Lignes pour tous les É.-U.
    .keywords = national, nationales
nearby-national = Lignes pour tous les États-Unis :
