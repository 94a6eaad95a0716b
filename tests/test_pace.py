"""Pace: one person is answered at human pace, everyone together under a ceiling, STOP always;
and a flood of new senders does not push live conversations out of the memory store."""

import logging
from typing import Any

import pytest

from bot.engine.catalog import Catalog
from bot.engine.engine import Engine
from bot.state.pace import Pace, Pacing
from bot.state.pseudonym import Pseudonymizer
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore
from tests.helpers import post_signed, sms_form, twiml_bodies
from tests.helpers import settings as production_like
from webhooks.app import create_app

SIDS = iter(range(10**6))


def paced(engine: Engine, sender: str = "3/minute", replies: str = "1000/minute",
          store: Any = None) -> Conversations:
    return Conversations(engine, store if store is not None else MemoryStore(), Pseudonymizer(b"p" * 32),
                         pace=Pace(sender, replies))


def send(conversations: Conversations, text: str, sender: str = "+13125550700") -> list[str]:
    turn = conversations.handle(Message("sms", sender, text, delivery=f"SM-{next(SIDS)}"))
    assert turn is not None
    return [say.id for say in turn.reply.messages]


def test_over_the_limit_one_notice_then_silence(engine: Engine) -> None:
    conversations = paced(engine)
    assert send(conversations, "hola")[0] == "main-welcome"
    assert send(conversations, "1")[0] == "officers-intro"
    assert send(conversations, "1")
    assert send(conversations, "1") == ["shared-slow-down"]
    assert send(conversations, "1") == [] and send(conversations, "2") == []
    assert send(conversations, "hola", sender="+13125550701")[0] == "main-welcome"  # others: no


def test_the_notice_is_in_the_persons_language(engine: Engine, catalog: Catalog) -> None:
    conversations = paced(engine, sender="1/minute")
    send(conversations, "hola")
    turn = conversations.handle(Message("sms", "+13125550700", "1", delivery="SM-es-notice"))
    assert turn is not None and turn.reply.locale == "es"
    assert catalog.localizer.format("es", "shared-slow-down").startswith("Está enviando")


@pytest.mark.parametrize("stop", ["STOP", "parar", "\u0405\u0422\u041e\u0420", "arrêt"])
def test_stop_is_honoured_at_any_pace(engine: Engine, stop: str) -> None:
    store = MemoryStore()
    conversations = paced(engine, sender="1/minute", store=store)
    send(conversations, "hola")
    send(conversations, "1")  # the notice
    assert send(conversations, "2") == []
    send(conversations, stop)
    key = conversations.pseudonymize("sms", "+13125550700")
    saved = store.load(key)
    assert saved is not None and saved["opted_out"], saved


def test_the_ceiling_on_all_replies_goes_quiet_and_says_so_once(
        engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    conversations = paced(engine, sender="100/minute", replies="3/minute")
    for number in range(3):
        assert send(conversations, "hola", sender=f"+1312555080{number}")
    logger = logging.getLogger("kyr.pace")
    logger.addHandler(caplog.handler)
    try:
        assert send(conversations, "hola", sender="+13125550810") == []
        assert send(conversations, "hola", sender="+13125550811") == []
    finally:
        logger.removeHandler(caplog.handler)
    said = list({id(record): record for record in caplog.records  # seen once per handler
                 if "event=reply-ceiling" in record.getMessage()}.values())
    assert len(said) == 1 and "limit=3 per 1 minute" in said[0].getMessage()


def test_limits_are_shared_by_processes_through_redis(redis_url: str) -> None:
    settings = production_like(redis_url=redis_url, sender_limit="2/minute")
    first, second = (create_app(settings).test_client() for _ in range(2))
    bodies = [twiml_bodies(post_signed(client, sms_form("hola", sid=f"SM-shared-pace-{n}")))
              for n, client in enumerate([first, second, first, second])]
    assert bodies[0] and bodies[1]
    assert bodies[2][0].startswith("Esta enviando mensajes muy rapido")  # folded to GSM-7
    assert bodies[3] == []


def test_the_default_limit_stops_a_loop_of_2000_messages(engine: Engine) -> None:
    conversations = paced(engine, sender=str(production_like().sender_limit))
    answered = sum(bool(send(conversations, "1", sender="+13125550900")) for _ in range(2000))
    assert answered == 12 + 1  # twelve answers and the notice


def test_a_malformed_limit_is_refused_with_its_name() -> None:
    with pytest.raises(ValueError, match="KYR_SENDER_LIMIT"):
        create_app(production_like(sender_limit="lots"))


def test_a_flood_of_new_senders_does_not_push_out_conversations_in_progress(engine: Engine) -> None:
    store = MemoryStore(max_items=1000)
    conversations = Conversations(engine, store, Pseudonymizer(b"f" * 32))
    live = [f"+1312555{n:04d}" for n in range(200)]
    for sender in live:
        send(conversations, "hola", sender=sender)
        send(conversations, "1", sender=sender)
    for number in range(5000):
        send(conversations, "hello", sender=f"+1773{number:07d}")
    assert all(send(conversations, "1", sender=sender)[0] == "officers-door-closed"
               for sender in live)
    assert len(store) <= 1000


def test_pacing_is_judged_per_sender_and_channel() -> None:
    pace = Pace("1/minute", "100/minute")
    assert pace.judge("a") is Pacing.ANSWER and pace.judge("b") is Pacing.ANSWER
    assert pace.judge("a") is Pacing.NOTICE and pace.judge("a") is Pacing.QUIET


def stores(redis_url: str) -> list[Any]:
    """A memory store and a real Redis, the two ways in."""
    from bot.state.redis_store import RedisStore
    return [MemoryStore(), RedisStore.from_url(redis_url)]


@pytest.mark.parametrize("which", [0, 1])
@pytest.mark.parametrize("stop", ["Stop\U0001f6d1", "\u0421\u0422\u041e\u041f", "STOP STOP",
                                  "please stop texting me"])
def test_a_paced_opt_out_is_carried_out_and_nothing_else(engine: Engine, redis_url: str,
                                                         which: int, stop: str) -> None:
    """Over the pace, a message some language reads as STOP opts the person out, once; it is
    never answered as a topic (the police "stopped me" answer) and never answered twice."""
    store = stores(redis_url)[which]
    conversations = paced(engine, sender="2/minute", store=store)
    sender = f"+1312555{which}{abs(hash(stop)) % 1000:03d}"
    send(conversations, "hello", sender=sender)
    send(conversations, "1", sender=sender)
    assert send(conversations, "2", sender=sender) == ["shared-slow-down"]
    said = [send(conversations, stop, sender=sender) for _ in range(10)]
    assert all(ids in ([], ["shared-stopped"]) for ids in said), said
    saved = store.load(conversations.pseudonymize("sms", sender))
    assert saved is not None and saved["opted_out"]
    assert send(conversations, "1", sender=sender) == []  # stopped: nothing more


@pytest.mark.parametrize("which", [0, 1])
def test_over_the_ceiling_opt_outs_get_no_answer_and_notices_count(
        engine: Engine, redis_url: str, which: int) -> None:
    store = stores(redis_url)[which]
    conversations = paced(engine, sender="1/minute", replies="4/minute", store=store)
    for number in range(4):
        assert send(conversations, "hello", sender=f"+131255512{which}{number}")
    for number in range(10):  # new senders over the ceiling, writing a disguised STOP
        ids = send(conversations, "Stop\U0001f6d1", sender=f"+131255513{which}{number}")
        assert ids in ([], ["shared-stopped"]), ids
    # A sender over their own limit while the ceiling is spent gets no notice either.
    assert send(conversations, "hello", sender=f"+131255512{which}0") == []
