### The main menu and the language menu.

# First message to someone who writes for the first time.
main-welcome = US में हक की मुफ्त जानकारी। कानूनी सलाह नहीं।
# `.buttons` is said instead where the options are buttons (Telegram): no number to send.
main-menu-prompt = नंबर भेजें:
    .buttons = क्या जानना चाहते हैं?
main-choice-officers = ICE अफसर
    .keywords = ice, अफसर, इमिग्रेशन, दरवाजा, सड़क, पुलिस, afsar, immigration
main-choice-clinic = अस्पताल में
    .keywords = क्लिनिक, अस्पताल, डॉक्टर, clinic, hospital, aspatal
main-choice-detention = बंदी का इलाज
    .keywords = हिरासत, डिटेंशन, गिरफ्तार, hirasat, detention
main-choice-nearby = पास में मदद
    .keywords = पास, नजदीक, zip, हेल्पलाइन, helpline
main-choice-staff = स्टाफ के लिए
    .keywords = स्टाफ, staff
main-choice-limits = यह सेवा
    .keywords = सेवा, इमरजेंसी, 911, प्राइवेसी, गोपनीयता
main-choice-language = भाषा बदलें
main-language-prompt = अपनी भाषा चुनें। नंबर भेजें।
    .buttons = अपनी भाषा चुनें।
