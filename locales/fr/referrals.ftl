### Organisations people can call. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-icirr = Ligne de soutien aux familles, { -org-icirr } (Illinois; appel ou texto, 24 h sur 24): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = Ligne { -org-ice } de signalement et d'information sur la détention (en semaine, 8h-20h heure de l'Est; on y parle espagnol): { $phone }

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-flic = Ligne d'aide aux immigrants, { -org-flic } (Floride): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (appel ou texto; pour l'espagnol, appuyez sur 2 ou envoyez AYUDA): { $phone }
