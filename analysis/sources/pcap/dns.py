"""DNS responses to ``DnsAnswer`` records, dissected with scapy (RFC 1035 messages; RFC 3596
AAAA; RFC 9460 HTTPS/SVCB with ``ipv4hint`` = key 4 and ``ipv6hint`` = key 6; RFC 1035 4.2.2
two-byte length prefix over TCP).

Only responses with answers are dissected (a ``struct`` look at the header first): scapy costs
about 1 ms per message here, too much to spend on queries. A message scapy cannot parse raises
``ValueError`` for the caller to count.
"""

from __future__ import annotations

import struct

from scapy.layers.dns import DNS

from analysis.records import DnsAnswer

_TYPES = {1: "A", 28: "AAAA", 5: "CNAME", 64: "SVCB", 65: "HTTPS"}
_HINTS = {4: "A", 6: "AAAA"}


def wants(payload: bytes) -> bool:
    """A response (QR set) with at least one answer record."""
    return len(payload) >= 12 and bool(payload[2] & 0x80) and payload[6:8] != b"\x00\x00"


def answers(payload: bytes, ts: float) -> list[DnsAnswer]:
    try:
        msg = DNS(payload)
        records = list(msg.an or [])
    except Exception as exc:  # scapy raises many types on hostile input
        raise ValueError(f"DNS message undecodable: {type(exc).__name__}: {exc}") from exc
    out: list[DnsAnswer] = []
    for rr in records:
        rtype = _TYPES.get(getattr(rr, "type", 0))
        if rtype is None:
            continue
        name = _name(rr.rrname)
        ttl = getattr(rr, "ttl", None)
        if rtype in ("SVCB", "HTTPS"):
            for param in getattr(rr, "svc_params", None) or []:
                kind = _HINTS.get(getattr(param, "key", -1))
                if kind:
                    out.extend(DnsAnswer(ts, name, kind, str(v), ttl) for v in param.value or [])
            target = _name(getattr(rr, "target", b"") or b"")
            if target and target != name:
                out.append(DnsAnswer(ts, name, "CNAME", target, ttl))
            continue
        value = rr.rdata
        value = _name(value) if rtype == "CNAME" else str(value)
        if value:
            out.append(DnsAnswer(ts, name, rtype, value, ttl))
    return out


def _name(raw: object) -> str:
    if isinstance(raw, bytes):
        text = raw.decode("utf-8", "replace")
    else:
        text = str(raw)
    return text.rstrip(".").lower()


def tcp_messages(buf: bytes) -> tuple[list[bytes], bytes]:
    """Split a reassembled DNS-over-TCP stream into messages; returns (messages, rest)."""
    out: list[bytes] = []
    while len(buf) >= 2:
        n = struct.unpack_from(">H", buf)[0]
        if len(buf) < 2 + n:
            break
        out.append(buf[2:2 + n])
        buf = buf[2 + n:]
    return out, buf
