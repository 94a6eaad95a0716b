### Organisations people can call. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-icirr = { -org-icirr } Family Support Hotline (Illinois; call or text, 24 hours): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = { -org-ice } Detention Reporting and Information Line (weekdays 8am-8pm Eastern; Spanish spoken): { $phone }

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-flic = { -org-flic } Immigrant Hotline (Florida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (call or text; for Spanish press 2 or text AYUDA): { $phone }
