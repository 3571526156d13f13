"""Incremental HTTP/1.x message parser for reassembled TCP streams (RFC 9112).

Message framing follows RFC 9112 section 6: ``Transfer-Encoding: chunked`` wins over
``Content-Length``; a request without either has no body; a response to HEAD, a 1xx, 204 or 304
has none; any other response without a length runs until the connection closes. Bodies are kept
up to ``max_body`` bytes (the rest is counted and the message marked truncated). A stream that
stops looking like HTTP ends the parser with an error instead of guessing.

A message's ``ts`` is the earliest capture time of the segments that carried it (DESIGN.md:
"the first TCP segment of the request"), not the time of the segment that completed its
header block: the parser remembers when the bytes it is buffering arrived.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from analysis.records import Headers
from analysis.sources.pcap.body import decode_body

MAX_HEAD = 64 * 1024
# Lenient like browsers' servers: several spaces, and spaces inside the target
# (corpus: ndpi_http-manipulated, sv_http-uri-spaces).
_REQUEST = re.compile(rb"^([A-Z][A-Z0-9_-]{0,19})[ \t]+(.+?)(?:[ \t]+(HTTP/\d(?:\.\d)?))?[ \t]*$")
_STATUS = re.compile(rb"^(HTTP/\d(?:\.\d)?) (\d{3})(?: (.*))?$")
_REQUEST_START = re.compile(rb"(?:^|\n)((?:GET|POST|PUT|HEAD|DELETE|OPTIONS|PATCH) \S+ HTTP/1)")
_STATUS_START = re.compile(rb"(?:^|\n)(HTTP/1\.[01] \d{3})")
METHODS = (b"GET ", b"POST ", b"PUT ", b"HEAD ", b"DELETE ", b"OPTIONS ", b"PATCH ",
           b"CONNECT ", b"TRACE ", b"PROPFIND ")


@dataclass(slots=True)
class Message:
    ts: float
    first: tuple[str, str, str]  # (method, target, version) or (version, status, reason)
    headers: Headers
    body: bytearray = field(default_factory=bytearray)
    size: int = 0
    truncated: bool = False
    complete: bool = False
    ts_end: float | None = None
    error: str | None = None

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    def decoded_body(self, limit: int) -> tuple[bytes | None, bool, str | None]:
        if not self.size:
            return (b"" if self.complete else None), self.truncated, None
        coding = self.header("content-encoding")
        raw = bytes(self.body)
        if not coding:
            return raw, self.truncated, None
        data, cut, err = decode_body(raw, coding, limit)
        return data, self.truncated or cut, err


class Parser:
    """Feed it contiguous stream bytes; completed (and, on close, partial) messages come out."""

    def __init__(self, request: bool, max_body: int,
                 next_method: Callable[[], str | None] | None = None) -> None:
        self.request = request
        self.max_body = max_body
        self.next_method = next_method
        self.buf = b""
        self.msg: Message | None = None
        self.mode = "head"  # head | length | chunk-size | chunk-data | chunk-crlf | trailer | eof
        self.remaining = 0
        self.failed: str | None = None
        self.resync = False
        self.done: list[Message] = []
        self.buf_ts = 0.0  # earliest capture time of the bytes in ``buf``
        self.rest = b""  # bytes after a 101 or a CONNECT's 2xx: the next protocol's

    def feed(self, data: bytes, ts: float) -> list[Message]:
        if self.failed:
            return []
        # Segments reach us in sequence order, but an out-of-order one may have been captured
        # earlier than the one before it: keep the minimum, not the first or last time.
        self.buf_ts = min(self.buf_ts, ts) if self.buf else ts
        if self.msg is not None and ts < self.msg.ts:
            self.msg.ts = ts
        self.buf += data
        while self.buf and not self.failed:
            if not self._step(ts):
                break
        out, self.done = self.done, []
        return out

    def gap(self) -> None:
        """Bytes are missing from the stream: the current message cannot be completed."""
        if self.msg is not None:
            self.msg.error = "capture is missing part of this message (TCP gap)"
            self.msg.truncated = True
            self.done.append(self.msg)
        self.msg, self.buf, self.mode = None, b"", "head"
        self.resync = True  # look for the next message start in what follows the hole

    def close(self, ts: float) -> list[Message]:
        """The connection ended: a body running to the close is complete, others are cut."""
        if self.msg is not None:
            if self.mode == "eof":
                self.msg.complete = True
            else:
                self.msg.truncated = True
                self.msg.error = self.msg.error or "connection ended before the message did"
            self.msg.ts_end = ts
            self.done.append(self.msg)
            self.msg = None
        self.mode, self.buf = "head", b""  # bytes after the close start a new message
        out, self.done = self.done, []
        return out

    def _step(self, ts: float) -> bool:
        if self.mode == "head":
            return self._head(ts)
        assert self.msg is not None
        if self.mode in ("length", "chunk-data", "eof"):
            take = self.buf if self.mode == "eof" else self.buf[:self.remaining]
            self._body(take)
            self.buf = self.buf[len(take):]
            self.remaining -= len(take)
            if self.mode != "eof" and self.remaining == 0:
                if self.mode == "length":
                    self._finish(ts)
                else:
                    self.mode = "chunk-crlf"
            return bool(self.buf)
        line_end = self.buf.find(b"\n")
        if line_end < 0:
            if len(self.buf) > MAX_HEAD:
                self._fail("chunk framing line too long")
            return False
        line = self.buf[:line_end].strip()
        self.buf = self.buf[line_end + 1:]
        if self.mode == "chunk-crlf":
            self.mode = "chunk-size"
            if line:
                self._fail("chunk data not followed by CRLF")
        elif self.mode == "chunk-size":
            try:
                size = int(line.split(b";", 1)[0], 16)
            except ValueError:
                self._fail(f"bad chunk size line {line[:40]!r}")
                return False
            if size > 1 << 40:
                self._fail("chunk size out of range")
                return False
            self.mode, self.remaining = ("trailer", 0) if size == 0 else ("chunk-data", size)
        elif self.mode == "trailer" and not line:
            self._finish(ts)
        return True

    def _head(self, ts: float) -> bool:
        if self.resync:
            found = (_REQUEST_START if self.request else _STATUS_START).search(self.buf)
            if found is None:
                self.buf = self.buf[-24:]  # a message start may straddle two segments
                self.buf_ts = ts
                return False
            self.buf = self.buf[found.start(1):]
            self.resync = False
        while self.buf[:2] == b"\r\n":  # RFC 9112 2.2: ignore empty lines before a request
            self.buf = self.buf[2:]
        end = self.buf.find(b"\r\n\r\n")
        sep = 4
        if end < 0:
            end, sep = self.buf.find(b"\n\n"), 2
        if end < 0:
            if len(self.buf) > MAX_HEAD:
                self._fail("header block larger than 64 KiB")
            return False
        lines = self.buf[:end].replace(b"\r\n", b"\n").split(b"\n")
        self.buf = self.buf[end + sep:]
        start_ts, self.buf_ts = self.buf_ts, ts  # what is left came with the current chunk
        match = (_REQUEST if self.request else _STATUS).match(lines[0].rstrip(b"\r"))
        if not match:
            self._fail(f"not an HTTP/1 {'request' if self.request else 'status'} line: "
                       f"{lines[0][:60]!r}")
            return False
        first = tuple(g.decode("latin-1") if g else "" for g in match.groups())
        headers: list[tuple[str, str]] = []
        for raw in lines[1:]:
            if raw[:1] in (b" ", b"\t") and headers:  # obsolete line folding (RFC 9112 5.2)
                k, v = headers[-1]
                headers[-1] = (k, v + " " + raw.strip().decode("latin-1"))
                continue
            name, colon, value = raw.partition(b":")
            if colon:
                headers.append((name.strip().decode("latin-1"),
                                value.strip().decode("latin-1")))
        msg = Message(start_ts, (first[0], first[1], first[2]), tuple(headers))
        self.msg = msg
        self._framing(msg, ts)
        return True

    def _framing(self, msg: Message, ts: float) -> None:
        te = (msg.header("transfer-encoding") or "").lower()
        cl = msg.header("content-length")
        if not self.request:
            status = int(msg.first[1])
            method = self.next_method() if self.next_method else None
            if status == 101 or (method == "CONNECT" and 200 <= status < 300):
                # RFC 9110 15.2.2 / 9.3.6: what follows is another protocol or a tunnel (its
                # first bytes may share the segment with this response: kept in ``rest``)
                self.rest = self.buf
                self._finish(ts)
                self._fail("switched")
                return
            if 100 <= status < 200:
                self.msg = None  # interim response: not an exchange of its own
                return
            if method == "HEAD" or status in (204, 304):
                return self._finish(ts)
        if "chunked" in te:
            self.mode = "chunk-size"
        elif cl is not None:
            try:
                length = int(cl.split(",")[0].strip())
            except ValueError:
                length = -1
            if length < 0 or length > 1 << 40:
                msg.error = f"invalid Content-Length {cl[:30]!r}"
                self._fail(msg.error)
                self.done.append(msg)
                self.msg = None
                return
            self.mode, self.remaining = "length", length
            if length == 0:
                self._finish(ts)
        elif self.request:
            self._finish(ts)
        else:
            self.mode = "eof"

    def _body(self, chunk: bytes) -> None:
        assert self.msg is not None
        self.msg.size += len(chunk)
        room = self.max_body - len(self.msg.body)
        if room > 0:
            self.msg.body += chunk[:room]
        if len(chunk) > room:
            self.msg.truncated = True

    def _finish(self, ts: float) -> None:
        if self.msg is not None:
            self.msg.complete = True
            self.msg.ts_end = ts
            self.done.append(self.msg)
        self.msg, self.mode, self.remaining = None, "head", 0

    def _fail(self, why: str) -> None:
        self.failed = why
        self.buf = b""
