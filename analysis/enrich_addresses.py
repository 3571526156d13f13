"""Which IP addresses are not on the public internet, and their canonical spelling.

Labels follow the IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890; RFC 6598 for
CGNAT, RFC 5737 / RFC 3849 for documentation, RFC 4193 for unique local IPv6, RFC 2544 for
benchmarking): such addresses are labelled instead of being looked up in GeoIP databases,
which would answer nonsense or nothing. IPv6 outside 2000::/3, the only block IANA allocates
as global unicast, is ``reserved``. IPv4-mapped IPv6 (``::ffff:a.b.c.d``, RFC 4291 2.5.5.2) is
unmapped first: mitmproxy reports peers that way and MMDB trees do not map it to IPv4.

Ranges are compared as integers (one parse per address): ``ipaddress`` network membership
tests made this check most of the cost of a GeoIP lookup.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache

# IANA special-purpose registries, most specific label first.
SPECIAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unspecified", ("0.0.0.0/32", "::/128")),
    ("loopback", ("127.0.0.0/8", "::1/128")),
    ("multicast", ("224.0.0.0/4", "ff00::/8")),
    ("link-local", ("169.254.0.0/16", "fe80::/10")),
    ("cgnat", ("100.64.0.0/10",)),
    ("private", ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")),
    ("documentation", ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
                       "3fff::/20")),
    ("benchmarking", ("198.18.0.0/15", "2001:2::/48")),
    ("broadcast", ("255.255.255.255/32",)),
    ("reserved", ("0.0.0.0/8", "240.0.0.0/4", "192.0.0.0/24", "192.88.99.0/24", "100::/64",
                  "64:ff9b:1::/48")),
)
_RANGES: dict[int, list[tuple[int, int, str]]] = {4: [], 6: []}
for _label, _nets in SPECIAL:
    for _net in map(ipaddress.ip_network, _nets):
        _RANGES[_net.version].append((int(_net.network_address), int(_net.broadcast_address),
                                      _label))
_GLOBAL_UNICAST_V6 = ipaddress.ip_network("2000::/3")
_V6_LOW, _V6_HIGH = int(_GLOBAL_UNICAST_V6.network_address), \
    int(_GLOBAL_UNICAST_V6.broadcast_address)


@lru_cache(maxsize=65536)  # a study repeats the same few hundred addresses many times
def parse_ip(ip: str) -> tuple[str, str | None] | None:
    """(canonical address, special label or None), or None when ``ip`` is not an address."""
    text = ip.strip().strip("[]").split("%", 1)[0]
    try:  # fast path: strict dotted-quad IPv4 (the common case) without ipaddress objects
        value = int.from_bytes(socket.inet_pton(socket.AF_INET, text), "big")
    except OSError:
        pass
    else:
        for low, high, label in _RANGES[4]:
            if low <= value <= high:
                return text, label
        return text, None
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    value = int(addr)
    for low, high, label in _RANGES[addr.version]:
        if low <= value <= high:
            return str(addr), label
    if addr.version == 6 and not _V6_LOW <= value <= _V6_HIGH:
        return str(addr), "reserved"
    return str(addr), None


def normalize_ip(ip: str) -> str | None:
    """Canonical text of an address: brackets and zone ids dropped, IPv4-mapped IPv6 unmapped."""
    parsed = parse_ip(ip)
    return parsed[0] if parsed else None


def special_label(ip: str) -> str | None:
    parsed = parse_ip(ip)
    return parsed[1] if parsed else "invalid"
