### For clinic and hospital staff: when immigration officers arrive.
### Sources for each message are recorded on its node in flows/staff.yaml.

staff-intro = क्लिनिक और अस्पताल स्टाफ के लिए: इमिग्रेशन अफसर आएँ तो क्या करें, इसका प्लान। एक कदम चुनें।
staff-choice-prepare = पहले तैयारी
    .keywords = तैयारी, प्लान, plan, taiyari
staff-choice-arrive = अफसर आएँ तो
    .keywords = अफसर, वारंट, warrant
staff-choice-patients = मरीज सुरक्षा
    .keywords = मरीज, मरीजों, mariz, patients

staff-designate = वे स्टाफ चुनें जो अफसर आने पर जवाब देंगे, और सबको इन कदमों की ट्रेनिंग दें।
staff-private-spaces = जितनी हो सके उतनी जगहों को प्राइवेट तय करें: वहाँ सिर्फ मरीज और उनके साथ आए लोग जा सकते हैं।
staff-telehealth = टेलीहेल्थ दें, और टेस्ट और जाँच कम विजिट में करें, ताकि मरीजों को कम आना-जाना पड़े।
staff-warrant = आपके संस्थान की इजाजत के बिना, अफसर वारंट के बिना उसके प्राइवेट हिस्सों में नहीं जा सकते। चुना गया स्टाफ उसे दिखाने को कहता है।
staff-confidential = मरीज की जानकारी कोर्ट ऑर्डर के बिना नहीं दी जाती।
staff-lawyer = जानें कि किस वकील या कानूनी ग्रुप को कॉल करना है, और उन्हें कॉल करें।
staff-alert = मरीजों को चुपचाप यह बताने का तरीका रखें कि वे चले जाएँ या सुरक्षित जगह पर जाएँ, बिना घबराहट फैलाए।
staff-referrals = मरीजों को बताएँ कि मुफ्त या कम कीमत की कानूनी मदद कहाँ मिलेगी।
