"""Cutting a node's SMS reply into pages that each fit the segment budget, with a More option.

A text in Arabic, Russian, Hindi or Chinese travels as UCS-2: 67 characters a segment instead of
153. Replies written for English would cost twice as many segments, so on SMS they are shown a
page at a time. Pages are cut between messages, never inside one, and only where needed.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from bot.conversation import Choice, Reply, Say
from bot.localization import Localizer
from bot.render import render, sms_text
from bot.sms import Segments, fold_to_gsm7, plain_punctuation, segments

MAX_REPLY_SEGMENTS = 3  # a reply longer than this costs people and carriers too much
MAX_MENU_SEGMENTS = 2


@dataclass(frozen=True)
class SmsBudget:
    """Measures replies as SMS would carry them in a deployment (folded where allowed)."""

    localizer: Localizer
    fold_locales: frozenset[str]

    def measure(self, reply: Reply) -> tuple[Segments, Segments]:
        """Segments of the whole reply and of its menu alone."""
        rendered = render(reply, self.localizer)
        finish = fold_to_gsm7 if reply.locale in self.fold_locales else plain_punctuation
        menu = "\n".join(f"{key}) {label}" for key, label in rendered.options)
        return segments(finish(sms_text(rendered))), segments(finish(menu))

    def fits(self, reply: Reply) -> bool:
        """True if the reply is within 3 segments and its menu within 2."""
        whole, menu = self.measure(reply)
        return whole.count <= MAX_REPLY_SEGMENTS and menu.count <= MAX_MENU_SEGMENTS


def paginate(budget: SmsBudget, locale: str, messages: Sequence[Say],
             choices: tuple[Choice, ...], page_choices: tuple[Choice, ...],
             first_prefix: tuple[Say, ...] = ()) -> tuple[int, ...]:
    """The index of the first message of each page: (0,) when the whole reply fits.

    Every page but the last offers `page_choices` (More, Main menu); the last offers the node's
    own `choices`. The first page keeps room for `first_prefix` (a notice that may precede it).
    A message too long for any page still gets a page of its own; `kyr check` reports it.
    """
    if budget.fits(Reply(locale, (*first_prefix, *messages), choices)):
        return (0,)
    starts = [0]
    for index in range(1, len(messages) + 1):
        start = starts[-1]
        prefix = first_prefix if start == 0 else ()
        last = index == len(messages)
        page = Reply(locale, (*prefix, *messages[start:index]), choices if last else page_choices)
        if budget.fits(page) or index - start == 1:
            continue
        starts.append(index - 1)  # the message that overflowed opens the next page
    return tuple(starts)
