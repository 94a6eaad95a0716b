"""Check content once and build what workers serve; a bad release stops here."""
