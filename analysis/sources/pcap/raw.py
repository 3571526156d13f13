"""Messages of TCP and UDP protocols phonehome has no dissector for.

DESIGN.md counts "client-to-server WebSocket/TCP/UDP messages" among the findings, so a flow
that is not TLS, QUIC, DNS, HTTP, SOCKS or a tunnel still has its payload recorded: plaintext
JSON lines to a chat port, a UDP beacon, or binary/encrypted bytes (the decode pass keeps a body
it cannot decode raw and says so). The messages mirror what mitmproxy's TCP/UDP flows hold
(``analysis.sources.mitm.message_exchange``): ``Exchange(kind=TCP|UDP)``, ``url`` ``tcp://ip:port``,
the payload in ``request_body`` whichever the direction, ``direction`` ``up``/``down``.

- TCP (``TcpMessages``): a stream has no message boundaries, so one message is one *burst*:
  the bytes one side sends until the other side sends (or a FIN, a gap, the close). Its ``ts``
  is the earliest capture time of its segments. Bodies are cut at ``max_body`` (size kept,
  marked truncated); after ``MAX_MESSAGES`` bursts the flow's reassembly stops (reported).
- UDP (``UdpMessages``): one message per datagram, at most ``MAX_MESSAGES`` per flow; the
  datagrams beyond are counted in a ``ReadError``.

TLS and QUIC flows that could not be decrypted never come here: they are connections with an
SNI, "not inspected", not messages of ciphertext.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.records import Exchange, ExchangeKind
from analysis.sources.pcap.app import App

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow

MAX_MESSAGES = 256  # per flow: enough evidence, bounded storage for chatty binary protocols
_QUIC_PORTS = frozenset({443, 80, 8443})


def url_of(flow: Flow, scheme: str) -> str:
    return f"{scheme}://{flow.authority(0)}"


def flow_fields(flow: Flow, scheme: str) -> dict[str, object]:
    """The fields every message of one flow shares, computed once (records are built per
    message, and address formatting showed in profiles)."""
    return {"url": url_of(flow, scheme), "host": flow.sni or flow.target_host,
            "server_ip": flow.target_ip, "server_port": flow.target_port,
            "client_ip": flow.client_ip, "client_port": flow.cport, "app": flow.app_name,
            "connect_ms": flow.target_rtt}


def message(base: dict[str, object], kind: ExchangeKind, up: bool, body: bytes, size: int,
            ts: float, ts_end: float, error: str | None = None) -> Exchange:
    return Exchange(ts=ts, ts_end=ts_end, kind=kind, request_body=body, request_body_size=size,
                    request_truncated=size > len(body), direction="up" if up else "down",
                    error=error, **base)  # type: ignore[arg-type]


class TcpMessages(App):
    """One ``Exchange(kind=TCP)`` per burst of one side of an unrecognised TCP stream."""

    def __init__(self, flow: Flow, engine: Engine) -> None:
        self.flow, self.engine = flow, engine
        self.done = False
        self.base: dict[str, object] | None = None  # once the first message is complete
        self.side: bool | None = None  # who sends the burst being collected
        self.body = bytearray()
        self.size = 0
        self.ts = self.ts_end = 0.0
        self.count = 0
        self.error: str | None = None

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        if self.side is not None and up != self.side:
            self._emit()
        if self.side is None:
            if self.count >= MAX_MESSAGES:
                self.engine.problem("messages-not-recorded", f"TCP flow of an unrecognised "
                                    f"protocol with more than {MAX_MESSAGES} messages: the "
                                    "rest of the flow was not recorded (its bytes are counted "
                                    "in the connection)")
                self.done = True
                return
            self.side, self.ts = up, ts
        elif ts < self.ts:
            self.ts = ts  # an out-of-order segment captured earlier
        self.ts_end = ts
        self.size += len(chunk)
        room = self.engine.max_body - len(self.body)
        if room > 0:
            self.body += chunk[:room]

    def _emit(self) -> None:
        if self.side is None:
            return
        if self.base is None:
            self.base = flow_fields(self.flow, "tcp")
        self.engine.emit(message(self.base, ExchangeKind.TCP, self.side, bytes(self.body),
                                 self.size, self.ts, self.ts_end, self.error))
        self.count += 1
        self.side, self.body, self.size, self.error = None, bytearray(), 0, None

    def gap(self, up: bool) -> None:
        if self.side == up:
            self.error = "capture is missing part of this message (TCP gap)"
            self._emit()
        self.engine.problem("tcp-gap", "TCP stream of an unrecognised protocol has bytes "
                            "missing from the capture; messages resume after the hole")

    def fin(self, up: bool, ts: float) -> None:
        if self.side == up:
            self._emit()

    def close(self, ts: float) -> None:
        self._emit()
        self.done = True


def looks_like_quic(payload: bytes, sport: int, dport: int) -> bool:
    """A datagram of a QUIC connection whose Initial was not captured (RFC 9000 17: the fixed
    bit 0x40 is set; the connection ID and payload are random-looking). Printable text on the
    same ports is kept as a message."""
    if sport not in _QUIC_PORTS and dport not in _QUIC_PORTS:
        return False
    if not payload or not payload[0] & 0x40:
        return False
    head = payload[:16]
    return not all(32 <= b < 127 or b in (9, 10, 13) for b in head)


def looks_like_dtls(payload: bytes) -> bool:
    """A DTLS record (RFC 9147 4: content type 20-25, version 0xfeXX): encrypted like TLS."""
    return len(payload) >= 13 and 20 <= payload[0] <= 25 and payload[1] == 0xFE


class UdpMessages(App):
    """One ``Exchange(kind=UDP)`` per datagram of an unrecognised UDP flow (bounded)."""

    def __init__(self, flow: Flow, engine: Engine) -> None:
        self.flow, self.engine = flow, engine
        self.done = False
        self.base: dict[str, object] | None = None
        self.count = 0

    def datagram(self, up: bool, payload: bytes, ts: float, size: int) -> None:
        """``size``: the UDP payload length on the wire (more than ``payload`` when the
        capture's snapshot length cut the packet)."""
        if self.count >= MAX_MESSAGES:
            self.engine.problem("messages-not-recorded", f"UDP datagrams of an unrecognised "
                                f"protocol beyond {MAX_MESSAGES} per flow were counted, not "
                                "recorded (their bytes are in the connection)")
            return
        self.count += 1
        if self.base is None:
            self.base = flow_fields(self.flow, "udp")
        self.engine.emit(message(self.base, ExchangeKind.UDP, up,
                                 payload[:self.engine.max_body], max(size, len(payload)), ts, ts))
