### Example messages people send, for choosing an answer from what they type.
### One message per line. Write them as people in your community text, not word for word
### from English. The bot only ever answers with reviewed messages; these only pick which one.

understand-officers-intro =
    इमिग्रेशन अफसरों के सामने मेरे क्या अधिकार हैं
    ICE वाले आ जाएँ तो मेरे राइट्स क्या हैं
    अगर इमिग्रेशन वाले पकड़ें तो मैं क्या कर सकता हूँ
    मेरे पास पेपर नहीं हैं, क्या फिर भी मेरे कोई अधिकार हैं
    ऑफिसर से कैसे डील करूँ, अपने हक जानने हैं
    ICE से सामना हो जाए तो क्या करना चाहिए
    ग्रीन कार्ड नहीं है, पुलिस या ICE मिले तो मेरे हक क्या हैं
    ICE officers ke saamne mere rights kya hain
    immigration wale aaye to kya karna chahiye
    ICE वाले रोकें तो मेरे क्या हक हैं, मेरे पास ग्रीन कार्ड नही
    बिना पेपर वालों के इमिग्रेशन अफसर के सामने क्या राइट्स होते है
    mere paas papers nahi hai ICE aaye to mere kya adhikar hain
    immigration officer se kaise deal kare, apne rights janne hai
    undocumented hu, ICE ke samne mere haq kya hai

understand-officers-door =
    ICE मेरे दरवाजे पर है
    इमिग्रेशन वाले अभी दरवाजा खटखटा रहे हैं
    घर के बाहर ICE खड़ी है क्या दरवाजा खोलूँ
    कोई ज़ोर ज़ोर से दरवाजा पीट रहा है, बोल रहे हैं ICE है
    अफसर कह रहे हैं दरवाजा खोलो, क्या करू
    मेरे अपार्टमेंट के बाहर इमिग्रेशन ऑफिसर खड़े हैं
    दरवाजे पे पुलिस और ICE आए हैं प्लीज़ जल्दी बताओ
    ICE वाले घंटी बजा रहे हैं, दरवाजा खोलना पड़ेगा क्या
    ICE wale darwaze pe khade hain kya karu
    immigration officer door knock kar rahe hai abhi
    दरवाजे पे ICE वाले खड़े है, खोलूं या नही
    बाहर अफसर बोल रहे दरवाजा खोलो, घर में बच्चे है
    darwaza khatkhata rahe hai ICE wale, kholna hai kya
    ghar ke bahar ICE khadi hai abhi, darwaza band hai
    door pe officer aaye hai bol rahe darwaza kholo

understand-officers-warrant =
    असली वारंट कैसा होता है
    वारंट पर जज का साइन होना जरूरी है क्या
    I-200 या I-205 फॉर्म से वो घर में आ सकते हैं क्या
    ICE के कागज़ और कोर्ट के वारंट में क्या फर्क है
    कैसे पता करूँ कि वारंट वैलिड है
    सर्च वारंट में मेरा पता लिखा होना ज़रूरी है?
    उन्होंने जो पेपर दिखाया उस पर जज का नाम नहीं है
    गिरफ्तारी वारंट में किसका नाम होना चाहिए
    valid warrant kaise pehchane, judge ka sign chahiye kya
    I-205 form se wo ghar me aa sakte hai kya
    क्या बिना जज के वारंट के वो घर में आ सकते हैं
    घर में घुसने के लिए कौन सा वारंट चाहिए
    उनके पास warrant है पर जज का साइन नही, मानना पड़ेगा?
    ICE का I-200 फॉर्म असली वारंट है क्या
    warrant pe judge ka sign hona zaroori hai kya
    ICE ka paper aur court ka warrant me kya farak hai
    search warrant me mera address nahi likha, kya wo ghus sakte hai

understand-officers-inside =
    वो ज़बरदस्ती घर में घुस आए
    ICE वाले दरवाजा तोड़कर अंदर आ गए
    मैंने दरवाजा नहीं खोला फिर भी वो अंदर आ गए
    अफसर घर के अंदर हैं और तलाशी ले रहे हैं
    इमिग्रेशन वाले बिना इजाजत घर में घुस गए अब क्या करूँ
    वो अंदर आ चुके हैं, क्या मैं उन्हें रोकूँ
    ICE घर में आ गई है सब सामान चेक कर रही है
    धक्का देकर अंदर घुस गए, मेरे घरवालों को पकड़ रहे हैं
    ICE wale zabardasti ghar me ghus aaye
    wo andar aa gaye bina permission ke ab kya karu
    ICE वाले घर के अंदर आ गए, मैंने इजाजत नही दी
    अफसर बिना वारंट घर में घुस के तलाशी ले रहे
    officers ghar ke andar ghus gaye ab kya karu
    ICE wale andar aa gaye hai aur saman check kar rahe
    maine darwaza nahi khola phir bhi wo andar aa gaye

understand-officers-public =
    सड़क पर ICE ने मुझे रोका है
    पुलिस ने गाड़ी साइड में लगवाई और इमिग्रेशन स्टेटस पूछ रहे हैं
    काम पे ICE की रेड पड़ी है
    बस स्टॉप पर अफसरों ने मुझे रोक लिया
    वो मेरी कार की तलाशी लेना चाहते हैं, मना कर सकता हूँ?
    स्टोर के बाहर इमिग्रेशन वालों ने रोक लिया
    अफसर ने रास्ते में रोका है, क्या मैं जा सकता हूँ
    बाहर मेरे बैग की तलाशी ले रहे हैं
    work pe ICE raid ho rahi hai kya karu
    traffic stop pe officer ne roka hai, kya main ja sakta hu
    काम की जगह पर ICE की रेड हो रही है
    मेरी फैक्ट्री में इमिग्रेशन वाले सबको पकड़ रहे हैं
    मैं काम पर हूँ और warehouse में ICE की raid चल रही है
    काम की जगह पर इमिग्रेशन वाले सबके कागज़ देख रहे हैं
    रास्ते में ICE ने रोक लिया, कागज मांग रहे
    पुलिस ने गाड़ी रोकी और ICE भी आ गई, जा सकता हूं?
    road pe ICE ne roka hai, kya main ja sakta hu
    officer meri car ki talashi lena chahte hai, mana kar sakta hu
    construction site pe kaam karta hu, wahan ICE ki raid aayi hai
    मैं रेस्टोरेंट में काम करता हूं, अभी किचन में ICE आई है
    मेरे काम वाली फैक्ट्री में ICE की रेड चल रही है
    खेत पर काम कर रहे थे, इमिग्रेशन वाले सबके पेपर चेक कर रहे हैं

understand-officers-silent =
    मुझे उनसे क्या बोलना चाहिए
    क्या मुझे चुप रहने का अधिकार है
    वो पूछ रहे हैं मैं कहाँ पैदा हुआ, बताना जरुरी है?
    अफसर कागज़ पर साइन करने को बोल रहे हैं, करूँ क्या
    क्या मुझे बताना पड़ेगा कि मैं US कैसे आया
    उनके सवालों का जवाब देना ज़रूरी है क्या
    अपने इमिग्रेशन पेपर हमेशा साथ रखने ज़रूरी हैं क्या
    बाद में अफसर का नाम और बैज नंबर लिख लेना चाहिए?
    kya mujhe chup rehne ka haq hai
    unko kya bolu, kuch sign karna padega kya
    ICE के सवालों का जवाब देना जरुरी है क्या
    वो पूछ रहे मैं किस देश से हूं, बताऊं?
    kya mujhe officer ke sawalon ka jawab dena padega
    wo puch rahe hai kahan paida hua, batana zaroori hai kya
    officer paper pe sign karne bol raha hai, karu kya

understand-officers-lawyer =
    इमिग्रेशन वकील कैसे मिलेगा
    मुझे फ्री वकील चाहिए
    सस्ता इमिग्रेशन लॉयर कहाँ मिलेगा
    क्या सरकार मुझे वकील देगी
    वकील के पैसे नहीं हैं, कोई मुफ्त कानूनी मदद है?
    ICE केस के लिए अच्छा वकील चाहिए
    कम फीस वाला इमिग्रेशन वकील ढूंढना है
    वकील से बात करने का मेरा अधिकार है क्या
    immigration lawyer kaise milega free wala
    mujhe vakil chahiye paise nahi hai
    मुझे इमिग्रेशन का lawyer चाहिए, पैसे कम हैं
    फ्री कानूनी मदद कहां मिलेगी इमिग्रेशन केस में
    free immigration vakil kaha milega
    sasta lawyer chahiye deportation case ke liye
    kya sarkar free me vakil degi

understand-clinic-intro =
    अस्पताल में इमिग्रेशन को लेकर मेरे क्या अधिकार हैं
    पेपर नहीं हैं, क्या मैं क्लिनिक जा सकता हूँ
    इमिग्रेशन की वजह से डॉक्टर के पास जाने से डर लगता है
    मरीज़ के तौर पर मेरे हक क्या हैं चाहे स्टेटस न हो
    बिना डॉक्यूमेंट्स के हॉस्पिटल जाना सेफ है क्या
    मैं मरीज़ हूँ, अस्पताल जाने से पहले मेरे अधिकार क्या हैं
    बिना स्टेटस वाले मरीज़ों के क्या अधिकार होते हैं
    hospital jana safe hai kya bina papers ke
    clinic me patient ke rights kya hain
    बिना पेपर के अस्पताल में इलाज करवा सकते है क्या, मेरे क्या हक है
    मरीज के तौर पर इमिग्रेशन स्टेटस न हो तो क्या अधिकार
    bina papers ke clinic jana safe hai kya
    hospital me patient ke kya rights hote hai agar status nahi hai
    doctor ke paas jane se darr lagta hai immigration ki wajah se
    mere papa hospital me bharti hai, hume ICE ka darr hai
    मेरी माँ अस्पताल में भर्ती है और हमें ICE का डर है
    पापा हॉस्पिटल में हैं, हमारे पास कागज नहीं, मरीज के क्या अधिकार हैं

understand-clinic-private =
    क्या डॉक्टर मेरी जानकारी ICE को देगा
    मेरी मेडिकल रिपोर्ट प्राइवेट रहती है क्या
    हॉस्पिटल मेरा इमिग्रेशन स्टेटस किसी को बताएगा?
    Medicaid मेरा पता ICE को दे सकता है क्या
    मेरे मेडिकल रिकॉर्ड्स कौन कौन देख सकता है
    क्लिनिक वाले मेरी बीमारी की बात इमिग्रेशन को बताएँगे क्या
    मेडिकेड लेने से ICE को मेरा पता चल जाएगा?
    मेरी हेल्थ इन्फो गोपनीय रहेगी ना
    kya doctor meri info ICE ko bata dega
    medicaid se mera address ICE tak jayega kya
    क्या क्लिनिक मेरी जानकारी ICE को बताएगा
    डॉक्टर मेरी मेडिकल बातें इमिग्रेशन को दे सकता है क्या
    क्या क्लिनिक मेरी मेडिकल जानकारी ICE को दे सकता है, मेरे पास papers नहीं
    अस्पताल इमिग्रेशन को बताएगा कि मेरे पास कागज़ नहीं हैं?
    क्या हॉस्पिटल मेरी मेडिकल जानकारी ICE को दे देगा
    मेडिकेड वाले मेरा एड्रेस इमिग्रेशन को देंगे क्या
    hospital meri medical info ICE ko dega kya
    mere medical records private rehte hai na
    clinic wale mera status immigration ko batayenge kya

understand-clinic-emergency =
    हॉस्पिटल ने इमरजेंसी में इलाज करने से मना कर दिया
    ER वाले बोल रहे बिना इंश्योरेंस नहीं देखेंगे
    इमरजेंसी है पर पैसे नहीं हैं, क्या अस्पताल मना कर सकता है
    बच्चे को तेज़ बुखार है, बिना पेपर के ER में देखेंगे?
    क्या इमरजेंसी रूम मुझे स्टेटस की वजह से लौटा सकता है
    अर्जेंट केयर ने मुझे वापस भेज दिया, अब कहाँ जाऊँ
    सीने में बहुत दर्द है पर इंश्योरेंस नहीं है
    इमरजेंसी में इलाज फ्री होता है क्या
    hospital emergency me ilaj se mana kar raha hai
    ER jana hai par paise nahi hai kya wo mana kar sakte
    इमरजेंसी रूम वाले बोल रहे इंश्योरेंस नही तो इलाज नही
    बिना पैसे और बिना पेपर के ER में इलाज मिलेगा क्या
    ER wale bina insurance ke mana kar rahe hai
    emergency me hospital ilaj se mana kar sakta hai kya bina status ke
    urgent care ne wapas bhej diya paise nahi the

understand-clinic-officers =
    हॉस्पिटल के वेटिंग रूम में इमिग्रेशन ऑफिसर बैठे हैं
    अस्पताल की पार्किंग में ICE की गाड़ी खड़ी है
    क्या ICE अस्पताल में मुझे गिरफ्तार कर सकती है
    डॉक्टर का अपॉइंटमेंट है और क्लिनिक के बाहर ICE है
    क्या इमिग्रेशन अफसर एग्ज़ाम रूम में आ सकते हैं
    मैं इलाज के लिए आया हूँ और अफसर मुझसे सवाल पूछ रहे हैं
    हॉस्पिटल में ICE से पकड़े जाने का डर है
    clinic me ICE aayi hai main patient hu kya karu
    hospital ke waiting room me immigration wale hain
    क्लिनिक के वेटिंग रूम में ICE बैठी है, मैं पेशेंट हूं
    क्या अफसर अस्पताल के अंदर आकर मुझे पकड़ सकते है
    hospital ki parking me ICE ki gaadi khadi hai
    clinic me immigration officer ghoom rahe hai, appointment hai mera
    kya ICE hospital me mujhe arrest kar sakti hai
    meri maa hospital me admit hai aur gate pe ICE wale khade hai
    जिस अस्पताल में मेरे पापा भर्ती हैं उसके गेट पर ICE अफसर खड़े हैं
    मेरी पत्नी हॉस्पिटल में है और बाहर इमिग्रेशन वाले घूम रहे हैं, हम मिलने जाएं?

understand-clinic-guarded =
    मैं ICE की कस्टडी में हूँ और हॉस्पिटल में भर्ती हूँ
    इलाज के दौरान अफसर कमरे में ही खड़ा रहता है
    गार्ड साथ है, डॉक्टर से अकेले में बात कर सकता हूँ क्या
    हिरासत में हूँ, मुझे हिंदी इंटरप्रेटर चाहिए
    हिरासत में मरीज़ को अस्पताल में दुभाषिया फ्री में मिलेगा क्या
    चेकअप के टाइम भी ऑफिसर साथ रहेगा क्या
    डिटेंशन से हॉस्पिटल लाए हैं, गार्ड कमरे में रहता है, मेरे क्या अधिकार हैं
    हथकड़ी में डॉक्टर के पास लाए हैं, प्राइवेट में बात हो सकती है?
    custody me hu hospital me, officer saath me rehta hai
    doctor se private me baat kar sakta hu kya guard ke bina
    मैं हिरासत में हूं और अस्पताल में हूं, गार्ड हमेशा साथ रहता है
    कस्टडी में हूं, डॉक्टर से अकेले बात कर सकता हूं क्या
    main custody me hu aur hospital me bharti hu
    guard checkup ke time bhi room me rehta hai
    hirasat me hu, mujhe free interpreter milega kya

understand-detention-intro =
    मेरे परिवार का कोई ICE डिटेंशन में है और बीमार है
    भाई को इमिग्रेशन ने पकड़ रखा है, उसे इलाज चाहिए
    मेरे पापा डिटेंशन सेंटर में हैं, उनकी दवाई का क्या होगा
    पति ICE की हिरासत में हैं और उन्हें डॉक्टर की जरूरत है
    डिटेन हुए रिश्तेदार की मेडिकल मदद कैसे करूँ
    मेरी माँ ICE हिरासत में हैं, उनकी तबीयत ठीक नहीं रहती
    हिरासत में परिवार वालों के इलाज के बारे में जानकारी चाहिए
    detention me family member hai usko medical care chahiye
    mere bhai ko ICE ne pakda hai wo bimar hai
    मेरे पति ICE डिटेंशन में है और उनकी तबियत खराब है
    बहन को इमिग्रेशन ने पकड़ा है, उसे दवाई चाहिए
    mere pati ICE detention me hai unko ilaj chahiye
    family member detain hua hai aur bimar hai, kya kare
    papa detention center me hai unki dawai ka kya hoga

understand-detention-find =
    मेरे पति को ICE ने पकड़ा, पता नहीं कहाँ रखा है
    डिटेन हुए आदमी को कैसे ढूंढें
    ICE detainee locator कैसे इस्तेमाल करूँ
    मेरा बेटा किस डिटेंशन सेंटर में है कैसे पता करूँ
    कल से भाई का कुछ पता नहीं, लगता है ICE ले गई
    उन्होंने उसे दूसरी जगह शिफ्ट कर दिया, अब कहाँ है
    ICE की हिरासत में किसी को ऑनलाइन कैसे खोजें
    पापा को पकड़ के ले गए, किस जेल में हैं
    ICE ne pati ko pakad liya kaha rakha hai kaise pata kare
    detention center me kisi ko kaise dhundhe
    ICE ने भाई को पकड़ा, पता नही कहां ले गए
    डिटेनी लोकेटर में नाम नही आ रहा, कैसे ढूंढे
    bhai ko ICE le gayi kahan rakha hai kaise pata kare
    detainee locator kaise use kare
    pati ko kal pakda, kis detention center me hai

understand-detention-problems =
    डिटेंशन में मेरे भाई को दवाई नहीं दे रहे
    पति की डायबिटीज़ की दवा हफ्ते भर से नहीं मिली
    हिरासत में माँ बहुत बीमार हैं और कोई डॉक्टर नहीं देख रहा
    डिटेंशन सेंटर में इमरजेंसी है, उसे सांस नहीं आ रही
    वो मेडिकल मदद मांग रहा है पर गार्ड सुन नहीं रहे
    ICE में शिकायत कैसे करूँ कि अंदर इलाज नहीं हो रहा
    डिटेंशन में इंसुलिन नहीं दे रहे, क्या करें
    फैसिलिटी के मेडिकल स्टाफ से कैसे बात करूँ
    detention me dawai nahi de rahe bhai ko
    papa ki tabiyat kharab hai detention me koi ilaj nahi
    डिटेंशन में पापा को बीपी की दवाई नही मिल रही
    हिरासत में उसकी हालत खराब है पर गार्ड ध्यान नही दे रहे
    detention me bhai ko dawai nahi mil rahi
    ICE detention me maa ki tabiyat kharab hai koi ilaj nahi
    detention me medical help maang raha hai par koi sun nahi raha
    डिटेंशन में मेरे बेटे को कोई डॉक्टर नहीं देख रहा
    हिरासत में बेटे को डॉक्टर को नहीं दिखा रहे
    detention me mere bete ko koi doctor nahi dekh raha
    bete ko detention me doctor ko nahi dikha rahe

understand-detention-record =
    हर मेडिकल रिक्वेस्ट का रिकॉर्ड कैसे रखें
    इलाज की माँग लिख कर देनी चाहिए क्या
    वकील को उसकी बीमारी के बारे में कैसे बताऊँ
    डॉक्टर के पर्चे और पुरानी रिपोर्ट वकील को भेजूँ क्या
    किस दिन क्या मांगा और क्या जवाब मिला, ये सब लिख के रखूँ?
    दवाई की प्रिस्क्रिप्शन वकील को देनी चाहिए?
    डिटेंशन में इलाज की शिकायतों का सबूत कैसे जमा करूँ
    क्या वो रोज़ लिखित में इलाज मांग सकता है
    medical request ka record kaise rakhe lawyer ke liye
    vakil ko health problem ke baare me batana chahiye kya
    उसकी हर मेडिकल रिक्वेस्ट की तारीख लिख के रखूं क्या
    वकील को देने के लिए इलाज की शिकायतों का रिकॉर्ड कैसे बनाएं
    har medical request ki date likh ke rakhni chahiye kya
    lawyer ko uski bimari ke record kaise bheje
    prescription aur purani report vakil ko de du kya

understand-detention-letters =
    वकील के लिए डॉक्टर की चिट्ठी कैसे मिलेगी
    डिटेन व्यक्ति के लिए मेडिकल लेटर चाहिए
    कोई वॉलंटियर डॉक्टर है जो उसकी हेल्थ रिव्यू करे
    Medical Review for Immigrants क्या है
    उसके केस के लिए डॉक्टर का लेटर कौन लिखेगा
    वकील कह रहा है मेडिकल लेटर लाओ, कहाँ से लाऊँ
    कोर्ट के लिए डॉक्टर का लेटर चाहिए कि वो बीमार है
    फ्री डॉक्टर जो इमिग्रेशन केस के लिए मेडिकल रिपोर्ट लिखते हैं
    lawyer ke liye doctor ka letter kaise milega
    medical letter likhne wale volunteer doctor kaha milenge
    वकील बोल रहा डॉक्टर का लेटर चाहिए, कहां से मिलेगा
    डिटेंशन वाले के लिए मेडिकल लेटर कौन लिखता है
    doctor ka letter chahiye court ke liye, kaise milega
    Medical Review for Immigrants se kaise contact kare
    volunteer doctor medical report likh sakte hai kya detention wale ke liye

understand-detention-parole =
    बीमारी की वजह से उसे रिहा करवा सकते हैं क्या
    ह्यूमैनिटेरियन पैरोल क्या होता है
    उसे कैंसर है, क्या ICE उसे छोड़ देगी
    हेल्थ की वजह से डिटेंशन से बाहर निकालने का तरीका
    मेडिकल ग्राउंड पर रिलीज़ के लिए कैसे अप्लाई करें
    वो प्रेग्नेंट है, क्या उसे छोड़ सकते हैं
    गंभीर बीमारी में ICE से रिहाई मांग सकते हैं?
    पापा बुज़ुर्ग और बीमार हैं, क्या उन्हें मानवीय आधार पर छोड़ेंगे
    health reason pe detention se release ho sakta hai kya
    humanitarian parole kaise milega bimar hai wo
    बीमारी के कारण डिटेंशन से छुड़वा सकते हैं क्या
    ह्यूमैनिटेरियन पैरोल के लिए कैसे अप्लाई करे
    bimari ki wajah se release ho sakta hai kya
    humanitarian parole kaise apply kare detention se
    wo pregnant hai kya ICE usko chhod degi

understand-detention-released =
    डिटेंशन से छूट गया पर अब इलाज कहाँ कराएँ
    रिहा होने के बाद डॉक्टर कैसे ढूंढें
    ICE ने छोड़ दिया पर ना इंश्योरेंस है ना गाड़ी
    रिलीज़ के बाद उसकी दवाइयाँ कहाँ से मिलेंगी
    डिटेंशन से आने के बाद वो बहुत डरा हुआ और परेशान है
    हिरासत के बाद पूरा परिवार तनाव में है, बात करने को कोई है?
    छूटने के बाद मेडिकल मदद कौन करेगा
    पापा बाहर आ गए पर उनकी हालत खराब है, डॉक्टर नहीं मिल रहा
    detention se release hua ab doctor kaha milega
    chhootne ke baad bahut stress hai kisi se baat karni hai
    डिटेंशन से छूटने के बाद डॉक्टर कहाँ मिलेगा, इंश्योरेंस नही
    रिहाई के बाद भाई बहुत डरा हुआ है, किससे बात करें
    release hone ke baad doctor kaha dikhaye
    ICE ne chhod diya ab dawai kaha se milegi
    detention ke baad bahut tension hai, koi counseling milegi kya

understand-limits-about =
    क्या ये लीगल एडवाइस है
    तुम कौन हो, ये सर्विस कौन चलाता है
    इस जानकारी पर भरोसा कर सकते हैं क्या
    ये बॉट असली है या फ्रॉड
    क्या तुम वकील हो
    ये जानकारी आखिरी बार कब चेक हुई थी
    ये किस तरह की सर्विस है
    क्या ये कोई सरकारी नंबर है
    kya ye legal advice hai
    ye bot kaun chalata hai bharosa kar sakte hai kya
    क्या ये कानूनी सलाह है
    आप लोग कौन हो, ये सर्विस कौन चलाता है
    ये बॉट किसका है, भरोसा कर सकते है?
    क्या आप असली वकील हो या मशीन
    ye service kaun chalata hai
    kya aap vakil ho
    ye jaankari sahi hai kya, kab update hui

understand-privacy-intro =
    मेरे मैसेज कौन देख सकता है
    तुम मेरा नंबर सेव करते हो क्या
    ये बॉट मेरा नाम और नंबर रखता है?
    यहाँ की मेरी बातें ICE को तो नहीं मिलेंगी
    यहाँ लिखना प्राइवेट है क्या
    मेरी जानकारी कहाँ स्टोर होती है
    इस बॉट पर मेरी प्राइवेसी का क्या
    mere message koi aur padh sakta hai kya
    ye chat safe hai na, number save hota hai kya
    क्या तुम मेरे मैसेज ICE को दे दोगे
    यहां लिखी बातें कोई और पढ़ सकता है?
    mera number save karte ho kya
    ye chat private hai ya nahi
    meri baatein ICE tak to nahi jayengi

understand-privacy-sms =
    SMS से मैसेज भेजना सेफ है क्या
    टेक्स्ट मैसेज एन्क्रिप्टेड होते हैं?
    फोन कंपनी मेरे मैसेज पढ़ सकती है क्या
    सरकार मेरे SMS की कॉपी मांग सकती है?
    Twilio मेरे मैसेज रखता है क्या
    नॉर्मल टेक्स्ट से बात करूँ तो कोई रिकॉर्ड रहता है?
    मेरे टेक्स्ट फोन कंपनी के पास सेव होते हैं क्या
    SMS कितने प्राइवेट होते हैं
    sms safe hai kya phone company padh sakti hai
    text message encrypted hote hai kya
    SMS पे बात करना सेफ है क्या
    मोबाइल कंपनी मेरे टेक्स्ट पढ़ सकती है?
    sms encrypted hote hai kya
    sarkar mere text messages maang sakti hai kya
    normal sms se likhna safe hai

understand-privacy-telegram =
    टेलीग्राम पर ये चैट सेफ है क्या
    क्या टेलीग्राम मेरे मैसेज स्टोर करता है
    Telegram चैट एन्क्रिप्टेड है?
    टेलीग्राम के सर्वर पर मेरी बातें रहती हैं क्या
    टेलीग्राम इस्तेमाल करना SMS से ज़्यादा सुरक्षित है?
    टेलीग्राम वाले मेरी चैट देख सकते हैं क्या
    टेलीग्राम पर प्राइवेसी कैसी है
    टेलीग्राम से लिख रहा हूँ, कोई पढ़ सकता है?
    telegram pe ye chat safe hai kya
    telegram mere message save karta hai kya
    टेलीग्राम पर ये बॉट सेफ है क्या
    टेलीग्राम मेरी चैट सर्वर पर रखता है?
    telegram chat encrypted hai kya
    telegram wale meri chat padh sakte hai
    telegram sms se zyada safe hai kya

understand-privacy-delete =
    ये चैट कैसे डिलीट करूँ
    मेरी पूरी बातचीत मिटानी है
    सारे मैसेज डिलीट कैसे होंगे
    बॉट मेरी बातें भूल जाए, ऐसा कैसे करूँ
    फोन से ये कन्वर्सेशन हटाना है
    टेलीग्राम पर पुराने मैसेज मिटा सकते हैं क्या
    इस चैट की हिस्ट्री साफ करनी है
    इस बातचीत का रिकॉर्ड कैसे खत्म करें
    chat delete kaise kare
    ye conversation mitana hai kaise hoga
    सारी चैट डिलीट कैसे करू
    मेरी बातचीत का रिकॉर्ड मिटा दो
    saari chat delete karni hai
    bot meri baatein bhool jaye aisa kaise kare
    purane message kaise hataye

understand-staff-intro =
    मैं क्लिनिक में काम करती हूँ, ICE आए तो हमारा क्या प्लान हो
    हॉस्पिटल स्टाफ के लिए इमिग्रेशन वाली गाइड
    मैं रिसेप्शनिस्ट हूँ, इमिग्रेशन अफसरों के बारे में स्टाफ के लिए जानकारी
    क्लिनिक स्टाफ को ICE के बारे में क्या जानना चाहिए
    मैं डॉक्टर हूँ, इमिग्रेशन अफसरों को लेकर स्टाफ वाली जानकारी चाहिए
    हेल्थ सेंटर के कर्मचारियों के लिए ICE प्लान
    मेडिकल स्टाफ के तौर पर ICE को लेकर मेरी क्या ज़िम्मेदारी है
    हम क्लिनिक चलाते हैं, इमिग्रेशन के लिए स्टाफ गाइड चाहिए
    main clinic staff hu ICE ke liye plan chahiye
    hospital me kaam karta hu, staff ke liye immigration info chahiye
    हॉस्पिटल स्टाफ के लिए ICE को लेकर क्या नियम है
    मैं नर्स हूं, ICE आने पर स्टाफ को क्या करना चाहिए
    main nurse hu, ICE aaye to staff ko kya karna chahiye
    clinic staff ke liye ICE guide chahiye
    main receptionist hu hospital me, immigration officers ke baare me info chahiye
    मैं क्लिनिक के फ्रंट डेस्क पर काम करती हूं, अफसर आएं तो हम स्टाफ क्या करें
    मैं अस्पताल में सिक्योरिटी गार्ड हूं, ICE आए तो मेरा क्या रोल है
    मैं रिसेप्शनिस्ट हूं, हमारे क्लिनिक में अभी ICE आई है, स्टाफ को क्या करना है

understand-staff-prepare =
    ICE आने से पहले क्लिनिक को कैसे तैयार करें
    इमिग्रेशन अफसरों के लिए स्टाफ को ट्रेनिंग कैसे दें
    क्लिनिक के कौन से एरिया प्राइवेट मार्क करने चाहिए
    ICE रिस्पॉन्स टीम में किसको रखें
    मरीज़ों को कम आना पड़े इसके लिए टेलीहेल्थ शुरू करें क्या
    अफसर आएँ उससे पहले प्लान बनाना है
    क्लिनिक में सिर्फ स्टाफ वाले साइन लगाने चाहिए?
    हमारी टीम को पहले से क्या तैयारी करनी चाहिए
    clinic ko ICE ke liye pehle se kaise ready kare
    staff training chahiye immigration raid se pehle
    ICE से पहले क्लिनिक स्टाफ की ट्रेनिंग कैसे करें
    कौन से कमरे प्राइवेट एरिया बनाएं, पहले से तैयारी
    clinic ko ICE visit ke liye pehle se tayyar kaise kare
    staff ki training chahiye immigration officers ke liye
    private area ke sign lagane chahiye kya clinic me

understand-staff-arrive =
    ICE अभी हमारे क्लिनिक के फ्रंट डेस्क पर है
    इमिग्रेशन अफसर रिसेप्शन पर खड़े हैं, मैं स्टाफ हूँ
    अफसर अंदर मरीज़ों के कमरे में जाना चाहते हैं, मैं क्या बोलूँ
    हॉस्पिटल की लॉबी में ICE आई है, स्टाफ को क्या करना है
    मैं रिसेप्शनिस्ट हूँ और ICE वाले अंदर जाने की इजाज़त मांग रहे हैं
    क्लिनिक में अभी अफसर आ गए हैं, इंचार्ज को बुलाऊँ?
    ICE आए तो फ्रंट डेस्क पर क्या बोलना है
    हमारे हेल्थ सेंटर पर अभी रेड हो रही है
    ICE abhi clinic ke front desk pe hai main staff hu
    officers reception pe aaye hai unko kya bolu
    ICE अभी हमारे हॉस्पिटल की लॉबी में है, मैं ड्यूटी पर हूं
    अफसर क्लिनिक के अंदर जाना चाहते है, मैं स्टाफ हूं क्या बोलूं
    ICE abhi hamare clinic me hai main staff hu kya karu
    officers front desk pe khade hai, andar jana chahte hai
    hospital ki lobby me immigration wale aaye hai, main duty pe hu
    main hospital me security guard hu, ICE gate pe hai andar aana chahte hai
    मैं नर्स हूं और अभी वार्ड में ICE अफसर आए हैं, एक मरीज के बारे में पूछ रहे
    मैं हॉस्पिटल में सिक्योरिटी गार्ड हूं, गेट पर ICE खड़ी है, अंदर आने दूं?
    फ्रंट डेस्क पर काम करती हूं, अभी ICE वाले काउंटर पर खड़े हैं

understand-staff-warrant =
    जज का वारंट और ICE फॉर्म में फर्क कैसे पहचानें, मैं क्लिनिक में हूँ
    अफसर ने होमलैंड सिक्योरिटी वाला पेपर दिखाया, क्लिनिक को मानना ज़रूरी है?
    हमारे क्लिनिक में जो वारंट दिखाया वो जज का है या ICE का
    स्टाफ को कैसे पता चले कि वारंट असली है
    कोर्ट का वारंट हो तो क्लिनिक को क्या करना चाहिए
    I-205 फॉर्म पर हॉस्पिटल अफसरों को अंदर जाने दे?
    वारंट में कौन से कमरे और लोग लिखे हैं, ये कैसे पढ़ें
    वारंट मिला है, फैसिलिटी के वकील को कब बुलाएँ
    clinic me officer ne warrant dikhaya judge ka hai ya ICE ka
    hospital staff ke liye judge warrant vs ICE form
    क्लिनिक में अफसर ने कागज दिखाया, ये जज का वारंट है या नही
    हॉस्पिटल स्टाफ को I-200 फॉर्म पर अंदर जाने देना चाहिए?
    officer ne clinic me warrant dikhaya, judge ka hai kaise pata kare
    I-205 form pe hospital staff ko andar jane dena chahiye kya
    hamare clinic me court warrant aaya hai ab kya kare

understand-staff-records =
    अफसर मरीज़ों की फाइलें मांग रहे हैं
    ICE पेशेंट रिकॉर्ड्स मांग रही है, दे दूँ क्या
    क्लिनिक को मरीज़ की जानकारी के लिए सबपीना मिला है
    कोर्ट ऑर्डर से मरीज़ का डेटा मांगा है, क्या करें
    अफसर कह रहे हैं किसी मरीज़ का पता बताओ
    मरीज़ों की लिस्ट इमिग्रेशन को दिखानी पड़ेगी क्या
    अफसरों ने मेडिकल रिकॉर्ड के लिए लिखित रिक्वेस्ट दी है
    उनके बैज नंबर लिखूँ और उनके कागज़ की फोटो लूँ?
    officers patient records maang rahe hai kya de du
    ICE ko patient ki file deni padegi kya
    ICE वाले पेशेंट की फाइल मांग रहे हैं, दूं क्या
    क्लिनिक को सबपीना मिला मरीजों के रिकॉर्ड के लिए
    ICE patient ke records maang rahi hai
    officers patients ki list mang rahe hai kya de
    clinic ko subpoena mila hai patient data ke liye

understand-staff-patients =
    मरीज़ों को बिना डराए कैसे बताएँ कि ICE आई है
    वेटिंग रूम के मरीज़ों को सेफ जगह कैसे भेजें
    हमारे मरीज़ों को फ्री लीगल मदद की जानकारी कैसे दें
    मैं स्टाफ हूँ, पेशेंट्स को उनके अधिकार कैसे बताएँ
    मरीज़ों को चुपचाप निकलने का इशारा कैसे दें
    क्लिनिक में मरीज़ों को ICE से कैसे बचाएँ
    पैनिक फैलाए बिना मरीज़ों को अलर्ट करना है
    मरीज़ों को देने के लिए सस्ते वकीलों की लिस्ट चाहिए
    patients ko bina panic kiye kaise bataye
    clinic ke patients ko ICE se kaise protect kare
    वेटिंग रूम के मरीजों को कैसे बताएं कि ICE आई है
    मरीजों को उनके हक की जानकारी कैसे दें बिना डराए
    patients ko bina daraye kaise bataye ICE aayi hai
    waiting room ke patients ko safe jagah kaise bheje
    patients ko free legal help ki jankari kaise de

understand-nearby-ask =
    मेरे पास कोई मदद करने वाली संस्था है?
    मेरे राज्य में इमिग्रेशन वाले ग्रुप्स
    न्यू जर्सी में मदद कहाँ मिलेगी
    टेक्सस में लोकल हॉटलाइन नंबर चाहिए
    मेरे एरिया में इमिग्रेंट्स की मदद करने वाले संगठन
    कैलिफोर्निया में इमिग्रेंट्स के लिए कौन से ग्रुप हैं
    पास में कोई हेल्प सेंटर है क्या
    अपने शहर में इमिग्रेशन हेल्पलाइन कैसे ढूंढूँ
    mere area me koi madad karne wali sanstha hai
    near me immigrant help organization chahiye
    मेरे शहर में इमिग्रेंट्स की मदद वाली कोई संस्था है
    टेक्सस में इमिग्रेशन हेल्पलाइन नंबर चाहिए
    mere state me immigration help kahan milegi
    new york me koi sanstha hai jo immigrants ki madad kare
    paas me koi helpline hai kya

## Short forms people type in SMS, as `short = long`, comma-separated (may be empty for a
## language that has none; then write a single line: understand-spellings = -)
understand-spellings = nhi = nahi, nai = nahi, h = hai, kr = kar, kro = karo, krna = karna, mjhe = mujhe, mje = mujhe, kese = kaise, pta = pata, bta = bata, bht = bahut, ky = kya, plz = please

## Sentences that ask the bot to stop texting (an opt-out). One per line.
understand-stop =
    मुझे मैसेज भेजना बंद करो
    अब और मैसेज मत भेजो
    मुझे ये टेक्स्ट मैसेज नहीं चाहिए
    मेरा नंबर इस लिस्ट से हटा दो
    मुझे अनसब्सक्राइब कर दो
    कृपया मुझे मैसेज करना बंद करें
    मुझे दोबारा मैसेज मत करना
    mujhe message bhejna band karo
    aur message mat bhejo
    कृपया अब मुझे कोई मैसेज न भेजें
    बस करो, मुझे परेशान मत करो इन मैसेज से
    मैसेज बंद करो
    अब मुझे टेक्स्ट मत करना
    मुझे लिस्ट से हटाओ
    मुझे इन मैसेज से अकेला छोड़ दो
    अनसब्सक्राइब करना है
    mujhe message mat karo ab
    mera number list se hata do
    unsubscribe kar do mujhe
    mujhe ye texts nahi chahiye
    unsubscribe karo mujhe
    ये किसका नंबर है? मुझे मैसेज मत भेजो
    kaun ho aap, message mat bhejo
    maine kabhi sign up nahi kiya, message band karo
    galat number hai, message mat bhejo
    मेरा नंबर अपनी लिस्ट से डिलीट करो
    प्लीज़ मुझे अनसब्सक्राइब करो
    bas karo bahut message ho gaye
    बहुत हो गया, अब और मैसेज नहीं
    dobara contact mat karna
    मुझसे दोबारा संपर्क न करें
    आप लोग मैसेज भेजना बंद कीजिए
    मुझे ये मैसेज नहीं चाहिए, लिस्ट से निकालो
    mujhe akela chhod do, message mat karo
    mujhe interest nahi hai, message mat bhejo
    kripya mujhe message bhejna band kare
    ye kya bakwas hai, message band karo
    pareshan mat karo yaar, message mat bhejo
    plz ab msg mat bhejo

## उन चीज़ों के बारे में संदेश जिनका इस सेवा के पास कोई जवाब नहीं, हर लाइन में एक: गपशप, मौसम,
## खेल, खाना, पैसे भेजना, दूसरे काम। जो संदेश किसी विषय से ज़्यादा इनके करीब हो, उसका जवाब विषय की तरह
## नहीं दिया जाता (बल्कि सामान्य संकेत और विकल्प)। यहाँ कभी किसी विषय के शब्द न डालें।
understand-elsewhere =
    टाइम क्या हुआ है
    aaj mausam kaisa hai
    कल बारिश होगी क्या
    match kaun jeeta
    india ka score kya hua kal
    कोई जोक सुनाओ
    haha ok
    बहुत बहुत धन्यवाद
    ok thanks bye
    शुभ रात्रि
    happy birthday bhai
    india paise bhejne me kitna charge lagta hai
    भारत पैसे भेजने का सबसे सस्ता तरीका
    aaj dollar ka rate kitna hai rupee me
    sasta phone kahan milega
    paneer butter masala ki recipe
    koi accha indian restaurant batao
    कौन सी movie देखूँ
    maths ka homework kaise karu
    meri car kaise theek karu
    mujhe naukri chahiye
    sabse paas petrol pump kahan hai
    कोई अच्छी रेसिपी बताओ
    पास में अच्छा रेस्टोरेंट बताओ
    रोना बंद नहीं हो रहा
    बारिश बंद हुई क्या
    rona band nahi ho raha
    baarish band hui kya
