### The rights card: a picture a person can save, hold up to a window or slide under the door.
### The person's side is translated into every language. The officers' side is always the
### English below: it is not translated. Each line's source is recorded in flows/card.yaml.

## The person's side, in the person's language.

card-person-title = Your rights
card-person-door = Do not open the door. You can talk through the closed door.
card-person-warrant = Ask for a warrant signed by a judge. Ask them to pass it under the door or hold it to a window.
card-person-silent = You have the right to stay silent.
card-person-sign = Do not sign anything before you talk to a lawyer.
card-person-show = Show the other side of this card to the officers.
# Under a text message with the officers' side, on phones that cannot get the picture.
# Variables:
#   $link (String) - The address of the card's picture, such as https://kyr.example.org/cards/en.png.
card-link = The card as a picture: { $link }

## The officers' side: English only, the same on every card.

card-officers-title = To the officers
card-officers-silent = I choose to remain silent.
card-officers-entry = I do not consent to your entry or to a search without a warrant signed by a judge.
card-officers-sign = I will not sign anything without a lawyer.
card-officers-warrant = If you have a warrant signed by a judge, pass it under the door.
