"""The Fluent wrapper: built once, warmed, no bidi marks, safe under threads."""

import threading

from bot.content.localization import load_localizer
from bot.engine.catalog import Catalog
from tests.conftest import REPO


def test_no_bidi_isolation_marks_in_rendered_text(catalog: Catalog) -> None:
    text = catalog.localizer.format("en", "referrals-icirr", {"phone": "855-435-7693"})
    assert "\u2068" not in text and "\u2069" not in text
    assert text.endswith(": 855-435-7693")


def test_every_message_is_compiled_at_start(catalog: Catalog) -> None:
    for locale in catalog.localizer.locales:
        bundle = catalog.localizer._bundles[locale]
        assert set(bundle._messages) <= set(bundle._compiled)


def test_first_use_from_many_threads_gives_the_same_text() -> None:
    localizer = load_localizer(REPO / "locales")
    expected = localizer.format("es", "officers-silent")
    results: list[str] = []

    def worker() -> None:
        for _ in range(200):
            results.append(localizer.format("es", "officers-silent"))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {expected} and len(results) == 1600
