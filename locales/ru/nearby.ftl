### Find help near you.

nearby-ask = Напишите ваш почтовый индекс (ZIP) или название штата.
# Variables:
#   $value (String) - The two-letter code of the state the person gave, such as IL.
nearby-results = Кто может помочь в штате { $value }:
nearby-choice-national = Линии для всех США
    .keywords = вся страна, национальные
nearby-national = Линии для всех США:
