### Organisations people can call. Names are terms (terms.ftl).

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-icirr = Линия для семей { -org-icirr } (Иллинойс; звонок/SMS, 24 ч): { $phone }

# Variables:
#   $phone (String) - The line's phone number, as people dial it.
referrals-ice-dril = Линия { -org-ice } по вопросам задержания (будни 8:00-20:00 по восточному времени; говорят по-испански): { $phone }

# Variables:
#   $phone (String) - The organisation's phone number, as people dial it.
referrals-flic = Линия для иммигрантов { -org-flic } (Флорида): { $phone }

# Variables:
#   $phone (String) - The line's number (988), as people dial it.
referrals-988 = { -org-988 } (звонок/SMS; по-испански: нажмите 2 или напишите AYUDA): { $phone }
