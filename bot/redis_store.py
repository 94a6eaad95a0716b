"""The shared store: Redis, for several processes or machines; fails fast and never persists.

Keys: kyr:s:<pseudonym> (state, expires when idle), kyr:d:<hashed delivery id> (dedupe, SET NX
EX), kyr:l:<pseudonym> (a short per-conversation lock). Values hold only the engine's state.
"""

import json
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from bot.store import DEFAULT_IDLE_SECONDS, DELIVERY_SECONDS, StoreUnavailable

T = TypeVar("T")
TIMEOUT_SECONDS = 0.2  # a hung Redis must not hold a reply past Twilio's patience
LOCK_MILLISECONDS = 2_000  # a lock outlives no crashed worker by more than this
LOCK_WAIT_SECONDS = 0.5  # how long a second quick message waits for the first one's turn
BREAKER_FAILURES = 3  # consecutive failures that open the circuit
BREAKER_SECONDS = 5.0  # how long an open circuit refuses calls before one trial
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"


class PersistenceEnabled(RuntimeError):
    """The Redis server writes snapshots or an append-only file: state would reach disk."""


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
            raise StoreUnavailable(type(error).__name__) from None
        with self._guard:
            self._failures, self._opened_at = 0, None
        return result


class RedisStore:
    """State, deliveries and locks in Redis; every call bounded by short timeouts, no retries."""

    def __init__(self, client: redis.Redis, idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 breaker: CircuitBreaker | None = None) -> None:
        self.client = client
        self.idle_seconds = idle_seconds
        self.breaker = breaker or CircuitBreaker()
        self._release = client.register_script(_RELEASE)
        self.allow_persistence = False
        self._verified = False

    @classmethod
    def from_url(cls, url: str, idle_seconds: float = DEFAULT_IDLE_SECONDS) -> "RedisStore":
        """A client with 200 ms timeouts and no retries (redis-py retries by default)."""
        client = redis.Redis.from_url(
            url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS,
            retry=Retry(NoBackoff(), 0), retry_on_timeout=False, health_check_interval=0)
        return cls(client, idle_seconds)

    def verify(self) -> None:
        """Check the server's persistence once (at start, or at the first write if it was down)."""
        if not self._verified:
            if not self.allow_persistence:
                self.check_no_persistence()
            self._verified = True

    def check_no_persistence(self) -> None:
        """Refuse a server that snapshots (`save`) or logs writes (`appendonly`) to disk."""
        config: dict[str, str] = {}
        for name in ("save", "appendonly"):
            reply = cast(dict[Any, Any], self.breaker.call(
                lambda name=name: self.client.config_get(name)))  # type: ignore[misc]
            config.update({key.decode() if isinstance(key, bytes) else key:
                           value.decode() if isinstance(value, bytes) else str(value)
                           for key, value in reply.items()})
        if config.get("save", "").strip() or config.get("appendonly", "no") != "no":
            raise PersistenceEnabled(
                f"Redis persists data (save={config.get('save')!r}, appendonly="
                f"{config.get('appendonly')!r}); conversation state must never reach disk. Start it "
                "with --save '' --appendonly no (or CONFIG SET), or set "
                "KYR_ALLOW_REDIS_PERSISTENCE=1 if you accept the risk.")

    def load(self, key: str) -> dict[str, Any] | None:
        """The state under `key`, or None."""
        raw = cast(bytes | None, self.breaker.call(lambda: self.client.get(f"kyr:s:{key}")))
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def save(self, key: str, value: dict[str, Any]) -> None:
        """Store a state that expires after `idle_seconds` without a new message."""
        try:
            self.verify()
        except PersistenceEnabled as error:  # never write state to a server that keeps it
            raise StoreUnavailable("redis-persists") from error
        data = json.dumps(value, separators=(",", ":"))
        self.breaker.call(lambda: self.client.set(f"kyr:s:{key}", data,
                                                  ex=max(1, int(self.idle_seconds))))

    def delete(self, key: str) -> None:
        """Forget a conversation at once."""
        self.breaker.call(lambda: self.client.delete(f"kyr:s:{key}"))

    def first_delivery(self, delivery: str) -> bool:
        """True the first time a delivery id is seen, across every process (SET NX EX)."""
        return bool(self.breaker.call(lambda: self.client.set(
            f"kyr:d:{delivery}", b"1", nx=True, ex=DELIVERY_SECONDS)))

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """A short lock per conversation, so two quick messages are applied in order."""
        name, token = f"kyr:l:{key}", secrets.token_hex(8)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while not self.breaker.call(lambda: self.client.set(name, token, nx=True,
                                                            px=LOCK_MILLISECONDS)):
            if time.monotonic() > deadline:
                raise StoreUnavailable("conversation busy")
            time.sleep(0.005)
        try:
            yield
        finally:
            self.breaker.call(lambda: self._release(keys=[name], args=[token]))
