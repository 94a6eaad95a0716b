### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = यह आम जानकारी है, कानूनी सलाह नहीं। अपने केस के लिए वकील से बात करें।
limits-emergency = इमरजेंसी में 911 पर कॉल करें: जब किसी को अभी पुलिस, फायर ब्रिगेड या एम्बुलेंस चाहिए। पक्का न हो तो भी कॉल करें, वे तय करेंगे।
limits-choice-privacy = प्राइवेसी
    .keywords = गोपनीयता, privacy
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = यह जानकारी आखिरी बार नवंबर 2026 में उसके स्रोतों से मिलाकर जाँची गई।
