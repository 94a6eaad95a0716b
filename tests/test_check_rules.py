"""`kyr check`'s rules, each broken both ways it can be: a translation that loses a variable (not
only one that renames it), the age at which a number becomes stale (not only a year later), a
state's own page measured for that state, and HELP left with no line for the whole country."""

from datetime import date, timedelta
from pathlib import Path

from bot.release.check import check_content
from tests.conftest import REPO
from tests.test_check import edit, errors


def problems(root: Path, today: date | None = None) -> list[str]:
    return [str(p) for p in check_content(root, today=today)]


def test_a_translation_that_leaves_out_the_phone_number_is_reported(content_copy: Path) -> None:
    # "Línea de apoyo a familias de ICIRR (Illinois; llamada, 24 horas):" and no number at all.
    edit(content_copy / "locales/es/referrals.ftl", "(Illinois; llamada, 24 horas): { $phone }",
         "(Illinois; llamada, 24 horas):")
    found = errors(content_copy)
    assert any(e.startswith("locales/es/referrals.ftl:5: 'referrals-icirr' uses no variables but "
                            "English uses $phone") for e in found), found


def test_a_number_is_stale_after_180_days_not_before() -> None:
    verified = date(2026, 11, 22)  # flows/referrals.yaml: icirr's verified date
    stale = "icirr: the number was last verified"
    assert not any(stale in p for p in problems(REPO, verified + timedelta(days=180)))
    late = [p for p in problems(REPO, verified + timedelta(days=181)) if stale in p]
    assert late and all("warning:" in p and "181 days ago" in p for p in late), late


def test_a_state_name_too_long_for_the_no_listing_page_is_reported_for_that_state(
        content_copy: Path) -> None:
    # Nothing is listed for DC: its page says so, naming the state, then the national lines.
    edit(content_copy / "locales/ar/places.ftl", "places-dc = واشنطن العاصمة",
         "places-dc = واشنطن العاصمة " + "ا" * 120)
    found = errors(content_copy)
    assert any("in ar, node 'results' for DC" in e for e in found), found
    assert not any("for TX" in e for e in found)


def test_help_without_any_national_line_is_refused(content_copy: Path) -> None:
    edit(content_copy / "flows/main.yaml", "hotline_services: [legal, rapid_response, family_support]",
         "hotline_services: [medical]")
    found = errors(content_copy)
    assert any(e.startswith("flows/main.yaml:1: no line in flows/referrals.yaml serves the whole U.S. "
                            "with one of medical") for e in found), found
