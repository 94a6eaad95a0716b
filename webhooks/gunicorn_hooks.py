"""gunicorn server hooks: the master checks content before any worker serves it, and SIGHUP
publishes an edit to the running workers in place.

At start the master checks the content in full and refuses to start on an error, as a release
must; workers load the compiled result. On SIGHUP the master checks the content as it is now:
clean content is compiled and every worker is told to swap it in (webhooks.reload), without
being restarted, so no request is dropped and conversations held in memory continue; an edit
with an error is refused and logged, and nothing changes for anyone. SIGHUP no longer reloads
gunicorn's own settings or the code: deploy code by restarting.

The check runs in a child process with limits on its memory, CPU and time
(bot.release.load.start_publish), never in the master itself: content is written by people
trusted less than the server, and while a check runs the master must go on reaping and
replacing workers. A thread waits for the child; its outcome is applied by the master's own loop
(each turn of which manages the workers), and a SIGHUP that comes during a check asks for one
more check once it is over.

The master also gives the workers a fresh folder in memory for their metrics (webhooks.metrics),
removed when it exits, and under KYR_LOG_FORMAT=json writes gunicorn's own lines as JSON too.
"""

import contextlib
import logging
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any

from gunicorn.glogging import Logger

from bot.content.problems import ContentError, Severity
from bot.release.bounded import Outcome, Running
from bot.release.load import publish_bounded, published_key, start_publish
from bot.state import logsafe
from webhooks.settings import Settings

PUBLISHED_ENV = "KYR_PUBLISHED"  # the key of the content workers load, set by the master
PUBLISH_SIGNAL = signal.SIGHUP  # master to workers: new content is compiled, swap it in
# prometheus-client reads it when first imported: set here, before any worker is forked
# (webhooks.metrics.MULTIPROCESS_ENV; this module must not import prometheus_client first).
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"
MADE_METRICS_DIR = "KYR_METRICS_DIR_MADE"  # set when the folder is ours to remove
MEMORY = Path("/dev/shm")  # a RAM-backed folder, where there is one


def _publish() -> str:
    """Check and compile the content in a child process, waited for; its key."""
    settings = Settings.from_env()
    return publish_bounded(default_locale=settings.default_locale, sms_fold=settings.sms_fold)


class Publisher:
    """SIGHUP's publishing: a check in a child process that a thread waits for, its outcome
    applied in the master's loop. Every method but `_wait` runs in the master's main thread."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.running: Running | None = None
        self.again = False  # a SIGHUP came during the check: check once more after it
        self.outcome: Outcome | None = None  # set by the waiting thread, taken by `settle`

    def request(self) -> None:
        """SIGHUP: check the content as it is now, or once more after the check under way."""
        if self.running is not None:
            self.again = True
            return
        try:
            settings = Settings.from_env()
            self.running = start_publish(default_locale=settings.default_locale,
                                         sms_fold=settings.sms_fold, prepare=self._let_go)
        except Exception:  # never take the master down on a reload (no process to fork, ...)
            self.server.log.exception("event=content-publish-failed: still serving the previous "
                                      "content")
            return
        threading.Thread(target=self._wait, args=(self.running,), name="content-publish",
                         daemon=True).start()

    def _let_go(self) -> None:
        """In the check's child: close the listening sockets, so that a child left behind by a
        master that was killed cannot keep a restarted server from binding its port."""
        for listener in getattr(self.server, "LISTENERS", []):
            with contextlib.suppress(OSError):
                listener.close()

    def _wait(self, running: Running) -> None:
        """In a thread: wait for the child, then wake the master's loop (always: a thread that
        died here would leave every later SIGHUP waiting for it)."""
        try:
            outcome = running.wait()
        except Exception as error:
            outcome = Outcome(None, type(error).__name__)
        self.outcome = outcome
        self.server.wakeup()

    def settle(self) -> None:
        """In the master's loop: apply a finished check's outcome, then start the next one if a
        SIGHUP asked for it meanwhile."""
        outcome, self.outcome = self.outcome, None
        if outcome is None:
            return
        self.running = None
        apply_outcome(self.server, outcome)
        if self.again:
            self.again = False
            self.request()

    def stop(self) -> None:
        """The master stops: end a check under way."""
        if self.running is not None:
            self.running.kill()


class JsonLogger(Logger):  # type: ignore[misc]
    """gunicorn's own lines (master and workers) as JSON, sanitized like the app's."""

    def setup(self, cfg: Any) -> None:
        """gunicorn's handlers, each given the JSON formatter."""
        super().setup(cfg)
        logsafe.install()
        for log in (self.error_log, self.access_log):
            for handler in list(log.handlers):
                if type(handler) is logging.StreamHandler:  # stderr: one write per line
                    log.removeHandler(handler)
                    handler = logsafe.LineHandler(handler.stream)
                    log.addHandler(handler)
                handler.setFormatter(logsafe.JsonLines())


# A gunicorn setting of this config module: read once, when the master loads it.
if Settings.from_env().log_format == "json":
    logger_class = JsonLogger


def on_starting(server: Any) -> None:
    """Refuse to start on content with an error; else pin the content every worker loads, and
    make SIGHUP publish in place."""
    os.environ[PUBLISHED_ENV] = _publish()
    publisher = server.kyr_publisher = Publisher(server)
    server.reload = publisher.request
    manage_workers = server.manage_workers

    def settle_then_manage() -> None:  # each turn of the master's loop, in its main thread
        publisher.settle()
        manage_workers()
    server.manage_workers = settle_then_manage
    if not os.environ.get(MULTIPROCESS_ENV):
        folder = tempfile.mkdtemp(prefix="kyr-metrics-", dir=MEMORY if MEMORY.is_dir() else None)
        os.environ[MULTIPROCESS_ENV] = os.environ[MADE_METRICS_DIR] = folder


def child_exit(server: Any, worker: Any) -> None:
    """A worker exited: its live gauges (the breaker) stop counting."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]


def on_exit(server: Any) -> None:
    """The master stops: end a check under way, remove the metrics folder it made."""
    publisher = getattr(server, "kyr_publisher", None)
    if publisher is not None:
        publisher.stop()
    folder = os.environ.get(MADE_METRICS_DIR)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def apply_outcome(server: Any, outcome: Outcome) -> None:
    """Tell every worker to load the content a check compiled, or log why it was refused."""
    try:
        key = published_key(outcome)
    except ContentError as error:
        errors = [str(p) for p in error.problems if p.severity is Severity.ERROR]
        server.log.warning("event=content-refused errors=%d: still serving the previous "
                           "content. %s", len(errors), "; ".join(errors[:5]))
        return
    except Exception:  # never take the master down on a reload
        server.log.exception("event=content-publish-failed: still serving the previous content")
        return
    os.environ[PUBLISHED_ENV] = key  # a worker started later (after a crash) loads this one
    for pid in list(server.WORKERS):
        with contextlib.suppress(ProcessLookupError):  # exited: its replacement loads the key
            os.kill(pid, PUBLISH_SIGNAL)
    server.log.info("event=content-published workers=%d", len(server.WORKERS))


def listen_for_publish(reload: Any) -> None:
    """In a worker: swap in new content when the master says so (a thread, not the handler),
    even if the files look as they did when the worker started: the master's word is what counts
    (webhooks.reload.ContentReload, `told`)."""
    if threading.current_thread() is not threading.main_thread():
        return
    signal.signal(PUBLISH_SIGNAL, lambda number, frame: threading.Thread(
        target=reload, kwargs={"told": True}, name="content-publish", daemon=True).start())
