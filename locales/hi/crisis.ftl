### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page (Hindi is sent as UCS-2): the number to call
### is never behind "More". Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = अभी 911 पर कॉल करें, अफसर वहाँ हों तब भी। इमरजेंसी में अस्पताल के इमरजेंसी रूम को आपकी जाँच और इलाज करना होगा, स्टेटस या पैसा कुछ भी हो।
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else. Texting 988 works in English and Spanish only: the interpreter is for calls.
crisis-despair = आप अकेले नहीं हैं। अपने या किसी अपने के लिए 988 पर कॉल या मैसेज करें: मुफ्त, गोपनीय, दिन-रात। कॉल पर दुभाषिया मिलता है। अभी किसी को खतरा हो, तो 911 पर कॉल करें।

## Signs of each situation, one phrase per line, in Devanagari (with and without nukta,
## chandrabindu and anusvara) and in romanized Hindi, as people type them. A phrase matches
## when its words come in this order, with at most one other word between two of them; a word
## ending in * matches every word it begins (बेहोश* also matches बेहोशी and बेहोश।).

crisis-signs-emergency =
    सांस नहीं
    साँस नहीं
    सांस नही
    सांस लेने में
    साँस लेने में
    सांस रुक*
    साँस रुक*
    दम घुट*
    गले में फंस*
    गले में अटक*
    हार्ट अटैक
    दिल का दौरा
    सीने में दर्द
    छाती में दर्द
    स्ट्रोक*
    लकवा मार*
    बेहोश*
    होश नहीं
    उठ नहीं रह*
    दौरा पड़*
    मिर्गी का दौरा
    झटके आ*
    ओवरडोज*
    बहुत गोलिया*
    सारी गोलिया*
    नींद की गोलिया*
    जहर*
    बहुत खून
    खून बह*
    खून आ रहा
    खून नहीं रुक*
    खून रुक नहीं
    ब्लीडिंग*
    गोली लगी
    गोली मार*
    चाकू मार*
    एलर्जी रिएक्शन
    अस्थमा अटैक
    दमे का दौरा
    लेबर पेन
    प्रसव पीड़ा
    थैली फट*
    प्रेग्नेंट खून
    गर्भवती खून
    टक्कर मार*
    मर रह*
    एम्बुलेंस*
    एंबुलेंस*
    911 बुला*
    911 कॉल
    saans nahi
    saans nhi
    saans lene me
    saans ruk*
    dam ghut*
    dil ka daura
    seene me dard
    behos*
    hosh nahi
    daura pad*
    zehar
    jahar
    bahut khoon
    khoon beh*
    goli lagi
    chaku maar*
    mar rah*
    embulance
    911 bula*

crisis-signs-despair =
    आत्महत्या*
    खुदकुशी*
    सुसाइड*
    मरना चाहत*
    मुझे मरना
    मर जाना चाहत*
    मर जाऊ*
    मरना बेहतर
    मर जाना बेहतर
    जीना नहीं चाहत*
    जीना नही चाहत*
    जीने की इच्छा
    जीने का मन नहीं
    जीने का मतलब
    जीने की वजह
    जी नहीं सक*
    खुद को मार*
    खुद को खत्म
    अपने आप को मार*
    अपने आप को खत्म
    खुद को नुकसान
    खुद को चोट
    खुद को काट*
    नस काट*
    हाथ काट*
    अपनी जान ले*
    जान दे दू*
    जिंदगी खत्म
    जिन्दगी खत्म
    जीवन खत्म
    जीवन समाप्त
    दुनिया छोड़*
    फांसी*
    फाँसी*
    फंदा
    बर्दाश्त नहीं
    अब और नहीं सह*
    कोई उम्मीद नहीं
    उम्मीद खत्म
    नाउम्मीद
    सब खत्म कर
    khudkushi
    aatmahatya
    marna chaht*
    mujhe marna
    mar jaana chaht*
    mar jau*
    jeena nahi
    jeena nhi
    jina nahi
    jeene ki ichha
    jeene ka mann
    jeene ka matlab
    khud ko maar*
    khud ko khatam
    apni jaan le*
    jaan de du*
    zindagi khatam
    jindagi khatam
    khud ko nuksaan
    nas kaat*
    haath kaat*
    phansi*
    fansi
    koi umeed nahi
    koi umid nahi
    bardasht nahi
    ab aur nahi seh*
    marna behtar
    mar jaana behtar
