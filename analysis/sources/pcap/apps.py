"""Which application-layer handler a reassembled TCP connection gets: ``choose``.

The first bytes the client sends choose the handler (the way nDPI/tshark heuristics do, never
the port alone): a TLS handshake record (RFC 8446 5.1: content type 22, version 3.x) gets
``tlsapp.TlsApp``, an HTTP/1 method gets ``http1app.HttpApp`` (RFC 9112), the HTTP/2 preface
gets ``http2.H2App``, TCP port 53 gets ``DnsTcpApp`` (RFC 1035 4.2.2), a SOCKS greeting gets
``socks.SocksApp``. TLS ciphertext without its handshake is counted and not reassembled
further; any other protocol's bytes become messages (``raw.TcpMessages``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.sources.pcap.app import IGNORE, App
from analysis.sources.pcap.dns import DnsTcpApp
from analysis.sources.pcap.http1 import METHODS
from analysis.sources.pcap.http1app import HttpApp
from analysis.sources.pcap.http2 import H2App
from analysis.sources.pcap.raw import TcpMessages
from analysis.sources.pcap.socks import SocksApp, looks_like_socks
from analysis.sources.pcap.tlsapp import TlsApp

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine, Flow

_TLS_PORTS = frozenset({443, 465, 563, 636, 853, 989, 990, 992, 993, 994, 995, 5223, 5228,
                        5061, 8443})


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


__all__ = ["HttpApp", "TlsApp", "choose"]
