### Example messages people send, for choosing an answer from what they type.
### One message per line. Write them as people in your community text, not word for word
### from English. The bot only ever answers with reviewed messages; these only pick which one.

understand-officers-intro =
    my rights with officers
    what are my rights with immigration officers
    what rights do i have if ICE comes
    do i have rights even tho im undocumented
    know your rights with ICE
    i have no papers what are my rights with la migra
    what should i do if i run into ICE agents
    tell me my rights with police and immigration
    do undocumented people have any rights w ICE
    info about my rights when dealing with officers
    what do i do if immigration shows up

understand-officers-door =
    ICE is at my door
    immigration knocking on my door right now
    there are agents outside my house what do i do
    someone from ICE is banging on my door
    officers at my apartment door want me to open
    la migra is outside my house
    ICE knocking should i open the door??
    they r at my front door asking for my husband
    immigration agents outside knocking and they wont leave
    do i have to open the door for ICE
    men in vests at my door saying police, i think its ICE
    ICE outside my trailer knocking, the door is still closed
    they are at my door showing a paper that says warrant
    officers outside my door holding papers, I'm scared to open
    please help ICE is knocking on my door

understand-officers-warrant =
    what is a valid warrant
    how do i know if their warrant is real
    does the warrant need a judges signature
    they showed an I-200 is that a warrant
    is an I-205 enough to come in my house
    what does a real judge warrant look like
    the paper says department of homeland security not a court, is it valid
    search warrant has to have my address on it?
    they have an arrest warrant with my cousins name do i let them in
    can ICE force their way in with a final removal order
    difference between ICE warrant and judicial warrant
    paper signed by an immigration officer not a judge does that count
    is an ICE paper the same as a warrant from a judge
    how do I know if the paper they have is a real judge's warrant

understand-officers-inside =
    they came in anyway
    ICE forced their way into my house
    immigration broke down my door and came in
    agents are inside my apartment right now
    they pushed in when i opened the door
    ICE is inside searching my house
    officers entered without my permission what do i do
    they came into my home without a warrant
    la migra got inside and is going through my stuff
    they kicked the door in and are in the living room
    they walked in when my kid opened the door
    agents already in my house, should i try to block them

understand-officers-public =
    ICE stopped me on the street
    i got pulled over and immigration is here
    there is an ICE raid at my work
    immigration agents at the bus stop asking for papers
    officers stopped me walking and want to search my bag
    cops pulled me over and want to search my car
    ICE at my job right now
    they stopped me outside the grocery store
    can i just walk away if ICE stops me
    agents at the construction site checking everyone
    la migra stopped my car on the highway
    am i free to leave if immigration stops me in public
    ICE raid at the factory where I work
    immigration came to my job and they are checking everyone
    immigration agents are lining up workers at the warehouse where I work
    ICE is checking papers at my job right now, can I leave
    ICE is at my job
    immigration agents came to the restaurant where i work
    ICE is at the farm where we work, can i leave

understand-officers-silent =
    what do i say
    what should i say to ICE
    do i have to answer their questions
    can i stay silent with immigration
    do i have to tell them where i was born
    they want me to sign papers should i
    what do i tell the officers if they ask how i came here
    right to remain silent with ICE
    do i have to show my papers
    should i sign anything they give me
    what words do i use to stay quiet
    they keep asking what country im from, do i have to tell them
    what am I supposed to say when immigration asks me questions
    do I have to answer their questions

understand-officers-lawyer =
    how do i get a lawyer
    i need an immigration lawyer
    where can i find a free lawyer
    cant afford an attorney for my immigration case
    does the government give me a free lawyer
    need a lawyer asap for my deportation case
    low cost immigration attorney
    how do i find a good immigration lawyer
    do i have the right to a lawyer
    who can give me free legal help for my case
    looking for a lawyer that speaks spanish
    abogado for immigration, any free ones?
    please i need a lawyer

understand-clinic-intro =
    at a clinic or hospital
    is it safe to go to the hospital without papers
    im undocumented can i still go to the doctor
    what are my rights as a patient if im undocumented
    scared to go to the clinic because of my status
    i need to see a doctor but im afraid of immigration
    does my immigration status matter at the clinic
    questions about going to the hospital as an immigrant
    can i get medical care without papers
    should i be worried about my doctor appointment with no status
    my mother is in the hospital and we are scared of immigration
    my dad is in the hospital, can we visit without papers

understand-clinic-private =
    is my medical information private
    will my doctor tell ICE about me
    does the hospital share my info with immigration
    can the clinic give my records to ICE
    is my health info confidential if im undocumented
    does medicaid give my address to ICE
    does HIPAA protect me from immigration?
    will they report my status if i go to the doctor
    who can see my medical records
    can ICE get my medical file
    medicaid sharing data with ICE is that true
    does the nurse have to report me to immigration

understand-clinic-emergency =
    can they refuse me emergency care
    the hospital wont treat me bc i have no papers
    the ER turned me away
    i have an emergency but no money
    no insurance will the emergency room still see me
    my son is very sick right now and we have no insurance
    can the ER deny me for my immigration status
    having chest pains no money where do i go
    urgent care sent me away and im in a lot of pain
    do i have to pay before they treat me in the emergency room
    they said i cant be seen without insurance and its an emergency
    is emergency care free for undocumented people

understand-clinic-officers =
    I'm a patient and immigration officers are at the clinic
    ICE is in the waiting room at my clinic
    there are immigration agents in the hospital parking lot
    can la migra go into the exam room
    im at the doctor and i see ICE outside
    are hospitals still safe from ICE
    can immigration come into the clinic without a warrant
    ICE agents at my doctors office what do i do
    i saw officers in the ER lobby, im a patient
    can they take me from my appointment
    im waiting to be seen and ICE just walked in
    my mom is in the hospital and there are ICE agents at the entrance
    im visiting my son in the hospital and i see immigration officers

understand-clinic-guarded =
    i am a patient in custody
    im detained and in the hospital, the officer wont leave the room
    the guard stays in the room during my exam
    can i talk to my doctor alone while in custody
    im under arrest and at the hospital what are my rights
    officer with me during my checkup is that allowed
    in ICE custody at the hospital can i get an interpreter
    i need a spanish interpreter at the hospital, is it free
    do i have the right to speak privately with the doctor while detained
    they brought me to the hospital in handcuffs
    ICE agent sitting next to my hospital bed
    can the hospital get me a free translator

understand-detention-intro =
    family member detained, needs care
    my husband is detained by ICE and he is sick
    my mom is in an ICE detention center and has health problems
    family in detention needs medical care
    my brother got detained and he has diabetes
    my wife is in ICE custody and pregnant
    help for a detained relative who is sick
    my dad is locked up by immigration and has a heart condition
    relative in detention with a medical condition
    what can i do, my cousin is detained and sick
    my partner is in detention and has a chronic illness

understand-detention-find =
    find where they are held
    how do i find where ICE took my husband
    ICE detained my brother and i dont know where he is
    detainee locator
    which detention center is my son in
    they moved my dad and now i cant find him
    how to locate someone in immigration detention
    my wife was arrested by ICE this morning, where is she
    search for a detained person by A number
    locator.ice.gov isnt showing my cousin
    where did immigration take my mom
    looking for my uncle he was picked up by la migra

understand-detention-problems =
    care is late or missing
    my husband in detention is not getting his medicine
    they wont give my mom her insulin in the detention center
    my son is detained and having a medical emergency
    he has chest pain in detention and the guards ignore him
    detention center wont let my brother see a doctor
    my wife is detained and missed her meds for days
    who do i call about medical neglect in ICE detention
    ICE phone line for problems in detention
    my dad is very sick in detention nobody is helping him
    she asked for a doctor a week ago and still nothing
    he had a seizure in the detention center what do i do

understand-detention-record =
    keep a record, tell the lawyer
    how do we document his medical requests in detention
    should he write down every time he asks for medical care
    what should i tell his lawyer about his health problems
    how to keep track of her sick call requests
    do i send his prescriptions to the lawyer
    he asks for the doctor every day, should he do it in writing
    need proof that he asked for care many times
    what info about his health does the lawyer need
    keep a log of dates and answers for medical requests
    should the lawyer know about all his medical conditions
    how do i send her medication list and doctor records to her attorney

understand-detention-letters =
    medical letters for the lawyer
    his lawyer needs a letter from a doctor
    how to get a medical letter for my detained brother
    are there doctors who write letters for immigration cases
    volunteer doctor to review my husbands medical records
    Medical Review for Immigrants letter
    doctor evaluation for a detained persons case
    can a doctor write something to help her case
    need a medical report for his immigration lawyer
    free doctor letter for someone in ICE detention
    New York Lawyers for the Public Interest medical provider network
    who can write a health letter for my sons lawyer

understand-detention-parole =
    release for health reasons
    can they release him because he is sick
    humanitarian parole for medical reasons
    how to get my mom out of detention because of her cancer
    can ICE let her go bc of her health
    my husband is too sick to be detained can he be released
    can he be let out of detention on medical grounds
    ask ICE to release my dad he has a heart problem
    is there parole for detained people with serious illness
    can a pregnant woman get released from detention
    get him out on humanitarian grounds
    does being very sick help him get out of ICE custody

understand-detention-released =
    released and needs care
    my dad just got released from ICE detention and needs a doctor
    she got out of detention and has no insurance
    where can he get medical care after being released
    my brother was let out but has no way to get to the doctor
    after detention she is very depressed and scared
    just released from immigration detention need help finding a clinic
    my son came home from detention and cant sleep, he is traumatized
    help finding a doctor after release from ICE
    he was released with his medical problems and no meds
    my husband got out but we are all so stressed, who can we talk to
    case management for people released from detention
    he got out of detention and has diabetes, no insurance, where can he see a doctor

understand-limits-about =
    about this service
    is this legal advice
    are you a lawyer
    who runs this service
    is this information reliable
    can i trust what this bot says
    is this a real person or a bot
    when was this info last updated
    is this official government info
    who runs this service
    who made this chatbot

understand-privacy-intro =
    your privacy here
    who sees my texts
    is it safe to text this number
    do you keep my messages
    does this bot save my phone number
    can ICE see what i write here
    is what I write here kept private
    do you share my info with immigration
    will anyone know i texted this
    are my messages to you stored
    what do you do with my name and number
    is it safe to tell you my situation

understand-privacy-sms =
    text messages sms
    are text messages safe
    are sms encrypted
    can my phone company read these texts
    can the government get my text messages
    does twilio keep my messages
    is texting this number secure
    can T-Mobile see what i send here
    can police get copies of my sms
    does my cell company keep the texts i send to this number
    are regular texts private
    does my carrier keep a copy of my messages

understand-privacy-telegram =
    telegram privacy
    is telegram safe
    does telegram save this chat
    is this telegram chat encrypted
    does telegram keep my messages on its servers
    can telegram give my chats to the government
    is it safer to use telegram or sms
    is telegram private
    should i use a secret chat on telegram
    who can see my messages on telegram
    does telegram store this conversation
    are telegram chats end to end encrypted

understand-privacy-delete =
    how do i delete this chat
    how do i erase this conversation
    delete my messages with you
    i want to delete everything i wrote here
    how can i make the bot forget our conversation
    can you erase my chat history
    remove this conversation from my phone
    delete the last messages on telegram
    how to clear this chat
    i want you to forget what i told you
    how do i delete what i sent
    erase all my info from this chat

understand-staff-intro =
    for clinic staff
    i work at a clinic, what do we do if ICE comes
    im a nurse, is there a plan for immigration officers
    guidance for hospital staff about ICE
    our health center needs an ICE plan
    info for medical staff about immigration enforcement
    im a receptionist at a clinic and want to know what to do about ICE
    what should clinic workers do when immigration comes
    protocol for staff if ICE comes to the hospital
    resources for health care providers about immigration agents
    im a doctor what should my clinic do about ICE
    training info for front desk staff on ICE
    i work at a clinic, whats our plan if ICE comes
    i work at the hospital front desk, what do staff do about ICE
    im a security guard at a hospital, what is our role if immigration comes

understand-staff-prepare =
    prepare before they come
    how should our clinic prepare for ICE
    how do we get ready before immigration comes to our clinic
    who on our staff should talk to officers
    train our staff for an ICE visit
    how do we mark private areas in the clinic
    should we post staff only signs
    telehealth so our patients dont have to travel
    making a plan in advance for immigration at our hospital
    how to reduce visits for patients who are afraid
    designate a person to respond if ICE comes to the clinic
    steps to prepare our front desk team
    what should our clinic do now, before immigration ever comes
    how do we get our small clinic ready in case ICE shows up one day

understand-staff-arrive =
    when officers arrive
    ICE agents are at our front desk right now
    im the receptionist and immigration officers just walked in
    officers are in our clinic lobby what do i tell them
    ICE is here at the hospital and wants to go back to the exam rooms
    agents at the front desk asking for a patient
    what do i say to ICE at the clinic front desk
    immigration is at our health center now
    officers demanding to go in the back of the clinic
    i work at the clinic and ICE just showed up
    im at reception and there are federal agents here
    who do we call when ICE arrives at the clinic
    I work at the front desk of a clinic and ICE just walked in
    im a nurse and officers are at our front desk right now
    i work at the clinic and ICE agents are at the door right now
    im security at the hospital and immigration agents just walked in

understand-staff-warrant =
    judges warrant or ICE form
    how can our staff tell a judicial warrant from an ICE form
    the officers paper says department of homeland security, do we have to let them in the clinic
    do we have to follow a judge warrant at the hospital
    is an I-200 enough to enter our exam rooms
    what does a court warrant look like for a clinic
    the form is signed by an ICE officer not a judge, what do we do at the clinic
    administrative warrant vs judicial warrant for hospital staff
    they gave our front desk an I-205 is it valid
    how do we check what areas the warrant covers
    the warrant names one of our patients, do we have to let them look for him
    should i call our facility lawyer about the warrant

understand-staff-records =
    they ask for patient records
    ICE wants our patient files
    officers asking for a list of our patients
    we got a subpoena for patient records from immigration
    ICE wants our patients' medical records, do we hand them over
    agents want to see a patients chart
    do we have to hand over medical records to immigration officers
    ICE asking the front desk for a patients address
    what do we do if officers request patient data
    court order for records, what does clinic staff do
    should we keep a copy of the paper they showed us
    immigration agents demanding our appointment list

understand-staff-patients =
    protect and inform patients
    how do we warn patients if ICE is in the building
    how can we tell patients to leave quietly
    is there a safe room for patients when immigration comes
    how to inform patients about their rights at our clinic
    where can we refer patients for free legal help
    how do we keep patients calm when ICE is here
    our patients are afraid, how do we protect them
    give patients info about low cost lawyers
    code word to tell patients to go to a safe space
    how do we support undocumented patients at our clinic
    list of legal aid to give our patients

understand-nearby-ask =
    find help near me
    help in my state
    organizations that help immigrants near me
    is there a hotline in my area
    im in texas where can i get help
    local immigrant groups in my city
    any help in california
    rapid response network near me
    immigrant rights organization in chicago
    who can help me locally
    community groups near my zip code
    what resources are in florida for immigrants
    please help me find help near me

## Short forms people type in SMS, as `short = long`, comma-separated (may be empty for a
## language that has none; then write a single line: understand-spellings = -)
understand-spellings = u = you, ur = your, r = are, pls = please, plz = please, bc = because, cuz = because, b4 = before, ppl = people, msg = message, txt = text, abt = about, govt = government, w = with

## Sentences that ask the bot to stop texting (an opt-out). One per line.
understand-stop =
    stop texting me
    please stop sending me messages
    dont send me any more texts
    take me off this list
    unsubscribe me please
    i dont want these texts anymore
    remove my number from your list
    no more messages please
    quit texting me
    stop sending me messages
    leave me alone stop messaging me
    i dont want any more messages from this number
    please dont text me again
    remove me from this list
    no more texts
    stop sending these
    i want to opt out
    cancel these messages
    dont message me anymore
    whoever this is stop texting me
    remove me
    take me off your list now
    please no more messages
    enough with the texts
    quit sending me stuff
    im not interested stop

## Messages about things this service has no answer for, one per line: small talk, weather,
## sports, food, money transfers, other errands. A message closer to these than to any topic is
## not answered as a topic (the usual hint and options instead). Never put a topic's words here.
understand-elsewhere =
    what time is it
    whats the weather today
    will it rain tomorrow
    who won the game
    what was the score last night
    tell me a joke
    lol ok
    thank you so much
    ok thanks bye
    good night
    happy birthday
    how much does it cost to send money to mexico
    best way to send money home
    what is the dollar exchange rate
    where can i buy a cheap phone
    recipe for chicken soup
    good restaurant near me
    what movie should i watch
    can you help me with my homework
    how do i fix my car
    i need a job
    where is the nearest gas station
    i cant stop crying
    i cant stop thinking about it
    the rain wont stop
    my heart wont stop racing
