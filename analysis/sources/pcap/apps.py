"""Application-layer handlers attached to a reassembled TCP connection.

The first bytes the client sends choose the handler (the way nDPI/tshark heuristics do, never
the port alone): a TLS handshake record (RFC 8446 5.1: content type 22, version 3.x) gets
``TlsApp``, an HTTP/1 method gets ``HttpApp`` (RFC 9112), TCP port 53 gets ``DnsTcpApp``
(RFC 1035 4.2.2), a SOCKS greeting gets ``socks.SocksApp``. TLS ciphertext without its
handshake is counted and not reassembled further; any other protocol's bytes become messages
(``raw.TcpMessages``).
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from analysis.records import Exchange, ExchangeKind
from analysis.sources.pcap.app import IGNORE, App, Wrapper
from analysis.sources.pcap.dns import DnsTcpApp
from analysis.sources.pcap.http1 import METHODS, Message, Parser
from analysis.sources.pcap.http2 import PREFACE, H2App
from analysis.sources.pcap.raw import TcpMessages, url_of
from analysis.sources.pcap.socks import SocksApp, looks_like_socks
from analysis.sources.pcap.tls import (
    CLIENT_HELLO,
    SERVER_HELLO,
    HandshakeReader,
    parse_client_hello,
    parse_server_hello,
    version_name,
)
from analysis.sources.pcap.websocket import WsApp

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow
    from analysis.sources.pcap.tlsdecrypt import Session

_TLS_PORTS = frozenset({443, 465, 563, 636, 853, 989, 990, 992, 993, 994, 995, 5223, 5228,
                        5061, 8443})
MAX_RECORD = 16384 + 2048  # RFC 8446 5.2: ciphertext at most 2^14 + 256; slack for SSLv3/TLS1.0




def choose(flow: Flow, engine: Engine, first: bytes) -> App:
    if len(first) >= 3 and first[0] == 22 and first[1] == 3:
        return TlsApp(flow, engine)
    if first.startswith(METHODS):
        return HttpApp(flow, engine, "http")
    if first.startswith(b"PRI * HTTP/2"):  # h2c with prior knowledge (RFC 9113 3.3)
        return H2App(flow, engine, "http")
    if flow.sport in (53, 5353) or flow.cport == 53:
        return DnsTcpApp(flow, engine)
    if looks_like_socks(first):
        return SocksApp(flow, engine)
    if len(first) <= 1:
        return IGNORE  # e.g. a keep-alive probe's garbage byte: the flow decides on real data
    if (20 <= first[0] <= 24 and first[1] == 3) or (
            flow.syn_ts is None and flow.sport in _TLS_PORTS):
        # a TLS record other than a handshake, or a capture that began inside a connection to
        # a TLS port: ciphertext without its ClientHello ("not inspected", not messages)
        return IGNORE
    return TcpMessages(flow, engine)


class HttpApp(App):
    """Pairs requests with responses in order (RFC 9112 9.3: responses come in request order)."""

    def __init__(self, flow: Flow, engine: Engine, scheme: str) -> None:
        self.flow, self.engine, self.scheme = flow, engine, scheme
        self.done = False
        self.req = Parser(True, engine.max_body)
        self.resp = Parser(False, engine.max_body, self._next_method)
        self.waiting: deque[Message] = deque()
        self.tunnel: App | None = None  # after a successful CONNECT
        self.switched = False

    def _next_method(self) -> str | None:
        return self.waiting[0].first[0] if self.waiting else None

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        if self.switched:  # inside a CONNECT tunnel: dissect what it carries (usually TLS)
            if self.tunnel is None:
                if not up:
                    return
                self.tunnel = choose(self.flow, self.engine, chunk)
            self.tunnel.data(up, chunk, ts)
            self.done = self.tunnel.done
            return
        if up:
            for msg in self.req.feed(chunk, ts):
                self._request(msg)
            if self.req.failed:
                self.engine.problem("malformed-http", f"HTTP request stream: {self.req.failed}")
        else:
            for msg in self.resp.feed(chunk, ts):
                self._response(msg)

    def _request(self, msg: Message) -> None:
        self.waiting.append(msg)

    def _response(self, msg: Message) -> None:
        req = self.waiting.popleft() if self.waiting else None
        status = int(msg.first[1])
        upgrade = (msg.header("upgrade") or "").lower()
        if status == 101 and req is not None and "h2c" in upgrade:
            # RFC 7540 3.2: the upgraded request is answered as HTTP/2 stream 1
            h2 = H2App(self.flow, self.engine, "http")
            h2.adopt_upgrade(req.first[0], req.first[1], req.header("host"), req.headers, req.ts)
            self._switch(h2, msg)
            return
        self.emit(req, msg)
        if req is not None and req.first[0] == "CONNECT" and 200 <= status < 300:
            self.switched = True
        elif status == 101:  # RFC 9110 7.8: the connection now speaks the named protocol
            if "websocket" in upgrade:
                host, url = (self._url(req.first[0], req.first[1], req.header("host"))
                             if req is not None else (None, url_of(self.flow, self.scheme)))
                self._switch(WsApp(self.flow, self.engine, url, host,
                                   msg.header("sec-websocket-extensions")), msg)
            else:
                self._switch(TcpMessages(self.flow, self.engine), msg)

    def _switch(self, app: App, resp: Message) -> None:
        """Hand the connection to ``app``, with the bytes each side sent after the HTTP/1
        messages (the client may not wait for the 101; the server's first frames often share
        its segment)."""
        self.tunnel, self.switched = app, True
        if self.req.buf:
            early, self.req.buf = self.req.buf, b""
            app.data(True, early, self.req.buf_ts)
        if self.resp.rest:
            rest, self.resp.rest = self.resp.rest, b""
            app.data(False, rest, resp.ts_end or resp.ts)
        self.done = app.done

    def gap(self, up: bool) -> None:
        if self.tunnel is not None:
            self.tunnel.gap(up)
            self.done = self.tunnel.done
            return
        (self.req if up else self.resp).gap()
        self.engine.problem("tcp-gap", "HTTP stream has bytes missing from the capture; the "
                            "affected message is kept and marked truncated, parsing resumes at "
                            "the next message")

    def fin(self, up: bool, ts: float) -> None:
        if self.tunnel is not None:
            self.tunnel.fin(up, ts)
        elif not up:
            for msg in self.resp.close(ts):
                self._response(msg)

    def close(self, ts: float) -> None:
        if self.tunnel is not None:
            self.tunnel.close(ts)
        for msg in self.req.close(ts):
            self.waiting.append(msg)
        for msg in self.resp.close(ts):
            self._response(msg)
        while self.waiting:
            self.emit(self.waiting.popleft(), None)
        self.done = True

    def emit(self, req: Message | None, resp: Message | None) -> None:
        flow, limit = self.flow, self.engine.max_body
        errors: list[str] = []
        kw: dict[str, object] = {}
        if req is not None:
            method, target, version = req.first
            host, url = self._url(method, target, req.header("host"))
            body, cut, err = req.decoded_body(limit)
            if err:
                errors.append(f"request {err}")
            kw.update(ts=req.ts, method=method, url=url, host=host, http_version=version or
                      "HTTP/0.9", request_headers=req.headers, request_body=body,
                      request_body_size=req.size, request_truncated=cut)
            if req.error:
                errors.append(f"request: {req.error}")
        else:
            errors.append("response without a captured request")
        if resp is not None:
            body, cut, err = resp.decoded_body(limit)
            if err:
                errors.append(f"response {err}")
            if body and "dns-message" in (resp.header("content-type") or ""):
                self.engine.dns(body, resp.ts_end or resp.ts)  # DNS over HTTPS (RFC 8484)
            kw.update(status=int(resp.first[1]), response_headers=resp.headers,
                      response_body=body, response_body_size=resp.size, response_truncated=cut,
                      ts_end=resp.ts_end)
            kw.setdefault("ts", resp.ts)
            kw.setdefault("http_version", resp.first[0])
            if resp.error:
                errors.append(f"response: {resp.error}")
        for err in errors:
            if "undecodable" in err or "unsupported content" in err:
                self.engine.problem("undecodable-body", "HTTP body could not be content-decoded;"
                                    " the raw body was kept")
        self.engine.emit(Exchange(
            kind=ExchangeKind.HTTP, server_ip=flow.server_ip, server_port=flow.sport,
            client_ip=flow.client_ip, client_port=flow.cport, sni=flow.sni, alpn=flow.alpn,
            tls_version=flow.tls_version, error="; ".join(errors) or None, app=flow.app_name,
            connect_ms=flow.rtt, **kw))  # type: ignore[arg-type]

    def _url(self, method: str, target: str, host: str | None) -> tuple[str | None, str]:
        if "://" in target[:10]:
            rest = target.split("://", 1)[1]
            return (host or rest.split("/", 1)[0]), target
        flow = self.flow
        if not host:
            ip = flow.server_ip
            host = f"[{ip}]" if ":" in ip else ip
            default = 443 if self.scheme == "https" else 80
            if flow.sport != default:
                host += f":{flow.sport}"
        if method == "CONNECT" or not target.startswith("/"):
            if target == "*":
                return host, f"{self.scheme}://{host}"
            return host, f"{self.scheme}://{target if method == 'CONNECT' else host + '/' + target}"
        return host, f"{self.scheme}://{host}{target}"


class TlsApp(Wrapper):
    """Reads the TLS record layer both ways: ClientHello SNI/ALPN, ServerHello, and, when the
    key log has this session's secrets, decrypted application data handed to HTTP/1."""

    def __init__(self, flow: Flow, engine: Engine) -> None:
        self.flow, self.engine = flow, engine
        self.done = False
        self.buf = [b"", b""]
        self.buf_ts = [0.0, 0.0]  # earliest capture time of the bytes in ``buf``
        self.hs = [HandshakeReader(), HandshakeReader()]
        self.client_random: bytes | None = None
        self.session: Session | None = None  # once the ServerHello and the keys are known
        self.inner: HttpApp | H2App | None = None
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
                self.engine.problem("undecoded-tls-payload", "decrypted TLS carries a protocol "
                                    "other than HTTP/1 or HTTP/2; its content is not read")
                self.done = True
                return
        self.inner.data(up, plain, ts)
