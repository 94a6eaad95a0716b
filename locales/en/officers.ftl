### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = You have rights, whatever your immigration status. Where are the officers?
officers-choice-door = At my door
    .keywords = door, house
officers-choice-public = On the street, in a car or at work
    .keywords = street, public, car, work
officers-choice-warrant = What is a valid warrant?
    .keywords = warrant
officers-choice-inside = They came in anyway
officers-choice-silent = What do I say?
officers-choice-card = A card to show through the door
officers-choice-lawyer = How do I get a lawyer?
    .keywords = lawyer, attorney
officers-choice-nearby = Help in my state
    .keywords = state, zip

officers-door-closed = Do not open the door. You can talk to them through the closed door.
officers-card = Here is your rights card. Hold the English side up to a window or slide it under the door, so you do not have to open the door or talk.
officers-door-warrant = Ask them to show a warrant signed by a judge. Ask them to pass it under the door or hold it up to a window.
officers-warrant-judge = To come into your home without your consent (permission), officers need a warrant signed by a judge. It names a court at the top and has a judge's signature.
officers-warrant-check = A search warrant must list your address. An arrest warrant must name a person who lives there. If it is valid, let them do what it allows and do not block them.
officers-warrant-ice = An ICE form (I-200 or I-205) is signed by an immigration officer, not a judge. It does not let them come in without your consent. You can say: I do not consent.
officers-warrant-force = ICE now tells officers they may force their way in with an I-205 if someone has a final removal order. Courts are hearing challenges. If they force their way in, do not resist.
officers-inside = If they force their way in, do not fight them. Say clearly: I do not consent to your entry or to a search. Stay calm.
officers-inside-after = Do not run or hide anyone. Remember what they did and said, and tell a lawyer as soon as you can.
officers-public-calm = Stay calm and do not run. Ask: Am I free to leave? If they say yes, walk away calmly.
officers-public-search = You do not have to agree to a search of you, your bag or your car. Say: I do not consent to a search. Do not lie or show false papers.
officers-public-anyway = Officers may pat you down for weapons, and may search a car if they have good reason to think it holds proof of a crime. If they search anyway, do not resist.
officers-silent = You have the right to stay silent. Say: I choose to remain silent. You do not have to say where you were born or how you came to the U.S.
officers-papers = If you are 18 or older and have valid immigration papers, the law says to carry them. Never show false papers.
officers-no-sign = Do not sign anything before you talk to a lawyer.
officers-remember = Later, write down what you remember: the officers' names, badge and car numbers, and their agency.
officers-lawyer = You have the right to a lawyer, but in immigration cases the government does not give you a free one. Look for free or low-cost help now:
