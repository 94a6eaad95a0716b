### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 160 characters cost a message.

# Sent when a message matches no option. The options follow it.
shared-unknown = عذرًا، لم أفهم. أرسل رقم أحد الخيارات من فضلك.
# Sent after several misunderstood messages in a row. Hotline numbers follow it.
shared-stuck = ما زلت عالقًا؟ أرسل "مساعدة"، أو اتصل بـ:
# Sent for HELP. Keep the command words the same as in command.ftl.
shared-help = أرسل رقم خيار، أو: القائمة أو 0، رجوع، لغة، امسح (مسح المحادثة)، توقف (وقف الرسائل).
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
# Sent when the bot cannot reach its memory for a moment: the main menu and hotlines follow.
shared-degraded = لا أستطيع الآن تذكر أين كنا. اكتب مرة أخرى بعد دقائق. للمساعدة الآن، اتصل بـ:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = لم أستطع مسح هذه المحادثة الآن. أرسل "امسح" مرة أخرى بعد دقيقة. وما أتذكره يُحذف على أي حال بعد قليل من توقفك عن الكتابة.
# Sent when no organisation is listed yet for the state a person gave.
# Variables:
#   $value (String) - The state's two-letter code, such as IL.
shared-no-listing = لا توجد منظمة مسجلة بعد في { $value }. أرسل "مساعدة" لطرق أخرى للحصول على المساعدة.
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = عذرًا، لم أستطع قراءة ذلك.
