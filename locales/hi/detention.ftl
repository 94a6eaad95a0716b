### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = कोई परिजन इमिग्रेशन हिरासत में है और उसे इलाज चाहिए? विषय चुनें।
detention-choice-find = कहाँ रखा है?
    .keywords = कहाँ, ढूँढें, खोजें, लोकेटर, kahan, locator
detention-choice-problems = इलाज में कमी
    .keywords = दवा, दवाई, इंसुलिन, insulin, देरी, देर, dawai, dava
detention-choice-record = रिकॉर्ड और वकील
    .keywords = रिकॉर्ड, अर्जी, माँग, record
detention-choice-letters = मेडिकल पत्र
    .keywords = पत्र, चिट्ठी, लेटर, डॉक्टर, doctor, letter
detention-choice-parole = मेडिकल रिहाई
    .keywords = पैरोल, parole, रिहाई, rihai
detention-choice-released = रिहाई के बाद
    .keywords = रिहा, riha

detention-find = ICE बंदी लोकेटर (locator.ice.gov) बता सकता है कि कोई कहाँ बंद है। यह हमेशा सही या ताजा नहीं होता, लोग अक्सर ट्रांसफर होते हैं: फिर देखें।
detention-dril = हिरासत की गंभीर दिक्कत के लिए ICE की फोन लाइन भी है। यह ICE की ही है: अपने स्टेटस का डर हो तो वकील या भरोसेमंद दोस्त से कॉल कराएँ।
detention-emergency = इमरजेंसी में व्यक्ति तुरंत गार्ड को बताए और मेडिकल मदद माँगे। सेंटर को कॉल करें और उसके मेडिकल स्टाफ से बात कराने को कहें।
detention-call-line = दवा या इलाज देर से मिले या न मिले, तो हिरासत की दिक्कतों वाली ICE की लाइन पर कॉल करें। अपने स्टेटस का डर हो तो वकील या भरोसेमंद दोस्त से कॉल कराएँ।
detention-request = हिरासत में बंद व्यक्ति हर दिन लिखकर इलाज माँग सकता है। हर माँग का रिकॉर्ड रखें: तारीख, क्या माँगा और क्या जवाब मिला।
detention-continuity = ICE के नियम कहते हैं कि पहुँचने के दिन से ही जरूरी दवा मिलती रहनी चाहिए। दवा के पर्चे और डॉक्टर के रिकॉर्ड वकील को भेजें।
detention-lawyer = हर स्वास्थ्य समस्या के बारे में व्यक्ति के वकील को बताएँ। वकील इलाज और रिहाई के लिए दबाव डाल सकता है।
detention-letters = वॉलंटियर डॉक्टर हिरासत में बंद व्यक्ति की सेहत की जाँच करके उसके वकील के लिए मेडिकल पत्र लिख सकते हैं।
detention-networks = { -org-mri } और { -org-nylpi-network } वकीलों को इन डॉक्टरों से जोड़ते हैं, केवल वकील के जरिए: वकील उनसे संपर्क करे।
detention-records = स्वयंसेवी डॉक्टर पत्र लिखने के लिए व्यक्ति के मेडिकल रिकॉर्ड देखते हैं। आपके पास जो भी मेडिकल कागज़ हों, वकील को दें।
detention-parole = तुरंत इलाज के लिए ICE से मानवीय पैरोल (humanitarian parole) माँग सकते हैं। फैसला केस-दर-केस, पक्का नहीं। डॉक्टर का पत्र वकील को मदद देगा।
detention-released = गंभीर बीमारी वाले रिहा हुए लोगों को अक्सर इलाज ढूँढने में कोई मदद नहीं मिलती, और शायद उनके पास बीमा या आने-जाने का साधन न हो।
detention-case-management = { -org-mri } रिहाई के बाद मरीजों को डॉक्टर ढूँढने में केस मैनेजमेंट से मदद देता है। जो भी मेडिकल कागज हों, लाएँ।
detention-stress = हिरासत से व्यक्ति और परिवार दोनों को गहरा तनाव और डर होता है। 988 लाइन कॉल या SMS पर मुफ्त, गोपनीय मदद देती है, 24 घंटे:
