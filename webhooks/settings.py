"""Configuration from the environment only; a channel without credentials is disabled."""

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.state.pace import REPLY_LIMIT, SENDER_LIMIT
from webhooks.probe import DEFAULT_PORT

LOG_FORMATS = ("text", "json")


@dataclass(frozen=True)
class Settings:
    """Everything a deployment configures. Secrets are never logged."""

    twilio_auth_token: str | None = None
    twilio_account_sid: str | None = None  # when set, other accounts' requests are refused
    telegram_bot_token: str | None = None
    telegram_webhook_secret: str | None = None
    public_url: str | None = None
    redis_url: str | None = None
    secret_key: str | None = None
    trusted_proxies: int = 0
    port: int = DEFAULT_PORT
    default_locale: str = "en"
    idle_minutes: int = 30  # a conversation not continued for this long is forgotten
    allow_redis_persistence: bool = False  # accept a Redis that writes to disk (not advised)
    telegram_delete_on_clear: bool = False  # CLEAR also deletes the chat's recent messages
    sms_fold: bool = True  # fold SMS to GSM-7 for languages whose locale.yaml allows it
    development: bool = False  # accept unsigned requests: local use only, announced loudly
    telegram_api_url: str | None = None  # a Bot API server other than Telegram's (tests)
    sender_limit: str = SENDER_LIMIT  # messages answered per person ("12/minute;100/hour")
    reply_limit: str = REPLY_LIMIT  # replies of the whole deployment ("600/minute")
    log_turn_tags: bool = False  # a daily per-person tag on each turn's log line, for debugging
    watch_content: bool = False  # swap in content edits once they pass the check (webhooks.reload)
    metrics_token: str | None = None  # /metrics with this bearer token; else from loopback only
    sms_media: bool = False  # the Twilio number sends MMS: the rights card as a picture on SMS
    log_format: str = "text"  # "json": one JSON object per line
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def twilio_enabled(self) -> bool:
        """Twilio is served with its token and a known public address (PUBLIC_URL, or proxies
        trusted to tell it), or in development mode."""
        return (bool(self.twilio_auth_token) and self.twilio_url_known) or self.development

    @property
    def twilio_url_known(self) -> bool:
        """The URL Twilio signed can be known without trusting the client's Host header."""
        return bool(self.public_url) or self.trusted_proxies > 0

    @property
    def telegram_enabled(self) -> bool:
        """Telegram is served with a bot token and a webhook secret, or in development mode."""
        return bool(self.telegram_bot_token and self.telegram_webhook_secret) or self.development

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        """Read the documented variables; malformed numbers raise ValueError with the name."""
        env = os.environ if env is None else env

        def text(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        def number(name: str, default: int) -> int:
            raw = text(name)
            try:
                return default if raw is None else int(raw)
            except ValueError:
                raise ValueError(f"{name} must be a whole number, not {raw!r}") from None

        log_format = (text("KYR_LOG_FORMAT") or "text").lower()
        if log_format not in LOG_FORMATS:
            raise ValueError(f"KYR_LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}, not {log_format!r}")
        return cls(
            twilio_auth_token=text("TWILIO_AUTH_TOKEN"),
            twilio_account_sid=text("TWILIO_ACCOUNT_SID"),
            telegram_bot_token=text("TELEGRAM_BOT_TOKEN"),
            telegram_webhook_secret=text("TELEGRAM_WEBHOOK_SECRET"),
            public_url=(text("PUBLIC_URL") or "").rstrip("/") or None,
            redis_url=text("REDIS_URL"),
            secret_key=text("KYR_SECRET_KEY"),
            trusted_proxies=number("KYR_TRUSTED_PROXIES", 0),
            port=number("PORT", DEFAULT_PORT),
            default_locale=text("KYR_DEFAULT_LOCALE") or "en",
            idle_minutes=number("KYR_IDLE_MINUTES", 30),
            allow_redis_persistence=text("KYR_ALLOW_REDIS_PERSISTENCE") == "1",
            telegram_delete_on_clear=text("KYR_TELEGRAM_DELETE_ON_CLEAR") == "1",
            sms_fold=text("KYR_SMS_FOLD") != "0",
            development=text("KYR_DEVELOPMENT") == "1",
            telegram_api_url=text("KYR_TELEGRAM_API_URL"),
            log_turn_tags=text("KYR_LOG_TURN_TAGS") == "1",
            watch_content=text("KYR_WATCH_CONTENT") == "1" or text("KYR_DEVELOPMENT") == "1",
            sender_limit=text("KYR_SENDER_LIMIT") or SENDER_LIMIT,
            reply_limit=text("KYR_REPLY_LIMIT") or REPLY_LIMIT,
            metrics_token=text("KYR_METRICS_TOKEN"),
            sms_media=text("KYR_SMS_MEDIA") == "1",
            log_format=log_format,
        )
