"""`kyr probe`: a container's health check, asking the server on this machine over loopback.

It imports nothing of the bot, so a check every few seconds costs a few milliseconds of start-up.
"""

import os
import sys
import urllib.error
import urllib.request

DEFAULT_PORT = 8000  # the web server's port when PORT is not set (webhooks.settings uses it)


def probe(ready: bool, timeout: float) -> int:
    """0 if GET /healthz (or /readyz) on 127.0.0.1:PORT answers 200, else 1, saying why."""
    port = os.environ.get("PORT", "").strip() or str(DEFAULT_PORT)
    path = "/readyz" if ready else "/healthz"
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except (OSError, ValueError) as error:
        print(f"kyr probe: {path} did not answer on port {port}: {type(error).__name__}",
              file=sys.stderr)
        return 1
    if status != 200:
        print(f"kyr probe: {path} answered {status}", file=sys.stderr)
        return 1
    return 0
