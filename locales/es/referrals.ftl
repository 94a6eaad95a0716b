### Organizaciones a las que se puede llamar. Los nombres son términos (terms.ftl).

# Variables:
#   $phone (String) - El teléfono de la organización, como se marca.
referrals-icirr = Línea de apoyo a familias de { -org-icirr } (Illinois; llamada o texto, 24 horas): { $phone }

# Variables:
#   $phone (String) - El teléfono de la línea, como se marca.
referrals-ice-dril = Línea de detención de { -org-ice } (lun. a vie., 8am-8pm hora del Este; en español): { $phone }
