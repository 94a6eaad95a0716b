"""Keyed pseudonyms: a conversation is stored under an HMAC of channel and sender, never the id."""

import hashlib
import hmac
import secrets

MIN_KEY_BYTES = 16  # 128 bits


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
