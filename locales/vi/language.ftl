### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = Tiếng Việt
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = xin, giúp, cứu, quyền, người, không, muốn, biết, phải, những, chúng, nhập, trục xuất, bệnh viện, khẩn, hỏi, nhé, mình, giấy, luật, của
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = Văn bản này chưa được luật sư xem xét.
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = xin chào, xin chao, chào, chao, chào bạn, chao ban, chào anh, chào chị, alo, a lô, chào buổi sáng, chao buoi sang, bạn khỏe không, có ai không, co ai khong
