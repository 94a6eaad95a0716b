"""`kyr studio`: a local web page to try content as people will see it, while editing it.

A phone-like chat with an SMS, a WhatsApp and a Telegram view, rendered by the same code the
channels send with; beside each reply its flow and node, the message ids, for SMS the segments
and encoding of every body, and for free text why it led there. Beside the chat, the problems
`kyr check` finds (file:line), checked again whenever a flow or locale file changes (the chat
then runs on the new content as soon as it is clean), and the chosen flow as Mermaid text. A
studio conversation can be saved as a golden transcript under tests/transcripts/.

It only ever listens on this machine (loopback) and keeps its conversations in this process's
memory: no state store, no Redis, nobody's real conversation.
"""

import logging
import os
import re
import secrets
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import yaml
from flask import Flask, Response, abort, g, jsonify, render_template, request
from werkzeug.serving import BaseWSGIServer, make_server

from bot.content.problems import ContentError, Problem, Severity
from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State, Turn
from bot.engine.engine import Engine
from bot.engine.render import CARD_ROUTE, card_address, telegram_messages
from bot.engine.sms import SmsOut, segments
from bot.release.check import content_hash
from bot.release.load import checked_problems, load_catalog
from bot.tools.chat import Simulator, card_bodies, show_sms, show_telegram
from bot.tools.diagram import mermaid
from bot.tools.explain import explain
from bot.tools.loopback import is_loopback

CHANNELS = ("sms", "whatsapp", "telegram")
DEFAULT_PORT = 8001
PORT_ENV = "PORT"
LOOPBACK_HOST = "127.0.0.1"
CASE_NAME = re.compile(r"[a-z0-9_-]{1,100}")  # a saved test's file name, without .yaml
FOLDER_NAME = re.compile(r"[a-z0-9_]+")  # the folder under tests/transcripts/ (a flow's id)
COOKIE = "kyr_studio"
MAX_SESSIONS = 64  # browsers remembered; the oldest is forgotten first
MAX_TURNS = 200  # messages in one studio conversation
MAX_TEXT = 1600  # characters of one message, as for one SMS body
LANGUAGE_NAME = "language-name"


# ---- golden transcripts ------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """One turn of a conversation as a golden transcript records it: what the person sent and
    the message ids that came back."""

    send: str
    locale: str
    say: tuple[str, ...] = ()
    options: tuple[str, ...] = ()


def step_of(text: str, turn: Turn) -> Step:
    """The step a turn makes: the reply's language, message ids and option label ids."""
    reply = turn.reply
    return Step(text, reply.locale, tuple(say.id for say in reply.messages),
                tuple(choice.label.id for choice in reply.choices))


def transcript(steps: Sequence[Step], locale: str | None, channel: str) -> dict[str, Any]:
    """A golden transcript (tests/transcripts/<flow>/<case>.yaml) of these steps: the channel,
    the language chosen before the first message (if any) and every turn."""
    data: dict[str, Any] = {"channel": channel}
    if locale is not None:
        data["start_locale"] = locale
    turns: list[dict[str, Any]] = []
    for step in steps:
        turn: dict[str, Any] = {"send": step.send, "locale": step.locale}
        if step.say:
            turn["say"] = list(step.say)
        if step.options:
            turn["options"] = list(step.options)
        turns.append(turn)
    data["turns"] = turns
    return data


def transcript_yaml(data: dict[str, Any], comment: str) -> str:
    """The transcript as the hand-written ones look: a comment line, then the YAML."""
    start = f", starting in {data['start_locale']}" if data.get("start_locale") else ""
    line = " ".join(comment.split()) or f"Recorded in kyr studio over {data['channel']}{start}."
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False,
                          width=1000)
    return f"# {line}\n{body}"


def replay(catalog: Catalog, texts: Sequence[str], locale: str | None, channel: str,
           title: str) -> tuple[list[Step], str]:
    """The steps and the rendered snapshot (<case>.txt) of these messages, made as
    tests/test_transcripts.py replays a transcript: the default engine, one second a turn."""
    engine = Engine(catalog)
    clock = iter(range(1, len(texts) + 1))
    simulator = Simulator(catalog, channel, locale, clock=lambda: float(next(clock)))
    state: State | None = None
    steps: list[Step] = []
    lines = [f"# {title} ({channel})"]
    for number, text in enumerate(texts, start=1):
        turn = engine.handle(state, Inbound(text, channel=channel, received_at=float(number),
                                            locale=locale if state is None else None))
        steps.append(step_of(text, turn))
        state = turn.state
        lines += [f"> {text}", simulator.send(text), ""]
    return steps, "\n".join(lines)


def save_transcript(folder: Path, flow: str, case: str, catalog: Catalog, texts: Sequence[str],
                    locale: str | None, channel: str, comment: str = ""
                    ) -> tuple[Path, Path, list[Step]]:
    """Write <folder>/<flow>/<case>.yaml and its snapshot <case>.txt, never overwriting; return
    both paths and the steps recorded. Raises ValueError for a name that is not up to 100
    lowercase letters, digits, dashes and underscores, a flow the content does not have, or an
    empty conversation; FileExistsError if the case exists."""
    if not CASE_NAME.fullmatch(case):
        raise ValueError(f"a test's name is up to 100 lowercase letters, digits, dashes and "
                         f"underscores (such as door_es), not {case[:40]!r}")
    if not FOLDER_NAME.fullmatch(flow) or flow not in catalog.flows.flows:
        raise ValueError(f"no flow {flow[:40]!r}: choose one of "
                         f"{', '.join(sorted(catalog.flows.flows))}")
    if not texts:
        raise ValueError("nothing to save: send a message first")
    path = folder / flow / f"{case}.yaml"
    snapshot = path.with_suffix(".txt")
    for existing in (path, snapshot):
        if existing.exists():
            raise FileExistsError(f"{existing} exists; choose another name")
    steps, rendered = replay(catalog, texts, locale, channel, f"{flow}/{case}")
    text = transcript_yaml(transcript(steps, locale, channel), comment)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as out:  # "x": refuse a file made meanwhile
        out.write(text)
    snapshot.write_text(rendered, encoding="utf-8")
    return path, snapshot, steps


# ---- the content, checked again when its files change ----------------------------------------

def problem_json(problem: Problem) -> dict[str, Any]:
    """A problem as the page lists it."""
    return {"file": problem.path, "line": problem.line, "severity": problem.severity.value,
            "message": problem.message, "where": f"{problem.path}:{problem.line}",
            "text": str(problem)}


@dataclass
class Loaded:
    """A clean catalog and what the studio builds from it once."""

    catalog: Catalog
    engine: Engine
    whatsapp: SmsOut
    version: int
    loaded_at: float


class Content:
    """The content under a root: its problems as of its files now, and the last catalog that
    was clean (kept for the chat while the files have errors)."""

    def __init__(self, root: Path, sms_fold: bool = True,
                 check: Callable[[Path, bool], list[Problem]] | None = None) -> None:
        self.root = root
        self.sms_fold = sms_fold
        self._check = check or (lambda path, fold: checked_problems(path, sms_fold=fold))
        self._lock = threading.Lock()
        self.hash = ""
        self.problems: list[Problem] = []
        self.loaded: Loaded | None = None
        self.checked_at = 0.0
        self.load_error = ""

    @property
    def errors(self) -> int:
        """Problems that stop the content from being served."""
        return sum(problem.severity is Severity.ERROR for problem in self.problems)

    def refresh(self) -> None:
        """Check the files again if any changed; load them if they are clean."""
        with self._lock:
            now = content_hash(self.root)
            if now == self.hash:
                return
            problems = self._check(self.root, self.sms_fold)
            self.hash, self.problems, self.checked_at = now, problems, time.time()
            if self.errors:
                return
            try:
                catalog = load_catalog(self.root, sms_fold=self.sms_fold)
            except ContentError as error:  # changed again between the check and the load
                self.problems, self.hash = error.problems, ""
                return
            except OSError as error:
                self.load_error, self.hash = str(error), ""
                return
            if self.loaded is not None and self.loaded.catalog is catalog:
                return
            engine = Engine(catalog, sms_fold=self.sms_fold)
            version = self.loaded.version + 1 if self.loaded is not None else 1
            self.loaded = Loaded(catalog, engine, engine.sms.unfolded(), version, time.time())
            self.load_error = ""

    def status(self) -> dict[str, Any]:
        """What /api/problems answers."""
        loaded = self.loaded
        chat = "none" if loaded is None else "last good" if self.errors else "current"
        return {"root": str(self.root), "hash": self.hash[:12], "checked_at": self.checked_at,
                "errors": self.errors, "warnings": len(self.problems) - self.errors,
                "problems": [problem_json(problem) for problem in self.problems],
                "chat": chat, "version": loaded.version if loaded else 0,
                "loaded_at": loaded.loaded_at if loaded else 0.0, "load_error": self.load_error}


# ---- conversations, in this process only ------------------------------------------------------

@dataclass
class Conversation:
    """One channel's studio conversation: the engine's state between messages and what was
    shown, as a channel's store would keep it, but in memory here only."""

    channel: str
    locale: str | None
    state: State | None = None
    steps: list[Step] = field(default_factory=list)
    shown: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Session:
    """One browser: a conversation per channel and the language chosen for them."""

    locale: str | None = None
    conversations: dict[str, Conversation] = field(default_factory=dict)

    def conversation(self, channel: str) -> Conversation:
        """The channel's conversation, started if there is none."""
        found = self.conversations.get(channel)
        if found is None:
            found = self.conversations[channel] = Conversation(channel, self.locale)
        return found


def turn_json(loaded: Loaded, conversation: Conversation, text: str) -> dict[str, Any]:
    """Pass one message to the engine, keep the new state, and describe what the channel shows."""
    catalog, engine, channel = loaded.catalog, loaded.engine, conversation.channel
    before = conversation.state
    number = len(conversation.steps) + 1  # one second a turn, as golden transcripts replay
    turn = engine.handle(before, Inbound(text, channel=channel, received_at=float(number),
                                         locale=conversation.locale if before is None else None))
    conversation.state = turn.state
    conversation.steps.append(step_of(text, turn))
    reply = turn.reply
    shown: dict[str, Any] = {
        "you": text, "channel": channel, "locale": reply.locale, "event": turn.name,
        "flow": turn.state.flow if turn.state else None,
        "node": turn.state.node if turn.state else None,
        "say": [say.id for say in reply.messages],
        "options": [choice.label.id for choice in reply.choices],
        "messages": [], "buttons": [], "note": "", "why": None, "card": None,
    }
    if reply.card and channel != "sms" and reply.locale in catalog.cards:
        shown["card"] = card_address("", reply.locale)  # Telegram and WhatsApp send the picture
    if channel == "telegram":
        texts, buttons = telegram_messages(reply, catalog.localizer)
        shown["messages"] = [{"text": body} for body in texts]
        shown["buttons"] = buttons
        if not texts and not buttons:
            shown["note"] = show_telegram("", [])
    else:  # exactly the bodies Twilio is given: SMS folded where allowed, WhatsApp never
        out = engine.sms if channel == "sms" else loaded.whatsapp
        bodies = out.bodies(reply)
        if channel == "sms":  # plain SMS: the card's officers' side as text (MMS: the picture)
            bodies = (*bodies, *card_bodies(catalog, out, reply))
        shown["messages"] = [_body_json(body, channel) for body in bodies]
        if not bodies:
            shown["note"] = show_sms("") if channel == "sms" else "(no reply)"
    if turn.event.free_text:
        shown["why"] = explain(catalog, engine, text, conversation.locale, before)
    conversation.shown.append(shown)
    return shown


def _body_json(body: str, channel: str) -> dict[str, Any]:
    """One SMS or WhatsApp body; an SMS with the parts and encoding carriers count."""
    if channel != "sms":
        return {"text": body, "characters": len(body)}
    count = segments(body)
    return {"text": body, "characters": len(body),
            "segments": {"count": count.count, "encoding": count.encoding, "units": count.units}}


# ---- the web page ------------------------------------------------------------------------------


def _hostname(netloc: str) -> str:
    """The host of a Host header or an origin, without its port."""
    return urlsplit(f"//{netloc}").hostname or ""


class Studio:
    """The studio's memory: the content and every browser's conversations."""

    def __init__(self, content: Content, transcripts: Path) -> None:
        self.content = content
        self.transcripts = transcripts
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def session(self, key: str | None) -> tuple[str, Session]:
        """The browser's session, or a new one (the oldest is forgotten beyond MAX_SESSIONS)."""
        with self._lock:
            if key and key in self._sessions:
                self._sessions.move_to_end(key)
                return key, self._sessions[key]
            key = secrets.token_urlsafe(18)
            self._sessions[key] = Session()
            while len(self._sessions) > MAX_SESSIONS:
                self._sessions.popitem(last=False)
            return key, self._sessions[key]


def _languages(loaded: Loaded | None) -> list[dict[str, str]]:
    """Every shipped language, named in itself where the content names it."""
    if loaded is None:
        return []
    localizer = loaded.catalog.localizer
    return [{"code": code, "name": localizer.format(code, LANGUAGE_NAME)
             if localizer.has(code, LANGUAGE_NAME) else code} for code in localizer.locales]


def _body() -> dict[str, Any]:
    """A POST's JSON object; anything else is refused (a page elsewhere cannot send JSON here
    without asking first, and the studio never says yes)."""
    if request.mimetype != "application/json":
        abort(415)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        abort(400)
    return data


def _error(message: str, status: int) -> tuple[Response, int]:
    return jsonify({"error": message}), status


def _channel(value: object) -> str:
    if value not in CHANNELS:
        abort(400)
    return str(value)


def _default_flow(catalog: Catalog, conversation: Conversation) -> str:
    """Where a saved test goes by default: the flow the conversation ended in, or the last
    other than the main menu it passed through."""
    entry = catalog.flows.entry.id
    shown = [turn["flow"] for turn in conversation.shown if turn.get("flow")]
    others = [flow for flow in shown if flow != entry]
    return others[-1] if others else entry


def create_app(root: Path, transcripts: Path | None = None, sms_fold: bool = True,
               content: Content | None = None) -> Flask:
    """The studio's web app for the content under `root`; tests are saved under `transcripts`
    (default: root/tests/transcripts)."""
    content = content or Content(root, sms_fold)
    studio = Studio(content, transcripts or root / "tests" / "transcripts")
    app = Flask(__name__, template_folder="templates", static_folder="static")
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024
    app.extensions["kyr_studio"] = studio
    content.refresh()

    @app.before_request
    def only_this_machine() -> None:
        """Answer only requests addressed to this machine by name (a page elsewhere cannot
        rebind its own name to 127.0.0.1 and read the studio), and take POSTs only from the
        studio's own pages."""
        if not is_loopback(_hostname(request.host)):
            abort(403)
        origin = request.headers.get("Origin")
        if request.method == "POST" and origin and not is_loopback(urlsplit(origin).hostname):
            abort(403)
        key, g.session = studio.session(request.cookies.get(COOKIE))
        g.new_session = key if key != request.cookies.get(COOKIE) else None

    @app.after_request
    def remember_browser(response: Response) -> Response:
        key = g.get("new_session")
        if key:
            response.set_cookie(COOKIE, key, httponly=True, samesite="Strict")
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.get("/")
    def page() -> str:
        """The studio page."""
        content.refresh()
        loaded = content.loaded
        return render_template(
            "studio.html", root=str(content.root), channels=CHANNELS,
            languages=_languages(loaded),
            flows=sorted(loaded.catalog.flows.flows) if loaded else [],
            transcripts=str(studio.transcripts))

    @app.get("/api/problems")
    def problems() -> Response:
        """What `kyr check` finds now (checked again only when a file changed)."""
        content.refresh()
        return jsonify(content.status())

    @app.get("/api/conversation")
    def conversation() -> Response:
        """A channel's conversation so far, for a page that was reloaded or a tab switched."""
        session: Session = g.session
        talk = session.conversation(_channel(request.args.get("channel", "sms")))
        return jsonify({"channel": talk.channel, "locale": session.locale, "turns": talk.shown})

    @app.post("/api/send")
    def send() -> Response | tuple[Response, int]:
        """One message from the person in a channel; the reply as that channel shows it."""
        data = _body()
        channel, text = _channel(data.get("channel")), data.get("text")
        if not isinstance(text, str) or len(text) > MAX_TEXT:
            return _error(f"a message is text of at most {MAX_TEXT} characters", 400)
        content.refresh()
        loaded = content.loaded
        if loaded is None:
            return _error("the content has errors and no earlier version of it loaded: fix "
                          "the problems listed", 503)
        talk = g.session.conversation(channel)
        if len(talk.steps) >= MAX_TURNS:
            return _error(f"a studio conversation holds {MAX_TURNS} messages: start a new one", 400)
        return jsonify(turn_json(loaded, talk, text))

    @app.post("/api/reset")
    def reset() -> Response:
        """Forget a channel's conversation (or every channel's) and start again."""
        data = _body()
        session: Session = g.session
        channels = [_channel(data["channel"])] if data.get("channel") else list(CHANNELS)
        for channel in channels:
            session.conversations.pop(channel, None)
        return jsonify({"locale": session.locale, "reset": channels})

    @app.post("/api/language")
    def language() -> Response | tuple[Response, int]:
        """Choose the language the conversations start in ("" or null: guessed from the first
        message), and replay each conversation's messages in it."""
        data = _body()
        locale = data.get("locale") or None
        content.refresh()
        loaded = content.loaded
        if loaded is None:
            return _error("the content has errors and no earlier version of it loaded", 503)
        if locale is not None and locale not in loaded.catalog.localizer.locales:
            return _error(f"no language {locale!r}", 400)
        session: Session = g.session
        session.locale = locale
        replayed: dict[str, int] = {}
        for channel, old in list(session.conversations.items()):
            new = session.conversations[channel] = Conversation(channel, locale)
            for step in old.steps:
                turn_json(loaded, new, step.send)
            replayed[channel] = len(new.steps)
        return jsonify({"locale": locale, "replayed": replayed})

    @app.get(CARD_ROUTE)
    def card(locale: str) -> Response | tuple[Response, int]:
        """The rights card as the content now draws it."""
        content.refresh()
        loaded = content.loaded
        picture = loaded.catalog.cards.get(locale) if loaded is not None else None
        if picture is None:
            return _error("no card drawn for this language", 404)
        return Response(picture, mimetype="image/png")

    @app.get("/api/diagram")
    def diagram() -> Response | tuple[Response, int]:
        """A flow as Mermaid text, labelled in a language."""
        content.refresh()
        loaded = content.loaded
        if loaded is None:
            return _error("no content loaded", 503)
        flow = request.args.get("flow") or loaded.catalog.flows.entry.id
        locale = request.args.get("locale") or loaded.catalog.localizer.default_locale
        try:
            text = mermaid(loaded.catalog, flow, locale)
        except (KeyError, ValueError) as error:
            return _error(str(error.args[0]), 404)
        return jsonify({"flow": flow, "locale": locale, "text": text})

    @app.post("/api/save")
    def save() -> tuple[Response, int]:
        """Save a channel's conversation as a golden transcript and its snapshot."""
        data = _body()
        channel, name = _channel(data.get("channel", "sms")), data.get("name")
        content.refresh()
        loaded = content.loaded
        if loaded is None or content.errors:
            return _error("the content has errors: fix them before saving a test of it", 409)
        talk = g.session.conversation(channel)
        flow = data.get("flow") or _default_flow(loaded.catalog, talk)
        comment = data.get("comment") if isinstance(data.get("comment"), str) else ""
        if not isinstance(name, str) or not isinstance(flow, str):
            return _error("give the test a name", 400)
        texts = [step.send for step in talk.steps]
        try:
            path, snapshot, steps = save_transcript(studio.transcripts, flow, name, loaded.catalog, texts,
                                             talk.locale, channel, str(comment))
        except ValueError as error:
            return _error(str(error), 400)
        except FileExistsError as error:
            return _error(str(error), 409)
        same = steps == talk.steps
        return jsonify({"yaml": str(path), "snapshot": str(snapshot), "flow": flow,
                        "turns": len(texts), "same_as_shown": same,
                        "note": "" if same else "the test suite's engine (SMS folded where "
                        "allowed) answered differently from this studio's; the saved test "
                        "records what the test suite will see"}), 201

    return app


# ---- serving -----------------------------------------------------------------------------------

def server(app: Flask, host: str = LOOPBACK_HOST, port: int = DEFAULT_PORT) -> BaseWSGIServer:
    """A threaded werkzeug server for the app on a loopback address only; ValueError for any
    other address. Port 0 picks a free port (server.port says which)."""
    if not is_loopback(host):
        raise ValueError(f"kyr studio listens on this machine only (127.0.0.1 or ::1), not {host!r}")
    return make_server(LOOPBACK_HOST if host == "localhost" else host, port, app, threaded=True)


def port_from(environ: Mapping[str, str] | None = None, default: int = DEFAULT_PORT) -> int:
    """The port in PORT, else the default; ValueError for one that is not a port."""
    value = (os.environ if environ is None else environ).get(PORT_ENV, "").strip()
    if not value:
        return default
    if not value.isdigit() or not 0 <= int(value) <= 65535:
        raise ValueError(f"{PORT_ENV}={value!r} is not a port number")
    return int(value)


def serve(root: Path, port: int, host: str = LOOPBACK_HOST, transcripts: Path | None = None,
          sms_fold: bool = True, out: TextIO | None = None) -> int:
    """Run the studio until interrupted; says where to open it (and any refusal) on `out`,
    standard error by default."""
    out = out or sys.stderr
    if not is_loopback(host):  # before the content is read: nothing to do elsewhere
        print(f"kyr studio: listens on this machine only (127.0.0.1 or ::1), not {host!r}", file=out)
        return 2
    try:
        listening = server(create_app(root, transcripts, sms_fold), host, port)
    except (ValueError, OSError) as error:
        print(f"kyr studio: {error}", file=out)
        return 2
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # not a line per poll of the page
    shown = f"[{host}]" if ":" in host else host
    print(f"kyr studio: http://{shown}:{listening.port}/ (content: {root}; this machine only; "
          "Ctrl-C to stop)", file=out)
    try:
        listening.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        listening.server_close()
    return 0
