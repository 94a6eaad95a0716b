### Organizations people can call or look up. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-icirr = Ligne de soutien aux familles, { -org-icirr } (Illinois; appel, 24 h sur 24): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = Ligne { -org-ice } de signalement et d'information sur la détention (en semaine, 8h-20h heure de l'Est; on y parle espagnol): { $phone }

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-flic = Ligne d'aide aux immigrants, { -org-flic } (Floride): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (appel ou texto; pour l'espagnol, appuyez sur 2 ou envoyez AYUDA): { $phone }

# A web page, not a phone: the government's list of groups that give free legal help.
# Variables:
#   $web (String) - The page's address, as people type it.
referrals-eoir-probono = Aide juridique gratuite près de chez vous, sur la liste du ministère de la Justice: { $web }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-eoir-case = Audiences au tribunal de l'immigration et état du dossier, 24 h sur 24 (ayez votre A-number): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc } (Tennessee): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp } (Nouveau-Mexique): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj } (Iowa): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = { -org-ny-new-americans } (New York): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn } (Californie): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta } (Géorgie): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn } (Colorado, Wyoming): { $phone }
