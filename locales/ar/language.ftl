### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = العربية
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = مرحبا, السلام عليكم, أهلا, صباح الخير, مساء الخير, حقوق, حقوقي, شرطة, الشرطة, الباب, أحتاج, ساعدوني, من فضلك, لو سمحت, شكرا, ماذا, كيف, هل, أنا, عندي
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = نص لم يراجعه محام بعد.
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = مرحبا, السلام عليكم, سلام, أهلا, صباح الخير, مساء الخير, كيف حالك, إزيك, في حدا, هل يوجد أحد, marhaba, salam, salam alaikum, ahlan, sabah el kheir
