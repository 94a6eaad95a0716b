### Messages the bot itself says, whatever flow a person is in.
### Keep each one short: on SMS every 70 characters cost a message (Hindi is sent as UCS-2).

# Sent when a message matches no option. The options follow it. `.buttons` is said instead
# where the options are buttons (Telegram), so it must not ask for a number.
shared-unknown = माफ करें, समझ नहीं आया। कृपया किसी विकल्प का नंबर भेजें।
    .buttons = माफ करें, समझ नहीं आया। कृपया कोई एक बटन चुनें।
# Sent after several misunderstood messages in a row, instead of shared-unknown. Lines for the
# person's state (when known) and for the whole U.S. follow it, then only the way to the menu.
shared-stuck = अब भी समझ नहीं आया। "मदद" भेजें, या यहाँ मदद लें:
# Sent for HELP. Keep the command words the same as in command.ftl. Lines for the person's
# state (when known) and for the whole U.S. follow it.
shared-help = 0: मेनू। वापस: पीछे। भाषा: भाषा बदलें। मिटाओ: चैट मिटाएँ। STOP: बंद।
# Sent after STOP on channels where the carrier does not confirm it itself.
shared-stopped = अब आपको मुझसे कोई मैसेज नहीं मिलेगा। फिर से शुरू करने के लिए "शुरू" भेजें।
# Sent after CLEAR: the conversation state has been deleted.
shared-cleared = मैंने यह बातचीत भुला दी है। फिर से शुरू करने के लिए कोई भी मैसेज भेजें।
# Sent when the flows changed and the person's place in them no longer exists.
shared-menu-changed = आपके पिछले मैसेज के बाद मेनू बदल गया है। यह रहा फिर से।
# Sent for BACK when there is nowhere to go back to.
shared-back-at-start = आप शुरुआत में ही हैं।
# Label of the option that returns to the main menu (its key is 0).
shared-choice-menu = मुख्य मेनू
# Label of the option that shows the rest of a reply cut short to fit an SMS (its key is 1).
shared-choice-more = आगे
# Said at the end of a topic, before the main menu options.
shared-what-next = और क्या जानना चाहते हैं?
# Sent for a photo, sticker, voice note, location or edited message: the bot reads only text.
shared-text-only = मुझे सिर्फ टेक्स्ट मैसेज पढ़ना आता है। कृपया किसी विकल्प का नंबर भेजें।
    .buttons = मुझे सिर्फ टेक्स्ट मैसेज पढ़ना आता है। कृपया कोई एक बटन चुनें।
# Sent when the bot cannot reach its memory for a moment: lines for the whole U.S. follow.
# Options would not work until it can, so none are shown.
shared-degraded = मुझे अभी याद नहीं आ रहा कि हम कहाँ थे। कुछ मिनट बाद फिर लिखें। अभी मदद के लिए:
# Sent for CLEAR when the bot cannot reach its memory: nothing was erased yet.
shared-clear-pending = अभी यह बातचीत मिट नहीं पाई। एक मिनट बाद फिर "मिटाओ" भेजें। जो मुझे याद है, वह लिखना बंद करने के थोड़ी देर बाद वैसे भी मिट जाता है।
# Sent when no line of its own is listed yet for the state a person gave; the lines for the
# whole U.S. follow it.
# Variables:
#   $value (String) - The state's name in this language, such as Texas.
shared-no-listing = अभी सिर्फ { $value } के लिए कोई लाइन लिस्ट नहीं। ये लाइनें पूरे US के लिए हैं:
# Sent when free text (a ZIP code, a state) could not be read. The question follows it.
shared-unknown-input = माफ करें, यह पढ़ा नहीं जा सका।
# Said before the answer to a first message that asked about a topic directly (the topic's
# answer follows, then its options and the way to the main menu).
shared-routed-notice = कानूनी सलाह नहीं।
# Asked when a message could mean one of a few topics; the topics follow, numbered. `.buttons`
# is said instead where the topics are buttons (Telegram).
shared-did-you-mean = क्या आप इनमें से कोई पूछ रहे हैं? उसका नंबर भेजें।
    .buttons = क्या आप इनमें से कोई पूछ रहे हैं?
shared-slow-down = आप बहुत जल्दी-जल्दी संदेश भेज रहे हैं। कृपया कुछ मिनट रुकें, फिर दोबारा लिखें।
# Sent when a person names a city that several states share; the question where they are
# (a ZIP code or a state) follows.
# Variables:
#   $place (String) - The city's name as the bot knows it, such as Kansas City.
#   $states (String) - The states that have a city of that name, such as Missouri, Kansas.
shared-which-state = { $place } नाम की जगह एक से ज़्यादा राज्यों में है: { $states }।
