"""Drawing the rights cards, beside the content build they are part of, in the same run.

Usage: python -m tests.benchmarks.cards [--rounds 3]

The baseline is the whole check and build of the bundled content with the cards already kept in
the cache (what an edit that leaves the card alone costs); beside it, drawing every language's
card (what an edit of the card's words adds). Each keeps its best round.
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    """Time both, print seconds, sizes and the ratio."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.environ["KYR_CACHE_DIR"] = tempfile.mkdtemp(prefix="kyr-cards-")
    from bot.release.card import render_cards
    from bot.release.check import check_and_build
    from bot.release.check_card import card_font

    checked = check_and_build(REPO)  # draws the cards once and keeps them
    catalog = checked.catalog
    assert catalog is not None and catalog.flows.card is not None, checked.problems
    families = {locale: card_font(catalog, locale) for locale in catalog.localizer.locales}
    build = draw = float("inf")
    for _ in range(args.rounds):
        started = time.perf_counter()
        check_and_build(REPO)
        build = min(build, time.perf_counter() - started)
        started = time.perf_counter()
        pictures = render_cards(catalog.flows.card, catalog.localizer, families)
        draw = min(draw, time.perf_counter() - started)
    sizes = sorted(len(picture) // 1024 for picture in pictures.values())
    print(f"{'':42}{'seconds':>8}{'x build':>9}")
    print(f"{'check and build, cards already kept':42}{build:8.2f}{1.0:8.2f}x")
    print(f"{f'draw the cards ({len(pictures)} languages)':42}{draw:8.2f}{draw / build:8.2f}x")
    print(f"per language {draw / len(pictures):.3f} s; pictures {sizes[0]} to {sizes[-1]} KB")


if __name__ == "__main__":
    main()
