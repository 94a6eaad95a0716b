### La carte des droits: une image que la personne peut garder, montrer à une fenêtre ou glisser sous la porte.
### Le côté de la personne est en français. Le côté pour les agents est toujours en anglais
### (dans le fichier anglais) et n'est pas traduit. Les sources de chaque ligne sont dans flows/card.yaml.

## Le côté de la personne, dans sa langue.

card-person-title = Vos droits
card-person-door = N'ouvrez pas la porte. Vous pouvez parler à travers la porte fermée.
card-person-warrant = Demandez un mandat signé par un juge. Demandez-leur de le passer sous la porte ou de le montrer à une fenêtre.
card-person-silent = Vous avez le droit de garder le silence.
card-person-sign = Ne signez rien avant de parler à un avocat.
card-person-show = Montrez l'autre côté de cette carte aux agents.
# Sous un SMS qui donne le côté pour les agents, sur les téléphones qui ne reçoivent pas l'image.
# Variables:
#   $link (String) - The address of the card's picture, such as https://kyr.example.org/cards/fr.png.
card-link = La carte en image: { $link }
