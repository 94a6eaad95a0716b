"""Keyed pseudonyms: a conversation is stored under an HMAC of channel and sender, never the id."""

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable

MIN_KEY_BYTES = 16  # 128 bits
TAG_CHARACTERS = 8
DAY_SECONDS = 24 * 60 * 60


class KeyTooShort(ValueError):
    """KYR_SECRET_KEY holds fewer than 128 bits."""


class Pseudonymizer:
    """Turns (channel, sender id) into a stable pseudonym that cannot be reversed without the key."""

    def __init__(self, key: bytes) -> None:
        if len(key) < MIN_KEY_BYTES:
            raise KeyTooShort(f"KYR_SECRET_KEY must hold at least {MIN_KEY_BYTES} bytes "
                              "(for example 64 hex characters from `python -c 'import secrets; "
                              "print(secrets.token_hex(32))'`)")
        self._key = key

    @classmethod
    def random(cls) -> "Pseudonymizer":
        """A per-process key: pseudonyms change at restart and differ between processes."""
        return cls(secrets.token_bytes(32))

    def __call__(self, channel: str, sender: str) -> str:
        """The pseudonym of a sender on a channel (64 hex characters)."""
        message = f"{channel}\x00{sender}".encode("utf-8", "surrogatepass")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


class DailyTags:
    """Short tags that let an operator follow one conversation in the logs while debugging.

    The key is random, lives only in this process's memory and is replaced at every UTC
    midnight: one person's tags from different days, or from different processes, cannot be
    linked, and nothing that is stored or configured can recompute them.
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._guard = threading.Lock()
        self._day = -1
        self._key = b""

    def __call__(self, pseudonym: str) -> str:
        """The tag of a pseudonym for today."""
        day = int(self._clock() // DAY_SECONDS)
        with self._guard:
            if day != self._day:
                self._day, self._key = day, secrets.token_bytes(32)
            key = self._key
        return hmac.new(key, pseudonym.encode("ascii"), hashlib.sha256).hexdigest()[:TAG_CHARACTERS]
