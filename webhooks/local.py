"""One rule for what only this machine may do: unsigned requests in development mode, and
/metrics without a token."""

from flask import request

from bot.tools.loopback import is_loopback
from webhooks.settings import Settings

# Any header a proxy or a CDN adds on the way (spelled with dashes or underscores): a request
# that carries one came through something, not from this machine directly.
PROXY_HEADERS = frozenset({"forwarded", "via", "x-real-ip", "x-client-ip", "true-client-ip",
                           "cf-connecting-ip", "fastly-client-ip", "x-cluster-client-ip",
                           "x-original-forwarded-for"})


def _proxied(names: list[str]) -> bool:
    """True if any header name is one a proxy adds (X-Forwarded-* included)."""
    for name in names:
        plain = name.lower().replace("_", "-")
        if plain in PROXY_HEADERS or plain.startswith("x-forwarded-"):
            return True
    return False


def from_this_machine() -> bool:
    """This request reached a loopback listener from this machine directly: a server bound to
    every interface, or a proxy passing the internet's requests on (it adds X-Forwarded-For),
    never counts as this machine, whatever the flags or variables."""
    environ = request.environ
    peer = environ.get("werkzeug.proxy_fix.orig", {}).get("REMOTE_ADDR", environ.get("REMOTE_ADDR"))
    if not is_loopback(peer) or _proxied([name for name, _value in request.headers.items()]):
        return False
    connection = environ.get("gunicorn.socket")
    if connection is not None:  # the address this connection was accepted on
        try:
            local = connection.getsockname()
        except OSError:
            return False
        return is_loopback(local[0] if isinstance(local, tuple) else None)
    return True


def unsigned_allowed(settings: Settings) -> bool:
    """Development mode, and the request comes from this machine directly."""
    return settings.development and from_this_machine()
