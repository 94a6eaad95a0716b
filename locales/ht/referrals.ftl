### Organisations people can call. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-icirr = Liy sipò pou fanmi, { -org-icirr } (Illinois; rele oswa voye tèks, 24 sou 24): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = Liy { -org-ice } pou rapòte pwoblèm ak pou enfòmasyon sou detansyon (lendi rive vandredi, 8am-8pm lè Lès; yo pale panyòl): { $phone }

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-flic = Liy èd pou imigran, { -org-flic } (Florid): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (rele oswa voye tèks; pou panyòl, peze 2 oswa voye AYUDA): { $phone }
