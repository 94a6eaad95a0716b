"""The conversation engine and what it is built from: no I/O, no web or messaging library."""
