### The safety net: said first, above every topic, when a message tells of a medical emergency
### or of despair. Each reply must fit one SMS page in your language (`kyr check` measures it,
### with the longest option label after it): the number to call is never behind "More".
### Sources are recorded on the node in flows/crisis.yaml.

# Said when a message tells of a medical emergency happening now.
crisis-emergency = Call 911 now. In an emergency, a hospital emergency room must check and treat you, whatever your status or money. If officers are there, still call 911.
# Said when a message tells of despair, or of thoughts of suicide or self-harm, for oneself or
# someone else. In Spanish, say how to reach the Spanish line (press 2, or text AYUDA to 988).
crisis-despair = You are not alone. Call or text 988, for you or someone you love: free and private, day or night. Calls can have an interpreter. If someone may get hurt now, call 911.

## Signs of each situation, one phrase per line, as people in your community write them: the
## bot looks for every language's signs in every message. A phrase matches when its words come
## in this order, with at most two other words between two of them (none in Vietnamese). In
## English, Spanish, French, Portuguese, Russian, Arabic and Hindi, the words of a phrase of two
## words or more also match their other forms (want to die: wants to die), in the language's own
## letters (not in translit, Arabizi or romanized Hindi); a phrase of one word matches as written.
## End a word with * to match every word it begins (overdos* matches overdose, overdosed). Words
## of five letters or more (six in other scripts) also match with one letter more or less. Case,
## accents and apostrophes are ignored. Be generous: a message that
## shows a sign gets 911 or 988 first, and an extra line costs far less than a missed one.

crisis-signs-emergency =
    not breathing
    not breath*
    stopped breathing
    cant breath*
    hard to breath*
    trouble breathing
    turning blue
    no pulse
    heart attack
    heart is stopping
    chest pain*
    chest hurts
    stroke
    unconscious
    unresponsive
    passed out
    fainted
    collapsed
    wont wake
    not waking up
    cant wake
    seizure*
    convulsion*
    overdos*
    took too many pills
    took a lot of pills
    swallowed pills
    poison*
    bleeding a lot
    bleeding bad*
    bleeding heavily
    wont stop bleeding
    lot of blood
    losing blood
    blood everywhere
    got shot
    been shot
    was shot
    stabbed
    choking
    anaphyla*
    allergic reaction
    throat is closing
    asthma attack
    in labor
    water broke
    giving birth
    baby is coming
    pregnant and bleeding
    hit by a car
    is dying
    am dying
    need an ambulance
    call an ambulance
    ambulance
    call 911
    medical emergency
    not moving
    not responding
    turning purple
    lips are blue
    blue lips
    lips turning blue
    face drooping
    cant talk right
    slurring
    foaming at the mouth
    wont stop shaking
    hit his head
    hit her head
    head injury
    burned badly
    bad burn*
    bleeding from the head
    head is bleeding
    baby not moving
    baby stopped moving
    very high fever
    wont wake up
    broken bone
    bone sticking out
    tongue swelling
    face swelling
    drowning
    drowned
    car accident
    crashed
    dying
    heart stopped
    no heartbeat
    gunshot
    shot him
    shot her
    bleeding out
    cut deep

crisis-signs-despair =
    kill* myself
    kill* my self
    kil myself
    kill* himself
    kill* herself
    suicid*
    want to die
    wanna die
    want to be dead
    wish i was dead
    wish i were dead
    better off dead
    better if i was dead
    dont want to live
    dont wanna live
    dont want to be alive
    no reason to live
    not worth living
    end* my life
    end* it all
    end* his life
    end* her life
    tak* my life
    tak* my own life
    hurt* myself
    harm* myself
    cut* myself
    self harm*
    cant go on
    cant take it anymore
    cant do this anymore
    give up on life
    no point in living
    want to disappear
    wants to die
    hopeless
    no point anymore
    whats the point of living
    tired of living
    tired of life
    sick of living
    sleep and never wake up
    not wake up
    dont want to wake up
    better off without me
    better without me
    nobody would miss me
    no one would care if i died
    im a burden
    burden to everyone
    thinking about ending it
    pills saved
    going to jump
    jump off
    jump in front
    be with my mom in heaven
    i give up
    cant keep going
    want it to end
    want it all to stop
    goodbye forever
    my last message
    this is goodbye
    hang* myself
    hang* himself
    hang* herself
    tried to hang
    took pills on purpose
    wish i was never born
    life has no meaning
    no reason to keep living
    dont want to exist
    rather die
    better to die
    better dead
    kms
    unalive
    off myself
    suicidal
    slit my wrist*
    cut* my wrist*
    worthless
    empty inside
    cant take this pain
    cant handle it anymore
    thoughts of dying
    want to give up
    hurt* himself
    hurt* herself
    die
    dead inside
    end myself
    killing me inside
