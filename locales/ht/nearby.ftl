### Find help near you.

nearby-ask = Voye kòd postal (ZIP) ou oswa non eta ou.
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = Liy ki ka ede nan { $value }:
nearby-choice-national = Liy pou tout Etazini
    .keywords = nasyonal, tout peyi
nearby-national = Liy pou tout Etazini:
