### O cartão de direitos: uma imagem que a pessoa pode salvar, mostrar numa janela ou passar por baixo da porta.
### O lado da pessoa está em português. O lado para os agentes está sempre em inglês
### (no arquivo em inglês) e não é traduzido. As fontes de cada linha estão em flows/card.yaml.

## O lado da pessoa, na língua dela.

card-person-title = Seus direitos
card-person-door = Não abra a porta. Você pode falar pela porta fechada.
card-person-warrant = Peça um mandado assinado por um juiz. Peça para passarem o mandado por baixo da porta ou mostrarem pela janela.
card-person-silent = Você tem o direito de ficar em silêncio.
card-person-sign = Não assine nada antes de falar com um advogado.
card-person-show = Mostre o outro lado deste cartão aos agentes.
# Abaixo de uma mensagem de texto com o lado para os agentes, em celulares que não recebem a imagem.
# Variables:
#   $link (String) - The address of the card's picture, such as https://kyr.example.org/cards/pt.png.
card-link = O cartão como imagem: { $link }
