"""`kyr check` for the safety net: one node for each crisis, its signs in every language, and
its reply on one SMS page, with the number to call in every translation."""

import re
from collections.abc import Iterator

from bot.content.flows import FlowSet
from bot.content.fluentindex import LocaleIndex
from bot.content.localization import FALLBACK_LOCALE
from bot.content.problems import Problem
from bot.engine.catalog import Catalog
from bot.engine.engine import Engine
from bot.engine.keywords import KEYWORDS_ATTRIBUTE
from bot.engine.render import BUTTONS
from bot.engine.safety import Crisis, signs_id
from bot.engine.sms import MAX_REPLY_SEGMENTS
from bot.engine.text import split_keywords

MIN_SIGNS = 10  # phrases per language and crisis: fewer cannot recognise what people write
_NUMBER = re.compile(r"\d{3,}")


def check_safety_nodes(flows: FlowSet) -> list[Problem]:
    """Exactly one node answers each crisis."""
    problems = []
    for crisis in Crisis:
        nodes = [(flow, node) for flow in flows.flows.values() for node in flow.nodes.values()
                 if node.safety == crisis.value]
        if not nodes:
            entry = flows.entry
            problems.append(Problem(entry.path, entry.line, f"no node says `safety: {crisis.value}`: "
                                    f"a message telling of {crisis.value} would get no number to "
                                    "call; add the node (see flows/crisis.yaml)"))
        for flow, node in nodes[1:]:
            problems.append(Problem(flow.path, node.line, f"a second node says `safety: "
                                    f"{crisis.value}`; keep one"))
    return problems


def signs_usages(flows: FlowSet) -> Iterator[tuple[str, str, int]]:
    """The signs every language must list, with the flow line of the node they lead to."""
    for flow in flows.flows.values():
        for node in flow.nodes.values():
            if node.safety:
                yield signs_id(Crisis(node.safety)), flow.path, node.line


def check_safety(catalog: Catalog, indexes: dict[str, LocaleIndex], sms_fold: bool) -> list[Problem]:
    """Enough signs in every language, the reply on one SMS page even with the longest topic
    offered after it, and every number of the English text in each translation."""
    engine = Engine(catalog, sms_fold=sms_fold)
    topics = catalog.understanding.topics
    problems: list[Problem] = []
    for locale, index in indexes.items():
        for crisis in Crisis:
            entry = index.entries.get(signs_id(crisis))
            count = catalog.signs.count(locale, crisis)
            if entry is not None and count < MIN_SIGNS:
                problems.append(Problem(entry.path, entry.line, f"in {locale}, only {count} signs "
                                        f"of {crisis.value}; list at least {MIN_SIGNS}, as people "
                                        "write them"))
            said = engine.safety_messages(crisis)
            problems += _numbers_kept(catalog, said, index)
            longest = max(topics, key=lambda t: len(catalog.localizer.format(locale, t.label)),
                          default=None)
            reply = engine.preview_crisis(crisis, locale, longest)
            whole, _menu = engine.sms.measure(reply)
            if whole.count > MAX_REPLY_SEGMENTS:
                where = index.entries.get(said[0]) if said else None
                problems.append(Problem(where.path if where else f"locales/{locale}",
                                        where.line if where else 1,
                                        f"in {locale}, the {crisis.value} reply takes {whole.count} "
                                        f"SMS segments ({whole.encoding}, {whole.units} units) with "
                                        f"a topic offered after it; the limit is "
                                        f"{MAX_REPLY_SEGMENTS}, on one page, so the number is never "
                                        "behind More: shorten it"))
    return problems


def check_shadowed(catalog: Catalog, indexes: dict[str, LocaleIndex]) -> list[Problem]:
    """No button, option keyword or command word may show a sign: a person pressing it would
    get the crisis reply instead of what they chose (signs come before options)."""
    problems = []
    localizer = catalog.localizer
    labels = {option.label for flow in catalog.flows.flows.values()
              for node in flow.nodes.values() for option in node.options}
    for locale, index in indexes.items():
        for label in sorted(labels):
            if not localizer.has(locale, label):
                continue
            words = [localizer.format(locale, label), localizer.format_variant(locale, label, BUTTONS),
                     *split_keywords(localizer.attribute(locale, label, KEYWORDS_ATTRIBUTE) or "")]
            for word in words:
                sign = catalog.signs.find(word)
                if sign is not None:
                    entry = index.entries.get(label)
                    problems.append(Problem(entry.path if entry else f"locales/{locale}",
                                            entry.line if entry else 1,
                                            f"in {locale}, {word!r} shows a sign of {sign.crisis.value} "
                                            f"(locales/{sign.locale}/crisis.ftl): choosing it would get "
                                            "the crisis reply; make the sign or the label more specific"))
                    break
    return problems


def _numbers_kept(catalog: Catalog, message_ids: tuple[str, ...], index: LocaleIndex
                  ) -> list[Problem]:
    """A number to call in the English text (911, 988) must be in the translation as written."""
    problems = []
    localizer = catalog.localizer
    for message_id in message_ids:
        entry = index.entries.get(message_id)
        if entry is None or index.locale == FALLBACK_LOCALE:
            continue
        english = localizer.format(FALLBACK_LOCALE, message_id)
        translated = localizer.format(index.locale, message_id)
        missing = sorted(set(_NUMBER.findall(english)) - set(_NUMBER.findall(translated)))
        if missing:
            problems.append(Problem(entry.path, entry.line, f"{message_id!r} in {index.locale} "
                                    f"lacks {', '.join(missing)}, which the English gives: a number "
                                    "to call must be written in digits in every language"))
    return problems
