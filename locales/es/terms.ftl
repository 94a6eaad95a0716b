### Nombres de organizaciones. Tradúzcalos solo si la organización usa ese nombre traducido.

-org-icirr = ICIRR
-org-mri = Medical Review for Immigrants
-org-nylpi-network = la Red de Proveedores Médicos de New York Lawyers for the Public Interest
-org-ice = ICE
-org-flic = Florida Immigrant Coalition
-org-988 = 988 Suicide & Crisis Lifeline
