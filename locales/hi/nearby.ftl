### Find help near you.

nearby-ask = अपना ZIP कोड या अपने राज्य (state) का नाम भेजें।
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = { $value } में मददगार लाइनें:
nearby-choice-national = पूरे US की लाइनें
    .keywords = national, poora
nearby-national = पूरे US के लिए लाइनें:
