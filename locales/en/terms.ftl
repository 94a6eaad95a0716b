### Names of organisations. Translate only if the organisation uses a translated name itself.

-org-icirr = ICIRR
-org-mri = Medical Review for Immigrants
-org-nylpi-network = the Medical Provider Network of New York Lawyers for the Public Interest
-org-ice = ICE
-org-flic = Florida Immigrant Coalition
-org-988 = 988 Suicide & Crisis Lifeline
-org-tirrc = TIRRC
-org-sfdp = Santa Fe Dreamers Project
-org-iowa-mmj = Iowa Migrant Movement for Justice
-org-ny-new-americans = New Americans Hotline
-org-santa-clara-rrn = Santa Clara County Rapid Response Network
-org-aaaj-atlanta = Asian Americans Advancing Justice-Atlanta
-org-colorado-rrn = Colorado Rapid Response Network
