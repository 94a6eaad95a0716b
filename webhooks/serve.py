"""`kyr serve`, `kyr set-webhook` and `kyr telegram-poll`: running the channels."""

import asyncio
import logging
import os
import sys

from telegram import Bot, Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.tools.loopback import is_loopback
from webhooks.settings import Settings
from webhooks.telegram_channel import ALLOWED_UPDATES
from webhooks.telegram_outbound import TELEGRAM_API, delete, send

WORKER_TIMEOUT = 10  # seconds; below Twilio's 15 s, so a stuck worker is replaced before Twilio gives up
THREADS = 8
POLL_TOKEN = "TELEGRAM_POLL_TOKEN"


def gunicorn_argv(settings: Settings, host: str) -> list[str]:
    """The gunicorn command line: threaded workers, one process unless state is shared (Redis)."""
    workers = int(os.environ.get("WEB_CONCURRENCY", "2")) if settings.redis_url else 1
    return [sys.executable, "-m", "gunicorn", "--worker-class", "gthread", "--workers", str(workers),
            "--threads", str(THREADS), "--timeout", str(WORKER_TIMEOUT), "--graceful-timeout",
            str(WORKER_TIMEOUT), "--config", "python:webhooks.gunicorn_hooks", "--bind",
            f"{host}:{settings.port}", "webhooks.app:create_app()"]


def serve(host: str, development: bool) -> int:
    """Replace this process with gunicorn serving the app."""
    development = development or os.environ.get("KYR_DEVELOPMENT", "").strip() == "1"
    if development:
        if not is_loopback(host):
            print("kyr serve: development mode (--dev or KYR_DEVELOPMENT=1) only listens on this "
                  "machine (127.0.0.1); it accepts unsigned requests.", file=sys.stderr)
            return 2
        os.environ["KYR_DEVELOPMENT"] = "1"
        print("kyr serve: DEVELOPMENT MODE: unsigned requests are accepted. Local use only.",
              file=sys.stderr)
    settings = Settings.from_env()
    argv = gunicorn_argv(settings, host)
    os.execv(argv[0], argv)
    return 0  # not reached


def set_webhook() -> int:
    """Register PUBLIC_URL/telegram with Telegram, with the secret and the updates served."""
    settings = Settings.from_env()
    if not (settings.telegram_bot_token and settings.telegram_webhook_secret and settings.public_url):
        print("kyr set-webhook: Telegram is not configured (TELEGRAM_BOT_TOKEN, "
              "TELEGRAM_WEBHOOK_SECRET and PUBLIC_URL are needed); nothing to do.", file=sys.stderr)
        return 0
    token, secret, url = settings.telegram_bot_token, settings.telegram_webhook_secret, \
        f"{settings.public_url}/telegram"

    async def register() -> bool:
        async with Bot(token, base_url=settings.telegram_api_url or TELEGRAM_API) as bot:
            return await bot.set_webhook(url, secret_token=secret,
                                         allowed_updates=list(ALLOWED_UPDATES))
    done = asyncio.run(register())  # a one-off command, not a request handler
    print(f"kyr set-webhook: {'registered' if done else 'refused by Telegram'}", file=sys.stderr)
    return 0 if done else 1


def telegram_poll() -> int:
    """Run the bot by long polling, for development, with its own bot token."""
    from bot.engine.conversation import Reply
    from webhooks.app import build_runtime
    from webhooks.cards import fallback_texts
    from webhooks.telegram_channel import answer_update

    settings = Settings.from_env()
    token = os.environ.get(POLL_TOKEN, "").strip()
    if not token:
        print(f"kyr telegram-poll: set {POLL_TOKEN} to a bot token made for development.",
              file=sys.stderr)
        return 2
    if token == settings.telegram_bot_token:
        print("kyr telegram-poll: refusing to poll with the production token: polling deletes "
              "its webhook.", file=sys.stderr)
        return 2
    runtime = build_runtime(settings)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s")

    def card_for(reply: Reply) -> tuple[str | None, tuple[str, ...]]:
        """By polling there is no public address for the picture: the card's text instead."""
        return None, fallback_texts(runtime, reply)

    async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        outgoing = answer_update(update, runtime.conversations, runtime.catalog.localizer, card_for)
        if outgoing is None:
            return
        if outgoing.delete and settings.telegram_delete_on_clear:
            await delete(context.bot, outgoing.chat_id, *outgoing.delete)
        await send(context.bot, outgoing.chat_id, outgoing.texts, outgoing.markup)

    application = Application.builder().token(token).build()
    application.add_handler(MessageHandler(filters.ALL, reply))
    application.run_polling(allowed_updates=list(ALLOWED_UPDATES))
    return 0
