"""Where conversation state lives between messages: short-lived, bounded, keyed by pseudonym."""

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

DEFAULT_IDLE_SECONDS = 30 * 60
DEFAULT_MAX_CONVERSATIONS = 100_000
DELIVERY_SECONDS = 24 * 60 * 60  # Telegram keeps retrying an update for 24 hours


class StoreUnavailable(Exception):
    """The store cannot be reached now; the caller answers without state."""


class StateStore(Protocol):
    """What the service needs from a store; values are small dicts, keys are pseudonyms."""

    def load(self, key: str) -> dict[str, Any] | None: ...

    def save(self, key: str, value: dict[str, Any]) -> None: ...

    def delete(self, key: str) -> None: ...

    def first_delivery(self, delivery: str) -> bool: ...

    def lock(self, key: str) -> Any: ...


class MemoryStore:
    """The zero-configuration store: one process, TTL, least-recently-used eviction, thread-safe."""

    def __init__(self, idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 max_items: int = DEFAULT_MAX_CONVERSATIONS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_seconds = idle_seconds
        self.max_items = max_items
        self._clock = clock
        self._states: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()
        self._deliveries: OrderedDict[str, float] = OrderedDict()
        self._guard = threading.Lock()
        self._locks: dict[str, list[Any]] = {}

    def load(self, key: str) -> dict[str, Any] | None:
        """The state under `key`, or None if there is none or it expired."""
        with self._guard:
            found = self._states.get(key)
            if found is None:
                return None
            expires, value = found
            if expires <= self._clock():
                del self._states[key]
                return None
            self._states.move_to_end(key)
            return dict(value)

    def save(self, key: str, value: dict[str, Any]) -> None:
        """Store a state until it has been idle for `idle_seconds`."""
        with self._guard:
            self._states[key] = (self._clock() + self.idle_seconds, dict(value))
            self._states.move_to_end(key)
            while len(self._states) > self.max_items:
                self._states.popitem(last=False)

    def delete(self, key: str) -> None:
        """Forget a conversation at once."""
        with self._guard:
            self._states.pop(key, None)

    def first_delivery(self, delivery: str) -> bool:
        """True the first time a delivery id is seen; False for a provider's retry."""
        now = self._clock()
        with self._guard:
            while self._deliveries and next(iter(self._deliveries.values())) <= now:
                self._deliveries.popitem(last=False)
            if delivery in self._deliveries:
                return False
            self._deliveries[delivery] = now + DELIVERY_SECONDS
            while len(self._deliveries) > self.max_items:
                self._deliveries.popitem(last=False)
            return True

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """Serialise the turns of one conversation, so quick messages are applied in order."""
        with self._guard:
            entry = self._locks.setdefault(key, [threading.Lock(), 0])
            entry[1] += 1  # waiters are counted so the lock is dropped only when nobody needs it
        try:
            with entry[0]:
                yield
        finally:
            with self._guard:
                entry[1] -= 1
                if entry[1] == 0:
                    del self._locks[key]

    def __len__(self) -> int:
        with self._guard:
            return len(self._states)
