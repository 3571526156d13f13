"""WebSocket messages from a reassembled TCP stream after an ``Upgrade: websocket`` 101.

Framing is RFC 6455 5.2: FIN/RSV1/opcode, a 7, 16 or 64-bit payload length, a 4-byte masking
key on client frames (5.3, undone here), fragmented messages (continuation frames, 5.4) joined
into one message, control frames (close/ping/pong, 5.5) allowed between fragments and skipped.
``permessage-deflate`` (RFC 7692), when the 101 response accepted it, is inflated: RSV1 on a
message's first frame marks it compressed, the sender's DEFLATE stream continues across messages
unless ``*_no_context_takeover`` was negotiated (7.2.1), and each message lacks its final
``00 00 ff ff`` (7.2.2).

Each data message becomes ``Exchange(kind=WEBSOCKET)`` with the upgrade request's URL and host,
``direction`` ``up`` (client frames) or ``down``, the payload in ``request_body`` (the way HAR's
``_webSocketMessages`` and mitmproxy's WebSocket messages are recorded), ``ts`` the capture time of
the message's first byte. Payloads are kept up to ``max_body`` bytes; a message that cannot be
inflated keeps its raw bytes and says so. At most ``MAX_MESSAGES`` per connection are recorded,
the rest are counted in a ``ReadError``.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from analysis.records import Exchange, ExchangeKind
from analysis.sources.pcap.app import App

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow

MAX_MESSAGES = 4096
_TAIL = b"\x00\x00\xff\xff"


def unmask(data: bytes, key: bytes, offset: int) -> bytes:
    """XOR with the masking key, starting ``offset`` bytes into the frame payload (5.3)."""
    if not data:
        return data
    shift = offset % 4
    key = key[shift:] + key[:shift]
    n = len(data)
    stream = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(n, "big")


def deflate_params(extensions: str | None) -> tuple[bool, bool, bool] | None:
    """(negotiated, client_no_context_takeover, server_no_context_takeover) from the 101's
    ``Sec-WebSocket-Extensions``; None when permessage-deflate was not accepted."""
    for ext in (extensions or "").split(","):
        parts = [p.strip().lower() for p in ext.split(";")]
        if parts[0] == "permessage-deflate":
            return (True, "client_no_context_takeover" in parts,
                    "server_no_context_takeover" in parts)
    return None


class _Direction:
    __slots__ = (
        "buf",
        "buf_ts",
        "compressed",
        "control",
        "final",
        "frame_left",
        "inflater",
        "key",
        "masked",
        "msg",
        "msg_size",
        "msg_ts",
        "offset",
        "opcode",
        "reset",
    )

    def __init__(self, reset: bool) -> None:
        self.buf = b""  # bytes of an incomplete frame header
        self.buf_ts = 0.0
        self.frame_left = 0  # payload bytes of the current frame still to come
        self.key = b""
        self.masked = False
        self.offset = 0
        self.final = False
        self.control = False
        self.opcode = 0  # of the message being assembled; 0: none
        self.compressed = False
        self.msg = bytearray()
        self.msg_size = 0
        self.msg_ts = 0.0
        self.inflater = zlib.decompressobj(-15)
        self.reset = reset  # no context takeover: a fresh inflater per message


class WsApp(App):
    """Both directions of one WebSocket connection."""

    def __init__(self, flow: Flow, engine: Engine, url: str, host: str | None,
                 extensions: str | None) -> None:
        self.flow, self.engine, self.url, self.host = flow, engine, url, host
        self.done = False
        params = deflate_params(extensions)
        self.deflate = params is not None
        self.dirs = [_Direction(bool(params and params[2])), _Direction(bool(params and params[1]))]
        self.count = 0

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        d = self.dirs[int(up)]
        buf, pos = chunk, 0
        start_ts = ts
        if d.buf:
            buf, start_ts = d.buf + chunk, min(d.buf_ts, ts)
            d.buf = b""
        n = len(buf)
        while pos < n and not self.done:
            if d.frame_left:
                take = min(d.frame_left, n - pos)
                self._payload(d, buf[pos:pos + take])
                pos += take
                d.frame_left -= take
                if not d.frame_left:
                    self._frame_end(d, up, ts)
                continue
            header = self._header(d, buf, pos, start_ts)
            if header < 0:
                d.buf, d.buf_ts = buf[pos:], start_ts
                return
            pos = header
            start_ts = ts
            if not d.frame_left:
                self._frame_end(d, up, ts)

    def _header(self, d: _Direction, buf: bytes, pos: int, ts: float) -> int:
        """Parse a frame header at ``pos``; returns the payload's position, -1 if incomplete."""
        n = len(buf)
        if n - pos < 2:
            return -1
        b0, b1 = buf[pos], buf[pos + 1]
        length, p = b1 & 0x7F, pos + 2
        if length == 126:
            if n - p < 2:
                return -1
            length, p = int.from_bytes(buf[p:p + 2], "big"), p + 2
        elif length == 127:
            if n - p < 8:
                return -1
            length, p = int.from_bytes(buf[p:p + 8], "big"), p + 8
        masked = bool(b1 & 0x80)
        if masked:
            if n - p < 4:
                return -1
            d.key, p = buf[p:p + 4], p + 4
        opcode = b0 & 0x0F
        d.masked, d.offset, d.frame_left, d.final = masked, 0, length, bool(b0 & 0x80)
        d.control = opcode >= 8
        if opcode in (1, 2) and not d.opcode:
            d.opcode, d.compressed, d.msg_ts = opcode, bool(b0 & 0x40), ts
            d.msg, d.msg_size = bytearray(), 0
        elif opcode == 0 and d.opcode:
            d.msg_ts = min(d.msg_ts, ts)
        elif opcode not in (8, 9, 10) or length > 125:
            self._fail(f"WebSocket frame with opcode {opcode} is out of place or unknown")
        return p

    def _payload(self, d: _Direction, part: bytes) -> None:
        if d.control:
            return
        if d.masked:
            part = unmask(part, d.key, d.offset)
            d.offset += len(part)
        d.msg_size += len(part)
        room = self.engine.max_body - len(d.msg)
        if room > 0:
            d.msg += part[:room]

    def _frame_end(self, d: _Direction, up: bool, ts: float, cut: bool = False) -> None:
        if d.control or not d.final or not d.opcode:
            return
        body, size = bytes(d.msg), d.msg_size
        truncated = cut or size > len(body)
        error = "connection ended before the message did" if cut else None
        if d.compressed:
            body, truncated, inflate_error = self._inflate(d, body, truncated)
            error = inflate_error or error
        d.opcode, d.msg = 0, bytearray()
        if self.count >= MAX_MESSAGES:
            self.engine.problem("messages-not-recorded", f"WebSocket messages beyond "
                                f"{MAX_MESSAGES} per connection were counted, not recorded")
            return
        self.count += 1
        flow = self.flow
        self.engine.emit(Exchange(
            ts=d.msg_ts, ts_end=ts, kind=ExchangeKind.WEBSOCKET, url=self.url, host=self.host,
            server_ip=flow.target_ip, server_port=flow.target_port, client_ip=flow.client_ip,
            client_port=flow.cport, sni=flow.sni, alpn=flow.alpn, tls_version=flow.tls_version,
            request_body=body, request_body_size=size, request_truncated=truncated,
            direction="up" if up else "down", error=error, app=flow.app_name,
            connect_ms=flow.target_rtt))

    def _inflate(self, d: _Direction, raw: bytes, cut: bool) -> tuple[bytes, bool, str | None]:
        if d.reset:
            d.inflater = zlib.decompressobj(-15)
        limit = self.engine.max_body
        try:
            out = d.inflater.decompress(raw + (b"" if cut else _TAIL), limit)
        except zlib.error:
            self.engine.problem("undecodable-body", "WebSocket permessage-deflate message "
                                "could not be inflated (earlier messages missing or cut); the "
                                "raw bytes were kept")
            return raw, cut, "permessage-deflate: could not inflate; raw payload kept"
        tail = d.inflater.unconsumed_tail
        more = bool(tail)
        for _ in range(256):  # the rest must still pass through the sliding window for later
            if not tail or d.reset:  # messages; bounded: 256 MiB of output at most
                break
            d.inflater.decompress(tail, 1 << 20)
            tail = d.inflater.unconsumed_tail
        return out, cut or more, ("message cut before it ended: inflated what was captured"
                                  if cut else None)

    def _fail(self, why: str) -> None:
        self.engine.problem("malformed-websocket", why + "; the rest of this WebSocket "
                            "connection is not read")
        self.done = True

    def gap(self, up: bool) -> None:
        self._fail("WebSocket stream has bytes missing from the capture")

    def close(self, ts: float) -> None:
        for up, d in ((False, self.dirs[0]), (True, self.dirs[1])):
            if d.opcode and not self.done:
                d.final, d.control = True, False
                self._frame_end(d, up, ts, cut=True)
        self.done = True
