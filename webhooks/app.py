"""The Flask app factory: the one place where settings, content, state and channels meet."""

import logging
import os
import threading

from flask import Flask, Response, jsonify
from twilio.request_validator import RequestValidator
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from bot.engine.catalog import content_root
from bot.engine.engine import Engine
from bot.release.load import load_catalog, load_published
from bot.state import logsafe
from bot.state.pace import Pace
from bot.state.pseudonym import DailyTags, Pseudonymizer
from bot.state.redis_store import RedisStore
from bot.state.service import Conversations
from bot.state.store import MemoryStore, StateStore, StoreUnavailable
from webhooks import cards, operations, telegram_channel, twilio_channel
from webhooks.gunicorn_hooks import PUBLISHED_ENV, listen_for_publish
from webhooks.metrics import Metrics
from webhooks.reload import ContentReload, watch
from webhooks.runtime import Runtime
from webhooks.settings import Settings
from webhooks.telegram_outbound import TelegramOutbound

log = logging.getLogger("kyr.app")
MAX_BODY_BYTES = 64 * 1024  # Twilio and Telegram payloads are a few KB; anything larger is refused


def _configure_logging(settings: Settings) -> None:
    """One line per event on stderr for the app's loggers, once per process, as text or JSON
    (KYR_LOG_FORMAT); every logger's records are sanitized (bot.state.logsafe)."""
    logsafe.install()
    own = logging.getLogger("kyr")
    if not own.handlers:
        own.addHandler(logsafe.LineHandler())
        own.setLevel(logging.INFO)
        own.propagate = False
    # Other libraries' warnings (twilio, redis, telegram) reach the root logger: without a
    # handler of ours there, Python's last resort would write them unformatted, not as JSON.
    root = logging.getLogger()
    if not any(getattr(handler, "kyr_root", False) for handler in root.handlers):
        last_resort = logsafe.LineHandler()
        last_resort.kyr_root = True  # type: ignore[attr-defined]
        last_resort.setLevel(logging.WARNING)
        root.addHandler(last_resort)
    for handler in (*own.handlers, *root.handlers):
        if isinstance(handler, logsafe.LineHandler):
            handler.setFormatter(logsafe.formatter(settings.log_format))


def _pseudonymizer(settings: Settings) -> Pseudonymizer:
    """The keyed pseudonymizer; a random key when none is set (one process only)."""
    if settings.secret_key:
        return Pseudonymizer(settings.secret_key.encode("utf-8"))
    log.warning("event=no-secret-key: KYR_SECRET_KEY is not set; using a random key for this "
                "process. Several processes or machines need the same KYR_SECRET_KEY.")
    return Pseudonymizer.random()


def _announce(settings: Settings) -> None:
    """Say at start-up which channels are served, and shout about development mode."""
    for name, enabled in (("twilio", settings.twilio_enabled), ("telegram", settings.telegram_enabled)):
        if name == "twilio" and settings.twilio_auth_token and not enabled:
            log.error("event=channel name=twilio enabled=no: TWILIO_AUTH_TOKEN is set but neither "
                      "PUBLIC_URL nor KYR_TRUSTED_PROXIES is, so the signed URL would come from the "
                      "Host header a client chooses. Set PUBLIC_URL to the address Twilio calls.")
            continue
        log.info("event=channel name=%s enabled=%s", name, "yes" if enabled else "no (no credentials)")
    if settings.log_turn_tags:
        log.warning("event=turn-tags: KYR_LOG_TURN_TAGS=1; each turn's log line carries a tag "
                    "that follows one person for a day in this process. Turn it off after debugging.")
    if settings.development:
        log.warning("event=development-mode: DEVELOPMENT MODE. Requests without a valid signature or "
                    "secret are accepted. Never expose this server to the internet.")


def _error(error: HTTPException) -> tuple[Response, int]:
    """A short JSON error with the status, never a traceback or the request body."""
    return jsonify({"error": error.name}), error.code or 500


def build_store(settings: Settings) -> StateStore:
    """Memory by default; Redis when REDIS_URL is set, after checking it keeps nothing on disk."""
    idle = settings.idle_minutes * 60
    if not settings.redis_url:
        return MemoryStore(idle_seconds=idle)
    store = RedisStore.from_url(settings.redis_url, idle_seconds=idle)
    store.allow_persistence = settings.allow_redis_persistence
    if settings.allow_redis_persistence:
        log.warning("event=redis-persistence-allowed: KYR_ALLOW_REDIS_PERSISTENCE=1; conversation "
                    "state may be written to the Redis server's disk.")
    try:
        store.verify()  # raises PersistenceEnabled: refuse to start
    except StoreUnavailable:
        log.warning("event=redis-unreachable-at-start: answering without state until it is "
                    "reachable; its persistence settings are checked before the first write.")
    return store


def build_pace(settings: Settings) -> Pace:
    """The sender limit and the reply ceiling; the store counts them (in Redis, shared by every
    process, on the turn's way in; else in this process)."""
    try:
        return Pace(settings.sender_limit, settings.reply_limit)
    except ValueError as error:
        raise ValueError(f"KYR_SENDER_LIMIT or KYR_REPLY_LIMIT is not a limit such as "
                         f"'12/minute;100/hour': {error}") from None


def build_runtime(settings: Settings, store: StateStore | None = None) -> Runtime:
    """Content, engine, state and the Telegram sender, from settings."""
    published = os.environ.get(PUBLISHED_ENV)  # set by the gunicorn master (gunicorn_hooks)
    catalog = (load_published(published) if published else None) or load_catalog(
        default_locale=settings.default_locale, sms_fold=settings.sms_fold)
    store = store if store is not None else build_store(settings)
    engine = Engine(catalog, sms_fold=settings.sms_fold)
    shared = store
    metrics = Metrics(lambda: isinstance(shared, RedisStore) and shared.breaker.is_open)
    conversations = Conversations(engine, store, _pseudonymizer(settings),
                                  tags=DailyTags() if settings.log_turn_tags else None,
                                  pace=build_pace(settings), observer=metrics)
    telegram = None
    if settings.telegram_bot_token:
        telegram = TelegramOutbound(settings.telegram_bot_token, settings.telegram_api_url)
    validator = RequestValidator(settings.twilio_auth_token) if settings.twilio_auth_token else None
    texting = {"sms": engine.sms, "whatsapp": engine.sms.unfolded()}
    return Runtime(settings, conversations, catalog, telegram, validator, texting, metrics)


def create_app(settings: Settings | None = None, store: StateStore | None = None) -> Flask:
    """Build the web app; every argument defaults to the environment and embedded content."""
    settings = settings or Settings.from_env()
    _configure_logging(settings)
    app = Flask("kyr")
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    if settings.trusted_proxies:
        hops = settings.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops,  # type: ignore[method-assign]
                                x_port=hops, x_prefix=hops)
    app.extensions["kyr"] = build_runtime(settings, store)
    app.register_blueprint(twilio_channel.blueprint)
    app.register_blueprint(telegram_channel.blueprint)
    app.register_blueprint(operations.blueprint)
    app.register_blueprint(cards.blueprint)
    app.register_error_handler(HTTPException, _error)
    reload = ContentReload(app, content_root())
    if os.environ.get(PUBLISHED_ENV):  # under `kyr serve`: the master publishes on SIGHUP
        listen_for_publish(reload)
    if settings.watch_content:
        watch(reload, content_root(), threading.Event())
    _announce(settings)
    return app
