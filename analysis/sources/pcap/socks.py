"""SOCKS4/4a and SOCKS5 tunnels (SOCKS4 protocol note; SOCKS4a extension; RFC 1928 with RFC 1929
username/password): the handshake is skipped on both sides, then what the tunnel carries (TLS,
HTTP) is dissected like a direct connection. Apps that proxy their traffic (ad SDKs, VPN-like
apps, Tor) show up this way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.sources.pcap.app import App, Wrapper

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow


def looks_like_socks(first: bytes) -> bool:
    if len(first) >= 3 and first[0] == 5 and 1 <= first[1] <= 9 and len(first) >= 2 + first[1]:
        return all(m in (0, 1, 2, 3, 0x80) for m in first[2:2 + first[1]])
    return len(first) >= 9 and first[0] == 4 and first[1] in (1, 2)


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
        self.auth = False

    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        i = int(up)
        if self.open[i]:
            return self._tunnel(up, chunk, ts)
        buf = self.buf[i] + chunk
        used = self._client(buf) if up else self._server(buf)
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

    def _client(self, buf: bytes) -> int:
        if buf[0] == 4:
            end = buf.find(b"\x00", 8)
            if end < 0:
                return 0
            if buf[4:7] == b"\x00\x00\x00" and buf[7]:  # SOCKS4a: a host name follows
                end = buf.find(b"\x00", end + 1)
                if end < 0:
                    return 0
            return end + 1
        if len(buf) < 2:
            return 0
        pos = 2 + buf[1]  # greeting
        if len(buf) > pos and buf[pos] == 1:  # RFC 1929 username/password sub-negotiation
            if len(buf) < pos + 2 or len(buf) < pos + 3 + buf[pos + 1]:
                return 0
            pos += 3 + buf[pos + 1] + buf[pos + 2 + buf[pos + 1]]
        request = _socks5_request(buf[pos:])
        return request if request <= 0 else pos + request

    def _server(self, buf: bytes) -> int:
        if buf[0] == 0:  # SOCKS4 reply: VN=0, CD, port, address
            return 8 if len(buf) >= 8 else 0
        if len(buf) < 2:
            return 0
        pos = 2  # method selection
        if buf[1] == 2:
            pos += 2  # RFC 1929 status
        request = _socks5_request(buf[pos:])
        return request if request <= 0 else pos + request

    def _tunnel(self, up: bool, chunk: bytes, ts: float) -> None:
        if self.inner is None:
            if not up:
                return
            from analysis.sources.pcap.apps import choose
            self.inner = choose(self.flow, self.engine, chunk)
        if not self.inner.done:
            self.inner.data(up, chunk, ts)
        self.done = self.inner.done
