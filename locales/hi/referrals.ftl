### Organizations people can call or look up. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-icirr = { -org-icirr } परिवार हेल्पलाइन (Illinois; कॉल, 24 घंटे): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = { -org-ice } की हिरासत रिपोर्टिंग और सूचना लाइन (सोम-शुक्र सुबह 8-रात 8, ईस्टर्न टाइम; स्पेनिश में भी): { $phone }

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-flic = { -org-flic } की प्रवासी हेल्पलाइन (Florida): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (कॉल/SMS; स्पेनिश में: 2 दबाएँ या AYUDA लिखें): { $phone }

# A web page, not a phone: the government's list of groups that give free legal help.
# Variables:
#   $web (String) - The page's address, as people type it.
referrals-eoir-probono = पास में मुफ्त कानूनी मदद, US न्याय विभाग की सूची में: { $web }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-eoir-case = इमिग्रेशन कोर्ट की तारीखें और केस स्टेटस, 24 घंटे (A-number तैयार रखें): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc } (Tennessee): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp } (New Mexico): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj } (Iowa): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = { -org-ny-new-americans } (New York): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn } (California): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta } (Georgia): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn } (Colorado, Wyoming): { $phone }
