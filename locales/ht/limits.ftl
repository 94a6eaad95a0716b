### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = Sa a se enfòmasyon jeneral, se pa konsèy legal. Pou pwòp ka pa ou, pale ak yon avoka.
limits-emergency = Nan yon ijans, rele 911: lè yon moun bezwen lapolis, ponpye oswa yon anbilans kounye a menm. Si ou pa sèten, rele, y ap deside.
limits-choice-privacy = Vi prive ou isit la
    .keywords = vi prive, konfidansyalite
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = Dènye fwa yo te verifye enfòmasyon sa a ak sous li yo, se te nan mwa novanm 2026.
