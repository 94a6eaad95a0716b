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
officers-warrant-judge = To come into your home without your consent, officers need a warrant signed by a judge, from a court. Check that it has your name and address.
officers-inside = If they come in, do not fight them. Say clearly: I do not consent to this search. Stay calm.
officers-public = Stay calm and do not run. Ask: Am I free to leave? If they say yes, walk away slowly. Do not let them search you, your bag or your car: say I do not consent.
officers-silent = You have the right to stay silent. You can say: I want to stay silent until I talk to a lawyer.
officers-no-sign = Do not sign anything before you talk to a lawyer.
officers-lawyer = You have the right to ask for a lawyer. Ask for one before you answer questions. For help finding one, you can call:
