### At a clinic or hospital, as a patient.
### Sources for each message are recorded on its node in flows/clinic.yaml.

clinic-intro = क्लिनिक या अस्पताल में मरीज के नाते आपके अधिकार हैं, इमिग्रेशन स्टेटस कोई भी हो। क्या जानना चाहते हैं?
clinic-choice-private = डेटा गुप्त?
    .keywords = गुप्त, प्राइवेसी, रिकॉर्ड, privacy, record
clinic-choice-emergency = इमरजेंसी में
    .keywords = इमरजेंसी, emergency, er
clinic-choice-officers = ICE अफसर आए
clinic-choice-guarded = हिरासत में
    .keywords = हिरासत, गार्ड, custody, guard
clinic-choice-rights = मेरे अधिकार

clinic-private = डॉक्टर-स्टाफ को आम तौर पर आपकी मेडिकल जानकारी गुप्त रखनी है। कोर्ट ऑर्डर के बिना इमिग्रेशन अफसर कानूनन उनसे यह जबरन नहीं ले सकते।
clinic-emergency = नहीं। आपके इमिग्रेशन स्टेटस की वजह से आपको इमरजेंसी इलाज से मना नहीं किया जा सकता। फेडरल कानून इसकी रक्षा करता है।
clinic-officers-private-areas = क्लिनिक की इजाजत के बिना, अफसर वारंट के बिना उसके प्राइवेट हिस्सों, जैसे जाँच वाले कमरों, में नहीं जा सकते।
clinic-officers-rights = आप कहीं भी हों, आप चुप रह सकते हैं और वकील माँग सकते हैं।
clinic-guarded = अगर आप हिरासत में हैं, तो अफसर आपके साथ रह सकता है, जाँच के समय भी। आप डॉक्टर या अस्पताल से अकेले में बात का समय माँग सकते हैं।
clinic-interpreter = जिन अस्पतालों-क्लिनिक को सरकारी (federal) पैसा मिलता है, उन्हें मुफ्त दुभाषिया देना होगा। आप मांग सकते हैं।
