"""Content written to harm the server is refused by `kyr check`, quickly and without being read:
links out of the content, files that are not files, YAML alias bombs, oversized files, nesting
deep enough to crash a parser, and lines that look like secrets."""

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.content.problems import Severity
from bot.release.check import check_content, content_hash

REPO = Path(__file__).resolve().parent.parent
SECRET = "5f1c0d7e9a3b44c1b2e8d7f60a19c4e6a8"  # a value no content has
KEY_FILE = f"TWILIO_AUTH_TOKEN=0123\nKYR_SECRET_KEY={SECRET}\n"


def _errors(root: Path) -> list[str]:
    return [str(p) for p in check_content(root) if p.severity is Severity.ERROR]


# `kyr check` in a process of its own with 2 GB of address space, for content that could hang
# this one or take all its memory: how long the check took, the largest text Fluent parsed.
CHECK_APART = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from pathlib import Path
from bot.content import fluentindex
from bot.release.check import check_content
parsed = [0]
real = fluentindex._parsed
fluentindex._parsed = lambda parser, text: parsed.append(len(text)) or real(parser, text)
started = time.monotonic()
problems = check_content(Path(sys.argv[1]))
print(json.dumps({"seconds": time.monotonic() - started, "largest_parsed": max(parsed),
                  "errors": [str(p) for p in problems if p.severity.value == "error"]}))
"""


def _checked_apart(root: Path, seconds: float = 120) -> dict[str, Any]:
    """What `kyr check` finds in a process of its own, bounded in memory and time."""
    done = subprocess.run([sys.executable, "-c", CHECK_APART, str(root)], cwd=REPO,
                          capture_output=True, text=True, timeout=seconds, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def _reference_the_key(root: Path) -> None:
    """The audit's edit: a shipped message that names the linked file's first message."""
    ftl = root / "locales/en/limits.ftl"
    text = ftl.read_text(encoding="utf-8")
    ftl.write_text(text.replace("in December 2026.", "in December 2026. { KYR_SECRET_KEY }"),
                   encoding="utf-8")


@pytest.fixture
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder outside the content, as a deployment's .env would be."""
    return tmp_path_factory.mktemp("elsewhere")


# ---- links and files that are not files ------------------------------------------------------

def test_a_link_to_a_key_file_outside_the_content_is_refused_by_the_check(
        content_copy: Path, elsewhere: Path) -> None:
    (elsewhere / "deploy.env").write_text(KEY_FILE, encoding="utf-8")
    (content_copy / "locales/en/zz_env.ftl").symlink_to(elsewhere / "deploy.env")
    _reference_the_key(content_copy)
    errors = _errors(content_copy)
    assert any(e.startswith("locales/en/zz_env.ftl:1: is a symbolic link") and
               "replace the link with the file itself" in e for e in errors), errors
    assert not any(SECRET in e for e in errors)


@pytest.mark.parametrize("where", ["locales/en/zz_environ.ftl", "flows/zz_environ.yaml"])
def test_a_link_to_the_process_environment_is_refused_and_shows_none_of_it(
        content_copy: Path, where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KYR_SECRET_KEY", SECRET)  # in this process's /proc/self/environ
    (content_copy / where).symlink_to("/proc/self/environ")
    errors = _errors(content_copy)
    assert any(e.startswith(f"{where}:1: is a symbolic link") for e in errors), errors
    assert not any(SECRET in e or "KYR_SECRET_KEY" in e for e in errors)


def test_a_linked_language_folder_is_refused(content_copy: Path, elsewhere: Path) -> None:
    (elsewhere / "main.ftl").write_text(f"main-welcome = {SECRET}\n", encoding="utf-8")
    (content_copy / "locales/xx").symlink_to(elsewhere, target_is_directory=True)
    errors = _errors(content_copy)
    assert any(e.startswith("locales/xx:1: is a symbolic link") for e in errors), errors


@pytest.fixture
def pipe_watch(elsewhere: Path) -> Iterator[tuple[Path, list[str]]]:
    """A named pipe outside the content, and a record of every time something opened it to
    read: a writer can open a pipe without blocking only while a reader has it open."""
    fifo = elsewhere / "pipe"
    os.mkfifo(fifo)
    opened: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: no reader
                time.sleep(0.005)
                continue
            opened.append("read")
            os.write(fd, b"KYR_SECRET_KEY=x\n")
            os.close(fd)
            time.sleep(0.2)  # no writer for a while: the reader sees the end and goes on
    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    yield fifo, opened
    stop.set()
    thread.join(timeout=5)


def test_content_is_checked_and_hashed_without_opening_what_a_link_points_at(
        content_copy: Path, pipe_watch: tuple[Path, list[str]]) -> None:
    fifo, opened = pipe_watch
    (content_copy / "locales/en/zz_pipe.ftl").symlink_to(fifo)
    (content_copy / "flows/zz_pipe.yaml").symlink_to(fifo)
    content_hash(content_copy)
    errors = _errors(content_copy)
    time.sleep(0.1)  # the watch polls every 5 ms
    assert opened == []
    assert any(e.startswith("flows/zz_pipe.yaml:1: is a symbolic link") for e in errors), errors
    assert any(e.startswith("locales/en/zz_pipe.ftl:1: is a symbolic link") for e in errors)


def test_a_named_pipe_in_the_content_is_refused_without_hanging(content_copy: Path) -> None:
    os.mkfifo(content_copy / "locales/en/zz_pipe.ftl")
    errors = _checked_apart(content_copy, seconds=60)["errors"]  # a hang is a TimeoutExpired
    assert any(e.startswith("locales/en/zz_pipe.ftl:1: is not an ordinary file") for e in errors)


# ---- YAML aliases -------------------------------------------------------------------------------

def _laughs(levels: int) -> str:
    """The billion-laughs shape as a flow file: each level lists the one before ten times."""
    lines = ["flow: zz_laughs", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [{','.join([f'*a{level - 1}'] * 10)}]")
    return "\n".join(lines) + "\n"


LOAD_FLOWS = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GB: the bombs need 5 to 56 GB
from pathlib import Path
from bot.content.flows import load_flows
root = Path(sys.argv[1])
started = time.monotonic()
_flows, problems = load_flows(root / "flows", root)
print(json.dumps({"seconds": time.monotonic() - started, "problems": [str(p) for p in problems]}))
"""


@pytest.mark.parametrize("levels", [7, 8])
def test_a_yaml_alias_bomb_is_refused_in_seconds(content_copy: Path, levels: int) -> None:
    bomb = _laughs(levels)
    assert len(bomb) < 700  # the audit's files were 486 and 544 bytes
    (content_copy / "flows/zz_laughs.yaml").write_text(bomb, encoding="utf-8")
    # In a process of its own, limited to 1 GB and 60 s: the bomb must not take this one down.
    done = subprocess.run([sys.executable, "-c", LOAD_FLOWS, str(content_copy)], cwd=REPO,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout)
    assert found["seconds"] < 5
    assert "flows/zz_laughs.yaml:2: write the text out in full: anchors and aliases (& and *) " \
           "are not allowed" in " ".join(found["problems"])


def test_an_anchor_alone_is_refused_too(content_copy: Path) -> None:
    flow = content_copy / "flows/limits.yaml"
    text = flow.read_text(encoding="utf-8")
    flow.write_text(text.replace("start:", "base: &base {}\nstart:", 1), encoding="utf-8")
    errors = _errors(content_copy)
    assert any(e.startswith("flows/limits.yaml:") and "anchors and aliases (& and *) are not "
               "allowed" in e for e in errors), errors


def test_an_ampersand_or_asterisk_in_text_is_no_alias(tmp_path: Path) -> None:
    from bot.content.yamlsource import load_located
    path = tmp_path / "x.yaml"
    path.write_text('title: "Rights & duties *"\nurl: https://a.org/?a=1&b=2\n', encoding="utf-8")
    assert load_located(path).data == {"title": "Rights & duties *", "url": "https://a.org/?a=1&b=2"}


def test_yaml_nested_too_deep_is_a_problem_at_its_line_not_a_crash(content_copy: Path) -> None:
    depth = 900  # below libyaml's own limit, past Python's recursion limit
    (content_copy / "flows/zz_deep.yaml").write_text(
        "flow: zz_deep\nnodes: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    errors = _errors(content_copy)
    assert any(e.startswith("flows/zz_deep.yaml:2: nested more than") for e in errors), errors


def test_fluent_nested_too_deep_is_a_problem_not_a_crash(content_copy: Path) -> None:
    ftl = content_copy / "locales/en/limits.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8") + "limits-deep = " + "{" * 600 + '"x"' +
                   "}" * 600 + "\n", encoding="utf-8")
    errors = _errors(content_copy)
    assert any(e.startswith("locales/en/limits.ftl:1: a message nests placeables") for e in errors)


# ---- sizes ---------------------------------------------------------------------------------------

def test_a_50_mb_fluent_file_is_refused_in_well_under_a_second_without_being_parsed(
        content_copy: Path) -> None:
    huge = content_copy / "locales/en/zz_huge.ftl"
    with huge.open("w", encoding="utf-8") as file:  # valid messages, as in the audit
        line = "zz_huge-{} = A valid message that is a little long, repeated to fill the file.\n"
        number = 0
        while file.tell() < 50 * 1024 * 1024:
            file.write("".join(line.format(number + i) for i in range(1000)))
            number += 1000
    found = _checked_apart(content_copy)
    assert found["seconds"] < 1.0 and found["largest_parsed"] == 0  # nothing parsed at all
    size = huge.stat().st_size
    assert any(e.startswith(f"locales/en/zz_huge.ftl:1: is {size:,} bytes") and "at most "
               "524,288 bytes" in e for e in found["errors"]), found["errors"]


def test_an_oversized_flow_is_refused(content_copy: Path) -> None:
    flow = content_copy / "flows/zz_big.yaml"
    flow.write_text("flow: zz_big\n" + "# padding\n" * 61440, encoding="utf-8")
    errors = _checked_apart(content_copy)["errors"]
    size = flow.stat().st_size
    assert any(e.startswith(f"flows/zz_big.yaml:1: is {size:,} bytes") for e in errors), errors


def test_content_over_its_total_bound_is_refused(content_copy: Path) -> None:
    message = "zz_part-{}-{} = A valid message, one of many in files each under the bound.\n"
    for number in range(14):  # each within the bound for one file, 7 MB together
        lines = (message.format(number, line) for line in range(6300))
        (content_copy / f"locales/en/zz_part{number:02}.ftl").write_text("".join(lines),
                                                                       encoding="utf-8")
    found = _checked_apart(content_copy)
    assert found["seconds"] < 5
    assert [e for e in found["errors"] if "all of flows/ and locales/ may be at most "
            "6,291,456 bytes" in e], found["errors"]


def test_a_file_that_is_not_utf8_is_a_problem_at_its_line(content_copy: Path) -> None:
    ftl = content_copy / "locales/en/limits.ftl"
    ftl.write_bytes(ftl.read_bytes() + b"limits-latin1 = caf\xe9\n")
    lines = ftl.read_bytes().count(b"\n")
    errors = _errors(content_copy)
    assert f"locales/en/limits.ftl:{lines}: is not UTF-8 text here; save the file as UTF-8" in errors


# ---- what looks like a secret --------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "# DEPLOY_API_KEY=sk_live_abc123",
    f"limits-extra = The key is {SECRET}.",
    "limits-extra = Bot: 7012345678:AAHkQ9d3vX2mP8sLrT5wYzB1cF6gJ0nE4uI",
    "limits-extra = See https://example.org/docs?token=Qm9vdHN0cmFwX2tleV9FeGFtcGxlXzI5OHg",
    "limits-extra = Our store: redis://:hunter2hunter2@redis.internal:6379/0",
])
def test_kyr_check_refuses_a_line_shaped_like_a_secret(content_copy: Path, line: str) -> None:
    ftl = content_copy / "locales/en/limits.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    lines = ftl.read_text(encoding="utf-8").count("\n")
    errors = _errors(content_copy)
    assert any(e.startswith(f"locales/en/limits.ftl:{lines}: this line looks like it holds a "
                            "secret") for e in errors), errors


def test_links_long_words_and_ids_are_not_taken_for_secrets(content_copy: Path) -> None:
    ftl = content_copy / "locales/en/limits.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8") + (
        "# See https://www.uscis.gov/sites/default/files/document/guides/M-1234PassportsAndVisas"
        "AndOtherDocuments2025.pdf\n"
        "# and https://es.icirr.org/News/6be410f3-b4e9-4036-a760-1d6d8c1718ecContentEdit\n"
        "# Pneumonoultramicroscopicsilicovolcanoconiosis-and-friends\n"), encoding="utf-8")
    assert not [e for e in _errors(content_copy) if "holds a secret" in e]
