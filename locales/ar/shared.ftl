### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = عذرًا، لم أفهم. أرسل رقم أحد الخيارات من فضلك.
    .buttons = عذرًا، لم أفهم. اختر أحد الأزرار من فضلك.
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = ما زلت لم أفهم. أرسل "مساعدة"، أو اطلب المساعدة هنا:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = أرسل 0 للقائمة، رجوع، لغة، امسح لمسح المحادثة، توقف للإيقاف.
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = لن تصلك مني رسائل أخرى. أرسل "ابدأ" للبدء من جديد.
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = نسيت هذه المحادثة. أرسل أي رسالة للبدء من جديد.
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = تغيرت القائمة منذ رسالتك الأخيرة. ها هي من جديد.
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = أنت في البداية أصلًا.
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = القائمة
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = المزيد
# Said at the end of a topic, before the main menu options.
shared-what-next = ماذا تريد أن تعرف أيضًا؟
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = أقرأ الرسائل النصية فقط. أرسل رقم أحد الخيارات من فضلك.
    .buttons = أقرأ الرسائل النصية فقط. اختر أحد الأزرار من فضلك.
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = لا أستطيع الآن تذكر أين كنا. اكتب مرة أخرى بعد دقائق. للمساعدة الآن:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = لم أستطع مسح هذه المحادثة الآن. أرسل "امسح" مرة أخرى بعد دقيقة. وما أتذكره يُحذف على أي حال بعد قليل من توقفك عن الكتابة.
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = لا يوجد بعد خط خاص بـ { $value }. هذه خطوط تخدم كل الولايات المتحدة:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = عذرًا، لم أستطع قراءة ذلك.
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = ليست نصيحة قانونية.
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = هل تقصد أحد هذه؟ أرسل رقمه.
    .buttons = هل تقصد أحد هذه؟
shared-slow-down = أنت ترسل الرسائل بسرعة كبيرة. انتظر بضع دقائق، ثم اكتب مرة أخرى.
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = توجد { $place } في أكثر من ولاية: { $states }.
