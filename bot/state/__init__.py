"""Conversation state, pace and privacy: stores, pseudonyms, the turn service, safe logs."""
