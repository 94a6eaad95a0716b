### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = Это общая информация, а не юридическая консультация. По своему делу обратитесь к адвокату.
limits-emergency = В экстренном случае звоните 911: когда прямо сейчас нужна полиция, пожарные или скорая. Если не уверены, звоните: там решат.
limits-choice-privacy = Приватность
    .keywords = конфиденциальность, данные
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = Эта информация последний раз сверена с источниками в ноябре 2026 г.
