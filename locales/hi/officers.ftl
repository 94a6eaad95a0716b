### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = आपके अधिकार हैं, चाहे आपका इमिग्रेशन स्टेटस कुछ भी हो। अफसर कहाँ हैं?
officers-choice-door = दरवाजे पर
    .keywords = दरवाजा, घर, darwaza, ghar
officers-choice-public = सड़क/कार/काम
    .keywords = सड़क, बाहर, कार, गाड़ी, काम, sadak, gaadi, kaam
officers-choice-warrant = सही वारंट?
    .keywords = वारंट, warrant
officers-choice-inside = घुस आए
officers-choice-silent = क्या कहूँ?
officers-choice-lawyer = वकील चाहिए
    .keywords = वकील, vakil, wakeel, lawyer

officers-door-closed = दरवाजा न खोलें। आप बंद दरवाजे के पीछे से उनसे बात कर सकते हैं।
officers-door-warrant = जज के साइन वाला वारंट दिखाने को कहें। कहें कि वे उसे दरवाजे के नीचे से डालें या खिड़की पर दिखाएँ।
officers-warrant-judge = आपकी इजाजत के बिना घर में आने के लिए अफसरों को जज के साइन वाला वारंट चाहिए। देखें कि उस पर जज का साइन और आपका नाम है।
officers-warrant-ice = इमिग्रेशन अफसर के साइन वाला फॉर्म (ICE फॉर्म I-200 या I-205) अंदर आने के लिए काफी नहीं है। आप मना कर सकते हैं।
officers-inside = अगर वे जबरदस्ती अंदर आएँ, तो उनसे न लड़ें। साफ कहें: आपके अंदर आने या तलाशी के लिए मेरी इजाजत नहीं है। शांत रहें।
officers-public-calm = शांत रहें, भागें नहीं। पूछें: क्या मैं जाने के लिए आजाद हूँ? अगर वे हाँ कहें, तो शांति से चले जाएँ।
officers-public-search = आपकी, आपके बैग या कार की तलाशी के लिए हाँ कहना जरूरी नहीं। कहें: तलाशी के लिए मेरी इजाजत नहीं है। झूठ न बोलें, नकली कागज न दिखाएँ।
officers-silent = आपको चुप रहने का अधिकार है। यह बताना जरूरी नहीं कि आप कहाँ पैदा हुए या US कैसे आए।
officers-no-sign = वकील से बात करने से पहले किसी भी चीज पर साइन न करें।
officers-remember = बाद में, जो याद हो वह लिख लें: अफसरों के नाम, बैज और गाड़ी के नंबर, और उनकी एजेंसी।
officers-lawyer = आपको वकील से बात करने का अधिकार है। आप कह सकते हैं: मुझे वकील से बात करनी है। मदद के लिए आप कॉल कर सकते हैं:
