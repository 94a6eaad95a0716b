"""The shared store: Redis, for several processes or machines; fails fast and never persists.

Keys: kyr:s:<pseudonym> (state, expires when idle), kyr:d:<hashed delivery id> (dedupe: a short
claim while the turn runs, then a 24-hour record), kyr:l:<pseudonym> (a short per-conversation
lock). Values hold only the engine's state. The server's persistence settings are checked at
start, on every new connection and at least once a minute; while it persists, nothing is written.
"""

import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, TypeVar, cast

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from bot.store import CLAIM_SECONDS, DEFAULT_IDLE_SECONDS, DELIVERY_SECONDS, StoreUnavailable

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

    def _call(self, action: Callable[[], T]) -> T:
        """One Redis call through the breaker; after a failure the settings are checked again."""
        try:
            return self.breaker.call(action)
        except StoreUnavailable:
            self._checked_at = None
            raise

    def load(self, key: str) -> dict[str, Any] | None:
        """The state under `key`, or None."""
        raw = cast(bytes | None, self._call(lambda: self.client.get(f"kyr:s:{key}")))
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

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
        claim = secrets.token_hex(8)
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
        name, token = f"kyr:l:{key}", secrets.token_hex(8)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while not self._call(lambda: self.client.set(name, token, nx=True, px=LOCK_MILLISECONDS)):
            if time.monotonic() > deadline:
                raise StoreUnavailable("conversation busy")
            time.sleep(0.005)
        locks = self._held.__dict__.setdefault("locks", {})
        locks[key] = (name, token)
        try:
            yield
        finally:
            locks.pop(key, None)
            with suppress(StoreUnavailable):  # the lock expires by itself in LOCK_MILLISECONDS
                self._call(lambda: self._release(keys=[name], args=[token]))
