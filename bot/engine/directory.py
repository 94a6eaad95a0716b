"""Which lines a person is offered: the one rule, used by every node, HELP and the rescue."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.content.flows import Referral

NATIONAL = "US"  # the region of entries that serve the whole country
# HELP and the rescue after repeated misses name at most this many of the state's own lines, so
# that the reply fits one SMS budget in every language wherever the person is.
HOTLINE_STATE_LINES = 2


@dataclass(frozen=True)
class Directory:
    """The referral entries of a deployment, in the order organizers listed them."""

    entries: Mapping[str, Referral]

    def serving(self, region: str, services: Iterable[str] = ()) -> tuple[Referral, ...]:
        """Entries that serve a region (a state's code, or US), of the given services if any."""
        wanted = frozenset(services)
        return tuple(entry for entry in self.entries.values()
                     if region in entry.region and (not wanted or wanted & set(entry.services)))

    def national(self, services: Iterable[str] = ()) -> tuple[Referral, ...]:
        """The lines that serve the whole country."""
        return self.serving(NATIONAL, services)

    def hotlines(self, region: str, services: Iterable[str]) -> tuple[Referral, ...]:
        """For HELP and the rescue: the first lines of the person's state when the conversation
        knows it and one is listed there, the national ones otherwise; never one state's line
        to someone who is elsewhere."""
        services = tuple(services)
        local = self.serving(region, services)[:HOTLINE_STATE_LINES] if region else ()
        return local or self.national(services)
