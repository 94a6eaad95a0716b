### Organisations people can call. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-icirr = Linha de apoio às famílias da { -org-icirr } (Illinois; ligação ou mensagem de texto, 24 horas): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = Linha de denúncias e informações sobre detenção do { -org-ice } (segunda a sexta, 8h-20h, horário do Leste; atendimento em espanhol): { $phone }

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-flic = Linha de ajuda para imigrantes da { -org-flic } (Flórida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (ligue ou mande mensagem; em espanhol, tecle 2 ou mande AYUDA): { $phone }
