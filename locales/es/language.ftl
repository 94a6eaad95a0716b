### Cómo se presenta este idioma.

# El nombre del idioma, escrito en el propio idioma (aparece en el menú de idiomas).
language-name = Español
# Palabras que indican que un primer mensaje está en este idioma, separadas por comas.
# No se muestran a nadie. Use saludos y palabras comunes de quien busca ayuda.
language-detect-words = hola, buenas, buenos dias, buenas tardes, derechos, migra, policia, puerta, necesito, por favor, gracias, que, mi, es, el, la, los, tengo
# Se dice al elegir este idioma mientras su texto no está revisado (locale.yaml: draft).
language-draft-notice = Este texto todavía no fue revisado por un abogado.
language-greetings = hola, holi, holaa, buenas, buenos dias, buen dia, buenas tardes, buenas noches, que tal, hola buenas, saludos, como esta, como estas, hay alguien
