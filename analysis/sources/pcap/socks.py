"""SOCKS4/4a and SOCKS5 tunnels (SOCKS4 protocol note; SOCKS4a extension; RFC 1928 with RFC 1929
username/password): the handshake is skipped on both sides, then what the tunnel carries (TLS,
HTTP) is dissected like a direct connection. Apps that proxy their traffic (ad SDKs, VPN-like
apps, Tor) show up this way.

The CONNECT request names the server (SOCKS4: an IPv4 address; SOCKS4a: a name after the user
id when the address is 0.0.0.x; SOCKS5: ATYP 1 IPv4, 3 a name, 4 IPv6). After a successful reply
(SOCKS4 code 90; SOCKS5 REP 0) the connection is a tunnel to that server (``proxy``), and the
request is recorded as one ``Exchange(kind=TCP, method="CONNECT")`` naming it, with the SNI of
the TLS inside the tunnel, so the server is a destination even when nothing in it was read.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

from analysis.records import Exchange, ExchangeKind
from analysis.sources.pcap.app import App, Wrapper
from analysis.sources.pcap.proxy import Via

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow


def looks_like_socks(first: bytes) -> bool:
    if len(first) >= 3 and first[0] == 5 and 1 <= first[1] <= 9 and len(first) >= 2 + first[1]:
        return all(m in (0, 1, 2, 3, 0x80) for m in first[2:2 + first[1]])
    return len(first) >= 9 and first[0] == 4 and first[1] in (1, 2)


def _target(buf: bytes) -> tuple[str, int, str | None, str | None, int] | None:
    """(version, command, name, address, port) of the complete SOCKS request at buf's start."""
    if buf[0] == 4:  # VN CD DSTPORT DSTIP USERID 0 [HOST 0]
        port, raw = int.from_bytes(buf[2:4], "big"), buf[4:8]
        if raw[:3] == b"\x00\x00\x00" and raw[3]:
            start = buf.find(b"\x00", 8) + 1
            name = buf[start:buf.find(b"\x00", start)].decode("ascii", "replace")
            return "SOCKS4a", buf[1], name.lower().rstrip("."), None, port
        return "SOCKS4", buf[1], None, socket.inet_ntop(socket.AF_INET, raw), port
    atyp, port = buf[3], int.from_bytes(buf[-2:], "big")
    if atyp == 3:
        name = buf[5:-2].decode("ascii", "replace").lower().rstrip(".")
        return "SOCKS5", buf[1], name, None, port
    family = socket.AF_INET if atyp == 1 else socket.AF_INET6
    return "SOCKS5", buf[1], None, socket.inet_ntop(family, buf[4:-2]), port


def _socks5_request(buf: bytes) -> int:
    """Length of a SOCKS5 request at the start of buf, 0 if incomplete, -1 if invalid."""
    if len(buf) < 5:
        return 0
    if buf[0] != 5:
        return -1
    atyp = buf[3]
    size = {1: 4, 4: 16}.get(atyp, 1 + buf[4] if atyp == 3 else -1)
    if size < 0:
        return -1
    need = 4 + size + 2
    return need if len(buf) >= need else 0


class SocksApp(Wrapper):
    def __init__(self, flow: Flow, engine: Engine) -> None:
        self.flow, self.engine = flow, engine
        self.done = False
        self.buf = [b"", b""]  # [server, client] handshake bytes not yet consumed
        self.open = [False, False]  # handshake over, per direction
        self.inner: App | None = None
        self.request: tuple[str, int, str | None, str | None, int] | None = None
        self.request_ts = 0.0
        self.via: Via | None = None  # once the proxy granted the request

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        i = int(up)
        if self.open[i]:
            return self._tunnel(up, chunk, ts)
        buf = self.buf[i] + chunk
        used = self._client(buf, ts) if up else self._server(buf)
        if used < 0 or len(buf) > 4096:
            self.engine.problem("malformed-socks", "SOCKS handshake not understood; the "
                                "tunnel is not read")
            self.done = True
            return
        if used == 0:
            self.buf[i] = buf
            return
        self.open[i] = True
        self.buf[i] = b""
        if len(buf) > used:
            self._tunnel(up, buf[used:], ts)

    def _client(self, buf: bytes, ts: float) -> int:
        if buf[0] == 4:
            end = buf.find(b"\x00", 8)
            if end < 0:
                return 0
            if buf[4:7] == b"\x00\x00\x00" and buf[7]:  # SOCKS4a: a host name follows
                end = buf.find(b"\x00", end + 1)
                if end < 0:
                    return 0
            self.request, self.request_ts = _target(buf[:end + 1]), ts
            return end + 1
        if len(buf) < 2:
            return 0
        pos = 2 + buf[1]  # greeting
        if len(buf) > pos and buf[pos] == 1:  # RFC 1929 username/password sub-negotiation
            if len(buf) < pos + 2 or len(buf) < pos + 3 + buf[pos + 1]:
                return 0
            pos += 3 + buf[pos + 1] + buf[pos + 2 + buf[pos + 1]]
        request = _socks5_request(buf[pos:])
        if request > 0:
            self.request, self.request_ts = _target(buf[pos:pos + request]), ts
        return request if request <= 0 else pos + request

    def _server(self, buf: bytes) -> int:
        if buf[0] == 0:  # SOCKS4 reply: VN=0, CD, port, address
            if len(buf) < 8:
                return 0
            self._granted(buf[1] == 90)
            return 8
        if len(buf) < 2:
            return 0
        pos = 2  # method selection
        if buf[1] == 2:
            pos += 2  # RFC 1929 status
        request = _socks5_request(buf[pos:])
        if request > 0:
            self._granted(buf[pos + 1] == 0)
        return request if request <= 0 else pos + request

    def _granted(self, ok: bool) -> None:
        req = self.request
        if ok and req is not None and req[1] == 1:  # CONNECT; BIND/UDP ASSOCIATE not followed
            self.via = Via(req[0], req[2], req[3], req[4])
            self.flow.through_proxy(self.via)

    def close(self, ts: float) -> None:
        super().close(ts)
        via, flow = self.via, self.flow
        if via is None:
            return
        self.via = None
        self.engine.emit(Exchange(
            ts=self.request_ts, kind=ExchangeKind.TCP, method="CONNECT",
            url=f"{via.kind.lower()}://{via.authority}", host=via.host, server_ip=via.ip,
            server_port=via.port, client_ip=flow.client_ip, client_port=flow.cport,
            sni=flow.sni, alpn=flow.alpn, tls_version=flow.tls_version, app=flow.app_name))

    def _tunnel(self, up: bool, chunk: bytes, ts: float) -> None:
        if self.inner is None:
            if not up:
                return
            from analysis.sources.pcap.apps import choose
            self.inner = choose(self.flow, self.engine, chunk)
        if not self.inner.done:
            self.inner.data(up, chunk, ts)
        self.done = self.inner.done
