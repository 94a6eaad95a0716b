"""The one rule for "this machine only": used by development mode's unsigned requests and by
the studio."""

import ipaddress


def is_loopback(address: str | None) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1, IPv4 mapped into IPv6),
    written bare or as a Host header writes IPv6 ([::1])."""
    if not address:
        return False
    if address == "localhost":
        return True
    try:
        parsed = ipaddress.ip_address(address.strip("[]").split("%")[0])
    except ValueError:
        return False
    mapped = getattr(parsed, "ipv4_mapped", None)
    return bool(parsed.is_loopback or (mapped is not None and mapped.is_loopback))
