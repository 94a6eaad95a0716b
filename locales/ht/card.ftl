### Kat dwa yo: yon imaj yon moun ka sere, kenbe devan yon fenèt oswa pase anba pòt la.
### Bò pa moun nan an kreyòl. Bò pou ajan yo toujou an angle (nan fichye angle a),
### yo pa tradui l. Sous chak liy nan flows/card.yaml.

## Bò pa moun nan, nan lang li.

card-person-title = Dwa ou
card-person-door = Pa louvri pòt la. Ou ka pale atravè pòt la ki fèmen.
card-person-warrant = Mande yon manda yon jij siyen. Mande yo pase l anba pòt la oswa kenbe l devan yon fenèt.
card-person-silent = Ou gen dwa rete an silans.
card-person-sign = Pa siyen anyen anvan ou pale ak yon avoka.
card-person-show = Montre ajan yo lòt bò kat sa a.
# Anba yon mesaj tèks ki gen bò pou ajan yo, pou telefòn ki pa ka resevwa imaj la.
# Variables:
#   $link (String) - The address of the card's picture, such as https://kyr.example.org/cards/ht.png.
card-link = Kat la an foto: { $link }
