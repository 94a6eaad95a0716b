### Organisations people can call. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-icirr = { -org-icirr } परिवार हेल्पलाइन (कॉल/SMS, 24 घंटे): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = { -org-ice } की हिरासत रिपोर्टिंग और सूचना लाइन (सोम-शुक्र सुबह 8-रात 8, ईस्टर्न टाइम; स्पेनिश में भी): { $phone }

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-flic = { -org-flic } की प्रवासी हेल्पलाइन (Florida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (कॉल/SMS; स्पेनिश में: 2 दबाएँ या AYUDA लिखें): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc } (टेनेसी): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp } (न्यू मैक्सिको): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj } (आयोवा): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = { -org-ny-new-americans } (न्यूयॉर्क): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn } (कैलिफोर्निया): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta } (जॉर्जिया): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn } (कोलोराडो, व्योमिंग): { $phone }
