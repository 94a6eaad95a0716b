"""`kyr check`: clean on the shipped content, precise file:line messages when content breaks."""

import json
import re
from pathlib import Path

import pytest

from bot.content.problems import ContentError, Severity
from bot.engine.catalog import build_catalog
from bot.engine.engine import Engine
from bot.release.check import check_content
from bot.release.load import load_catalog
from bot.tools.cli import main
from tests.conftest import REPO


def errors(root: Path) -> list[str]:
    return [str(p) for p in check_content(root) if p.severity is Severity.ERROR]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_shipped_content_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "content is clean" in capsys.readouterr().err


def test_a_deleted_spanish_message_is_reported_where_it_is_used(content_copy: Path) -> None:
    edit(content_copy / "locales/es/officers.ftl",
         "officers-no-sign = No firme nada antes de hablar con un abogado.\n", "")
    used_at = line_of(content_copy / "flows/officers.yaml", "- officers-no-sign")
    english = line_of(content_copy / "locales/en/officers.ftl", "officers-no-sign =")
    assert errors(content_copy) == [
        f"flows/officers.yaml:{used_at}: message 'officers-no-sign' is missing from "
        f"locales/es/officers.ftl; add it there (English text: locales/en/officers.ftl:{english})"
    ]
    assert main(["check", "--root", str(content_copy)]) == 1
    with pytest.raises(ContentError, match="officers-no-sign"):
        load_catalog(content_copy)


def test_a_next_that_points_nowhere_is_reported_at_its_line(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    line = line_of(flow, "next: warrant")
    edit(flow, "next: warrant", "next: warant")
    found = errors(content_copy)
    assert f"flows/officers.yaml:{line - 1}: `next: warant` points nowhere: officers has no " \
           "node called 'warant'; did you mean 'warrant'?" in found


def test_an_unreachable_node_and_a_dead_end_are_reported(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    edit(flow, "  lawyer:\n", "  orphan:\n    say: [officers-intro]\n    sources:\n"
               "      - {title: Test source, url: 'https://example.org'}\n"
               "    jurisdiction: US\n    reviewed: 2026-01-01\n    review_by: 2099-01-01\n  lawyer:\n")
    edit(content_copy / "flows/detention.yaml", "    end: true\n", "")  # the first: parole
    found = "\n".join(errors(content_copy))
    assert "node 'orphan' cannot be reached from the main menu" in found
    assert "from node 'parole' no option leads back to the main menu" in found


def test_schema_errors_name_the_line_and_the_key(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    line = line_of(flow, "  public:")
    edit(flow, "  public:\n    route: urgent\n    say:", "  public:\n    route: urgent\n    sya:")
    assert errors(content_copy) == [
        f"flows/officers.yaml:{line}: nodes/public: Additional properties are not allowed "
        "('sya' was unexpected); 'sya': did you mean 'say'?"
    ]


def test_yaml_syntax_errors_have_a_line_not_a_traceback(content_copy: Path) -> None:
    edit(content_copy / "flows/main.yaml", "  language:\n", "  language\n")
    found = errors(content_copy)
    assert len(found) == 1 and found[0].startswith("flows/main.yaml:")
    assert "not valid YAML" in found[0]


def test_fluent_syntax_errors_are_located(content_copy: Path) -> None:
    ftl = content_copy / "locales/es/main.ftl"
    line = line_of(ftl, "main-menu-prompt")
    edit(ftl, "main-menu-prompt = ¿Qué", "main-menu-prompt = { ¿Qué")
    found = errors(content_copy)
    assert any(f.startswith(f"locales/es/main.ftl:{line}: Fluent syntax error") for f in found)


def test_translated_variable_names_are_reported(content_copy: Path) -> None:
    ftl = content_copy / "locales/es/referrals.ftl"
    edit(ftl, "{ $phone }", "{ $telefono }")
    edit(ftl, "#   $phone (String)", "#   $telefono (String)")
    found = "\n".join(errors(content_copy))
    assert "locales/es/referrals.ftl:5: 'referrals-icirr' uses $telefono but English uses $phone" \
        in found


def test_variables_need_a_comment_for_translators(content_copy: Path) -> None:
    edit(content_copy / "locales/en/referrals.ftl", "# Variables:\n#   $phone (String) - The "
         "organization's phone number, as people dial it.\n", "")
    assert any("has no `# Variables:` comment explaining $phone" in f
               for f in errors(content_copy))


def test_keyword_collisions_are_reported_per_language(content_copy: Path) -> None:
    edit(content_copy / "locales/es/command.ftl", "command-back = atrás,", "command-back = inicio, atrás,")
    found = errors(content_copy)
    assert any("in es, 'inicio' means both the menu command (command-menu) and the back command "
               "(command-back)" in f for f in found)


def test_option_keywords_that_shadow_commands_are_reported(content_copy: Path) -> None:
    edit(content_copy / "locales/en/officers.ftl", ".keywords = lawyer, attorney",
         ".keywords = lawyer, attorney, help")
    found = errors(content_copy)
    assert any("in en at officers/silent, 'help' means both option 1 (officers-choice-lawyer)"
               in f for f in found)


def test_facts_without_sources_are_refused(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    text = flow.read_text(encoding="utf-8")
    start = text.index("  warrant:")
    block_start = text.index("    sources:", start)
    block_end = text.index("  inside:", start)
    flow.write_text(text[:block_start] + text[block_end:], encoding="utf-8")
    assert any("node 'warrant' states facts but records no `sources:`" in f
               for f in errors(content_copy))


def test_content_past_its_review_date_is_flagged(content_copy: Path) -> None:
    from datetime import date

    later = [str(p) for p in check_content(content_copy, today=date(2027, 6, 10))]
    assert any("node 'door' was due for review on 2027-06-02" in p and "warning:" in p for p in later)
    assert not any("due for review" in str(p) for p in check_content(content_copy,
                                                                       today=date(2027, 3, 1)))


def test_facts_need_a_jurisdiction_and_review_dates(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    edit(flow, "      - officers-public-anyway\n    options:\n      - label: officers-choice-silent\n"
               "        next: silent\n    jurisdiction: US\n",
         "      - officers-public-anyway\n    options:\n      - label: officers-choice-silent\n"
         "        next: silent\n")
    assert any("node 'public' needs jurisdiction" in e for e in errors(content_copy))


def test_referral_numbers_must_be_real_numbers_recently_verified(content_copy: Path) -> None:
    from datetime import date

    referrals = content_copy / "flows/referrals.yaml"
    edit(referrals, '"+18554357693"', '"+15555550123"')
    assert any("icirr: +15555550123 is not a valid phone number" in e for e in errors(content_copy))
    edit(referrals, '"+15555550123"', '"+18554357693"')
    stale = [str(p) for p in check_content(content_copy, today=date(2027, 12, 1))]
    assert any("icirr: the number was last verified" in p and "warning:" in p for p in stale)


def test_a_referral_without_a_source_is_refused(content_copy: Path) -> None:
    referrals = content_copy / "flows/referrals.yaml"
    text = referrals.read_text(encoding="utf-8")
    start, end = text.index("    sources:"), text.index("    verified:")
    referrals.write_text(text[:start] + text[end:], encoding="utf-8")
    assert any("'sources' is a required property" in e for e in errors(content_copy))


def test_a_message_too_long_for_one_sms_page_is_refused(content_copy: Path) -> None:
    ftl = content_copy / "locales/es/officers.ftl"
    edit(ftl, "officers-no-sign = No firme nada antes de hablar con un abogado.",
         "officers-no-sign = No firme nada antes de hablar con un abogado. " + "Repita esto. " * 30)
    line = line_of(content_copy / "flows/officers.yaml", "  silent:")
    found = errors(content_copy)
    page = re.compile(rf"flows/officers.yaml:{line}: in es, node 'silent' \(SMS page \d of \d\) takes ")
    assert any(page.match(e) and "the limit is 3: shorten its messages in locales/es/officers.ftl, "
               "or split a long message in two" in e for e in found), found


def test_a_reply_of_short_messages_is_cut_into_pages_not_refused(content_copy: Path) -> None:
    ftl = content_copy / "locales/es/officers.ftl"
    edit(ftl, "officers-no-sign = No firme nada antes de hablar con un abogado.",
         "officers-no-sign = No firme nada antes de hablar con un abogado. " + "Repita esto. " * 8)
    assert not [e for e in errors(content_copy) if "node 'silent'" in e]
    engine = Engine(build_catalog(content_copy), sms_fold=False)
    assert len(engine.sms_pages("officers", "silent", "es")) > 1


def test_a_menu_longer_than_two_segments_is_refused(content_copy: Path) -> None:
    edit(content_copy / "locales/en/main.ftl", "main-choice-staff = For clinic staff",
         "main-choice-staff = For clinic staff " + "and everyone who works with them " * 10)
    assert any("in en, the menu of the first reply takes" in e and "the limit is 2" in e
               for e in errors(content_copy))


def test_every_language_states_its_review_status(content_copy: Path) -> None:
    (content_copy / "locales/es/locale.yaml").unlink()
    assert any(e.startswith("locales/es/locale.yaml:1: missing") for e in errors(content_copy))


def test_with_folding_turned_off_the_check_measures_unfolded_text() -> None:
    assert not [p for p in check_content(REPO) if "SMS segments" in p.message]
    unfolded = [p.message for p in check_content(REPO, sms_fold=False) if "SMS segments" in p.message]
    assert any(m.startswith("in es, ") and "UCS-2" in m for m in unfolded)
    assert not any(m.startswith("in en, ") for m in unfolded)  # English has nothing to fold


def test_help_too_long_for_someone_in_one_state_is_reported_for_that_state(
        content_copy: Path) -> None:
    edit(content_copy / "locales/ar/referrals.ftl", "{ -org-icirr }", "{ -org-icirr } " + "ا" * 120)
    found = errors(content_copy)
    assert any("in ar, HELP at" in e and "for someone in IL" in e for e in found), found
    assert any("the rescue after repeated misses" in e and "for someone in IL" in e for e in found)
    assert not any("for someone in FL" in e for e in found)


def test_a_composed_reply_too_long_is_reported_with_the_command_and_the_node(
        content_copy: Path) -> None:
    edit(content_copy / "locales/ru/shared.ftl", "shared-back-at-start = ",
         "shared-back-at-start = " + "ы" * 150 + " ")
    found = errors(content_copy)
    assert any("in ru, the reply to" in e and "at node" in e for e in found), found


def test_a_translation_without_the_buttons_wording_is_reported(content_copy: Path) -> None:
    path = content_copy / "locales/es/main.ftl"
    lines = path.read_text(encoding="utf-8").splitlines()
    prompt = next(i for i, line in enumerate(lines) if line.startswith("main-menu-prompt ="))
    assert lines[prompt + 1].startswith("    .buttons")
    path.write_text("\n".join(lines[:prompt + 1] + lines[prompt + 2:]) + "\n", encoding="utf-8")
    assert any("'main-menu-prompt' has no `.buttons` wording" in e for e in errors(content_copy))


def test_a_state_name_given_to_two_states_is_reported(content_copy: Path) -> None:
    edit(content_copy / "locales/es/places.ftl", "places-pa = Pensilvania",
         "places-pa = Pensilvania, Nueva York")
    assert any("names both NY and PA" in e for e in errors(content_copy))


def test_nodes_marked_for_legal_review_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    err = capsys.readouterr().err
    assert "marked for legal review" in err and "officers/warrant" in err


# ---- example messages for free text ---------------------------------------------------------

def problems_in(root: Path) -> list[str]:
    return [str(p) for p in check_content(root)]


def test_a_routable_node_without_examples_is_an_error_at_the_node(content_copy: Path) -> None:
    ftl = content_copy / "locales/fr/understand.ftl"
    text = ftl.read_text(encoding="utf-8")
    start = text.index("understand-officers-door =")
    end = text.index("\n\n", start)
    ftl.write_text(text[:start] + text[end + 2:], encoding="utf-8")
    line = line_of(content_copy / "flows/officers.yaml", "  door:")
    assert errors(content_copy) == [
        f"flows/officers.yaml:{line}: node 'door' can be reached by free text (route: urgent) but "
        "locales/fr/understand.ftl has no 'understand-officers-door'; add at least 5 example "
        "messages, one per line"]


def test_an_example_that_is_a_command_word_is_an_error_at_its_line(content_copy: Path) -> None:
    ftl = content_copy / "locales/en/understand.ftl"
    edit(ftl, "understand-officers-lawyer =\n", "understand-officers-lawyer =\n    help\n")
    line = line_of(ftl, "understand-officers-lawyer =") + 1
    assert errors(content_copy) == [
        f"locales/en/understand.ftl:{line}: the example 'help' is the HELP command word in en, so "
        "it could never lead here; write a sentence instead"]


def test_an_example_that_reads_as_stop_is_an_error(content_copy: Path) -> None:
    ftl = content_copy / "locales/en/understand.ftl"
    edit(ftl, "understand-officers-lawyer =\n",
         "understand-officers-lawyer =\n    please stop texting me\n")
    found = errors(content_copy)
    assert len(found) == 1 and "reads as a request to stop messages" in found[0]


def test_an_example_closer_to_another_node_is_reported_with_both_scores(
        content_copy: Path) -> None:
    ftl = content_copy / "locales/en/understand.ftl"
    edit(ftl, "understand-officers-lawyer =\n",
         "understand-officers-lawyer =\n    ICE is banging on my door right now\n")
    line = line_of(ftl, "understand-officers-lawyer =") + 1
    warnings = [p for p in problems_in(content_copy) if "better than its own node" in p]
    assert len(warnings) == 1
    assert re.fullmatch(
        rf"locales/en/understand\.ftl:{line}: warning: the example 'ICE is banging on my door right "
        r"now' matches officers/door \(\d+\.\d\) better than its own node "
        r"officers/lawyer \(\d+\.\d\); use words that belong to officers/lawyer, or move it",
        warnings[0]), warnings[0]


def test_examples_for_a_node_that_does_not_exist_suggest_the_right_id(content_copy: Path) -> None:
    ftl = content_copy / "locales/en/understand.ftl"
    edit(ftl, "understand-officers-lawyer =", "understand-officers-lawyers =")
    found = errors(content_copy)
    assert any("'understand-officers-lawyers' names no node that free text can lead to; did you "
               "mean 'understand-officers-lawyer'?" in p for p in found), found


def test_a_file_edited_after_a_check_is_checked_again(content_copy: Path) -> None:
    assert errors(content_copy) == []
    edit(content_copy / "locales/en/understand.ftl", "understand-officers-lawyer =\n",
         "understand-officers-lawyer =\n    help\n")
    assert len(errors(content_copy)) == 1  # not the result remembered for the clean files


# ---- for people: one plain line per mistake, at its line, and what to do --------------------

def problems_of(root: Path) -> list[str]:
    return [str(p) for p in check_content(root)]


def test_an_impossible_date_is_one_plain_line_not_a_traceback(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    line = line_of(flow, "reviewed:")
    text = flow.read_text(encoding="utf-8")
    flow.write_text(re.sub(r"reviewed: \S+", "reviewed: 2026-13-22", text, count=1), encoding="utf-8")
    found = problems_of(content_copy)
    assert found == [f"flows/officers.yaml:{line}: '2026-13-22' is not a real date (month must be "
                     "in 1..12); write dates as YYYY-MM-DD, such as 2026-12-02. This flow could "
                     "not be read, so the checks that depend on it were skipped"]


def test_a_yaml_typo_is_one_line_at_the_key_and_no_cascade(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    line = line_of(flow, "requires_sources:")
    edit(flow, "requires_sources:", "requires_sources ")
    found = problems_of(content_copy)
    assert len(found) == 1, found  # not a warning for every message the flow uses
    assert found[0].startswith(f"flows/officers.yaml:{line}: not valid YAML: a line that should "
                               "read `key: value` has no colon")


def test_a_wrong_type_says_what_was_expected_in_words(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    edit(flow, "requires_sources: true", "requires_sources: sometimes")
    assert any("'sometimes' should be true or false, not a text" in p
               for p in problems_of(content_copy))


def test_a_misspelled_message_id_is_one_line_with_did_you_mean(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    line = line_of(flow, "officers-no-sign")
    edit(flow, "officers-no-sign", "officers-no-sing")
    assert problems_of(content_copy) == [
        f"flows/officers.yaml:{line}: there is no message 'officers-no-sing'; did you mean "
        "'officers-no-sign'?"]  # not ten lines, and not "remove officers-no-sign"


def test_misspelled_node_names_and_keys_get_did_you_mean(content_copy: Path) -> None:
    flow = content_copy / "flows/officers.yaml"
    edit(flow, "next: door\n", "next: dor\n")
    assert any("has no node called 'dor'; did you mean 'door'?" in p
               for p in problems_of(content_copy))
    edit(flow, "next: dor\n", "next: door\n")
    edit(flow, "    say:", "    sya:")
    assert any("'sya': did you mean 'say'?" in p for p in problems_of(content_copy))


def test_a_phone_number_written_wrongly_gets_an_example_not_a_regex(content_copy: Path) -> None:
    referrals = content_copy / "flows/referrals.yaml"
    text = referrals.read_text(encoding="utf-8")
    number = re.search(r'phone: "(\+1\d{10})"', text)
    assert number is not None
    spaced = f"+1 {number[1][2:5]}-{number[1][5:8]}-{number[1][8:]}"
    referrals.write_text(text.replace(number[1], spaced, 1), encoding="utf-8")
    found = [p for p in problems_of(content_copy) if "phone" in p]
    assert len(found) == 1 and "write it like +13125550100" in found[0] and "^" not in found[0]


def test_check_speaks_json_for_tools(content_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(content_copy / "flows/officers.yaml", "next: door\n", "next: dor\n")
    assert main(["check", "--root", str(content_copy), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["errors"] == 1
    assert report["problems"][0]["file"] == "flows/officers.yaml"
    assert report["problems"][0]["severity"] == "error" and report["problems"][0]["line"] > 1


def test_check_reads_the_folder_it_is_run_in_and_root_still_wins(
        content_copy: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("KYR_CONTENT_DIR", raising=False)
    edit(content_copy / "flows/officers.yaml", "next: door\n", "next: dor\n")
    monkeypatch.chdir(content_copy)
    assert main(["check"]) == 1
    assert "flows/officers.yaml" in capsys.readouterr().out
    assert main(["check", "--root", str(REPO)]) == 0
    monkeypatch.chdir(content_copy / "flows")  # no flows/ and locales/ here: the bundled content
    assert main(["check"]) == 0
