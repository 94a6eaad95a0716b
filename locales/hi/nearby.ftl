### Find help near you.

nearby-ask = अपना ZIP कोड या अपने राज्य (state) का नाम भेजें।
# Variables:
#   $value (String) - The two-letter code of the state the person gave, such as IL.
nearby-results = { $value } में मददगार संस्थाएँ:
nearby-choice-national = पूरे US की लाइनें
    .keywords = national, poora
nearby-national = पूरे US के लिए लाइनें:
