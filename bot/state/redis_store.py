"""The shared store: Redis, for several processes or machines; fails fast and never persists.

Keys: kyr:s:<pseudonym> (state, expires when idle), kyr:d:<hashed delivery id> (dedupe: a short
claim while the turn runs, then a 24-hour record), kyr:l:<pseudonym> (a short per-conversation
lock), kyr:o:<pseudonym> (an opt-out: the language code, kept until START), kyr:r:... (pace
counts: per pseudonym for at most two windows, dropped at CLEAR, and one for all replies).
Values hold only the engine's state, a language code and counts. A turn costs two round trips:
one script on the way in (claim, pace, lock, read) and one on the way out (save or delete, unlock,
confirm). The server's persistence settings are checked at start, on every new connection and
at least once a minute; while it persists, nothing is written.
"""

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from typing import Any, TypeVar

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from bot.state.pace import Pace, Pacing, Window
from bot.state.store import (
    CLAIM_SECONDS,
    DEFAULT_IDLE_SECONDS,
    DELETE,
    DELIVERY_SECONDS,
    Entry,
    NotSaved,
    StoreUnavailable,
    Tokens,
)

log = logging.getLogger("kyr.store")
T = TypeVar("T")
TIMEOUT_SECONDS = 0.2  # a hung Redis must not hold a reply past Twilio's patience
LOCK_MILLISECONDS = 2_000  # a lock outlives no crashed worker by more than this
LOCK_WAIT_SECONDS = 0.5  # how long a second quick message waits for the first one's turn
BREAKER_FAILURES = 3  # consecutive failures that open the circuit
BREAKER_SECONDS = 2.0  # how long an open circuit refuses calls before one trial
RECHECK_SECONDS = 60.0  # persistence settings can change at run time (CONFIG SET): look again
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
# A state is written only while its turn still holds the lock, and only within SAVE_WITHIN_MS of
# taking it, by the server's clock: a write that timed out here (and got the stateless reply)
# but reaches a server paused and resumed later is dropped instead of moving the conversation
# on behind the person's back.
_SAVE = ("if redis.call('get', KEYS[2]) == ARGV[1] and redis.call('pttl', KEYS[2]) >= "
         "tonumber(ARGV[4]) then redis.call('set', KEYS[1], ARGV[2], 'EX', ARGV[3]) return 1 end "
         "return 0")
SAVE_WITHIN_MS = 800
# Put a state back if it is still exactly what a save whose outcome was unknown wrote (KEYS:
# state; ARGV: what was written, what to put back, "" to forget it), keeping its expiry.
_UNDO = ("if redis.call('get', KEYS[1]) == ARGV[1] then if ARGV[2] == '' then "
         "redis.call('del', KEYS[1]) else redis.call('set', KEYS[1], ARGV[2], 'KEEPTTL') end "
         "return 1 end return 0")
LOCK_POLL_SECONDS = 0.005
GIVEN_UP_KEPT = 1_000  # conversations whose way in timed out, remembered for their next turn

# limits' own sliding window script (KEYS: previous, current; ARGV: limit, seconds, amount),
# wrapped as a function so the way in can count every window in the same round trip.
_WINDOW = resources.files("limits").joinpath(
    "resources/redis/lua_scripts/acquire_sliding_window.lua").read_text(encoding="utf-8")
# The way in. KEYS: delivery, lock, state, then per sender window its count pair and its
# notice pair, then per ceiling window its pair, and last the opt-out mark. ARGV: claim (""
# without a delivery id), claim ms, lock token, lock ms, stop ("1": answer at any pace), sender
# windows, ceiling windows, the locks this process gave up on (comma-separated), then amount and
# seconds of each window. The rule is Pace.judge's, on counts every process shares.
_ENTER = f"""
local function acquire(KEYS, ARGV)
{_WINDOW}
end
if ARGV[1] ~= '' and not redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  if redis.call('get', KEYS[1]) == '1' then return {{'duplicate'}} end
  return {{'held'}}
end
local pacing, k, a = 'answer', 4, 9
for i = 1, tonumber(ARGV[6]) do
  if pacing == 'answer' and not acquire({{KEYS[k], KEYS[k + 1]}}, {{ARGV[a], ARGV[a + 1], 1}}) then
    if acquire({{KEYS[k + 2], KEYS[k + 3]}}, {{1, ARGV[a + 1], 1}}) then pacing = 'notice'
    else pacing = 'quiet' end
  end
  k, a = k + 4, a + 2
end
for i = 1, tonumber(ARGV[7]) do
  if (pacing == 'answer' or pacing == 'notice')
      and not acquire({{KEYS[k], KEYS[k + 1]}}, {{ARGV[a], ARGV[a + 1], 1}}) then
    if pacing == 'notice' then pacing = 'quiet' else pacing = 'ceiling' end
  end
  k, a = k + 2, a + 2
end
if pacing ~= 'answer' and ARGV[5] ~= '1' then
  if pacing == 'notice' then
    return {{pacing, redis.call('get', KEYS[3]), redis.call('get', KEYS[#KEYS])}}
  end
  return {{pacing}}
end
local holder = redis.call('get', KEYS[2])
if holder and not string.find(',' .. ARGV[8] .. ',', ',' .. holder .. ',', 1, true) then
  return {{'busy'}}
end
redis.call('set', KEYS[2], ARGV[3], 'PX', ARGV[4])
return {{'answer', redis.call('get', KEYS[3]), redis.call('get', KEYS[#KEYS])}}
"""
# The way out. KEYS: state, lock, delivery, opt-out mark, then the person's pace counts.
# ARGV: "save", "delete" or "keep", the state, its ttl, the lock token ("" if not held), the
# lock's least remaining ms for a save, confirm ("1"), the delivery record's ttl, the opt-out
# ("-" unchanged, "" drop it, else keep it in that language, with no expiry). A delete (CLEAR)
# drops the pace counts too. Returns 0 when the save was refused (nothing confirmed or marked).
_LEAVE = """
local saved = 1
if ARGV[1] == 'save' then
  if redis.call('get', KEYS[2]) == ARGV[4] and redis.call('pttl', KEYS[2]) >= tonumber(ARGV[5]) then
    redis.call('set', KEYS[1], ARGV[2], 'EX', ARGV[3])
  else saved = 0 end
elseif ARGV[1] == 'delete' then
  redis.call('del', KEYS[1])
  for i = 5, #KEYS do redis.call('del', KEYS[i]) end
end
if ARGV[4] ~= '' and redis.call('get', KEYS[2]) == ARGV[4] then redis.call('del', KEYS[2]) end
if saved == 1 and ARGV[6] == '1' then redis.call('set', KEYS[3], '1', 'EX', ARGV[7]) end
if saved == 1 and ARGV[8] == '' then redis.call('del', KEYS[4])
elseif saved == 1 and ARGV[8] ~= '-' then redis.call('set', KEYS[4], ARGV[8]) end
return saved
"""


class PersistenceEnabled(RuntimeError):
    """The Redis server writes snapshots or an append-only file: state would reach disk."""


class PersistenceUnknown(PersistenceEnabled):
    """The Redis server does not let the bot read its persistence settings (CONFIG disabled)."""


class CircuitBreaker:
    """Stops calling a failing Redis for a while, so each message fails fast instead of waiting."""

    def __init__(self, failures: int = BREAKER_FAILURES, seconds: float = BREAKER_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._limit, self._seconds, self._clock = failures, seconds, clock
        self._failures = 0
        self._opened_at: float | None = None
        self._guard = threading.Lock()

    @property
    def is_open(self) -> bool:
        """True while calls are refused without trying (for the metrics' gauge)."""
        opened = self._opened_at
        return opened is not None and self._clock() - opened < self._seconds

    def call(self, action: Callable[[], T]) -> T:
        """Run `action`, or raise StoreUnavailable at once while the circuit is open."""
        with self._guard:
            if self._opened_at is not None and self._clock() - self._opened_at < self._seconds:
                raise StoreUnavailable("circuit open")
        try:
            result = action()
        except (redis.RedisError, OSError) as error:
            with self._guard:
                self._failures += 1
                if self._failures >= self._limit:
                    self._opened_at = self._clock()
            raise StoreUnavailable(getattr(error, "reason", type(error).__name__)) from None
        with self._guard:
            self._failures, self._opened_at = 0, None
        return result


class ServerPersists(redis.ConnectionError):
    """A new connection to a server that would keep what is written: dropped before use."""

    reason = "redis-persists"


def _setting(read: Callable[[], Any]) -> str | None:
    """One CONFIG GET reply's value (RESP2 list or RESP3/parsed dict); None where CONFIG is
    renamed away or not permitted to this user: not an outage, a server that hides its settings."""
    try:
        reply = read()
    except redis.ResponseError:
        return None
    values = list(reply.values()) if isinstance(reply, dict) else list(reply)[1::2]
    value = values[0] if values else ""
    return value.decode() if isinstance(value, bytes) else str(value)


def _persistence_problem(config: dict[str, str | None]) -> PersistenceEnabled | None:
    """What is wrong with these persistence settings, if anything."""
    if None in config.values():
        return PersistenceUnknown(
            "Redis refuses CONFIG GET, so the bot cannot check that it keeps nothing on disk. "
            "Allow CONFIG for this user, or set KYR_ALLOW_REDIS_PERSISTENCE=1 only if the "
            "provider guarantees no snapshots and no append-only file.")
    save, appendonly = config.get("save") or "", config.get("appendonly") or "no"
    if save.strip() or appendonly != "no":
        return PersistenceEnabled(
            f"Redis persists data (save={save!r}, appendonly={appendonly!r}); conversation state "
            "must never reach disk. Start it with --save '' --appendonly no (or CONFIG SET), or "
            "set KYR_ALLOW_REDIS_PERSISTENCE=1 if you accept the risk.")
    return None


class RedisStore:
    """State, deliveries and locks in Redis; every call bounded by short timeouts, no retries."""

    def __init__(self, client: redis.Redis, idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 breaker: CircuitBreaker | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.idle_seconds = idle_seconds
        self.breaker = breaker or CircuitBreaker()
        self.allow_persistence = False
        self._release = client.register_script(_RELEASE)
        self._save = client.register_script(_SAVE)
        self._enter = client.register_script(_ENTER)
        self._leave = client.register_script(_LEAVE)
        self._undo = client.register_script(_UNDO)
        self._tokens = Tokens()
        # Locks taken by a way in that timed out here: the script may still run once a paused
        # server resumes, and nobody would release that lock for LOCK_MILLISECONDS.
        self._given_up: dict[str, list[str]] = {}
        self._held = threading.local()  # this thread's lock, per conversation: (name, token)
        self._clock = clock
        self._checked_at: float | None = None  # when the settings were last read
        self._persisting = False  # what they said then
        self._problem: PersistenceEnabled | None = None

    @classmethod
    def from_url(cls, url: str, idle_seconds: float = DEFAULT_IDLE_SECONDS) -> "RedisStore":
        """A client with 200 ms timeouts and no retries (redis-py retries by default), whose
        every new connection (a restarted server, perhaps reconfigured) is checked before use."""
        stores: list[RedisStore] = []
        client = redis.Redis.from_url(
            url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS,
            retry=Retry(NoBackoff(), 0), retry_on_timeout=False, health_check_interval=0,
            redis_connect_func=lambda connection: stores[0]._on_connect(connection))
        stores.append(cls(client, idle_seconds))
        return stores[0]

    def verify(self) -> None:
        """Check the server's persistence now; raises PersistenceEnabled if it keeps data."""
        if not self.allow_persistence:
            try:
                config = {name: self.breaker.call(
                    lambda name=name: _setting(lambda: self.client.config_get(name)))  # type: ignore[misc]
                    for name in ("save", "appendonly")}
            except StoreUnavailable:
                if self._problem is not None:  # the connection itself was refused for it
                    raise self._problem from None
                raise
            problem = _persistence_problem(config)
            if problem is not None:
                raise problem
        self._checked_at, self._persisting, self._problem = self._clock(), False, None

    def _on_connect(self, connection: Any) -> None:
        """A new connection: read the settings on it before any command can write through it."""
        connection.on_connect()
        if self.allow_persistence:
            return

        def config_get(name: str) -> Any:
            connection.send_command("CONFIG", "GET", name)
            return connection.read_response()
        config = {name: _setting(lambda name=name: config_get(name))  # type: ignore[misc]
                  for name in ("save", "appendonly")}
        problem = _persistence_problem(config)
        if problem is None:
            self._checked_at, self._persisting, self._problem = self._clock(), False, None
            return
        self._note_persisting(problem)
        raise ServerPersists(str(problem))

    def _note_persisting(self, problem: PersistenceEnabled) -> None:
        """Remember that the server persists; say so once each time it starts."""
        if not self._persisting:
            log.warning("event=redis-persists: writing nothing and answering without state "
                        "until it stops. %s", problem)
        self._checked_at, self._persisting, self._problem = self._clock(), True, problem

    def _private(self) -> None:
        """Before any write: raise StoreUnavailable while the server would keep what is written."""
        if self.allow_persistence:
            return
        checked = self._checked_at
        if checked is not None and self._clock() - checked < RECHECK_SECONDS:
            if self._persisting:
                raise StoreUnavailable("redis-persists")
            return
        try:
            self.verify()
        except PersistenceEnabled as problem:
            self._note_persisting(problem)
            raise StoreUnavailable("redis-persists") from None

    def writable(self) -> bool:
        """False while the server is known to persist, or cannot be checked just now."""
        try:
            self._private()
        except StoreUnavailable:
            return False
        return True

    def health(self) -> str | None:
        """None if the server answers PING (through the breaker) and keeps nothing on disk."""
        try:
            self._call(self.client.ping)
        except StoreUnavailable as error:
            return f"redis unreachable ({error})"
        if not self.writable():
            return "redis persists to disk, or its settings cannot be read"
        return None

    def _call(self, action: Callable[[], T]) -> T:
        """One Redis call through the breaker; after a failure the settings are checked again."""
        try:
            return self.breaker.call(action)
        except StoreUnavailable:
            self._checked_at = None
            raise

    def load(self, key: str) -> dict[str, Any] | None:
        """The state under `key`, or None."""
        return _state(self._call(lambda: self.client.get(f"kyr:s:{key}")))

    def save(self, key: str, value: dict[str, Any]) -> None:
        """Store a state that expires after `idle_seconds` without a new message; inside
        `lock`, only while the lock is held and fresh (else StoreUnavailable("late-save"))."""
        self._private()
        data = json.dumps(value, separators=(",", ":"))
        ttl = max(1, int(self.idle_seconds))
        held = getattr(self._held, "locks", {}).get(key)
        if held is None:
            self._call(lambda: self.client.set(f"kyr:s:{key}", data, ex=ttl))
            return
        name, token = held
        saved = self._call(lambda: self._save(
            keys=[f"kyr:s:{key}", name], args=[token, data, ttl, LOCK_MILLISECONDS - SAVE_WITHIN_MS]))
        if not saved:
            raise StoreUnavailable("late-save")

    def delete(self, key: str) -> None:
        """Forget a conversation at once (allowed even while the server persists: it erases)."""
        self._call(lambda: self.client.delete(f"kyr:s:{key}"))

    def claim_delivery(self, delivery: str) -> str | None:
        """A claim on a delivery id no process has answered or is answering (SET NX PX); None
        for a duplicate."""
        self._private()
        claim = self._tokens()
        taken = self._call(lambda: self.client.set(f"kyr:d:{delivery}", claim, nx=True,
                                                   px=int(CLAIM_SECONDS * 1000)))
        return claim if taken else None

    def confirm_delivery(self, delivery: str, claim: str) -> None:
        """The reply exists: remember the delivery for as long as providers retry it."""
        self._private()
        self._call(lambda: self.client.set(f"kyr:d:{delivery}", b"1", ex=DELIVERY_SECONDS))

    def delivery_answered(self, delivery: str) -> bool:
        """True once some process has answered the delivery (its claim became a record)."""
        return self._call(lambda: self.client.get(f"kyr:d:{delivery}")) == b"1"

    def release_delivery(self, delivery: str, claim: str) -> None:
        """No reply was produced: drop this claim (only this one) so a retry is answered."""
        self._call(lambda: self._release(keys=[f"kyr:d:{delivery}"], args=[claim]))

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """A short lock per conversation, so two quick messages are applied in order."""
        self._private()
        name, token = f"kyr:l:{key}", self._tokens()
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while not self._call(lambda: self.client.set(name, token, nx=True, px=LOCK_MILLISECONDS)):
            if time.monotonic() > deadline:
                raise StoreUnavailable("conversation busy")
            time.sleep(LOCK_POLL_SECONDS)
        locks = self._held.__dict__.setdefault("locks", {})
        locks[key] = (name, token)
        try:
            yield
        finally:
            locks.pop(key, None)
            with suppress(StoreUnavailable):  # the lock expires by itself in LOCK_MILLISECONDS
                self._call(lambda: self._release(keys=[name], args=[token]))

    def enter(self, key: str, delivery: str | None, pace: Pace | None, stop: bool) -> Entry:
        """Claim, count, lock and read in one round trip (more only while another turn of the
        same conversation holds its lock: then lock and read are tried again for a moment)."""
        self._private()
        claim, token = (self._tokens() if delivery is not None else ""), self._tokens()
        sender, ceiling = (pace.sender, pace.replies) if pace is not None else ((), ())
        keys = [f"kyr:d:{delivery}", f"kyr:l:{key}", f"kyr:s:{key}",
                *_counted(sender, ceiling, key), f"kyr:o:{key}"]
        given_up = ",".join(self._given_up.get(key, ()))
        args: list[str | int] = [claim, int(CLAIM_SECONDS * 1000), token, LOCK_MILLISECONDS,
                                 "1" if stop else "0", len(sender), len(ceiling), given_up]
        for window in (*sender, *ceiling):
            args += [window.amount, window.seconds]
        reply = self._way_in(key, token, keys, args)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while reply[0] == b"busy":  # claimed and counted: only lock and read again
            if time.monotonic() > deadline:
                return Entry(Pacing.ANSWER, None, claim or None)  # answered without state
            time.sleep(LOCK_POLL_SECONDS)
            reply = self._way_in(key, token, [*keys[:3], keys[-1]],
                                 ["", 0, token, LOCK_MILLISECONDS, "1", 0, 0, given_up])
        outcome = reply[0].decode()
        if outcome in ("duplicate", "held"):
            return Entry(None, held=outcome == "held")
        saved = _state(reply[1]) if len(reply) > 1 else None
        opted_out = _language(reply[2]) if len(reply) > 2 else None
        locked = outcome == "answer"
        pacing = Pacing.ANSWER if locked else Pacing(outcome)
        return Entry(pacing, saved, claim or None, locked=locked, handle=token if locked else None,
                     opted_out=opted_out, counts=tuple(_counted(sender, (), key)))

    def leave(self, key: str, delivery: str | None, entry: Entry,
              value: dict[str, Any] | str) -> None:
        """Save or delete, unlock and confirm in one round trip; NotSaved if the save was
        refused (the lock lost or too old) or its outcome is unknown (a timeout)."""
        mode = "keep"
        data = ""
        if entry.locked and isinstance(value, dict):
            mode, data = "save", json.dumps(value, separators=(",", ":"))
        elif entry.locked and value == DELETE:
            mode = "delete"
        confirm = delivery is not None and entry.claim is not None
        counts = list(entry.counts) if mode == "delete" else []
        try:
            if mode == "save" or confirm or entry.mark:
                self._private()
            saved = self._run(self._leave, [f"kyr:s:{key}", f"kyr:l:{key}", f"kyr:d:{delivery}",
                                            f"kyr:o:{key}", *counts],
                              [mode, data, max(1, int(self.idle_seconds)), entry.handle or "",
                               LOCK_MILLISECONDS - SAVE_WITHIN_MS, "1" if confirm else "0",
                               DELIVERY_SECONDS, "-" if entry.mark is None else entry.mark])
        except StoreUnavailable as error:
            if mode == "keep":
                raise
            raise NotSaved(str(error)) from None
        if not saved:
            raise NotSaved("late-save")

    def abandon(self, key: str, delivery: str | None, entry: Entry) -> None:
        """No reply was produced: unlock and release the claim, in one round trip."""
        def both() -> Any:
            pipeline = self.client.pipeline(transaction=False)
            if entry.handle is not None:
                self._release(keys=[f"kyr:l:{key}"], args=[entry.handle], client=pipeline)
            if delivery is not None and entry.claim is not None:
                self._release(keys=[f"kyr:d:{delivery}"], args=[entry.claim], client=pipeline)
            return pipeline.execute()
        self._call(both)

    def undo(self, key: str, written: dict[str, Any], previous: dict[str, Any] | None) -> None:
        """Put `previous` back if the state is still exactly `written` (one round trip)."""
        data = json.dumps(written, separators=(",", ":"))
        back = "" if previous is None else json.dumps(previous, separators=(",", ":"))
        self._run(self._undo, [f"kyr:s:{key}"], [data, back])

    def opted_out(self, key: str) -> str | None:
        """The language of the person's opt-out, if they opted out and have not started again."""
        return _language(self._call(lambda: self.client.get(f"kyr:o:{key}")))

    def mark_opted_out(self, key: str, locale: str | None) -> None:
        """Keep an opt-out with no expiry (until START, or until the server restarts: it never
        persists); None drops it. An erasure is allowed even while the server persists."""
        if locale is None:
            self._call(lambda: self.client.delete(f"kyr:o:{key}"))
            return
        self._private()
        self._call(lambda: self.client.set(f"kyr:o:{key}", locale))

    def _way_in(self, key: str, token: str, keys: list[str], args: list[Any]) -> Any:
        """The way in; if it fails, its lock is one this process gave up on. Once one has run,
        every earlier one has too (the server applies them in order), so the list is cleared."""
        try:
            reply = self._run(self._enter, keys, args)
        except StoreUnavailable:
            if len(self._given_up) >= GIVEN_UP_KEPT:
                self._given_up.pop(next(iter(self._given_up)))
            self._given_up[key] = [*self._given_up.get(key, [])[-3:], token]
            raise
        self._given_up.pop(key, None)
        return reply

    def _run(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        """One script, one round trip (after the first call, which loads it)."""
        return self._call(lambda: script(keys=keys, args=args))


def _counted(sender: tuple[Window, ...], ceiling: tuple[Window, ...], key: str) -> list[str]:
    """The count keys the way in uses: previous and current window of each limit."""
    names: list[str] = []
    for window in sender:
        for kind, tag in (("sender", window.tag), ("notice", f"1/{window.seconds}")):
            names += [f"kyr:r:{kind}:{key}:{tag}:p", f"kyr:r:{kind}:{key}:{tag}:c"]
    for window in ceiling:
        names += [f"kyr:r:replies:{window.tag}:p", f"kyr:r:replies:{window.tag}:c"]
    return names


def _language(raw: Any) -> str | None:
    """An opt-out mark's language code, or None if there is no mark."""
    if not isinstance(raw, bytes):
        return None
    return raw.decode("ascii", "replace")[:16]


def _state(raw: Any) -> dict[str, Any] | None:
    """A stored state, or None if there is none or it cannot be read."""
    if not isinstance(raw, bytes):
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
