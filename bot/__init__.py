"""Know-your-rights chatbot: a pure conversation engine over scripted flows and Fluent messages."""

__version__ = "0.1.0"
