### About this information: its limits, emergencies, and review.
### Sources are recorded on the node in flows/limits.yaml.

limits-not-advice = This is general information, not legal advice. For your own case, talk to a lawyer.
limits-emergency = In an emergency, call 911: when someone needs police, fire or an ambulance right now. If you are not sure, call and they will decide.
limits-choice-privacy = Your privacy here
    .keywords = privacy
# Update this date whenever the flows' reviewed dates change.
limits-reviewed = This information was last checked against its sources in December 2026.
