### Privacy: what this bot keeps and how to delete it.
### Sources for each message are recorded on its node in flows/privacy.yaml.

privacy-keeps = यह बॉट आपके मैसेज, नंबर या नाम की कोई कॉपी नहीं रखता। बस यह याद रखता है कि आप किस मेनू पर हैं, नंबर की जगह एक कोड से।
privacy-forgets = आपके लिखना बंद करने के थोड़ी देर बाद यह वह भी भूल जाता है। अभी भुलाने के लिए "मिटाओ" भेजें।
privacy-choice-sms = SMS मैसेज
    .keywords = sms, मैसेज, टेक्स्ट, text
privacy-choice-telegram = Telegram
privacy-choice-delete = चैट मिटाना
    .keywords = चैट मिटाएँ, चैट डिलीट, delete chat

privacy-sms-not-encrypted = SMS मैसेज एन्क्रिप्टेड नहीं होते। आपकी फोन कंपनी उनकी कॉपी रख सकती है, और सरकार उससे ये माँग सकती है।
privacy-sms-twilio = इस बॉट के मैसेज Twilio से भी होकर जाते हैं, जो मैसेज का रिकॉर्ड रखता है, जब तक इस बॉट को चलाने वाला ग्रुप उन्हें मिटा न दे।
privacy-telegram-cloud = Telegram आम चैट, जैसे यह चैट, अपने सर्वर पर रखता है।
privacy-delete-bot = "मिटाओ" भेजें: बॉट यह बातचीत तुरंत भूल जाता है।
privacy-delete-phone = आप अपने फोन पर भी यह बातचीत मिटा सकते हैं।
privacy-delete-telegram = Telegram पर, अगर इस सेवा ने इसे चालू किया है, तो "मिटाओ" इस चैट के पिछले 48 घंटों के मैसेज भी मिटा देता है।
