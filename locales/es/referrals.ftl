### Organizaciones a las que se puede llamar o consultar. Los nombres son términos (terms.ftl).

# Variables:
#   $phone (String) - El teléfono de la organización, como se marca.
referrals-icirr = Línea de apoyo a familias de { -org-icirr } (Illinois; llamada, 24 horas): { $phone }

# Variables:
#   $phone (String) - El teléfono de la línea, como se marca.
referrals-ice-dril = Línea de { -org-ice } para reportar problemas e información sobre detención (lun. a vie., 8am-8pm hora del Este; en español): { $phone }

# Variables:
#   $phone (String) - El teléfono de la organización, como se marca.
referrals-flic = Línea de ayuda para inmigrantes de { -org-flic } (Florida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (llame o escriba; en español marque 2 o escriba AYUDA): { $phone }

# Una página web, no un teléfono: la lista del gobierno de grupos que dan ayuda legal gratis.
# Variables:
#   $web (String) - La dirección de la página, como se escribe.
referrals-eoir-probono = Ayuda legal gratis cerca de usted, en la lista del Departamento de Justicia: { $web }

# Variables:
#   $phone (String) - El teléfono de la línea, como se marca.
referrals-eoir-case = Fechas en la corte de inmigración y estado de su caso, 24 horas (tenga su número A o A-number): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc } (Tennessee): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp } (Nuevo México): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj } (Iowa): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = { -org-ny-new-americans } (Nueva York): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn } (California): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta } (Georgia): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn } (Colorado, Wyoming): { $phone }
