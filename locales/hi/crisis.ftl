### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page (Hindi is sent as UCS-2): the number to call
### is never behind "More". Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = अभी 911 पर कॉल करें, अफसर वहाँ हों तब भी। इमरजेंसी में अस्पताल के इमरजेंसी रूम को आपकी जाँच और इलाज करना होगा, स्टेटस या पैसा कुछ भी हो।
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else. Texting 988 works in English and Spanish only: the interpreter is for calls.
crisis-despair = आप अकेले नहीं हैं। अपने या किसी अपने के लिए 988 पर कॉल या मैसेज करें: मुफ्त, गोपनीय, दिन-रात। कॉल पर दुभाषिया मिलता है। अभी किसी को खतरा हो, तो 911 पर कॉल करें।

## हर स्थिति के संकेत, हर लाइन में एक वाक्यांश, देवनागरी में (नुक्ता, चंद्रबिंदु और अनुस्वार के साथ और
## बिना) और रोमन हिंदी में, जैसे लोग टाइप करते हैं। वाक्यांश तब मिलता है जब उसके शब्द इसी क्रम में
## आएँ और दो शब्दों के बीच ज़्यादा से ज़्यादा दो दूसरे शब्द हों (वियतनामी में एक भी नहीं, क्योंकि उसमें
## हर शब्दांश अलग लिखा जाता है)। अंग्रेज़ी, स्पेनिश, फ़्रेंच, पुर्तगाली, रूसी, अरबी और हिंदी में दो या
## ज़्यादा शब्दों वाले वाक्यांश के शब्द अपने दूसरे रूपों से भी मिलते हैं ("मरना चाहता" से "मरना चाहती"
## और "मरने को चाहता" भी मिलते हैं); एक शब्द वाला वाक्यांश सिर्फ़ वैसा ही मिलता है जैसा लिखा है। यह
## देवनागरी पर लागू है: रोमन हिंदी सिर्फ़ वैसी ही मिलती है जैसी लिखी है। * पर खत्म होने वाला शब्द उन
## सब शब्दों से मिलता है जो उससे शुरू होते हैं (बेहोश* से बेहोशी और बेहोश। भी मिलते हैं)। पाँच या
## ज़्यादा अक्षरों वाले शब्द एक अक्षर ज़्यादा या कम होने पर भी मिलते हैं (देवनागरी में छह या ज़्यादा
## अक्षर, मात्राएँ भी गिनकर)।

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
    हिल नहीं रह*
    जगा* नहीं उठ
    जाग नहीं रह*
    नीला पड़*
    नीली पड़*
    होंठ नील*
    होठ नील*
    चेहरा टेढ़ा
    मुंह टेढ़ा
    मुँह टेढ़ा
    लड़खड़ा*
    मुंह से झाग
    मुँह से झाग
    झाग निकल*
    झटके रुक नहीं
    सिर पर चोट
    सिर में चोट
    सिर फट गया
    सिर से खून
    सर से खून
    झुलस*
    बुरी तरह जल*
    आग लग गई
    बच्चे की हलचल नहीं
    हलचल बंद
    बहुत तेज बुखार
    हड्डी टूट*
    हड्डी बाहर
    चेहरा सूज*
    जीभ सूज*
    गला बंद हो*
    पानी में डूब*
    डूब रह*
    कार एक्सीडेंट
    एक्सीडेंट में घायल
    बुरी तरह घायल
    अचानक गिर गया
    अचानक गिर गई
    अचानक गिर पड़*
    होश खो*
    बेसुध
    hil nahi rah*
    hil nhi rah*
    nahi uth rah*
    uth nahi rah*
    uth nhi rah*
    jaag nahi rah*
    neela pad*
    nila pad*
    honth neel*
    hoth neel*
    muh tedha
    munh tedha
    chehra tedha
    ladkhada*
    muh se jhaag
    munh se jhaag
    jhaag nikal*
    jhatke aa*
    jhatke ruk nahi
    mirgi ka daura
    sar pe chot
    sir pe chot
    sar me chot
    sir me chot
    sir se khoon
    sar se khoon
    jhulas*
    buri tarah jal*
    aag lag gayi
    baby ki halchal nahi
    bache ki halchal nahi
    halchal band
    bahut tez bukhar
    bahut tej bukhar
    haddi toot*
    haddi tut*
    haddi bahar
    chehra sooj*
    chehra suj*
    paani me doob*
    doob rah*
    dub rah*
    accident me ghayal
    buri tarah ghayal
    achanak gir ga*
    achanak gir pad*
    hosh kho*
    chhati me dard
    seene mein dard
    saans lene mein
    khoon nahi ruk*
    khoon ruk nahi
    khun beh*
    bahut khun
    gale me phans*
    gale me atak*
    lakwa maar*
    lakwa mar*
    labour pain
    pregnant khoon
    saari goliya*
    neend ki goliya*
    zeher

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
    जिंदगी का मतलब
    जिन्दगी का मतलब
    जिंदगी बेकार
    जीने का फायदा
    जिंदगी से थक*
    जीने से थक*
    अब जीना नहीं
    हमेशा की नींद
    कभी न उठ*
    सुबह न उठ*
    उठना नहीं चाहत*
    मेरे बिना बेहतर
    मेरे बिना खुश
    कोई याद नहीं करेगा
    किसी को फर्क नहीं पड़ेगा
    किसी को मेरी जरूरत नहीं
    मैं बोझ
    बोझ बन*
    गायब हो जाऊ*
    गायब होना चाहत*
    दुनिया से चल*
    मरने का ख्याल
    मरने की सोच*
    मरने की कोशिश
    गोलिया* जमा
    गोलिया* इकट्ठ*
    पूरा पत्ता खा*
    जानबूझकर गोलिया*
    जान बूझकर गोलिया*
    छत से कूद*
    पुल से कूद*
    बिल्डिंग से कूद*
    नदी में कूद*
    ट्रेन के नीचे
    ऊपर मां के पास
    भगवान के पास जाना
    हार मान ली
    हिम्मत हार*
    हिम्मत टूट*
    मुझसे अब और नहीं
    अंदर से टूट*
    अंदर से खाली
    खालीपन
    सब खत्म हो जाए
    सबको अलविदा
    हमेशा के लिए अलविदा
    मेरा आखिरी मैसेज
    मेरा आखरी मैसेज
    मेरा आखिरी संदेश
    काश मैं पैदा
    पैदा ही न हो*
    जान दे दे*
    जान देने
    जान दे दी
    पंखे से लटक*
    फंदे
    मर जाएग*
    मर जाना चाहिए
    मरने का मन
    मौत आ जाए
    मौत चाहिए
    zindagi ka matlab
    jindagi ka matlab
    life ka matlab
    zindagi bekaar
    jeene ka fayda
    zindagi se thak*
    jindagi se thak*
    jeene se thak*
    hamesha ke liye so ja*
    kabhi na uth*
    subah na uth*
    uthna nahi chaht*
    mere bina behtar
    mere bina khush
    koi yaad nahi karega
    kisi ko farak nahi padega
    kisi ko meri zarurat nahi
    bojh hu
    bojh ban*
    burden hu
    gayab ho jau*
    gayab hona chaht*
    duniya chhod*
    duniya se chal*
    marne ka khayal
    marne ke khayal
    marne ka soch*
    marne ki soch*
    goliya* jama
    pura patta kha*
    poora patta kha*
    jaan bujh* goliya*
    jaanbujh* goliya*
    chhat se kood*
    chhat se kud*
    bridge se kood*
    building se kood*
    nadi me kood*
    train ke niche
    upar maa ke paas
    bhagwan ke paas jana
    haar maan li
    himmat haar*
    himmat toot*
    himmat tut*
    mujhse ab aur nahi
    ab aur nahi hota
    andar se toot*
    andar se tut*
    andar se khaali
    sab khatam ho jaaye
    sab khatam kar du*
    sabko alvida
    hamesha ke liye alvida
    mera aakhri message
    kaash main paida
    kaash mai paida
    paida hi na ho*
    jaan de de*
    jaan dene
    jaan de di
    pankhe se latak*
    phanda laga*
    fanda laga*
    mar jayega
    mar jayegi
    mar jaana chahiye
    marne ka man
    marne ka mann
    maut aa jaaye
    maut chahiye
    jeene ki wajah
    jeene ki vajah
    bardasht nhi
    apne aap ko maar*
    khud ko kaat*
    khud ko chot
    khud ko hurt
    khud ko nuksan
