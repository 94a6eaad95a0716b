### How this language presents itself.

# The language's name, written in the language itself (shown in the language menu).
language-name = हिन्दी
# Words that suggest a first message is in this language, comma-separated.
# Not shown to anyone. Use common greetings and words people write when they need help.
language-detect-words = नमस्ते, नमस्कार, मदद, कृपया, धन्यवाद, शुक्रिया, पुलिस, अधिकार, वकील, मुझे, चाहिए, namaste, namaskar, kripya, madad, dhanyavad, shukriya, mujhe, chahiye, adhikar, vakil, kya
# Said when this language is chosen while its text is not yet reviewed (locale.yaml: draft).
language-draft-notice = वकील की जाँच बाकी है।
# Greetings people send as a first message, comma-separated: a first message made only of these
# gets the welcome in this language. Not shown to anyone.
language-greetings = hello ji, hi ji, नमस्ते, नमस्कार, प्रणाम, हेलो, हैलो, सुप्रभात, शुभ संध्या, आप कैसे हैं, कैसे हो, कोई है, namaste, namaskar, pranam, kaise ho, koi hai
