### Find help near you.

nearby-ask = Voye kòd postal (ZIP) ou oswa non eta ou.
# Variables:
#   $value (String) - The two-letter code of the state the person gave, such as IL.
nearby-results = Òganizasyon ki ka ede nan { $value }:
nearby-choice-national = Liy pou tout Etazini
    .keywords = nasyonal, tout peyi
nearby-national = Liy pou tout Etazini:
