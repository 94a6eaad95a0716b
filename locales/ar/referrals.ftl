### Organizations people can call or look up. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-icirr = خط دعم الأسر لدى { -org-icirr } (إلينوي؛ اتصال، 24 ساعة): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = خط { -org-ice } للإبلاغ والمعلومات عن الاحتجاز (الاثنين إلى الجمعة، 8 صباحًا إلى 8 مساءً بالتوقيت الشرقي؛ يتحدثون الإسبانية): { $phone }

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-flic = خط المهاجرين لدى { -org-flic } (فلوريدا): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = خط { -org-988 } (اتصال أو رسالة؛ للإسبانية اضغط 2 أو أرسل AYUDA): { $phone }

# A web page, not a phone: the government's list of groups that give free legal help.
# Variables:
#   $web (String) - The page's address, as people type it.
referrals-eoir-probono = مساعدة قانونية مجانية قربك، في قائمة وزارة العدل الأمريكية: { $web }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-eoir-case = مواعيد محكمة الهجرة وحالة القضية، 24 ساعة (جهّز رقم الأجنبي A-number): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = خط { -org-tirrc } (تينيسي): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = خط { -org-sfdp } (نيومكسيكو): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = خط { -org-iowa-mmj } (آيوا): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = خط { -org-ny-new-americans } (نيويورك): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = خط { -org-santa-clara-rrn } (كاليفورنيا): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = خط { -org-aaaj-atlanta } (جورجيا): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = خط { -org-colorado-rrn } (كولورادو، وايومنغ): { $phone }
