"""Development mode's one rule: an unsigned request is accepted only from this machine."""

from flask import request

from bot.tools.loopback import is_loopback
from webhooks.settings import Settings

FORWARDING_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-Ip")


def unsigned_allowed(settings: Settings) -> bool:
    """Development mode, and this request reached a loopback listener from this machine
    directly: whatever the flags or variables, a server bound to every interface, or a proxy
    passing the internet's requests on, never serves unsigned requests to others."""
    if not settings.development:
        return False
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
