### Find help near you.

nearby-ask = Напишите ваш почтовый индекс (ZIP) или название штата.
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = Линии помощи ({ $value }):
nearby-choice-national = Линии для всех США
    .keywords = вся страна, национальные
nearby-national = Линии для всех США:
