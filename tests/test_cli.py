"""The `kyr` console script as a newcomer runs it."""

import os
import subprocess
from pathlib import Path

import pytest

from bot.content.localization import shipped_locales
from bot.engine.catalog import Catalog
from bot.engine.engine import Engine
from bot.engine.sms import segments
from tests.test_serve import KYR, checkout_env

REPO = Path(__file__).resolve().parent.parent


def kyr(*args: str, stdin: str = "", root: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run this checkout's `kyr` (whatever else is on PATH) as a separate process."""
    env = checkout_env({**os.environ, "KYR_CONTENT_DIR": str(root or REPO)})
    return subprocess.run([*KYR, *args], input=stdin, capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_piped_spanish_conversation_answers_in_spanish() -> None:
    result = kyr("chat", "--channel", "sms", stdin="hola\n1\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "> hola\nHola." in out
    assert "> 1\nUsted tiene derechos" in out
    # Spanish SMS drop the accents GSM-7 lacks (locales/es/locale.yaml: sms_fold), halving the cost
    assert "1) En mi puerta" in out and "0) Menu principal" in out
    assert "[SMS: " in out and "UCS-2" not in out
    unfolded = kyr("chat", "--channel", "sms", "--no-fold", stdin="hola\n1\n").stdout
    assert "0) Menú principal" in unfolded and "UCS-2" in unfolded


def test_sms_view_prints_the_true_segment_count() -> None:
    out = kyr("chat", "--lang", "en", stdin="1\n").stdout
    body, _, footer = out.split("> 1\n", 1)[1].partition("\n[SMS: ")
    assert footer.startswith(f"{segments(body).count} segment")
    assert "GSM-7" in footer


def test_telegram_view_shows_buttons() -> None:
    out = kyr("chat", "--channel", "telegram", stdin="hello\n").stdout
    assert "  [ Officers at my door or in public ]" in out
    assert "  [ Change language ]" in out
    assert "1)" not in out


def test_lang_flag_starts_in_that_language_and_rejects_unknown_ones() -> None:
    assert "Hola." in kyr("chat", "--lang", "es", stdin="hello\n").stdout
    refused = kyr("chat", "--lang", "tlh", stdin="hi\n")
    assert refused.returncode == 2 and "no language 'tlh'" in refused.stderr


def test_chat_refuses_broken_content_and_points_to_check(content_copy: Path) -> None:
    (content_copy / "locales/es/main.ftl").write_text("", encoding="utf-8")
    result = kyr("chat", stdin="hola\n", root=content_copy)
    assert result.returncode == 1
    assert "run `kyr check`" in result.stderr and "flows/main.yaml:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["check"], ["check", "--strict"]])
def test_check_exit_codes(args: list[str], content_copy: Path) -> None:
    assert kyr(*args).returncode == 0
    (content_copy / "flows/officers.yaml").write_text("spec_version: 1\nflow: officers\n")
    broken = kyr(*args, root=content_copy)
    assert broken.returncode == 1
    assert "flows/officers.yaml:1:" in broken.stdout


def test_segments_table_compares_folded_and_plain_sms_per_language() -> None:
    out = kyr("segments").stdout
    rows = {line.split("|")[1].strip().split()[0]: [c.strip() for c in line.split("|")[2:-1]]
            for line in out.splitlines()[2:]}
    assert set(rows) == set(shipped_locales(REPO / "locales"))
    allowed, replies, plain, replies_folded, folded = rows["es"][:5]
    assert allowed == "yes" and int(folded) < int(plain) and int(replies_folded) >= 20
    assert int(replies_folded) < int(replies)  # unfolded Spanish is UCS-2: more pages
    assert rows["en"][2] == rows["en"][4]  # English has nothing to fold


def test_why_names_the_answer_its_score_and_the_words_that_matched() -> None:
    result = kyr("why", "la migra esta tocando mi puerta q hago")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "language: es"
    assert lines[1] == "decision: answer with officers/door (urgent)"
    assert lines[2].split()[0] == "officers/door" and "puerta(" in lines[2]
    stop = kyr("why", "please stop texting me", "--lang", "en").stdout
    assert "decision: opt-out" in stop
    assert kyr("why", "hola", "--lang", "xx").returncode == 2


def test_chat_explain_says_why_after_free_text_only() -> None:
    result = kyr("chat", "--explain", stdin="my brother is detained and not getting his insulin\n0\n")
    assert result.returncode == 0, result.stderr
    assert "  why: decision: answer with detention/problems (urgent)" in result.stdout
    assert result.stdout.count("why: language") == 1  # "0" is a command, not free text


def test_chat_record_saves_a_golden_transcript_that_replays(tmp_path: Path, catalog: Catalog,
                                                            engine: Engine) -> None:
    from tests.test_transcripts import replay

    case = tmp_path / "officers" / "door_recorded.yaml"
    result = kyr("chat", "--record", str(case), stdin="hola\n1\n1\n")
    assert result.returncode == 0, result.stderr
    assert "recorded" in result.stderr and case.exists()
    replayed = replay(case, catalog, engine)  # asserts every id, option and locale
    assert replayed.rendered == case.with_suffix(".txt").read_text(encoding="utf-8")
    again = kyr("chat", "--record", str(case), stdin="hola\n")
    assert again.returncode == 1 and "exists" in again.stderr  # never overwritten
