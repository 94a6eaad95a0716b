"""Cutting a node's SMS reply into pages that each fit the segment budget, with a More option.

A text in Arabic, Russian, Hindi or Chinese travels as UCS-2: 67 characters a segment instead of
153. Replies written for English would cost twice as many segments, so on SMS they are shown a
page at a time. Pages are cut between messages, never inside one, and only where needed.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.conversation import Choice, Reply, Say
from bot.localization import Localizer
from bot.render import render, sms_text
from bot.sms import Segments, fold_to_gsm7, plain_punctuation, segments

MAX_REPLY_SEGMENTS = 3  # a reply longer than this costs people and carriers too much
MAX_MENU_SEGMENTS = 2
MEASURED_KEPT = 100_000


def _shape(reply: Reply) -> tuple[object, ...]:
    """A hashable copy of a reply: the same shape always measures the same."""
    return (reply.locale,
            tuple((say.id, tuple(say.args.items()), say.locale) for say in reply.messages),
            tuple((choice.key, choice.label.id, tuple(choice.label.args.items()))
                  for choice in reply.choices))


@dataclass(frozen=True)
class SmsBudget:
    """Measures replies as SMS would carry them in a deployment (folded where allowed)."""

    localizer: Localizer
    fold_locales: frozenset[str]
    # Pages are cut at start-up and `kyr check` measures every reply: many are measured again.
    _measured: dict[tuple[object, ...], tuple[Segments, Segments]] = field(
        default_factory=dict, compare=False, repr=False)

    def measure(self, reply: Reply) -> tuple[Segments, Segments]:
        """Segments of the whole reply and of its menu alone."""
        shape = _shape(reply)
        measured = self._measured.get(shape)
        if measured is None:
            if len(self._measured) > MEASURED_KEPT:
                self._measured.clear()
            measured = self._measured[shape] = self._measure(reply)
        return measured

    def _measure(self, reply: Reply) -> tuple[Segments, Segments]:
        """Render, finish as SMS and count."""
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
