### Organizaciones a las que se puede llamar. Los nombres son términos (terms.ftl).

# Variables:
#   $phone (String) - El teléfono de la organización, como se marca.
referrals-icirr = Línea de apoyo a familias de { -org-icirr } (Illinois; llamada o texto, 24 horas): { $phone }

# Variables:
#   $phone (String) - El teléfono de la línea, como se marca.
referrals-ice-dril = Línea de detención de { -org-ice } (lun. a vie., 8am-8pm hora del Este; en español): { $phone }

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-flic = Línea de ayuda para inmigrantes de { -org-flic } (Florida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (llame o escriba; en español marque 2 o escriba AYUDA): { $phone }
