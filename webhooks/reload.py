"""Publishing without a redeploy: new content replaces the old one in a running worker, but only
once it has passed the whole check.

A watch (watchfiles) on the content folder's flows/ and locales/ wakes on every save; the
content is then checked in full. Clean content becomes a new engine, swapped in with one
assignment, so a turn under way finishes on the content it started with and the next one uses
the new. Broken content changes nothing people see: the old content keeps serving and the log
says what is wrong (`event=content-refused`). Conversations continue: the state is kept apart
from the content, and a node that no longer exists resets to the main menu as after a deploy.
"""

import dataclasses
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from flask import Flask

from bot.content.problems import ContentError, Severity
from bot.engine.engine import Engine
from bot.release.check import content_hash
from bot.release.load import load_catalog
from webhooks.runtime import Runtime

log = logging.getLogger("kyr.reload")
SHOWN_PROBLEMS = 5  # a refused edit's log line names this many errors, the rest are counted


class ContentReload:
    """Checks the content under `root` and, when it changed and is clean, swaps it into `app`."""

    def __init__(self, app: Flask, root: Path) -> None:
        self.app, self.root = app, root
        self._seen = content_hash(root)
        self._guard = threading.Lock()  # one check at a time, whatever wakes it

    def __call__(self, told: bool = False) -> bool:
        """Check now; True if new content is being served. `told`: the gunicorn master has
        published, so load even files that look as they did when this worker started (a worker
        started while the master was checking an edit serves the content published before it)."""
        with self._guard:
            digest = content_hash(self.root)
            if digest == self._seen and not told:
                return False
            self._seen = digest  # a broken edit is said once, not at every wake
            current: Runtime = self.app.extensions["kyr"]
            settings = current.settings
            try:
                catalog = load_catalog(self.root, default_locale=settings.default_locale,
                                       sms_fold=settings.sms_fold)
            except ContentError as error:
                errors = [p for p in error.problems if p.severity is Severity.ERROR]
                log.warning("event=content-refused errors=%d: still serving the previous content. "
                            "%s", len(errors), "; ".join(str(p) for p in errors[:SHOWN_PROBLEMS]))
                return False
            engine = Engine(catalog, sms_fold=settings.sms_fold)
            current.conversations.engine = engine  # one assignment: the next turn uses it
            self.app.extensions["kyr"] = dataclasses.replace(
                current, catalog=catalog,
                texting={"sms": engine.sms, "whatsapp": engine.sms.unfolded()})
            log.info("event=content-reloaded")
            return True


def watch(reload: Callable[[], bool], root: Path, stop: threading.Event) -> threading.Thread:
    """A daemon thread that calls `reload` after each batch of changes under flows/ and locales/."""
    from watchfiles import watch as changes  # only workers that watch pay for the import

    folders = [root / name for name in ("flows", "locales") if (root / name).is_dir()]

    def run() -> None:
        for _batch in changes(*folders, stop_event=stop, debounce=300, rust_timeout=1000):
            try:
                reload()
            except Exception:  # a reload must never take the worker down
                log.exception("event=content-reload-failed")
    thread = threading.Thread(target=run, name="content-watch", daemon=True)
    thread.start()
    return thread
