"""GET /cards/<locale>.png: the rights card, the same picture for everyone who asks in a
language, so fetching it says nothing about who asked; and how each channel sends it."""

import hashlib
from functools import lru_cache

from flask import Blueprint, Response, abort, request

from bot.engine.conversation import Reply
from bot.engine.render import CARD_ROUTE, card_address, card_texts
from webhooks.runtime import Runtime, runtime

blueprint = Blueprint("cards", __name__)
MAX_AGE = 24 * 3600  # a day: a content edit changes the address's version anyway


@lru_cache(maxsize=64)
def version(picture: bytes) -> str:
    """A short hash of the picture: its ETag, and the `v` of its address."""
    return hashlib.sha256(picture).hexdigest()[:16]


def picture_url(current: Runtime, locale: str) -> str | None:
    """The public address of a language's card, or None when there is no picture or no
    PUBLIC_URL (Twilio and Telegram fetch media from the public address)."""
    picture = current.conversations.engine.catalog.cards.get(locale)
    if picture is None or not current.settings.public_url:
        return None
    return f"{card_address(current.settings.public_url, locale)}?v={version(picture)}"


def fallback_texts(current: Runtime, reply: Reply) -> tuple[str, ...]:
    """What replaces the picture where none can be sent: the officers' side as text, and the
    picture's address when it has one."""
    catalog = current.conversations.engine.catalog
    return card_texts(catalog.flows.card, catalog.localizer, reply.locale,
                      picture_url(current, reply.locale))


@blueprint.get(CARD_ROUTE)
def card(locale: str) -> Response:
    """The card of one language: public and cacheable, identical for everyone."""
    picture = runtime().conversations.engine.catalog.cards.get(locale)
    if picture is None:
        abort(404)
    tag = version(picture)
    headers = {"Cache-Control": f"public, max-age={MAX_AGE}", "ETag": f'"{tag}"'}
    if request.if_none_match.contains(tag):
        return Response(status=304, headers=headers)
    return Response(picture, mimetype="image/png", headers=headers)
