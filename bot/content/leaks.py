"""Text that must never be sent: the running server's secrets, and anything shaped like a secret.

Two checks. `kyr check` knows no server, so it refuses what looks like a secret wherever it is
written in the content (comments included): an environment line that sets a key, token, secret
or password; a URL with a password in it; a Telegram bot token; a private key; a long run of
hexadecimal digits or of random-looking letters and digits. A running server (a publish, the
studio, a worker that watches the content) also compares the content with the values of its
own secrets, read from the environment, so that no edit can publish one whatever its shape.

The comparison ignores case, spaces, punctuation and Fluent's quotes and braces, so a secret
written in pieces (`{"5f1c"}{"0d7e"}`) or across lines is found too. Problems name the setting,
never its value.
"""

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import urlsplit

from bot.content.files import ContentFiles
from bot.content.problems import Problem

# The settings (webhooks.settings) whose values are secrets, by their environment variable.
SECRET_SETTINGS = ("KYR_SECRET_KEY", "TWILIO_AUTH_TOKEN", "TELEGRAM_BOT_TOKEN",
                   "TELEGRAM_WEBHOOK_SECRET", "KYR_METRICS_TOKEN", "TELEGRAM_POLL_TOKEN")
URL_SETTINGS = ("REDIS_URL",)  # their password, if they have one, is a secret
# Any other variable whose name says it holds a secret is compared too (SENTRY_DSN, API_KEY).
SECRET_NAME = re.compile(r"(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|DSN|"
                         r"PRIVATE)S?(?:_|$)")
# Shorter values are not compared: they would be found in ordinary words (and are no secret).
# A variable that is not one of the settings above is compared only from a longer value, as
# its name alone may say "key" of something that is no secret.
MIN_SECRET_CHARACTERS = 8
MIN_OTHER_SECRET_CHARACTERS = 16

_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:[A-Z][A-Z0-9_]*)?(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|"
                r"CREDENTIALS?|DSN|PRIVATE)S?[A-Z0-9_]*\s*=\s*\S"),
     "an environment line that sets a key, token, secret or password"),
    (re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s/@:]*:[^\s/@]+@"), "a URL with a password in it"),
    (re.compile(r"\b\d{6,12}:[A-Za-z0-9_-]{30,}"), "a Telegram bot token"),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY"), "a private key"),
    (re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])"),
     "a run of 32 or more hexadecimal digits, the shape of a key or token"),
)
_RUN = re.compile(r"[A-Za-z0-9+/_-]{32,}={0,2}")
_URL_PARTS = re.compile(r"[/?&=#.:]")
_CLASSES = (str.isdigit, str.isupper, str.islower)
# 32 random base64 characters hold about 5 digits, 13 capitals and 13 small letters; they switch
# between the three at about 60% of their characters, and between capitals and small letters at
# about half of their letters. Words and URL paths do not: know-your-rights-if-you-are-questioned
# has one kind; PassportsAndVisasAndOtherDocuments2025 switches at a third of its characters;
# 6be410f3-...-1d6d8c1718ecContentEdit often, but between digits and small letters.
MIN_OF_EACH = (1, 3, 3)  # digits, capitals, small letters
# Thresholds that 98 to 99% of random keys of 32 to 43 characters pass (secrets.token_urlsafe,
# measured 2026-12-07); hexadecimal keys are found by their own rule above, all of them.
MIN_SWITCHES = 0.4
MIN_CASE_SWITCHES = 0.25
_KEPT = re.compile(r"[\W_]+")  # what the comparison ignores: spaces, punctuation, quotes, braces


def looks_random(run: str) -> bool:
    """True for a run of letters and digits mixed the way random keys mix them."""
    kinds = [next(i for i, kind in enumerate(_CLASSES) if kind(char)) for char in run
             if char.isascii() and char.isalnum()]
    if any(kinds.count(kind) < least for kind, least in enumerate(MIN_OF_EACH)):
        return False
    letters = [kind for kind in kinds if kind]  # capitals and small letters alone
    return _switches(kinds) >= MIN_SWITCHES and _switches(letters) >= MIN_CASE_SWITCHES


def _switches(kinds: list[int]) -> float:
    """How often one character is of another kind than the one before it (0 to 1)."""
    return sum(1 for a, b in itertools.pairwise(kinds) if a != b) / max(1, len(kinds) - 1)


def _shape(line: str) -> str:
    """What secret a line looks like it holds, or ''."""
    for pattern, what in _SHAPES:
        if pattern.search(line):
            return what
    if any(looks_random(run) for run in _runs(line)):
        return "a long run of random-looking letters and digits, the shape of a key or token"
    return ""


def _runs(line: str) -> Iterator[str]:
    """The runs of base64 characters in a line; in a URL, each part between its slashes (a
    path's folders are no key, but a key may be one of them, or a query's value)."""
    for word in line.split():
        for part in _URL_PARTS.split(word) if "://" in word else [word]:
            yield from (match.group(0) for match in _RUN.finditer(part))


def secret_shapes(content: ContentFiles) -> list[Problem]:
    """Every line of the content that looks like it holds a secret (for `kyr check`)."""
    problems = []
    for path, data in sorted(content.files.items()):
        text = data.decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            what = _shape(line)
            if what:
                problems.append(Problem(path, number, f"this line looks like it holds a secret "
                                        f"({what}); content is sent to anyone who asks, so "
                                        "remove it (if it is no secret, write it differently)"))
    return problems


def _folded(text: str) -> str:
    """Text as the comparison sees it: compatibility forms, no case, letters and digits only."""
    return _KEPT.sub("", unicodedata.normalize("NFKC", text).casefold())


def server_secrets(env: Mapping[str, str]) -> dict[str, str]:
    """The secret values of the running server, by the name of the variable that holds them."""
    found: dict[str, str] = {}
    for name in SECRET_SETTINGS:
        value = env.get(name, "")
        found[name] = value
        if ":" in value and "://" not in value:  # a Telegram bot token's part after its id
            found[f"{name} (its part after the colon)"] = value.split(":", 1)[1]
        found.update(_url_secrets(name, value))
    for name in URL_SETTINGS:
        found.update(_url_secrets(name, env.get(name, "")))
    found = {name: value for name, value in found.items()
             if len(_folded(value)) >= MIN_SECRET_CHARACTERS}
    for name, value in env.items():
        if name not in found and SECRET_NAME.search(name):
            others = {name: value, **_url_secrets(name, value)}
            found.update({other: part for other, part in others.items()
                          if len(_folded(part)) >= MIN_OTHER_SECRET_CHARACTERS})
    return found


def _url_secrets(name: str, value: str) -> dict[str, str]:
    """The password, and the user that some services use as a key (Sentry), of a URL."""
    if "://" not in value:
        return {}
    try:
        parts = urlsplit(value)
        return {f"the password in {name}": parts.password or "",
                f"the user in {name}": parts.username or ""}
    except ValueError:  # not a URL after all: the settings refuse it elsewhere
        return {}


def leaked_secrets(content: ContentFiles, secrets: Mapping[str, str],
                   messages: Iterable[tuple[str, str, str]] = ()) -> list[Problem]:
    """Every content file, and every formatted message (locale, id, text) given, that holds
    the value of one of `secrets`; each problem names the setting, never the value."""
    if not secrets:
        return []
    wanted = {name: _folded(value) for name, value in secrets.items()}
    problems = []
    for path, data in sorted(content.files.items()):
        folded = _folded(data.decode("utf-8", errors="replace"))
        problems += [Problem(path, 1, _leak(name)) for name in _found(wanted, folded)]
    for locale, message_id, text in messages:
        problems += [Problem(f"locales/{locale}", 1, f"message {message_id!r}: {_leak(name)}")
                     for name in _found(wanted, _folded(text))]
    return sorted(set(problems))


def _found(wanted: Mapping[str, str], folded: str) -> Iterator[str]:
    """The names of the secrets whose value is in `folded` text."""
    return (name for name, value in wanted.items() if value in folded)


def _leak(name: str) -> str:
    """What to say about a secret found in the content (its name only)."""
    return (f"holds the value of {name}, a secret of this server; it would be sent to anyone "
            "who asks: remove it (and change the secret if it was ever published)")
