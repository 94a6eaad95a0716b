### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = 中文
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = 你好, 您好, 早上好, 请问, 在吗, 谢谢, 请, 帮忙, 求助, 救命, 权利, 移民局, 警察, 门口, 需要, 律师, 怎么办, 什么, 我的, 是
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = 本文尚未经律师审核。
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = 你好, 您好, 你们好, 嗨, 哈喽, 早上好, 早安, 下午好, 晚上好, 你好吗, 在吗, 在嗎, 有人吗, 有人嗎, 有人在吗
