"""Connections that go through a proxy: where their server is, and what the capture cannot say.

A phone that talks through a proxy opens its TCP connection to the proxy; the proxy opens the
one to the server. The capture (taken on the phone or its Wi-Fi) sees only the first, so the
proxy's address is not the server's and the proxy's country is not the server's country.
Three ways in are recognised:

- HTTP ``CONNECT host:port`` answered 2xx (RFC 9110 9.3.6): the connection is then a tunnel to
  host:port (``http1app``);
- SOCKS4/4a/5 ``CONNECT`` answered with success (SOCKS4 protocol note: reply code 90; SOCKS4a
  extension; RFC 1928 6: REP 0) (``socks``);
- an HTTP request in absolute form (``GET http://host/...``), which RFC 9112 3.2.2 says a client
  sends to a proxy (``http1app``), unless its URL names this very address, or a DNS answer
  earlier in the capture gave this address for its host name (``Resolved``): then the request
  went straight to the server.

What the phone asked for is kept: the host name, the port, and the address when the request
named one (SOCKS4, SOCKS5 ATYP 1/4, ``CONNECT 192.0.2.1:443``, an IP-literal URL): the proxy
connects to that address. A name the proxy resolved has no address in the capture: the
exchanges carry ``server_ip = None``, so the target is not geolocated at all rather than at the
proxy. The TCP handshake measured is the one to the proxy, so its RTT is not the target's
(``connect_ms = None``). The ``Connection`` record stays what the packets show, the connection
to the proxy, without the tunnel's SNI (which names the target): the proxy is a destination of
its own. One ``via-proxy`` read error per proxy address says how many connections went through
it.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from analysis.records import DnsAnswer, ReadError

MAX_NAMES = 100_000  # DNS names remembered for ``Resolved``: bounded on hostile captures


@dataclass(frozen=True, slots=True)
class Via:
    """The server a proxied connection asked for."""

    kind: str  # HTTP CONNECT | SOCKS4 | SOCKS4a | SOCKS5 | HTTP proxy
    host: str | None  # the name asked for, when a name
    ip: str | None  # the address asked for, when an address
    port: int

    @property
    def authority(self) -> str:
        name = self.host or self.ip or "?"
        return f"[{name}]:{self.port}" if ":" in name else f"{name}:{self.port}"


def ip_literal(text: str) -> str | None:
    """The normalised address if ``text`` (brackets allowed) is an IP literal, else None."""
    try:
        return str(ipaddress.ip_address(text.strip("[]")))
    except ValueError:
        return None


def split_authority(text: str, default_port: int) -> tuple[str | None, str | None, int] | None:
    """``host:port`` (RFC 9110 authority form; ``[v6]:port``) -> (name, address, port), one of
    name/address set; None when it is not an authority."""
    text = text.strip()
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            return None
        host, rest = text[1:end], text[end + 1:]
        port_text = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host, port_text = text, ""
    if not host:
        return None
    port = int(port_text) if port_text.isdigit() and 0 < int(port_text) < 65536 else default_port
    ip = ip_literal(host)
    return (None, ip, port) if ip else (host.lower().rstrip("."), None, port)


class Resolved:
    """Host name -> addresses from the capture's DNS answers so far, CNAME chains followed."""

    def __init__(self) -> None:
        self.addrs: dict[str, set[str]] = {}
        self.alias: dict[str, str] = {}

    def note(self, answers: list[DnsAnswer]) -> None:
        if len(self.addrs) + len(self.alias) > MAX_NAMES:
            return
        for a in answers:
            name = a.name.lower().rstrip(".")
            if a.rtype in ("A", "AAAA"):
                self.addrs.setdefault(name, set()).add(a.value)
            elif a.rtype == "CNAME":
                self.alias.setdefault(name, a.value.lower().rstrip("."))

    def resolves(self, host: str, ip: str) -> bool:
        name: str | None = host.lower().rstrip(".")
        for _ in range(16):  # bounded: CNAME loops in hostile captures
            if name is None:
                return False
            if ip in self.addrs.get(name, ()):
                return True
            name = self.alias.get(name)
        return False


class ProxyTally:
    """Connections through each proxy address, reported once per capture as ``via-proxy``."""

    def __init__(self) -> None:
        # (proxy ip, proxy port) -> [connections, of which the address was named, first offset]
        self.seen: dict[tuple[str, int], list[int]] = {}
        self.kinds: dict[tuple[str, int], set[str]] = {}
        self.dns = Resolved()

    def add(self, proxy_ip: str, proxy_port: int, via: Via, offset: int) -> None:
        key = (proxy_ip, proxy_port)
        entry = self.seen.setdefault(key, [0, 0, offset])
        entry[0] += 1
        entry[1] += via.ip is not None
        self.kinds.setdefault(key, set()).add(via.kind)

    def errors(self, source: str) -> list[ReadError]:
        out = []
        for (ip, port), (count, named, offset) in self.seen.items():
            where = f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"
            kinds = ", ".join(sorted(self.kinds[(ip, port)]))
            message = f"{count} connection(s) went through a proxy at {where} ({kinds}); "
            if not named:
                message += ("their servers' addresses are not in this capture, so their "
                            "location is unknown")
            else:
                if named < count:
                    message += (f"for {count - named} the server's address is not in this "
                                "capture, so its location is unknown; ")
                message += (f"{named} named the server's address in the request, which is kept, "
                            "but no RTT was measured to it, so its location is not checked")
            out.append(ReadError(source, "via-proxy", message, offset, count))
        self.seen.clear()
        return out
