"""HTTP webhooks for the messaging channels (Twilio, Telegram); built in the channels work."""
