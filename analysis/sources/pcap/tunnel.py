"""Tunnel decapsulation, so flows inside a tunnel are seen as the phone made them.

VXLAN (RFC 7348: UDP 4789, 8-byte header, then an Ethernet frame), GENEVE (RFC 8926: UDP 6081,
options length in 4-byte words, protocol type 0x6558 = Ethernet), GTP-U (3GPP TS 29.281: UDP
2152, 8-byte header plus 4 bytes when E/S/PN is set, then extension headers; the payload is
IP), GRE (RFC 2784/2890: optional checksum, key and sequence words; protocol type 0x0800/0x86DD
IP, 0x6558 Ethernet), IP-in-IP (IP protocol 4 and 41).

Each function returns ``(linktype, inner bytes)`` with a tcpdump LINKTYPE (1 Ethernet, 101 raw
IP) or ``None`` when the payload is not a tunnel it can open.
"""

from __future__ import annotations

import struct

TUNNEL_PORTS = frozenset({4789, 6081, 2152})
_ETHER, _IP4, _IP6 = 0x6558, 0x0800, 0x86DD


def decap_udp(port: int, payload: bytes) -> tuple[int, bytes] | None:
    if port == 4789 and len(payload) > 22 and payload[0] & 0x08:
        return 1, payload[8:]
    if port == 6081 and len(payload) > 8:
        hlen = 8 + (payload[0] & 0x3F) * 4
        ptype = struct.unpack_from(">H", payload, 2)[0]
        if ptype == _ETHER:
            return 1, payload[hlen:]
        if ptype in (_IP4, _IP6):
            return 101, payload[hlen:]
        return None
    if port == 2152 and len(payload) >= 8 and payload[0] >> 5 == 1 and payload[1] == 0xFF:
        pos = 8
        if payload[0] & 0x07:
            if len(payload) < 12:
                return None
            nxt, pos = payload[11], 12
            while nxt:  # extension headers: length in 4-byte units, next type in the last byte
                if pos >= len(payload) or payload[pos] == 0:
                    return None
                end = pos + payload[pos] * 4
                if end > len(payload):
                    return None
                nxt, pos = payload[end - 1], end
        inner = payload[pos:]
        return (101, inner) if inner and inner[0] >> 4 in (4, 6) else None
    return None


def decap_gre(payload: bytes) -> tuple[int, bytes] | None:
    if len(payload) < 4:
        return None
    flags, ptype = struct.unpack_from(">HH", payload)
    if flags & 0x0007:  # version 1 is PPTP's enhanced GRE: not decoded
        return None
    pos = 4 + 4 * bool(flags & 0x8000) + 4 * bool(flags & 0x2000) + 4 * bool(flags & 0x1000)
    if ptype == _ETHER:
        return 1, payload[pos:]
    if ptype in (_IP4, _IP6):
        return 101, payload[pos:]
    return None
