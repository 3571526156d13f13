"""HTTP/1 over a reassembled TCP connection: requests paired with responses into Exchanges.

Responses come in request order (RFC 9112 9.3), so requests wait in a queue until their
response arrives. After a 2xx answer to CONNECT the connection is a tunnel whose first client
bytes choose a new handler (``apps.choose``, usually TLS); its exchanges, and the CONNECT
itself (recorded at the end, with the tunnel's SNI), name the server asked for, not the proxy
(``proxy``), as do requests in absolute form (RFC 9112 3.2.2: sent to a proxy). A CONNECT that
opened no tunnel reached only the proxy and is recorded with the proxy's address. A 101
Switching Protocols (RFC 9110 7.8) hands the connection to HTTP/2 (``h2c`` upgrade, RFC 7540
3.2), WebSocket (RFC 6455) or raw messages. A ``application/dns-message`` body is DNS over
HTTPS (RFC 8484) and is read as DNS too.
"""

from __future__ import annotations

import urllib.parse
from collections import deque
from typing import TYPE_CHECKING

from analysis.records import Exchange, ExchangeKind
from analysis.sources.pcap.app import App
from analysis.sources.pcap.http1 import Message, Parser
from analysis.sources.pcap.http2 import H2App
from analysis.sources.pcap.proxy import Via, ip_literal, split_authority
from analysis.sources.pcap.raw import TcpMessages, url_of
from analysis.sources.pcap.websocket import WsApp

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow


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
        self.connect: tuple[Message, Message] | None = None  # recorded at close (its SNI)
        self.forward = False  # requests in absolute form: this connection goes to a proxy

    def _next_method(self) -> str | None:
        return self.waiting[0].first[0] if self.waiting else None

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        if self.switched:  # inside a CONNECT tunnel: dissect what it carries (usually TLS)
            if self.tunnel is None:
                if not up:
                    return
                # imported here: apps.choose picks HttpApp itself (socks.py does the same)
                from analysis.sources.pcap.apps import choose
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
        if req is not None and req.first[0] == "CONNECT" and 200 <= status < 300:
            target = split_authority(req.first[1], 443) or split_authority(
                req.header("host") or "", 443)
            name, ip, port = target or (None, None, self.flow.sport)
            self.flow.through_proxy(Via("HTTP CONNECT", name, ip, port))
            self.connect, self.switched = (req, msg), True
            return
        self.emit(req, msg)
        if status == 101:  # RFC 9110 7.8: the connection now speaks the named protocol
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
        if self.connect is not None:
            self.emit(*self.connect)
            self.connect = None
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
        kw: dict[str, object] = {"server_ip": flow.target_ip, "server_port": flow.target_port,
                                 "connect_ms": flow.target_rtt}
        if req is not None:
            method, target, version = req.first
            host, url = self._url(method, target, req.header("host"))
            if method == "CONNECT" and flow.via is None:
                host = flow.authority(0)  # no tunnel: the request reached only the proxy
            elif flow.via is None and self.scheme == "http" and "://" in target[:10]:
                kw.update(self._forwarded(url))
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
            kind=ExchangeKind.HTTP, client_ip=flow.client_ip, client_port=flow.cport,
            sni=flow.sni, alpn=flow.alpn, tls_version=flow.tls_version,
            error="; ".join(errors) or None, app=flow.app_name, **kw))  # type: ignore[arg-type]

    def _forwarded(self, url: str) -> dict[str, object]:
        """A request in absolute form went to a proxy (RFC 9112 3.2.2) unless its URL names
        this very address, by itself or by an earlier DNS answer: its server is the URL's,
        reached by the proxy."""
        flow = self.flow
        try:
            parts = urllib.parse.urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return {}
        ip = ip_literal(parts.hostname or "")
        if not parts.hostname or ip == flow.server_ip or (
                ip is None and self.engine.proxies.dns.resolves(parts.hostname, flow.server_ip)):
            return {}
        if not self.forward:
            self.forward = True
            self.engine.proxies.add(flow.server_ip, flow.sport, Via(
                "HTTP proxy: requests in absolute form", None if ip else parts.hostname, ip,
                port), self.engine.offset)
        return {"server_ip": ip, "server_port": port, "connect_ms": None}

    def _url(self, method: str, target: str, host: str | None) -> tuple[str | None, str]:
        if "://" in target[:10]:
            rest = target.split("://", 1)[1]
            return (host or rest.split("/", 1)[0]), target
        flow = self.flow
        if not host:
            host = flow.authority(443 if self.scheme == "https" else 80)
        if method == "CONNECT" or not target.startswith("/"):
            if target == "*":
                return host, f"{self.scheme}://{host}"
            return host, f"{self.scheme}://{target if method == 'CONNECT' else host + '/' + target}"
        return host, f"{self.scheme}://{host}{target}"
