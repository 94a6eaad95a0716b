"""Logs that cannot leak a person: every log record of every logger passes through here.

The app's own loggers (`kyr.*`) write event lines built only from event names, channels, node
names, locales and pseudonym prefixes, so they pass as written. Any other logger (Werkzeug,
gunicorn, python-telegram-bot, twilio, redis, ...) may put a request line, an update or a phone
number in its arguments, so its records keep only their message template, with anything that
looks like a number or is quoted removed, and lose their arguments. Exceptions, from any logger, keep their
type and the places they passed through, never their message, the request body or local variables.
"""

import json
import logging
import os
import re
import traceback
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

OWN_LOGGERS = "kyr"
# gunicorn's master writes the app's publishing lines (event=content-refused errors=2: ...) through
# its own logger; gunicorn's own messages never begin with "event=".
HOOKS_LOGGER = "gunicorn.error"
NUMBER = re.compile(r"\+?\d[\d ().\-/]{4,}\d")  # phone numbers, chat ids, long ids
# Some libraries format before they log: gunicorn writes a malformed request's line or header
# into its message, quoted (Invalid HTTP header name: 'what the person typed'). Quoted text in
# a foreign message is dropped, and so is the rest of a line after an opening quote.
QUOTED = re.compile(r"(?<!\w)(?:'[^']*'|\"[^\"]*\"|['\"].*)", re.DOTALL)  # not the ' of can't
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def exception_summary(exc_info: ExcInfo) -> str:
    """The exception's type and stack frames (file, line, function), nothing that holds data."""
    kind, _error, trace = exc_info
    frames = traceback.extract_tb(trace)
    lines = [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}' for frame in frames]
    return "\n".join(["Traceback (most recent call last):", *lines, f"{kind.__name__}: (message withheld)"])


def sanitize(record: logging.LogRecord) -> logging.LogRecord:
    """Reduce a record to what can be logged without identifying anyone."""
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = exception_summary(record.exc_info)
        record.exc_info = None
    record.stack_info = None
    if record.name == OWN_LOGGERS or record.name.startswith(OWN_LOGGERS + "."):
        return record
    if record.name == HOOKS_LOGGER and isinstance(record.msg, str) and record.msg.startswith("event="):
        return record  # the app's own hooks, writing through gunicorn's logger: counts and places
    template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
    record.msg = NUMBER.sub("[number]", QUOTED.sub("(withheld)", template))
    record.args = None
    return record


def install() -> None:
    """Sanitize every record created from now on, in this process (idempotent)."""
    current = logging.getLogRecordFactory()
    if getattr(current, "kyr_safe", False):
        return

    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return sanitize(current(*args, **kwargs))

    make.kyr_safe = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(make)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
FIELD = re.compile(r"([a-z][a-z_-]*)=(\S+)")


class JsonLines(logging.Formatter):
    """One JSON object per record: time, level, logger, message, the leading key=value fields
    of the app's event lines (event, channel, flow...) as fields, and the sanitized exception."""

    def format(self, record: logging.LogRecord) -> str:
        """The record (already sanitized when it was made) as one line of JSON."""
        message = record.getMessage()
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name}
        for word in message.split(" "):
            field = FIELD.fullmatch(word.rstrip(":"))
            if field is None or field.group(1) in line:
                break
            line[field.group(1)] = field.group(2)
            if word.endswith(":"):  # "event=x name=y: an explanation" ends the fields
                break
        line["message"] = message
        if record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False)


class LineHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes each record with one system call, so lines from several threads and worker
    processes sharing one stderr never interleave (a text stream may split a line in two)."""

    def emit(self, record: logging.LogRecord) -> None:
        """Format and write the whole line at once."""
        try:
            line = (self.format(record) + self.terminator).encode("utf-8", "replace")
            try:
                descriptor = self.stream.fileno()
            except (AttributeError, OSError, ValueError):  # not a file (a test's StringIO)
                super().emit(record)
                return
            self.flush()
            while line:
                line = line[os.write(descriptor, line):]
        except Exception:
            self.handleError(record)


def formatter(log_format: str) -> logging.Formatter:
    """The formatter for KYR_LOG_FORMAT: "json" or "text"."""
    return JsonLines() if log_format == "json" else logging.Formatter(TEXT_FORMAT)
