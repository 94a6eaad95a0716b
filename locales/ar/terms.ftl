### Names of organisations. Translate only if the organisation uses a translated name itself.

-org-icirr = ICIRR
-org-mri = Medical Review for Immigrants
-org-nylpi-network = Medical Provider Network of New York Lawyers for the Public Interest
-org-ice = ICE
-org-flic = Florida Immigrant Coalition
-org-988 = 988 Suicide & Crisis Lifeline
