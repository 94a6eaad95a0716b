### Organizations people can call or look up. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-icirr = Линия для семей { -org-icirr } (Иллинойс; звонок, 24 ч): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = Линия { -org-ice } по вопросам задержания (будни 8:00-20:00 по восточному времени; говорят по-испански): { $phone }

# Variables:
#   $phone (String) - The organization's phone number, as people dial it.
referrals-flic = Линия для иммигрантов { -org-flic } (Флорида): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (звонок/SMS; по-испански: нажмите 2 или напишите AYUDA): { $phone }

# A web page, not a phone: the government's list of groups that give free legal help.
# Variables:
#   $web (String) - The page's address, as people type it.
referrals-eoir-probono = Бесплатная юр. помощь рядом, в списке Минюста США: { $web }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-eoir-case = Даты иммиграционного суда и статус дела, 24 ч (приготовьте A-number): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-tirrc = { -org-tirrc } (Теннесси): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-sfdp = { -org-sfdp } (Нью-Мексико): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-iowa-mmj = { -org-iowa-mmj } (Айова): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ny-new-americans = { -org-ny-new-americans } (Нью-Йорк): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-santa-clara-rrn = { -org-santa-clara-rrn } (Калифорния): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-aaaj-atlanta = { -org-aaaj-atlanta } (Джорджия): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-colorado-rrn = { -org-colorado-rrn } (Колорадо, Вайоминг): { $phone }
