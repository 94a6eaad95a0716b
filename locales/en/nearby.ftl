### Find help near you.

nearby-ask = Send your ZIP code or the name of your state.
# Variables:
#   $value (String) - The name of the state the person gave, in this language, such as Illinois.
nearby-results = Lines that can help in { $value }:
nearby-choice-national = Lines for the whole U.S.
    .keywords = national, usa
nearby-national = Lines that serve the whole U.S.:
