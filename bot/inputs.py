"""Free text a node may accept, by declared kind, parsed to a short canonical value."""

import re
from collections.abc import Callable
from functools import cache
from typing import Any

import zipcodes

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
# Spanish names of the states whose name differs from the English one (accents are ignored).
US_STATES_ES: dict[str, str] = {
    "DC": "distrito de columbia", "HI": "hawai", "LA": "luisiana", "MI": "michigan",
    "MS": "misisipi", "MO": "misuri", "NJ": "nueva jersey", "NM": "nuevo mexico",
    "NY": "nueva york", "NC": "carolina del norte", "SC": "carolina del sur",
    "ND": "dakota del norte", "SD": "dakota del sur", "OR": "oregon", "PA": "pensilvania",
    "PR": "puerto rico", "WV": "virginia occidental", "NH": "nuevo hampshire",
}
_STATE_BY_WORDS = (
    {name: code for code, name in US_STATES.items()}
    | {name: code for code, name in US_STATES_ES.items()}
    | {code.lower(): code for code in US_STATES}
)


@cache
def _zip_states() -> dict[str, str]:
    """ZIP code to state, from the zipcodes package's offline data (read once, at start-up)."""
    entries: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # untyped upstream
    return {entry["zip_code"]: entry["state"] for entry in entries}


def warm() -> None:
    """Load the ZIP table now, so no message ever waits for (or does) file I/O."""
    _zip_states()


def parse_zip(text: str) -> str | None:
    """The state of a five-digit US ZIP code (ZIP+4 accepted), or None if there is no such ZIP."""
    match = _ZIP.match(normalize(text))
    return _zip_states().get(match.group(1)) if match else None


def parse_us_state(text: str) -> str | None:
    """A US state's two-letter code from its code or its English or Spanish name, or None."""
    return _STATE_BY_WORDS.get(normalize(text))


def parse_us_place(text: str) -> str | None:
    """A state code from a ZIP code or a state's name or code."""
    return parse_zip(text) or parse_us_state(text)


# Every kind gives back a US state's two-letter code: the only thing the bot uses it for.
PARSERS: dict[str, Callable[[str], str | None]] = {
    "zip": parse_zip, "us_state": parse_us_state, "us_place": parse_us_place,
}
