"""What every blueprint needs, built once by the app factory and kept on the Flask app."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from flask import current_app
from twilio.request_validator import RequestValidator

from bot.engine.catalog import Catalog
from bot.engine.sms import SmsOut
from bot.state.service import Conversations
from webhooks.metrics import Metrics
from webhooks.settings import Settings
from webhooks.telegram_outbound import TelegramOutbound


@dataclass(frozen=True)
class Runtime:
    """Settings, the conversation service, the content, and the Telegram sender if any."""

    settings: Settings
    conversations: Conversations
    catalog: Catalog
    telegram: TelegramOutbound | None
    twilio_validator: RequestValidator | None = None
    # How each Twilio channel's replies become bodies: SMS folds as the deployment says,
    # WhatsApp never needs to.
    texting: Mapping[str, SmsOut] = field(default_factory=dict)
    metrics: Metrics = field(default_factory=lambda: Metrics(lambda: False))


def runtime() -> Runtime:
    """The runtime of the current app."""
    found: Runtime = current_app.extensions["kyr"]
    return found
