### Names of organisations. Translate only if the organisation uses a translated name itself.

-org-icirr = Illinois Coalition for Immigrant and Refugee Rights
