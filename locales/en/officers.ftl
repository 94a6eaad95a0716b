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
officers-choice-lawyer = How do I get a lawyer?
    .keywords = lawyer, attorney

officers-door-closed = Do not open the door. You can talk to them through the closed door.
officers-door-warrant = Ask them to show a warrant signed by a judge. Ask them to pass it under the door or hold it up to a window.
officers-warrant-judge = To come into your home without your permission, officers need a warrant signed by a judge. Check that a judge signed it and that it has your name.
officers-warrant-ice = A form signed by an immigration officer (ICE forms I-200 or I-205) is not enough to come in. You can say no.
officers-inside = If they force their way in, do not fight them. Say clearly: I do not consent to your entry or to a search. Stay calm.
officers-public-calm = Stay calm and do not run. Ask: Am I free to leave? If they say yes, walk away calmly.
officers-public-search = You do not have to agree to a search of you, your bag or your car. Say: I do not consent to a search. Do not lie or show false papers.
officers-silent = You have the right to stay silent. You do not have to say where you were born or how you came to the U.S.
officers-no-sign = Do not sign anything before you talk to a lawyer.
officers-remember = Later, write down what you remember: the officers' names, badge and car numbers, and their agency.
officers-lawyer = You have the right to speak with a lawyer. You can say: I want to speak with a lawyer. For help, you can call:
