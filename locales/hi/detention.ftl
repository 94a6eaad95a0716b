### A family member in immigration detention needs medical care, or was released and needs care.
### Sources for each message are recorded on its node in flows/detention.yaml.

detention-intro = परिवार का कोई सदस्य इमिग्रेशन हिरासत में है और उसे इलाज चाहिए? एक विषय चुनें।
detention-choice-problems = इलाज में कमी
    .keywords = दवा, दवाई, देरी, देर, dawai, dava
detention-choice-letters = मेडिकल पत्र
    .keywords = पत्र, चिट्ठी, लेटर, डॉक्टर, doctor, letter
detention-choice-parole = मेडिकल रिहाई
    .keywords = पैरोल, parole, रिहाई, rihai
detention-choice-released = रिहाई के बाद
    .keywords = रिहा, riha

detention-problems = हिरासत में आम समस्याएँ: दवा देर से मिलना, मानसिक स्वास्थ्य का खराब इलाज, और इमरजेंसी में धीमी मदद। क्या होता है और कब, लिख लें।
detention-request = हिरासत में बंद व्यक्ति हर दिन सेंटर से इलाज माँग सकता है। हर माँग लिखकर रखें: तारीख, क्या माँगा और क्या जवाब मिला।
detention-lawyer = हर स्वास्थ्य समस्या के बारे में उस व्यक्ति के वकील को बताएँ। वकील ही इलाज और रिहाई के लिए दबाव डाल सकते हैं।
detention-letters = वॉलंटियर डॉक्टर हिरासत में बंद व्यक्ति की सेहत की जाँच करके उसके वकील के लिए मेडिकल पत्र लिख सकते हैं।
detention-networks = वकील-डॉक्टर नेटवर्क, जैसे { -org-mri } और { -org-nylpi-network }।
detention-records = स्वयंसेवी डॉक्टर पत्र लिखने के लिए व्यक्ति के मेडिकल रिकॉर्ड देखते हैं। आपके पास जो भी मेडिकल कागज़ हों, वकील को दें।
detention-parole = जिन्हें तुरंत इलाज चाहिए, उन्हें मानवीय आधार पर पैरोल पर छोड़ा जा सकता है। डॉक्टर का पत्र इसे माँगने में वकील की मदद कर सकता है।
detention-released = गंभीर बीमारी वाले रिहा हुए लोगों को अक्सर इलाज ढूँढने में कोई मदद नहीं मिलती, और शायद उनके पास बीमा या आने-जाने का साधन न हो।
detention-case-management = { -org-mri } रिहाई के बाद मरीजों को डॉक्टर ढूँढने में केस मैनेजमेंट से मदद देता है। जो भी मेडिकल कागज हों, लाएँ।
detention-choice-find = कहाँ रखा है?
    .keywords = कहाँ, ढूँढें, खोजें, लोकेटर, kahan, locator
detention-find = ICE का ऑनलाइन बंदी लोकेटर (locator.ice.gov) दिखा सकता है कि किसी को कहाँ रखा गया है। यह हमेशा सही या ताजा नहीं होता।
detention-dril = हिरासत की गंभीर दिक्कत के लिए ICE की फोन लाइन भी है। यह ICE की ही है: अपने स्टेटस का डर हो तो वकील या भरोसेमंद दोस्त से कॉल कराएँ।
