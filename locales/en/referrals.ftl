### Organizations people can call or look up. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-icirr = { -org-icirr } Family Support Hotline (Illinois; call, 24 hours): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = { -org-ice } Detention Reporting and Information Line (weekdays 8am-8pm Eastern; Spanish spoken): { $phone }

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-flic = { -org-flic } Immigrant Hotline (Florida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (call or text; for Spanish press 2 or text AYUDA): { $phone }

# A web page, not a phone: the government's list of groups that give free legal help.
# Variables:
#   $web (String) - The page's address, as people type it.
referrals-eoir-probono = Free legal help near you, on the U.S. Justice Department's list: { $web }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-eoir-case = Immigration court dates and case status, 24 hours (have the A-number ready): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc } referral hotline (Tennessee): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp } free legal clinics (New Mexico): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj } (Iowa): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = New York State { -org-ny-new-americans } (weekdays 9am-8pm): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn } (California; 24 hours): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta } legal hotline (Georgia): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn } (Colorado and southern Wyoming; 24 hours): { $phone }
