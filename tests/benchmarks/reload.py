"""Publishing under load: a clean edit and a broken edit, each published by SIGHUP, during a wrk
run against `kyr serve`.

Usage: python -m tests.benchmarks.reload [--seconds 12] [--connections 16]

Needs wrk (Debian package `wrk`). Serves a copy of the content; at a quarter of the run the
English welcome is edited and SIGHUP sent to the master, at half of it the same message is
broken and SIGHUP sent again. Prints wrk's totals (every failed or non-2xx request counts) and
which welcome the bot gives after the run: the clean edit, never the broken one.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from twilio.request_validator import RequestValidator

from tests.benchmarks.http import LUA, TOKEN, free_port, run_wrk, write_requests
from tests.conftest import REPO
from tests.helpers import wait_until_serving

WELCOME, EDITED, BROKEN = "main-welcome = Hello.", "main-welcome = Hello there.", \
    "main-welcome = { $broken Hello there."


def _edit(root: Path, old: str, new: str) -> None:
    ftl = root / "locales/en/main.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def _welcome(base: str, sender: str) -> str:
    """The first reply to a new English sender."""
    form = {"From": sender, "To": "+13125550100", "Body": "hello",
            "MessageSid": f"SMwelcome{time.time_ns()}", "AccountSid": "AC" + "0" * 32}
    signature = RequestValidator(TOKEN).compute_signature(f"{base}/twilio", form)
    request = urllib.request.Request(f"{base}/twilio", data=urllib.parse.urlencode(form).encode(),
                                     headers={"X-Twilio-Signature": signature}, method="POST")
    with urllib.request.urlopen(request, timeout=5) as response:
        body: str = response.read().decode()
    return body.split("<Message>")[1][:30] if "<Message>" in body else body


def main() -> None:
    """Run wrk, publish twice during it, print the totals and the welcome served after."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=12.0)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for name in ("flows", "locales"):
            shutil.copytree(REPO / name, work / name)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        data = write_requests(work, base, 100_000)
        script = work / "bench.lua"
        script.write_text(LUA % {"data": data, "threads": 2}, encoding="utf-8")
        env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_URL": base, "PORT": str(port),
               "KYR_SECRET_KEY": "r" * 32, "KYR_CONTENT_DIR": str(work),
               "KYR_SENDER_LIMIT": "100000/minute", "KYR_REPLY_LIMIT": "100000000/minute"}
        with (work / "serve.log").open("wb") as log:
            server = subprocess.Popen([sys.executable, "-m", "bot.tools.cli", "serve"], env=env,
                                      stdout=log, stderr=log, start_new_session=True)
        try:
            wait_until_serving(base, server)
            before = _welcome(base, "+13125559998")

            def publish_twice() -> None:
                time.sleep(args.seconds / 4)
                _edit(work, WELCOME, EDITED)
                os.kill(server.pid, signal.SIGHUP)
                time.sleep(args.seconds / 4)
                _edit(work, EDITED, BROKEN)
                os.kill(server.pid, signal.SIGHUP)
            editor = threading.Thread(target=publish_twice)
            editor.start()
            summary = run_wrk(port, script, args.seconds, args.connections, 0, 100_000)
            editor.join()
            after = _welcome(base, "+13125559999")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
        logged = (work / "serve.log").read_text(errors="replace")
    print(f"requests {summary['requests']:.0f} in {summary['seconds']:.1f} s "
          f"({summary['rate']:.0f}/s); socket errors {summary['errors']:.0f}; "
          f"non-2xx {summary['non2xx']:.0f}")
    print(f"published: {logged.count('event=content-published')}, refused: "
          f"{logged.count('event=content-refused')}")
    print(f"welcome before: {before!r}; after: {after!r}")


if __name__ == "__main__":
    main()
