### Sobre esta información: sus límites, emergencias y revisión.
### Las fuentes están en el nodo en flows/limits.yaml.

limits-not-advice = Esto es información general, no asesoría legal. Para su caso, hable con un abogado.
limits-emergency = En una emergencia, llame al 911: cuando alguien necesita policía, bomberos o ambulancia ya. Si no está seguro, llame y ellos deciden.
limits-choice-privacy = Su privacidad aquí
    .keywords = privacidad
# Actualice esta fecha cuando cambien las fechas de revisión de los flujos.
limits-reviewed = Esta información se revisó contra sus fuentes por última vez en noviembre de 2026.
