"""Every opt-out honoured: every form of STOP, every shipped language's stop words and the stop
words of other gateways, as a first message and in the middle of a conversation held in
English, Spanish, Chinese or Arabic, on SMS, WhatsApp and Telegram. After it, nothing is sent
until START. The forms are written here by hand, as people and phones produce them (emoji,
repeats, spaced letters, look-alike letters of other scripts, a bot's name), not taken from
the word lists."""

import pytest

from bot.engine.conversation import Inbound, State, TurnEvent
from bot.engine.engine import Engine

FORMS = (
    # plain and dressed
    "STOP", "stop", "Stop", "stop.", "¡STOP!", "STOP!!!", "ＳＴＯＰ", "S̶T̶O̶P̶", "𝐒𝐓𝐎𝐏", "ⓈⓉⓄⓅ",
    "S\u200bTOP", "\u200fSTOP", "\u202eSTOP", "S\u00adTOP", "/stop",
    # carriers' and the FCC's words
    "UNSUBSCRIBE", "unsubscribe", "opt-out", "opt out", "OPTOUT", "STOPALL", "CANCEL", "END",
    "QUIT", "REVOKE",
    # emoji and symbols around it
    "STOP🛑", "🛑STOP", "STOP 🙏", "STOP ❌", "❌STOP", "👍STOP", "STOP 😡", "→STOP←",
    # repeated, with ALL, addressed to a bot, spelled out
    "STOP STOP", "stop stop stop", "stop all", "STOP ALL", "/stop@kyr_bot", "S T O P",
    "S.T.O.P", "S-T-O-P", "STO P", "s t o p !",
    # letters of other scripts drawn like Latin ones
    "ЅТОР", "SΤOΡ", "ꜱᴛᴏᴘ", "🆂🆃🅾🅿", "🇸🇹🇴🇵", "ՏТОР",
    # every shipped language's own words, in any conversation
    "ALTO", "PARAR", "detener", "СТОП", "стоп", "отписаться", "хватит", "停止", "退订", "توقف",
    "أوقف", "إيقاف", "arrêter", "arrêt", "désabonner", "dừng", "ngừng", "hủy đăng ký", "बंद",
    "band karo", "kanpe", "sispann", "sair", "descadastrar",
    # other gateways' words (AWS: ARRET, TD; Telnyx: STOP ALL) and common ones
    "ARRET", "TD", "PARE", "Basta", "cancelar", "退出", "отмена", "rete", "ANILE", "كفى", "الغاء",
    # short sentences
    "Stop texting me", "dont text me", "no more texts", "unsubscribe me", "please stop texting",
)
OPENERS = {"en": "hello", "es": "hola", "zh": "你好", "ar": "مرحبا"}
CHANNELS = ("sms", "whatsapp", "telegram")


def opened(engine: Engine, locale: str, channel: str) -> State:
    """A conversation under way in a language, two steps in."""
    greeted = engine.handle(None, Inbound(OPENERS[locale], channel=channel))
    assert greeted.state is not None and greeted.state.locale == locale
    moved = engine.handle(greeted.state, Inbound("1", channel=channel))
    assert moved.state is not None
    return moved.state


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("where", ["first", *OPENERS])
def test_every_form_of_stop_is_an_opt_out_anywhere(engine: Engine, channel: str, where: str) -> None:
    """The audit's matrix: every form, first message or mid-conversation in four languages,
    on three channels; each opts the person out, and the next message gets nothing."""
    missed = []
    for form in FORMS:
        state = None if where == "first" else opened(engine, where, channel)
        turn = engine.handle(state, Inbound(form, channel=channel))
        said = [say.id for say in turn.reply.messages]
        if turn.event is not TurnEvent.STOP or turn.state is None or not turn.state.opted_out \
                or said not in ([], ["shared-stopped"]):
            missed.append((form, turn.event.value, said))
            continue
        after = engine.handle(turn.state, Inbound("1", channel=channel))
        if not after.reply.silent:
            missed.append((form, "answered after", [say.id for say in after.reply.messages]))
    assert missed == [], missed


@pytest.mark.parametrize("form", FORMS)
def test_every_form_is_an_opt_out_at_any_pace(engine: Engine, form: str) -> None:
    """The pace and the ceiling let an opt-out through: they ask the same function."""
    assert engine.asks_to_stop(Inbound(form)), form


@pytest.mark.parametrize("text", [
    "the police stopped me", "i cant stop crying", "stop sign", "bus stop near my house",
    "help me please", "end of the month", "all good", "I quit my job", "cancel my appointment?",
    "сор", "tout", "start",
])
def test_words_near_stop_are_not_opt_outs(engine: Engine, text: str) -> None:
    assert engine.handle(None, Inbound(text)).event is not TurnEvent.STOP, text
