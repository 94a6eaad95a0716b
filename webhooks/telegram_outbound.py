"""Telegram calls beyond the webhook response: one event-loop thread and one Bot per process.

python-telegram-bot is asyncio-only. Calling it with asyncio.run() per request from a sync
Flask view breaks a shared Bot ("Event loop is closed"), so each worker process runs one loop
in a daemon thread and hands it coroutines.
"""

import asyncio
import logging
import os
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger("kyr.telegram")
T = TypeVar("T")
TELEGRAM_API = "https://api.telegram.org/bot"
DELETE_BATCH = 100  # deleteMessages takes 1 to 100 ids: https://core.telegram.org/bots/api#deletemessages
DELETE_LIMIT = 300  # the most recent ids deleted on CLEAR; older ones are past Telegram's 48 hours anyway


def deletable_ids(first: int, last: int) -> list[int]:
    """The message ids CLEAR deletes: first..last, at most the DELETE_LIMIT most recent."""
    return list(range(max(first, last - DELETE_LIMIT + 1), last + 1))


async def send(bot: Bot, chat_id: int, texts: Sequence[str], markup: Any) -> None:
    """Send one turn's messages in order, the keyboard with the last; the one way the bot
    sends to Telegram, from the webhook's loop thread and from `kyr telegram-poll`."""
    for index, text in enumerate(texts):
        last = index == len(texts) - 1
        await bot.send_message(chat_id, text, reply_markup=markup if last else None)


async def delete(bot: Bot, chat_id: int, first: int, last: int) -> None:
    """Delete a private chat's messages first..last, in the batches deleteMessages takes."""
    ids = deletable_ids(first, last)
    for start in range(0, len(ids), DELETE_BATCH):
        await bot.delete_messages(chat_id, ids[start:start + DELETE_BATCH])


class TelegramOutbound:
    """Runs Bot API calls on a per-process event loop, started lazily (safe with --preload)."""

    def __init__(self, token: str, api_url: str | None = None) -> None:
        self._token = token
        self._base_url = api_url or TELEGRAM_API
        self._guard = threading.Lock()
        self._pid: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._bot: Bot | None = None

    def _start(self) -> tuple[asyncio.AbstractEventLoop, Bot]:
        """The loop and Bot of this process, started on first use after a fork."""
        with self._guard:
            if self._pid != os.getpid() or self._loop is None or self._bot is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="telegram-outbound",
                                 daemon=True).start()
                self._loop, self._bot, self._pid = loop, Bot(self._token, base_url=self._base_url), \
                    os.getpid()
            return self._loop, self._bot

    def submit(self, call: Callable[[Bot], Awaitable[T]]) -> "Future[T]":
        """Schedule a Bot API call; the future resolves in the loop thread."""
        loop, bot = self._start()

        async def run() -> T:
            return await call(bot)
        return asyncio.run_coroutine_threadsafe(run(), loop)

    def send_messages(self, chat_id: int, texts: Sequence[str], markup: Any) -> "Future[None]":
        """Send several messages in order; the keyboard goes with the last one."""
        async def sending(bot: Bot) -> None:
            try:
                await send(bot, chat_id, texts, markup)
            except TelegramError as error:
                log.warning("event=telegram-send-failed error=%s", type(error).__name__)
        return self.submit(sending)

    def delete_range(self, chat_id: int, first: int, last: int) -> "Future[None]":
        """Delete a private chat's messages with ids first..last (the bot may delete those under
        48 hours old: https://core.telegram.org/bots/api#deletemessage); failures are logged."""
        async def deleting(bot: Bot) -> None:
            try:
                await delete(bot, chat_id, first, last)
            except TelegramError as error:
                log.warning("event=telegram-delete-failed error=%s", type(error).__name__)
        return self.submit(deleting)
