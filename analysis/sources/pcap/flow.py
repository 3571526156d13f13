"""One transport flow: its endpoints, counters, TLS/QUIC names and TCP streams.

The client is the side that opened the flow: the SYN sender for TCP (the SYN/ACK receiver if
the SYN was not captured); otherwise the first sender, unless the first packet goes from a
well-known port (< 1024, or a common server port) to an ephemeral one, which marks the receiver
as the client (a capture that starts mid-connection).
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

from analysis.records import Connection
from analysis.sources.pcap.app import IGNORE, App
from analysis.sources.pcap.apps import choose
from analysis.sources.pcap.dns import DnsTcpApp
from analysis.sources.pcap.proxy import Via
from analysis.sources.pcap.quic import QuicClient
from analysis.sources.pcap.tcp import Stream

if TYPE_CHECKING:
    from analysis.sources.pcap.flows import Engine

_SERVER_PORTS = frozenset({1080, 1194, 1883, 3478, 5222, 5228, 5353, 5355, 8008, 8080, 8443,
                           8883, 9001, 19302})
MAX_EARLY = 8192  # server bytes kept while waiting for the client's first bytes


def client_is_sender(sport: int, dport: int) -> bool:
    if sport < 1024 <= dport:
        return False
    if dport < 1024 <= sport:
        return True
    return not (sport in _SERVER_PORTS and dport not in _SERVER_PORTS)


def _ip(raw: bytes) -> str:
    return socket.inet_ntop(socket.AF_INET if len(raw) == 4 else socket.AF_INET6, raw)


class Flow:
    __slots__ = (
        "alpn",
        "app",
        "app_name",
        "bd",
        "bu",
        "cip",
        "cport",
        "down",
        "engine",
        "fins",
        "first",
        "last",
        "pd",
        "pending",
        "proto",
        "pu",
        "quic",
        "rst",
        "rtt",
        "sip",
        "sni",
        "sport",
        "syn_ts",
        "tls_version",
        "up",
        "via",
    )

    def __init__(self, engine: Engine, proto: int, cip: bytes, cport: int, sip: bytes,
                 sport: int, ts: float) -> None:
        self.engine = engine
        self.proto, self.cip, self.cport, self.sip, self.sport = proto, cip, cport, sip, sport
        self.first = self.last = ts
        self.pu = self.pd = self.bu = self.bd = 0
        self.syn_ts: float | None = None
        self.rtt: float | None = None
        self.sni: str | None = None
        self.alpn: str | None = None
        self.tls_version: str | None = None
        self.app_name: str | None = None
        self.quic: QuicClient | None = None
        self.app: App | None = None  # None: not yet decided
        self.up: Stream | None = None  # created on first use: most flows never need one
        self.down: Stream | None = None
        self.fins = 0
        self.rst = False
        self.pending: list[tuple[bytes, float]] = []  # server bytes before the client spoke
        self.via: Via | None = None  # the server asked for, when this is a tunnel (``proxy``)

    @property
    def client_ip(self) -> str:
        return _ip(self.cip)

    @property
    def server_ip(self) -> str:
        return _ip(self.sip)

    def through_proxy(self, via: Via) -> None:
        """This connection is a tunnel through a proxy to ``via`` (``proxy``)."""
        if self.via is None:
            self.engine.proxies.add(self.server_ip, self.sport, via, self.engine.offset)
        self.via = via

    # What the exchanges of this flow name as their server: inside a tunnel, the target the
    # proxy was asked for (its address unknown unless the request named one), never the proxy.
    @property
    def target_ip(self) -> str | None:
        return self.server_ip if self.via is None else self.via.ip

    @property
    def target_port(self) -> int:
        return self.sport if self.via is None else self.via.port

    @property
    def target_rtt(self) -> float | None:
        """The SYN to SYN/ACK time, when it was measured to the server (not to a proxy)."""
        return self.rtt if self.via is None else None

    @property
    def target_host(self) -> str | None:
        return None if self.via is None else self.via.host

    def authority(self, default_port: int) -> str:
        """``host[:port]`` of the server, for URLs without a Host header."""
        if self.via is not None:
            via = self.via
            name = via.host or via.ip or "?"
            port = via.port
        else:
            name, port = self.server_ip, self.sport
        name = f"[{name}]" if ":" in name else name
        return name if port == default_port else f"{name}:{port}"

    def connection(self) -> Connection:
        """The record of this flow. Through a proxy it is the connection to the proxy, without
        the tunnel's SNI/ALPN, which name the server behind it (``proxy``)."""
        transport = "tcp" if self.proto == 6 else (
            "quic" if self.quic is not None and self.quic.is_quic else "udp")
        tunnel = self.via is not None
        return Connection(
            transport, self.client_ip, self.cport, self.server_ip, self.sport, self.first,
            self.last, self.pu, self.pd, self.bu, self.bd, None if tunnel else self.sni,
            None if tunnel else self.alpn, self.rtt, self.app_name)

    # the Sink interface of tcp.Stream
    def data(self, up: bool, chunk: bytes, ts: float) -> None:
        app = self.app
        if app is None:
            if not up and self.sport in (53, 5353):  # DNS over TCP: answers need no query
                app = self.app = DnsTcpApp(self, self.engine)
            elif not up:
                if sum(len(c) for c, _ in self.pending) < MAX_EARLY:
                    self.pending.append((chunk, ts))
                return
            else:
                app = choose(self, self.engine, chunk)
                if app is IGNORE and len(chunk) <= 1:
                    return  # a TCP keep-alive probe's garbage byte: wait for real data
                self.app = app
                for old, when in self.pending:
                    app.data(False, old, when)
                self.pending = []
        if not app.done:
            app.data(up, chunk, ts)

    def stream(self, up: bool) -> Stream:
        stream = self.up if up else self.down
        if stream is None:
            stream = Stream(up)
            if up:
                self.up = stream
            else:
                self.down = stream
        return stream

    def gap(self, up: bool) -> None:
        if self.app is not None and not self.app.done:
            self.app.gap(up)
