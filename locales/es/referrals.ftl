### Organizaciones a las que se puede llamar. Los nombres son términos (terms.ftl).

# Variables:
#   $phone (String) - El teléfono de la organización, como se marca.
referrals-icirr = { -org-icirr } (Illinois): { $phone }
