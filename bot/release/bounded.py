"""Work that content can make run away, done in a child process with a ceiling on its memory,
CPU and time, so that the process that asked for it carries on meanwhile.

The child is forked (it starts at once, with everything already imported), gets its limits
(RLIMIT_AS above what it has, RLIMIT_CPU, an alarm for the wall-clock time), is the first the
kernel's out-of-memory killer picks, and sends back one JSON value through a pipe. Anything else
(a crash, the out-of-memory killer, a limit reached) ends the pipe without a value, which is an
outcome too: refused, never waited on for longer than the limit. The result travels through the
pipe rather than the exit status because a gunicorn master reaps every child it has, this one
included, as soon as it exits.
"""

import contextlib
import json
import math
import os
import resource
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Signals a parent may have handlers for (gunicorn's master has them all): in the child they end
# it, as they would any plain process, instead of running the parent's handlers.
RESET_SIGNALS = (signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGTERM, signal.SIGTTIN,
                 signal.SIGTTOU, signal.SIGUSR1, signal.SIGUSR2, signal.SIGWINCH, signal.SIGCHLD,
                 signal.SIGALRM, signal.SIGXCPU)
GRACE_SECONDS = 5.0  # past the child's own alarm, the parent kills it itself
CPU_KILL_AFTER = 2  # seconds of CPU past the soft limit (SIGXCPU) before the kernel's SIGKILL
OUT_OF_MEMORY = "out-of-memory"
OUT_OF_TIME = "out-of-time"
NO_RESULT = "no-result"
KILLED = "killed"  # SIGKILL: the CPU limit's last word, the out-of-memory killer, or the parent
ENDED_BY: dict[int, str] = {signal.SIGXCPU: OUT_OF_TIME, signal.SIGALRM: OUT_OF_TIME,
                             signal.SIGKILL: KILLED}


@dataclass(frozen=True)
class Limits:
    """What the child may use: address space beyond what it is forked with, CPU, wall clock."""

    memory_bytes: int
    cpu_seconds: int
    wall_seconds: float


@dataclass(frozen=True)
class Outcome:
    """What the child sent back, or why it sent nothing (`refused`), and how long it took."""

    value: Any = None
    refused: str = ""  # OUT_OF_MEMORY, OUT_OF_TIME, NO_RESULT, or the name of an exception
    seconds: float = 0.0


class Running:
    """A child at work: its pid, its pipe, and `wait` for its outcome."""

    def __init__(self, pid: int, reader: int, limits: Limits) -> None:
        self.pid, self._reader, self._limits = pid, reader, limits
        self._started = time.monotonic()
        self._deadline = self._started + limits.wall_seconds + GRACE_SECONDS
        self._pidfd: int | None = None
        with contextlib.suppress(OSError, AttributeError):  # Linux 5.3 and later
            self._pidfd = os.pidfd_open(pid)

    def wait(self) -> Outcome:
        """Read the child's outcome; kill it if it outlives its time. Call once."""
        chunks: list[bytes] = []
        timed_out = False
        ready = select.poll()
        ready.register(self._reader, select.POLLIN)
        try:
            while True:
                left = self._deadline - time.monotonic()
                if left <= 0 or not ready.poll(left * 1000):
                    timed_out = True
                    self.kill()
                    break
                chunk = os.read(self._reader, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(self._reader)
            ended_by = self._reap()
        return self._outcome(b"".join(chunks), OUT_OF_TIME if timed_out else ended_by)

    def kill(self) -> None:
        """End the child now (it still holds its pipe, so it has not been reaped)."""
        with contextlib.suppress(OSError):
            if self._pidfd is not None:
                signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
            else:
                os.kill(self.pid, signal.SIGKILL)

    def _reap(self) -> str:
        """Collect the child's exit, unless the parent's own reaper (gunicorn's) has; what ended
        it, if it was a signal that says so."""
        status = 0
        with contextlib.suppress(ChildProcessError):
            status = os.waitpid(self.pid, 0)[1]
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        if not os.WIFSIGNALED(status):
            return NO_RESULT
        return ENDED_BY.get(os.WTERMSIG(status), NO_RESULT)

    def _outcome(self, data: bytes, ended_by: str) -> Outcome:
        """The child's message, or why there is none."""
        seconds = time.monotonic() - self._started
        try:
            message = json.loads(data) if data else {}
        except ValueError:
            message = {}
        if isinstance(message, dict) and "value" in message:
            return Outcome(message["value"], "", seconds)
        if ended_by != NO_RESULT:
            return Outcome(None, ended_by, seconds)
        refused = message.get("refused", NO_RESULT) if isinstance(message, dict) else NO_RESULT
        return Outcome(None, str(refused), seconds)


# Made before the fork: once out of memory, the child could not build them.
OUT_OF_MEMORY_MESSAGE = json.dumps({"refused": OUT_OF_MEMORY}).encode()
OUT_OF_TIME_MESSAGE = json.dumps({"refused": OUT_OF_TIME}).encode()


def start(work: Callable[[], Any], limits: Limits,
          prepare: Callable[[], None] | None = None) -> Running:
    """Fork a child that runs `prepare` (to let go of what it must not hold, such as a server's
    listening sockets), then `work` under `limits`, and sends back work's JSON-able value."""
    reader, writer = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        raise
    if pid == 0:  # the child: it never returns
        os.close(reader)
        _child(work, limits, writer, prepare)
    os.close(writer)
    return Running(pid, reader, limits)


def run(work: Callable[[], Any], limits: Limits) -> Outcome:
    """`work` in a child under `limits`, waited for."""
    return start(work, limits).wait()


def _child(work: Callable[[], Any], limits: Limits, writer: int,
           prepare: Callable[[], None] | None) -> None:
    """Run `work` under the limits, send its outcome, and exit without running the parent's
    exit handlers or flushing its buffers."""
    message = json.dumps({"refused": NO_RESULT}).encode()
    try:
        _restrain(limits, writer)
        if prepare is not None:
            prepare()
        try:
            value = work()
            message = json.dumps({"value": value}).encode()
        except MemoryError:
            message = OUT_OF_MEMORY_MESSAGE
        except BaseException as error:  # the child reports what ended it, never raises
            message = json.dumps({"refused": type(error).__name__}).encode()
        _send(writer, message)
    finally:
        os._exit(0)


def _restrain(limits: Limits, writer: int) -> None:
    """Signals as a plain process has them, the limits, and first in line for the OOM killer.
    The soft CPU limit and the alarm end the child with a message and a clean exit (a parent
    such as gunicorn's master would otherwise log the signal as a worker's); where Python cannot
    run that handler in time, the hard CPU limit's SIGKILL and the parent's own deadline follow."""
    for number in RESET_SIGNALS:
        signal.signal(number, signal.SIG_DFL)

    def out_of_time(number: int, frame: object) -> None:
        with contextlib.suppress(OSError):
            _send(writer, OUT_OF_TIME_MESSAGE)
        os._exit(0)
    signal.signal(signal.SIGXCPU, out_of_time)
    signal.signal(signal.SIGALRM, out_of_time)
    _limit(resource.RLIMIT_CORE, 0, 0)  # a limit's signal dumps no core (it may hold secrets)
    with contextlib.suppress(OSError), open("/proc/self/oom_score_adj", "w", encoding="ascii") as score:
        score.write("1000")
    cpu = max(1, limits.cpu_seconds)
    _limit(resource.RLIMIT_CPU, cpu, cpu + CPU_KILL_AFTER)
    address_space = _address_space()
    if address_space is not None:
        ceiling = address_space + limits.memory_bytes
        _limit(resource.RLIMIT_AS, ceiling, ceiling)
    signal.alarm(max(1, math.ceil(limits.wall_seconds)))


def _limit(kind: int, soft: int, hard: int) -> None:
    """Lower a resource limit (never above the one already set; where the system has it)."""
    current_soft, current_hard = resource.getrlimit(kind)
    if current_hard != resource.RLIM_INFINITY:
        hard = min(hard, current_hard)
    soft = min(soft, hard)
    if current_soft != resource.RLIM_INFINITY:
        soft = min(soft, current_soft)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(kind, (soft, hard))


def _address_space() -> int | None:
    """The bytes of address space this process has now (Linux), or None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _send(writer: int, message: bytes) -> None:
    """Write all of `message` to the pipe, then close it."""
    view = memoryview(message)
    try:
        while view:
            view = view[os.write(writer, view):]
    finally:
        os.close(writer)
