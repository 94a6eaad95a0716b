### Nombres de organizaciones. Tradúzcalos solo si la organización usa ese nombre traducido.

-org-icirr = Illinois Coalition for Immigrant and Refugee Rights
