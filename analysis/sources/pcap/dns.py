"""DNS responses to ``DnsAnswer`` records (RFC 1035 4.1 message format and 4.1.4 name
compression; RFC 3596 AAAA; RFC 9460 HTTPS/SVCB with ``ipv4hint`` = key 4 and ``ipv6hint`` =
key 6; RFC 1035 4.2.2 two-byte length prefix over TCP, read by ``DnsTcpApp``).

A small ``struct`` parser rather than scapy: scapy took ~1 ms per message here and 3 s on one
hostile 63 KB message of the corpus (``malformed/dns-badlabel.pcap``); this one bounds
compression jumps and name length and raises ``ValueError`` on anything malformed. Answers read
before a malformed record are kept.
"""

from __future__ import annotations

import socket
import struct
from typing import TYPE_CHECKING

from analysis.records import DnsAnswer
from analysis.sources.pcap.app import App

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow

_TYPES = {1: "A", 28: "AAAA", 5: "CNAME", 64: "SVCB", 65: "HTTPS"}
_HINTS = {4: ("A", 4, socket.AF_INET), 6: ("AAAA", 16, socket.AF_INET6)}
_RR = struct.Struct(">HHIH")
MAX_JUMPS = 32


def wants(payload: bytes) -> bool:
    """A response (QR set) with at least one answer record."""
    return len(payload) >= 12 and bool(payload[2] & 0x80) and payload[6:8] != b"\x00\x00"


def read_name(msg: bytes, pos: int) -> tuple[str, int]:
    """Read a possibly compressed name at ``pos``; returns (name, position after it)."""
    labels: list[str] = []
    end = -1
    jumps = total = 0
    while True:
        if pos >= len(msg):
            raise ValueError("name runs past the message")
        length = msg[pos]
        if length & 0xC0 == 0xC0:
            if pos + 1 >= len(msg):
                raise ValueError("compression pointer cut short")
            if end < 0:
                end = pos + 2
            jumps += 1
            if jumps > MAX_JUMPS:
                raise ValueError("compression pointer loop")
            pos = ((length & 0x3F) << 8) | msg[pos + 1]
            continue
        if length & 0xC0:
            raise ValueError("unknown label type")
        pos += 1
        if length == 0:
            break
        label = msg[pos:pos + length]
        if len(label) < length:
            raise ValueError("label runs past the message")
        total += length + 1
        if total > 255:
            raise ValueError("name longer than 255 bytes")
        labels.append(label.decode("utf-8", "replace"))
        pos += length
    return ".".join(labels).lower(), (end if end >= 0 else pos)


def answers(payload: bytes, ts: float) -> list[DnsAnswer]:
    """Answer records of a response. Raises ``ValueError`` if the message is malformed (the
    answers before the damage are attached as ``exc.args[1]``)."""
    out: list[DnsAnswer] = []
    try:
        qd, an = struct.unpack_from(">HH", payload, 4)
        pos = 12
        for _ in range(qd):
            _, pos = read_name(payload, pos)
            pos += 4
        for _ in range(an):
            name, pos = read_name(payload, pos)
            rtype, _cls, ttl, rdlen = _RR.unpack_from(payload, pos)
            pos += 10
            rdata = payload[pos:pos + rdlen]
            if len(rdata) < rdlen:
                raise ValueError("record data runs past the message")
            kind = _TYPES.get(rtype)
            if kind == "A" and rdlen == 4:
                out.append(DnsAnswer(ts, name, kind, socket.inet_ntop(socket.AF_INET, rdata), ttl))
            elif kind == "AAAA" and rdlen == 16:
                out.append(DnsAnswer(ts, name, kind, socket.inet_ntop(socket.AF_INET6, rdata),
                                     ttl))
            elif kind == "CNAME":
                target, _ = read_name(payload, pos)
                out.append(DnsAnswer(ts, name, kind, target, ttl))
            elif kind in ("SVCB", "HTTPS"):
                out.extend(_svcb(payload, pos, rdlen, name, ts, ttl))
            pos += rdlen
    except (ValueError, struct.error, IndexError, OSError) as exc:
        raise ValueError(f"DNS message malformed: {exc}", out) from exc
    return out


def _svcb(msg: bytes, pos: int, rdlen: int, name: str, ts: float, ttl: int) -> list[DnsAnswer]:
    out: list[DnsAnswer] = []
    end = pos + rdlen
    pos += 2  # SvcPriority
    target, pos = read_name(msg, pos)
    if target and target != name:
        out.append(DnsAnswer(ts, name, "CNAME", target, ttl))
    while pos + 4 <= end:
        key, vlen = struct.unpack_from(">HH", msg, pos)
        value = msg[pos + 4:pos + 4 + vlen]
        pos += 4 + vlen
        hint = _HINTS.get(key)
        if hint is None:
            continue
        rtype, size, family = hint
        for i in range(0, len(value) - size + 1, size):
            out.append(DnsAnswer(ts, name, rtype, socket.inet_ntop(family, value[i:i + size]),
                                 ttl))
    return out


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


class DnsTcpApp(App):
    def __init__(self, flow: Flow, engine: Engine) -> None:
        self.engine = engine
        self.done = False
        self.buf = [b"", b""]

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        i = int(up)
        msgs, self.buf[i] = tcp_messages(self.buf[i] + chunk)
        for msg in msgs:
            self.engine.dns(msg, ts)
        if len(self.buf[i]) > 70000:
            self.buf[i] = b""

    def gap(self, up: bool) -> None:
        self.done = True
