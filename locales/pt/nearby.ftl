### Find help near you.

nearby-ask = Envie o seu código postal (ZIP) ou o nome do seu estado.
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = Linhas que podem ajudar em { $value }:
nearby-choice-national = Linhas para todos os EUA
    .keywords = nacional, eua
nearby-national = Linhas para todos os Estados Unidos:
