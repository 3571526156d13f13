"""Which IP addresses are not on the public internet, and their canonical spelling.

Labels follow the IANA special-purpose address registries (RFC 6890, RFC 6598 for CGNAT,
RFC 5737 / RFC 3849 for documentation, RFC 4193 for unique local IPv6): such addresses are
labelled instead of being looked up in GeoIP databases, which would answer nonsense or nothing.
IPv4-mapped IPv6 (``::ffff:a.b.c.d``, RFC 4291 section 2.5.5.2) is unmapped first: mitmproxy
reports peers that way and MMDB trees do not map it to IPv4.
"""

from __future__ import annotations

import ipaddress

# RFC 6890 / IANA special-purpose registries, most specific label first.
SPECIAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unspecified", ("0.0.0.0/32", "::/128")),
    ("loopback", ("127.0.0.0/8", "::1/128")),
    ("multicast", ("224.0.0.0/4", "ff00::/8")),
    ("link-local", ("169.254.0.0/16", "fe80::/10")),
    ("cgnat", ("100.64.0.0/10",)),
    ("private", ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")),
    ("documentation", ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")),
    ("benchmarking", ("198.18.0.0/15", "2001:2::/48")),
    ("broadcast", ("255.255.255.255/32",)),
    ("reserved", ("0.0.0.0/8", "240.0.0.0/4", "192.0.0.0/24", "100::/64")),
)
_SPECIAL_NETS = [(label, ipaddress.ip_network(net)) for label, nets in SPECIAL for net in nets]


def normalize_ip(ip: str) -> str | None:
    """Canonical text of an address: brackets and zone ids dropped, IPv4-mapped IPv6 unmapped."""
    text = ip.strip().strip("[]").split("%", 1)[0]
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return str(addr.ipv4_mapped)
    return str(addr)


def special_label(ip: str) -> str | None:
    addr = ipaddress.ip_address(ip)
    for label, net in _SPECIAL_NETS:
        if addr.version == net.version and addr in net:
            return label
    return None if addr.is_global else "reserved"
