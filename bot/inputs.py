"""Free text a node may accept, by declared kind, parsed to a short canonical value."""

import re
from collections.abc import Callable

from bot.text import normalize

_ZIP = re.compile(r"^(\d{5})(?:[- ]?\d{4})?$")

# USPS two-letter codes and English names of the states, DC and Puerto Rico.
US_STATES: dict[str, str] = {
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
    "CO": "colorado", "CT": "connecticut", "DE": "delaware", "DC": "district of columbia",
    "FL": "florida", "GA": "georgia", "HI": "hawaii", "ID": "idaho", "IL": "illinois",
    "IN": "indiana", "IA": "iowa", "KS": "kansas", "KY": "kentucky", "LA": "louisiana",
    "ME": "maine", "MD": "maryland", "MA": "massachusetts", "MI": "michigan", "MN": "minnesota",
    "MS": "mississippi", "MO": "missouri", "MT": "montana", "NE": "nebraska", "NV": "nevada",
    "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico", "NY": "new york",
    "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
    "OR": "oregon", "PA": "pennsylvania", "PR": "puerto rico", "RI": "rhode island",
    "SC": "south carolina", "SD": "south dakota", "TN": "tennessee", "TX": "texas",
    "UT": "utah", "VT": "vermont", "VA": "virginia", "WA": "washington",
    "WV": "west virginia", "WI": "wisconsin", "WY": "wyoming",
}
_STATE_BY_WORDS = {name: code for code, name in US_STATES.items()} | {
    code.lower(): code for code in US_STATES
}


def parse_zip(text: str) -> str | None:
    """A five-digit US ZIP code (ZIP+4 accepted, the suffix dropped), or None."""
    match = _ZIP.match(normalize(text))
    return match.group(1) if match else None


def parse_us_state(text: str) -> str | None:
    """A US state's two-letter code from its code or English name, or None."""
    return _STATE_BY_WORDS.get(normalize(text))


PARSERS: dict[str, Callable[[str], str | None]] = {"zip": parse_zip, "us_state": parse_us_state}
