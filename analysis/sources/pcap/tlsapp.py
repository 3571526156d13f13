"""The TLS record layer of a reassembled TCP connection, both directions.

Records (RFC 8446 5.1: content type 20-24, version 3.x, length at most 2^14 + 256 for
ciphertext, 5.2) are cut out of the byte stream; handshake messages give the ClientHello's SNI
and ALPN and the ServerHello's version (``tls``). When the key log holds this session's secrets
(``keylog``/``tlsdecrypt``), application data is decrypted and handed to HTTP/1
(``http1app.HttpApp``) or HTTP/2 (``http2.H2App``), chosen on the first 8 plaintext bytes;
any other protocol's bursts are recorded as a TCP flow's messages (``raw.TcpMessages``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.sources.pcap.app import Wrapper
from analysis.sources.pcap.http1 import METHODS
from analysis.sources.pcap.http1app import HttpApp
from analysis.sources.pcap.http2 import PREFACE, H2App
from analysis.sources.pcap.raw import TcpMessages
from analysis.sources.pcap.tls import (
    CLIENT_HELLO,
    SERVER_HELLO,
    HandshakeReader,
    parse_client_hello,
    parse_server_hello,
    version_name,
)

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow
    from analysis.sources.pcap.tlsdecrypt import Session

MAX_RECORD = 16384 + 2048  # RFC 8446 5.2: ciphertext at most 2^14 + 256; slack for SSLv3/TLS1.0


class TlsApp(Wrapper):
    """Reads the TLS record layer both ways: ClientHello SNI/ALPN, ServerHello, and, when the
    key log has this session's secrets, decrypted application data handed to HTTP/1, HTTP/2
    or, for another protocol, recorded as TCP messages."""

    def __init__(self, flow: Flow, engine: Engine) -> None:
        self.flow, self.engine = flow, engine
        self.done = False
        self.buf = [b"", b""]
        self.buf_ts = [0.0, 0.0]  # earliest capture time of the bytes in ``buf``
        self.hs = [HandshakeReader(), HandshakeReader()]
        self.client_random: bytes | None = None
        self.session: Session | None = None  # once the ServerHello and the keys are known
        self.inner: HttpApp | H2App | TcpMessages | None = None
        self.early, self.early_ts = b"", 0.0  # first decrypted client bytes, until 8

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        i = int(up)
        # a record's time is when its first byte was captured (the HTTP request inside starts
        # there); only the first record parsed now can have started in an earlier segment
        rec_ts = min(self.buf_ts[i], ts) if self.buf[i] else ts
        buf = self.buf[i] + chunk if self.buf[i] else chunk
        pos, n = 0, len(buf)
        while n - pos >= 5:
            ctype, rlen = buf[pos], int.from_bytes(buf[pos + 3:pos + 5], "big")
            if not 20 <= ctype <= 24 or buf[pos + 1] != 3 or rlen > MAX_RECORD:
                self.done = self.session is None or self.done
                self.buf[i] = b""
                return
            if n - pos < 5 + rlen:
                break
            self.record(up, ctype, buf[pos:pos + 5], buf[pos + 5:pos + 5 + rlen], rec_ts)
            pos += 5 + rlen
            rec_ts = ts
            if self.done:
                self.buf[i] = b""
                return
        self.buf[i], self.buf_ts[i] = buf[pos:], rec_ts

    def record(self, up: bool, ctype: int, header: bytes, body: bytes, ts: float) -> None:
        session = self.session
        if session is not None and session.encrypted(up, ctype):
            for inner_type, plain in session.decrypt(up, ctype, header, body):
                if inner_type == 23:
                    self._plaintext(up, plain, ts)
            return
        if ctype != 22:
            return
        for mtype, msg in self.hs[int(up)].feed(body):
            if mtype == CLIENT_HELLO and up and self.client_random is None:
                ch = parse_client_hello(msg)
                if ch is None:
                    self.engine.problem("malformed-tls", "TLS ClientHello could not be parsed")
                    self.done = True
                    return
                self.client_random = ch.random
                self.flow.sni = ch.sni
                self.flow.alpn = ",".join(ch.alpn) or None
                if not self.engine.keys.has(ch.random):
                    self.done = True  # nothing more to learn from this connection
            elif mtype == SERVER_HELLO and not up and self.client_random is not None:
                sh = parse_server_hello(msg)
                if sh is not None:
                    self.session = self.engine.keys.session(self.client_random, sh,
                                                            self.engine.problem)
                    self.flow.tls_version = version_name(sh.version)
                    if self.session is None:
                        self.done = True

    def _plaintext(self, up: bool, plain: bytes, ts: float) -> None:
        if self.inner is None:
            if not up:
                return
            # TLS 1.0/SSL 3.0 clients split records 1/n-1 against BEAST: decide on 8+ bytes
            self.early_ts = min(self.early_ts, ts) if self.early else ts
            self.early += plain
            if len(self.early) < 8:
                return
            plain, ts, self.early = self.early, self.early_ts, b""
            if plain.startswith(PREFACE[:8]):
                self.inner = H2App(self.flow, self.engine, "https")
            elif plain.startswith(METHODS):
                self.inner = HttpApp(self.flow, self.engine, "https")
            else:
                # another protocol inside TLS (MQTT on 8883, a chat's own framing): its
                # decrypted messages are recorded as a TCP flow's are, kept raw by the decode
                # pass and searched for the device profile's values, as the proxy records
                # them (QA63: the same bytes were read from the proxy and not from the pcap)
                self.inner = TcpMessages(self.flow, self.engine)
        self.inner.data(up, plain, ts)
        if self.inner.done:
            self.done = True  # (the inner reader stopped: nothing more to decrypt, QA65)
