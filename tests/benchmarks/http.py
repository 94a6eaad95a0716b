"""Signed Twilio webhook turns per second under gunicorn, beside a bare endpoint and a peer.

Usage: python -m tests.benchmarks.http [--seconds 5] [--rounds 3] [--connections 16]

Needs wrk (Debian package `wrk`). Both servers run exactly as `kyr serve` runs the bot (gunicorn,
one gthread worker with 8 threads: in-memory state cannot be shared between processes) on
loopback; wrk sends pre-signed requests, every one with its own MessageSid, from 2,000 people
walking the rights flow. The bare endpoint returns the same TwiML without signature checks,
state, engine or Fluent; the peer (tests/benchmarks/peer.py) is the hand-written Flask Twilio
endpoint the bot must beat: ProxyFix, RequestValidator, `request.form`, a dict of replies,
MessagingResponse. Rounds alternate and each server keeps its best round.
"""

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from flask import Flask, Response
from twilio.request_validator import RequestValidator

from webhooks.serve import THREADS, WORKER_TIMEOUT

TOKEN = "benchmark-auth-token"
PEOPLE = 2_000
WALK = ("hola", "1", "1", "1", "1", "1", "hello", "1", "2", "1", "1", "0")
BARE_TWIML = ('<?xml version="1.0" encoding="UTF-8"?><Response><Message>Usted tiene derechos, sin '
              "importar su estatus migratorio. ¿Dónde están los agentes?\n\n1) En mi puerta\n2) En "
              "la calle, en un carro o en el trabajo\n0) Menú principal</Message></Response>")

BARE, PEER, BOT = "bare Flask endpoint", "hand-written peer", "bot (signed, state, engine)"
LUA = r"""
local requests = {}
for line in io.lines("%(data)s") do
  local body, sig = line:match("^([^\t]*)\t(.*)$")
  requests[#requests + 1] = {body, sig}
end
local counter = 0
function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end
function init(args)
  -- each run (a round) and each thread start in their own slice, so no MessageSid repeats
  index = tonumber(args[1]) + offset * math.floor(tonumber(args[2]) / %(threads)d)
end
function request()
  index = index %% #requests + 1
  local entry = requests[index]
  return wrk.format("POST", "/twilio", {["Content-Type"] = "application/x-www-form-urlencoded",
                    ["X-Twilio-Signature"] = entry[2]}, entry[1])
end
function done(summary, latency, requests)
  io.write(string.format(
    '{"requests": %%d, "seconds": %%f, "errors": %%d, "non2xx": %%d, "p50": %%d, "p99": %%d}\n',
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(99)))
end
"""


def bare_app() -> Flask:
    """The floor: a Flask endpoint that returns TwiML and does nothing else."""
    app = Flask("bare")

    @app.post("/twilio")
    def twilio() -> Response:
        return Response(BARE_TWIML, mimetype="application/xml")

    @app.get("/healthz")
    def healthz() -> str:
        return "ok"
    return app


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def write_requests(folder: Path, base_url: str, count: int) -> Path:
    """`count` form bodies, each with its signature for `base_url`/twilio, one per line."""
    validator = RequestValidator(TOKEN)
    lines = []
    for number in range(count):
        person = number % PEOPLE
        text = WALK[(number // PEOPLE) % len(WALK)]
        form = {"From": f"+1312555{person:04d}", "To": "+13125550100", "Body": text,
                "MessageSid": f"SM{number:032d}", "NumMedia": "0",
                "AccountSid": "AC" + "0" * 32}
        body = "&".join(f"{k}={urllib.parse.quote(v, safe='')}" for k, v in form.items())
        lines.append(f"{body}\t{validator.compute_signature(f'{base_url}/twilio', form)}")
    path = folder / "requests.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start(target: str, port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """gunicorn with the same settings `kyr serve` uses for in-memory state."""
    argv = [sys.executable, "-m", "gunicorn", "--worker-class", "gthread", "--workers", "1",
            "--threads", str(THREADS), "--timeout", str(WORKER_TIMEOUT), "--bind",
            f"127.0.0.1:{port}", target]
    with log.open("ab") as sink:
        process = subprocess.Popen(argv, env=env, stdout=sink, stderr=sink, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return process
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{target} did not start; see {log}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a gunicorn started by `start`."""
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


def run_wrk(port: int, script: Path, seconds: float, connections: int, start: int, span: int
            ) -> dict[str, float]:
    """One wrk run over requests[start:start+span]; its summary as printed by the Lua `done`."""
    result = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{round(seconds)}s", "-s", str(script),
                             f"http://127.0.0.1:{port}", "--", str(start), str(span)],
                            capture_output=True, text=True, check=True, timeout=seconds + 60)
    found = re.findall(r"^\{.*\}$", result.stdout, re.M)
    if not found:
        raise RuntimeError(f"wrk printed no summary:\n{result.stdout}\n{result.stderr}")
    summary: dict[str, float] = json.loads(found[-1])
    summary["rate"] = summary["requests"] / summary["seconds"]
    return summary


def main() -> None:
    """Measure the three servers in alternating rounds; print rates, latencies and ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--requests", type=int, default=150_000, help="distinct signed requests")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        ports = {BARE: free_port(), PEER: free_port(), BOT: free_port()}
        # One set of signed requests for all three: each signs against the same PUBLIC_URL.
        public_url = f"http://127.0.0.1:{ports[BOT]}"
        data = write_requests(work, public_url, args.requests)
        script = work / "bench.lua"
        script.write_text(LUA % {"data": data, "threads": 2}, encoding="utf-8")
        env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_URL": public_url,
               "KYR_SECRET_KEY": "b" * 32,
               # wrk's 2,000 people write far faster than real ones: measure answers, not pacing
               "KYR_SENDER_LIMIT": "100000/minute", "KYR_REPLY_LIMIT": "100000000/minute"}
        targets = {BARE: "tests.benchmarks.http:bare_app()",
                   PEER: "tests.benchmarks.peer:create_peer()", BOT: "webhooks.app:create_app()"}
        best: dict[str, dict[str, float]] = {}
        servers = {name: start(target, ports[name], env, work / "server.log")
                   for name, target in targets.items()}
        try:
            span = args.requests // args.rounds
            for number in range(args.rounds):
                for name, port in ports.items():
                    summary = run_wrk(port, script, args.seconds, args.connections, number * span, span)
                    if name not in best or summary["rate"] > best[name]["rate"]:
                        best[name] = summary
        finally:
            for process in servers.values():
                stop(process)
        duplicates = (work / "server.log").read_text(errors="replace").count("event=duplicate")
    bare, peer = best[BARE]["rate"], best[PEER]["rate"]
    print(f"{'server':<30}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'vs bare':>9}"
          f"{'vs peer':>9}")
    for name, summary in best.items():
        print(f"{name:<30}{summary['rate']:>10,.0f}{summary['p50'] / 1000:>9.2f}"
              f"{summary['p99'] / 1000:>9.2f}{summary['errors'] + summary['non2xx']:>8.0f}"
              f"{summary['rate'] / bare:>8.2f}x{summary['rate'] / peer:>8.2f}x")
    print(f"(requests answered as retries of a MessageSid already seen: {duplicates})")


if __name__ == "__main__":
    main()
