"""HTTP/2 exchanges from a reassembled (usually decrypted) stream: RFC 9113 framing (4.1 frame
header, 6.1 DATA, 6.2 HEADERS, 6.10 CONTINUATION, 3.4 client preface) with HPACK (RFC 7541)
header decoding by the ``hpack`` package (a mitmproxy dependency).

Each stream becomes one ``Exchange`` when its response ends (END_STREAM or RST_STREAM) or the
connection closes. A message's ``ts`` is the earliest capture time of the first byte of its
HEADERS frame (and of its DATA frames), not the time of the segment that completed the frame.
Bodies are bounded by ``max_body``. A header block HPACK cannot decode ends
the parse for the connection: the decoder state is lost, later blocks would be wrong.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import hpack

from analysis.records import Exchange, ExchangeKind
from analysis.sources.pcap.app import App
from analysis.sources.pcap.body import decode_body

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
DATA, HEADERS, RST_STREAM, SETTINGS, CONTINUATION = 0, 1, 3, 4, 9
END_STREAM, END_HEADERS, PADDED, PRIORITY = 0x1, 0x4, 0x8, 0x20
MAX_FRAME = 1 << 24


@dataclass(slots=True)
class _Half:
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytearray = field(default_factory=bytearray)
    size: int = 0
    ts: float | None = None
    ts_end: float | None = None
    ended: bool = False


@dataclass(slots=True)
class _Stream:
    req: _Half = field(default_factory=_Half)
    resp: _Half = field(default_factory=_Half)


class H2App(App):
    """Handler for both directions of one HTTP/2 connection."""

    def __init__(self, flow: Flow, engine: Engine, scheme: str) -> None:
        self.flow, self.engine, self.scheme = flow, engine, scheme
        self.done = False
        self.buf = [b"", b""]
        self.buf_ts = [0.0, 0.0]  # earliest capture time of the bytes in ``buf``
        self.preface = [False, True]  # [server, client]: the client must send the preface
        self.decoders = [hpack.Decoder(), hpack.Decoder()]
        for decoder in self.decoders:
            # hpack refuses header lists over 64 KiB by default; apps send bigger cookies
            decoder.max_header_list_size = 1 << 20
        # the open header block per direction: stream id, fragments, flags, start time
        self.block: list[tuple[int, bytearray, int, float] | None] = [None, None]
        self.streams: dict[int, _Stream] = {}

    def adopt_upgrade(self, method: str, target: str, host: str | None,
                      headers: tuple[tuple[str, str], ...], ts: float) -> None:
        """Stream 1 carries the HTTP/1.1 request that asked for ``Upgrade: h2c``."""
        pseudo = [(":method", method), (":path", target), (":authority", host or "")]
        self.streams[1] = _Stream(req=_Half(headers=pseudo + list(headers), ts=ts, ended=True))

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        i = int(up)
        # the first frame parsed now may have started in earlier (or out-of-order) segments;
        # every later one starts in this chunk
        frame_ts = min(self.buf_ts[i], ts) if self.buf[i] else ts
        buf = self.buf[i] + chunk
        if self.preface[i]:
            if len(buf) < len(PREFACE):
                self.buf[i], self.buf_ts[i] = buf, frame_ts
                return
            if not buf.startswith(PREFACE):
                return self._fail("client stream does not start with the HTTP/2 preface")
            buf = buf[len(PREFACE):]
            self.preface[i] = False
            frame_ts = ts
        pos = 0
        while len(buf) - pos >= 9 and not self.done:
            length = int.from_bytes(buf[pos:pos + 3], "big")
            if length > MAX_FRAME:
                return self._fail("HTTP/2 frame larger than 16 MiB")
            if len(buf) - pos < 9 + length:
                break
            ftype, flags = buf[pos + 3], buf[pos + 4]
            sid = struct.unpack_from(">I", buf, pos + 5)[0] & 0x7FFFFFFF
            self._frame(up, ftype, flags, sid, buf[pos + 9:pos + 9 + length], frame_ts, ts)
            pos += 9 + length
            frame_ts = ts
        self.buf[i], self.buf_ts[i] = buf[pos:], frame_ts

    def _frame(self, up: bool, ftype: int, flags: int, sid: int, payload: bytes,
               start: float, ts: float) -> None:
        """``start``: capture time of the frame's first byte; ``ts``: of its last."""
        i = int(up)
        if ftype in (DATA, HEADERS) and flags & PADDED and payload:
            pad = payload[0]
            payload = payload[1:len(payload) - pad] if pad < len(payload) else b""
        if ftype == HEADERS:
            if flags & PRIORITY:
                payload = payload[5:]
            self.block[i] = (sid, bytearray(payload), flags, start)
            if flags & END_HEADERS:
                self._headers(up, ts)
        elif ftype == CONTINUATION and self.block[i] is not None:
            block = self.block[i]
            assert block is not None
            block[1].extend(payload)
            if flags & END_HEADERS:
                self._headers(up, ts)
        elif ftype == DATA and sid:
            half = self._half(sid, up)
            half.ts = start if half.ts is None else min(half.ts, start)
            half.size += len(payload)
            room = self.engine.max_body - len(half.body)
            if room > 0:
                half.body += payload[:room]
            if flags & END_STREAM:
                self._end(sid, up, ts)
        elif ftype == SETTINGS and not flags & 1:
            # SETTINGS_HEADER_TABLE_SIZE (6.5.2) bounds the *peer's* encoder: our decoder of
            # the other direction must accept that size
            for pos in range(0, len(payload) - 5, 6):
                ident, value = struct.unpack_from(">HI", payload, pos)
                if ident == 1:
                    self.decoders[1 - i].max_allowed_table_size = value
        elif ftype == RST_STREAM and sid in self.streams:
            self._emit(sid, "stream reset (RST_STREAM)")

    def _half(self, sid: int, up: bool) -> _Half:
        stream = self.streams.setdefault(sid, _Stream())
        return stream.req if up else stream.resp

    def _headers(self, up: bool, ts: float) -> None:
        i = int(up)
        block = self.block[i]
        assert block is not None
        self.block[i] = None
        sid, data, flags, start = block
        try:
            headers = [(str(k), str(v)) for k, v in self.decoders[i].decode(bytes(data))]
        except Exception:  # hpack raises several types on corrupt input
            return self._fail("HPACK header block undecodable; the rest of this HTTP/2 "
                              "connection is not read")
        half = self._half(sid, up)
        if not half.headers:
            half.headers = headers
            half.ts = start if half.ts is None else min(half.ts, start)
        if flags & END_STREAM:
            self._end(sid, up, ts)

    def _end(self, sid: int, up: bool, ts: float) -> None:
        half = self._half(sid, up)
        half.ended, half.ts_end = True, ts
        if not up:
            self._emit(sid, None)

    def _emit(self, sid: int, error: str | None) -> None:
        stream = self.streams.pop(sid)
        req, resp = stream.req, stream.resp
        pseudo = dict(h for h in req.headers if h[0].startswith(":"))
        host = pseudo.get(":authority") or next(
            (v for k, v in req.headers if k.lower() == "host"), None)
        path = pseudo.get(":path", "")
        url = f"{pseudo.get(':scheme', self.scheme)}://{host or self.flow.authority(0)}{path}"
        errors = [error] if error else []
        if not req.headers:
            errors.append("response without a captured request")
        req_body, req_cut, err = self._body(req)
        if err:
            errors.append(f"request {err}")
        resp_body, resp_cut, err = self._body(resp)
        if err:
            errors.append(f"response {err}")
        status = next((v for k, v in resp.headers if k == ":status"), None)
        if resp_body and any(k.lower() == "content-type" and "dns-message" in v
                             for k, v in resp.headers):
            self.engine.dns(resp_body, resp.ts_end or resp.ts or 0.0)  # DoH (RFC 8484)
        flow = self.flow
        self.engine.emit(Exchange(
            ts=req.ts if req.ts is not None else (resp.ts or flow.first),
            kind=ExchangeKind.HTTP, method=pseudo.get(":method"), url=url, host=host,
            server_ip=flow.target_ip, server_port=flow.target_port, client_ip=flow.client_ip,
            client_port=flow.cport, sni=flow.sni, alpn=flow.alpn, tls_version=flow.tls_version,
            http_version="HTTP/2",
            request_headers=tuple(h for h in req.headers if not h[0].startswith(":")),
            request_body=req_body, request_body_size=req.size, request_truncated=req_cut,
            status=int(status) if status and status.isdigit() else None,
            response_headers=tuple(h for h in resp.headers if not h[0].startswith(":")),
            response_body=resp_body if resp.headers else None,
            response_body_size=resp.size if resp.headers else None,
            response_truncated=resp_cut, ts_end=resp.ts_end, app=flow.app_name,
            connect_ms=flow.target_rtt, error="; ".join(errors) or None))

    def _body(self, half: _Half) -> tuple[bytes, bool, str | None]:
        cut = half.size > len(half.body) or not half.ended
        coding = next((v for k, v in half.headers if k.lower() == "content-encoding"), None)
        if not coding or not half.body:
            return bytes(half.body), cut, None
        data, more, err = decode_body(bytes(half.body), coding, self.engine.max_body)
        if err:
            self.engine.problem("undecodable-body", "HTTP body could not be content-decoded;"
                                " the raw body was kept")
        return data, cut or more, err

    def _fail(self, why: str) -> None:
        self.engine.problem("malformed-http2", why)
        self.done = True

    def gap(self, up: bool) -> None:
        self._fail("HTTP/2 stream has bytes missing from the capture; the rest is not read")

    def fin(self, up: bool, ts: float) -> None:
        pass

    def close(self, ts: float) -> None:
        for sid in list(self.streams):
            if self.streams[sid].req.headers:
                self._emit(sid, "connection ended before the response did")
        self.done = True
