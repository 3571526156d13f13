"""mitmproxy flows -> phonehome records: the converters the live addon and the dump reader share.

It converts every flow type mitmproxy 11 produces (``mitmproxy.http.HTTPFlow`` over HTTP/1.1,
HTTP/2 and HTTP/3 incl. WebSocket messages, ``tcp.TCPFlow``, ``udp.UDPFlow``, ``dns.DNSFlow`` and
flows that ended in an error) into ``Exchange``/``Connection``/``DnsAnswer`` records. Field
meanings follow mitmproxy's own properties (``Request.pretty_url``/``pretty_host``,
``Message.get_content``, ``Server.peername``), so what is stored is what mitmweb shows.

An HTTP exchange is built in two steps so that the live proxy's event loop does almost nothing:
``mitm_wire.http_wire`` copies the flow's immutable parts into a tuple of plain values (on the
loop), and ``exchange_of`` here does the decoding (header text, content decoding, URL, bounds) —
in the live writer's process, or right away for a saved dump (``http_exchange``).
"""

from __future__ import annotations

import functools
import ipaddress
from typing import Any

from mitmproxy import connection, dns, flow, http, tcp, udp
from mitmproxy.net.dns import types as dns_types
from mitmproxy.net.http import url as mitm_url

from analysis.records import Connection, DnsAnswer, Exchange, ExchangeKind, ReadError
from analysis.sources.base import DEFAULT_MAX_BODY, Item

# What the exchange of one flow needs from its two connections, as plain values (picklable):
# client (peername, sni, alpn, tls_version), server (peername, address, sni, alpn, tls_version,
# timestamp_start, timestamp_tcp_setup, timestamp_tls_setup).
ConnWire = tuple[Any, ...]


@functools.lru_cache(maxsize=4096)
def _norm_ip(host: str) -> str:
    """IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes a.b.c.d; a zone id (%eth0) is dropped."""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


def _ip(addr: Any) -> tuple[str | None, int | None]:
    """(ip, port) of a socket address, the IP normalised by ``_norm_ip``."""
    if not addr:
        return None, None
    port = int(addr[1]) if len(addr) > 1 and addr[1] is not None else None
    return _norm_ip(str(addr[0])), port


def _addr(peername: Any, address: Any) -> tuple[str | None, int | None]:
    """The server's actual IP from ``peername``; the target address only if it is an IP."""
    ip, port = _ip(peername)
    if ip is None and address:
        host, port = _ip(address)
        try:
            ipaddress.ip_address(host or "")
            ip = host
        except ValueError:
            ip = None
    return ip, port


def _server_addr(server: connection.Server) -> tuple[str | None, int | None]:
    return _addr(server.peername, server.address)


@functools.lru_cache(maxsize=4096)
def _authority(host_header: str) -> tuple[str, int | None]:
    # A phone talks to few hosts, over and over: parsing (IDNA, validation) once per host name
    # saves about a sixth of the writer's CPU per exchange.
    return mitm_url.parse_authority(host_header, check=False)


def _url_and_host(req: http.Request) -> tuple[str, str]:
    """``(req.pretty_url, req.pretty_host)`` — mitmproxy's logic (``mitmproxy/http.py``), with
    one Host header lookup instead of two and the authority parse cached."""
    authority = req.host_header
    host, port = _authority(authority) if authority else (req.host, None)
    if req.first_line_format == "authority":
        return req.authority, host
    if not authority:
        return req.url, host
    port = port or mitm_url.default_port(req.scheme) or 443
    return mitm_url.unparse(req.scheme, host, port, req.path), host


def _text(value: bytes | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        # backslashreplace keeps every byte visible as evidence instead of silently dropping it
        return value.decode("utf-8", "backslashreplace")
    return value


def _headers(headers: http.Headers) -> tuple[tuple[str, str], ...]:
    return tuple((_text(k) or "", _text(v) or "") for k, v in headers.fields)


def _ms(later: float | None, earlier: float | None) -> float | None:
    if later is None or earlier is None:
        return None
    return round((later - earlier) * 1000.0, 3)


def _bound(data: bytes | str | None, max_body: int) -> tuple[bytes | None, int | None, bool]:
    """(kept bytes, full size, truncated?) — a cut is always recorded, never silent. Old dump
    formats (mitmproxy 7's WebSocket messages) hold a text message's content as ``str``."""
    if data is None:
        return None, None, False
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > max_body:
        return data[:max_body], len(data), True
    return data, len(data), False


def _body(message: http.Message, label: str, source: str,
          errors: list[ReadError]) -> bytes | None:
    """The body after content decoding; the raw body plus an error if it cannot be decoded."""
    if message.raw_content is None:
        if message.stream:  # mitmproxy's stream_large_bodies: passed through, never stored
            errors.append(ReadError(source, "body-not-captured",
                                    f"{label} body was streamed through the proxy "
                                    "(stream_large_bodies) and not recorded"))
        return None
    try:
        return message.get_content(strict=True)
    except ValueError as exc:
        ce = message.headers.get("content-encoding", "")
        # A request's body is kept as received with its header, and the decode pass records the
        # same failure against the request: here it is a note, or the one body would count as
        # two undecoded items (QA50). A response is never decoded again: its row is the record.
        again = label == "request"
        errors.append(ReadError(source, "encoding" if again else "undecodable-body",
                                f"{label} body declared Content-Encoding {ce!r} but could not "
                                f"be decoded ({exc}); kept as received"
                                + ("; the decode pass names the request" if again else "")))
        return message.raw_content


def conn_wire(f: flow.Flow) -> ConnWire:
    """The connection facts of a flow as plain values: cheap, for the proxy's event loop."""
    c, s = f.client_conn, f.server_conn
    return (c.peername, c.sni, c.alpn, c.tls_version, s.peername, s.address, s.sni, s.alpn,
            s.tls_version, s.timestamp_start, s.timestamp_tcp_setup, s.timestamp_tls_setup)


def tls_fields(w: ConnWire) -> dict[str, Any]:
    """The connection fields of an ``Exchange`` from ``conn_wire``."""
    (c_peer, c_sni, c_alpn, c_tls, s_peer, s_addr, s_sni, s_alpn, s_tls,
     t_start, t_tcp, t_tls) = w
    cip, cport = _ip(c_peer)
    sip, sport = _addr(s_peer, s_addr)
    alpn = s_alpn or c_alpn
    return dict(
        client_ip=cip, client_port=cport, server_ip=sip, server_port=sport,
        # The SNI the phone sent is what identifies the server it meant to reach.
        sni=c_sni or s_sni,
        alpn=_text(alpn) if alpn else None,
        tls_version=s_tls or c_tls,
        connect_ms=_ms(t_tcp, t_start),
        tls_ms=_ms(t_tls, t_tcp),
    )


def exchange_of(req: http.Request, resp: http.Response | None, conn: ConnWire,
                error: str | None, max_body: int = DEFAULT_MAX_BODY,
                source: str = "proxy") -> tuple[Exchange, list[ReadError]]:
    """One HTTP request with its response (or ``error`` when none came)."""
    errors: list[ReadError] = []
    req_body, req_size, req_cut = _bound(_body(req, "request", source, errors), max_body)
    resp_body: bytes | None = None
    resp_size: int | None = None
    resp_cut = False
    if resp is not None:
        resp_body, resp_size, resp_cut = _bound(_body(resp, "response", source, errors),
                                                max_body)
    ts_end = (resp.timestamp_end if resp is not None else None) or req.timestamp_end
    url, host = _url_and_host(req)
    ex = Exchange(
        ts=req.timestamp_start,
        ts_end=ts_end,
        kind=ExchangeKind.HTTP,
        method=req.method,
        url=url,
        host=host,
        http_version=req.http_version,
        request_headers=_headers(req.headers),
        request_body=req_body,
        request_body_size=req_size,
        request_truncated=req_cut,
        status=resp.status_code if resp is not None else None,
        response_headers=_headers(resp.headers) if resp is not None else (),
        response_body=resp_body,
        response_body_size=resp_size,
        response_truncated=resp_cut,
        # A request without response is kept and says so, whether mitmproxy saw an error or not.
        error=error or (None if resp is not None else "no response recorded"),
        **tls_fields(conn),
    )
    return ex, errors


def http_exchange(f: http.HTTPFlow, max_body: int = DEFAULT_MAX_BODY,
                  source: str = "proxy") -> tuple[Exchange, list[ReadError]]:
    """One HTTP request with its response (or its error when none came)."""
    return exchange_of(f.request, f.response, conn_wire(f), f.error.msg if f.error else None,
                       max_body, source)


def target(f: flow.Flow) -> tuple[str | None, str]:
    """(host, url-ish text) for a non-HTTP flow: SNI or address, e.g. ``tcp://host:443``."""
    server = f.server_conn
    host, port = (server.address or (None, None))[:2] if server.address else (None, None)
    name = f.client_conn.sni or server.sni or (str(host) if host else None)
    scheme = {"tcp": "tcp", "udp": "udp"}.get(f.type, f.type)
    return name, f"{scheme}://{name or '?'}:{port if port is not None else '?'}"


def message_exchange(f: http.HTTPFlow | tcp.TCPFlow | udp.UDPFlow, message: Any,
                     max_body: int = DEFAULT_MAX_BODY) -> Exchange:
    """One WebSocket, TCP or UDP message. ``up`` = phone to server."""
    host: str | None
    if isinstance(f, http.HTTPFlow):
        kind, url, host = ExchangeKind.WEBSOCKET, f.request.pretty_url, f.request.pretty_host
    else:
        kind = ExchangeKind.TCP if isinstance(f, tcp.TCPFlow) else ExchangeKind.UDP
        host, url = target(f)
    body, size, cut = _bound(message.content, max_body)
    return Exchange(
        ts=message.timestamp, ts_end=message.timestamp, kind=kind, url=url, host=host,
        request_body=body, request_body_size=size, request_truncated=cut,
        direction="up" if message.from_client else "down",
        error=f.error.msg if f.error else None, **tls_fields(conn_wire(f)),
    )


def stream_connection(f: tcp.TCPFlow | udp.UDPFlow) -> Connection | None:
    """The transport flow behind a raw TCP/UDP flow, with its byte and packet counts."""
    cip, cport = _ip(f.client_conn.peername)
    sip, sport = _server_addr(f.server_conn)
    if cip is None or sip is None:
        return None
    up = [m for m in f.messages if m.from_client]
    down = [m for m in f.messages if not m.from_client]
    times = [m.timestamp for m in f.messages] or [f.timestamp_created]
    return Connection(
        transport="tcp" if isinstance(f, tcp.TCPFlow) else "udp",
        client_ip=cip, client_port=cport or 0, server_ip=sip, server_port=sport or 0,
        first_ts=min(times), last_ts=max(times),
        packets_up=len(up), packets_down=len(down),
        bytes_up=sum(len(m.content) for m in up), bytes_down=sum(len(m.content) for m in down),
        sni=f.client_conn.sni or f.server_conn.sni, rtt_ms=_ms(
            f.server_conn.timestamp_tcp_setup, f.server_conn.timestamp_start),
    )


def dns_items(f: dns.DNSFlow, max_body: int = DEFAULT_MAX_BODY) -> list[Item]:
    """A DNS query as one exchange (URL in RFC 4501 ``dns:`` form) plus one record per answer."""
    q = f.request.question
    qname = q.name if q else None
    qtype = dns_types.to_str(q.type) if q else None
    resp = f.response
    req_body, req_size, req_cut = _bound(f.request.packed, max_body)
    resp_body, resp_size, resp_cut = _bound(resp.packed if resp else None, max_body)
    ex = Exchange(
        ts=f.request.timestamp, ts_end=resp.timestamp if resp else None,
        kind=ExchangeKind.DNS, method=qtype, url=f"dns:{qname}?type={qtype}" if q else "dns:",
        host=qname, request_body=req_body, request_body_size=req_size,
        request_truncated=req_cut, status=resp.response_code if resp else None,
        response_body=resp_body, response_body_size=resp_size, response_truncated=resp_cut,
        error=f.error.msg if f.error else None, **tls_fields(conn_wire(f)),
    )
    items: list[Item] = [ex]
    if resp is not None:
        for rr in resp.answers:
            items.append(DnsAnswer(ts=resp.timestamp, name=rr.name,
                                   rtype=dns_types.to_str(rr.type), value=str(rr), ttl=rr.ttl))
    return items
