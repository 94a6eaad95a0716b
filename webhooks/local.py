"""One rule for what only this machine may do: unsigned requests in development mode, and
/metrics without a token."""

from flask import request

from bot.tools.loopback import is_loopback
from webhooks.settings import Settings

FORWARDING_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-Ip")


def from_this_machine() -> bool:
    """This request reached a loopback listener from this machine directly: a server bound to
    every interface, or a proxy passing the internet's requests on (it adds X-Forwarded-For),
    never counts as this machine, whatever the flags or variables."""
    environ = request.environ
    peer = environ.get("werkzeug.proxy_fix.orig", {}).get("REMOTE_ADDR", environ.get("REMOTE_ADDR"))
    if not is_loopback(peer) or any(name in request.headers for name in FORWARDING_HEADERS):
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
