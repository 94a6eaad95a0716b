### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = Esta é uma informação geral, não é orientação jurídica. Para o seu caso, fale com um advogado.
limits-emergency = Numa emergência, ligue para o 911: quando alguém precisa da polícia, dos bombeiros ou de uma ambulância agora mesmo. Se não tiver certeza, ligue e eles vão decidir.
limits-choice-privacy = Sua privacidade aqui
    .keywords = privacidade
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = Esta informação foi conferida com as suas fontes pela última vez em novembro de 2026.
