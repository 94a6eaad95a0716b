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
officers-choice-card = Um cartão para mostrar pela porta
officers-choice-lawyer = Como consigo um advogado?
    .keywords = advogado, advogada
officers-choice-nearby = Ajuda no meu estado
    .keywords = estado, zip, cep

officers-door-closed = Não abra a porta. Você pode falar com eles pela porta fechada.
officers-card = Aqui está o seu cartão de direitos. Mostre o lado em inglês numa janela ou passe o cartão por baixo da porta. Assim você não precisa abrir a porta nem falar.
officers-door-warrant = Peça para mostrarem um mandado assinado por um juiz. Peça para passarem o mandado por baixo da porta ou mostrarem pela janela.
officers-warrant-judge = Para entrar na sua casa sem o seu consentimento (permissão), os agentes precisam de um mandado assinado por um juiz. Ele traz o nome de um tribunal no alto e a assinatura de um juiz.
officers-warrant-check = Um mandado de busca deve trazer o seu endereço. Um mandado de prisão deve nomear alguém que mora ali. Se for válido, deixe que façam o que ele permite e não os impeça.
officers-warrant-ice = Um formulário do ICE (I-200 ou I-205) é assinado por um agente de imigração, não por um juiz. Ele não permite que entrem sem o seu consentimento. Você pode dizer: Eu não consinto.
officers-warrant-force = O ICE agora diz aos agentes que podem entrar à força com um I-205 se alguém tiver uma ordem final de deportação. Isso está sendo contestado na Justiça. Se entrarem à força, não resista.
officers-inside = Se eles entrarem à força, não lute com eles. Diga com clareza: Eu não autorizo a entrada de vocês nem uma busca. Mantenha a calma.
officers-inside-after = Não corra nem esconda ninguém. Lembre o que eles fizeram e disseram, e conte a um advogado assim que puder.
officers-public-calm = Mantenha a calma e não corra. Pergunte: Estou livre para ir embora? Se disserem que sim, saia andando com calma.
officers-public-search = Você não precisa aceitar uma revista em você, na sua bolsa ou no seu carro. Diga: Eu não autorizo uma revista. Não minta e não mostre documentos falsos.
officers-public-anyway = Os agentes podem apalpar sua roupa em busca de armas, e revistar um carro se tiverem bons motivos para achar que há prova de um crime. Se revistarem mesmo assim, não resista.
officers-silent = Você tem o direito de ficar em silêncio. Diga: Eu escolho ficar em silêncio. Você não precisa dizer onde nasceu nem como veio para os EUA.
officers-papers = Se você tem 18 anos ou mais e documentos de imigração válidos, a lei diz para andar com eles. Nunca mostre documentos falsos.
officers-no-sign = Não assine nada antes de falar com um advogado.
officers-remember = Depois, anote o que lembrar: os nomes dos agentes, os números do distintivo e do carro, e a agência deles.
officers-lawyer = Você tem direito a um advogado, mas em casos de imigração o governo não dá um de graça. Procure ajuda gratuita ou de baixo custo agora:
