### Find help near you.

nearby-ask = أرسل الرمز البريدي (ZIP) أو اسم ولايتك.
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = خطوط يمكنها المساعدة في { $value }:
nearby-choice-national = خطوط وطنية
    .keywords = national, usa, وطني, وطنية, كل أمريكا
nearby-national = خطوط تخدم كل الولايات المتحدة:
