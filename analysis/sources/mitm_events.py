"""Records for proxy events that are not complete flows: a TLS handshake the phone refused, a
server the proxy could not reach when the phone asked it to connect (HTTP CONNECT), and a raw
TCP/UDP flow cut short because the proxy stopped.

mitmproxy reports the first through its ``tls_failed_client`` hook (``mitmproxy.tls.TlsData``:
the client connection with its SNI and error, the server connection with its address). Neither
event has a field of its own in the study database, so each becomes rows that already exist: a
``connections`` row (the destination is known) plus an ``errors`` row saying what is missing —
the content of the refused connection, or the rest of the cut flow. Never "nothing was sent".
"""

from __future__ import annotations

from mitmproxy import http, tcp, tls, udp

from analysis.records import Connection, ReadError
from analysis.sources.base import Item
from analysis.sources.mitm_flows import _ip, _server_addr, target


def tls_failed_items(data: tls.TlsData, source: str) -> list[Item]:
    """The phone refused the proxy's certificate: pinning, or the CA is not trusted."""
    client, server = data.context.client, data.context.server
    sni = client.sni or None
    cip, cport = _ip(client.peername)
    sip, sport = _server_addr(server)
    now = client.timestamp_start
    items: list[Item] = []
    if cip is not None and sip is not None:
        # A TLS handshake over UDP is QUIC (HTTP/3), named as the pcap sources name it.
        items.append(Connection(transport="tcp" if client.transport_protocol == "tcp" else "quic",
                                client_ip=cip, client_port=cport or 0, server_ip=sip,
                                server_port=sport or 0, first_ts=now, last_ts=now, sni=sni))
    items.append(ReadError(
        source, "tls-failed",
        f"phone {cip}:{cport} refused the proxy's certificate for {sni or sip}: "
        f"{client.error or 'handshake failed'} (certificate pinning or untrusted CA); "
        "what the app sent on this connection is not visible"))
    return items


def connect_failed_error(flow: http.HTTPFlow, source: str) -> ReadError:
    """An ``errors`` row (kind ``connect-failed``) for a CONNECT the proxy could not carry out
    (mitmproxy's ``http_connect_error`` hook: the server unreachable, refused, or not resolved).
    The app tried to reach that host; what it would have sent there was never sent (QA185: a
    crash reporter's fallback endpoint, invisible before)."""
    req = flow.request
    if flow.error is not None:
        why = flow.error.msg
    elif flow.response is not None:
        why = f"the proxy answered {flow.response.status_code} {flow.response.reason}".rstrip()
    else:
        why = "no reason given"
    ip, port = _ip(flow.client_conn.peername)
    who = f"phone {ip}:{port}" if ip is not None else "the phone"
    return ReadError(source, "connect-failed",
                     f"{who} asked to connect to {req.host}:{req.port} (HTTP CONNECT), which the "
                     f"proxy could not reach: {why}; the app tried this destination, and nothing "
                     "it would have sent there left the proxy")


def stopped_error(flow: tcp.TCPFlow | udp.UDPFlow, conn: Connection | None,
                  source: str) -> ReadError:
    """An ``errors`` row (kind ``proxy-stopped``) for a raw flow still open as the proxy stops,
    naming it by the addresses of its ``connections`` row."""
    if conn is not None:
        ends = (f"{conn.client_ip}:{conn.client_port} -> {conn.server_ip}:{conn.server_port}"
                + (f" ({conn.sni})" if conn.sni else ""))
        seen = f"{conn.packets_up} up, {conn.packets_down} down"
    else:
        ends, seen = target(flow)[1], f"{len(flow.messages)} in all"
    return ReadError(source, "proxy-stopped",
                     f"{flow.type} flow {ends} was still open when the proxy stopped: cut short, "
                     f"its record covers only the messages seen until then ({seen})")
