### Immigration officers at your door or in public.
### Sources for each message are recorded on its node in flows/officers.yaml.

officers-intro = Você tem direitos, seja qual for a sua situação migratória. Onde estão os agentes?
officers-choice-door = Na minha porta
    .keywords = porta, casa
officers-choice-public = Na rua, num carro ou no trabalho
    .keywords = rua, publico, carro, trabalho
officers-choice-warrant = O que é um mandado válido?
    .keywords = mandado
officers-choice-inside = Eles entraram mesmo assim
officers-choice-silent = O que eu digo?
officers-choice-lawyer = Como consigo um advogado?
    .keywords = advogado, advogada

officers-door-closed = Não abra a porta. Você pode falar com eles pela porta fechada.
officers-door-warrant = Peça para mostrarem um mandado assinado por um juiz. Peça para passarem o mandado por baixo da porta ou mostrarem pela janela.
officers-warrant-judge = Para entrar na sua casa sem a sua permissão, os agentes precisam de um mandado assinado por um juiz. Confira se um juiz assinou e se o mandado tem o seu nome.
officers-warrant-ice = Um formulário assinado por um agente de imigração (formulários I-200 ou I-205 do ICE) não basta para entrar. Você pode dizer não.
officers-inside = Se eles entrarem à força, não lute com eles. Diga com clareza: Eu não autorizo a entrada de vocês nem uma busca. Mantenha a calma.
officers-public-calm = Mantenha a calma e não corra. Pergunte: Estou livre para ir embora? Se disserem que sim, saia andando com calma.
officers-public-search = Você não precisa aceitar uma revista em você, na sua bolsa ou no seu carro. Diga: Eu não autorizo uma revista. Não minta e não mostre documentos falsos.
officers-silent = Você tem o direito de ficar em silêncio. Você não precisa dizer onde nasceu nem como veio para os EUA.
officers-no-sign = Não assine nada antes de falar com um advogado.
officers-remember = Depois, anote o que lembrar: os nomes dos agentes, os números do distintivo e do carro, e a agência deles.
officers-lawyer = Você tem o direito de falar com um advogado. Você pode dizer: Quero falar com um advogado. Para pedir ajuda, você pode ligar para:
