### Find help near you.

nearby-ask = أرسل الرمز البريدي (ZIP) أو اسم ولايتك.
# Variables:
#   $value (String) - The two-letter code of the state the person gave, such as IL.
nearby-results = منظمات يمكنها المساعدة في { $value }:
nearby-choice-national = خطوط وطنية
    .keywords = national, usa, وطني, وطنية, كل أمريكا
nearby-national = خطوط تخدم كل الولايات المتحدة:
