"""The per-packet engine: link/IP/transport headers to flows, flows to records.

A flow is a transport 5-tuple (``flow.Flow``, which also says how its client side is chosen).

Counters: ``packets_*`` count IP packets (a datagram reassembled from IP fragments counts
once); ``bytes_*`` count **transport payload bytes** (TCP segment payload / UDP payload, taken
from the IP length fields, so a snaplen-cut packet still counts its real size; retransmissions
count again). tshark's ``conv,tcp`` and nDPI count whole frame bytes instead, so their byte
figures are larger by the headers.

RTT is SYN to SYN/ACK at the capture point, from the last SYN sent before the SYN/ACK (a
retransmitted SYN restarts the clock, as the SYN/ACK answers it).
"""

from __future__ import annotations

import struct

from analysis.records import Exchange, ReadError
from analysis.sources.base import Item, SourceOptions
from analysis.sources.pcap import dns
from analysis.sources.pcap.app import IGNORE
from analysis.sources.pcap.flow import Flow, client_is_sender
from analysis.sources.pcap.frag import Fragments
from analysis.sources.pcap.keylog import Keys
from analysis.sources.pcap.link import ip_offset, parse_ip
from analysis.sources.pcap.proxy import ProxyTally
from analysis.sources.pcap.quic import QuicClient, gquic_sni
from analysis.sources.pcap.raw import UdpMessages, looks_like_dtls, looks_like_quic
from analysis.sources.pcap.tunnel import TUNNEL_PORTS, decap_gre, decap_udp

_TCP, _UDP, _U16 = (struct.Struct(f).unpack_from for f in (">HHIIH", ">HH", ">H"))
_IP4 = struct.Struct(">H2xHxB").unpack_from  # total length, flags+fragment offset, protocol
_TUNNEL_BYTES = frozenset(p.to_bytes(2, "big") for p in TUNNEL_PORTS)
_SNAPLEN = ("packet cut short by the capture's snapshot length; its payload is incomplete "
            "(byte counts use the IP length)")
_DNS_PORTS = frozenset({53, 5353, 5355})
_TRAILER_MAGIC = b"\x01\x07\x20\x21"
SWEEP_EVERY = 1 << 16
MAX_FLOWS = 150_000  # ~0.8 KiB each without payload buffers: ~120 MB for the table
IDLE = 300.0


class Engine:
    """Consumes packets; ``out`` collects the records to yield, ``finish`` flushes the rest."""

    def __init__(self, path: str, options: SourceOptions) -> None:
        self.path = path
        self.max_body = options.max_body
        self.flows: dict[tuple[bytes, int, bytes, int, int], tuple[Flow, bool]] = {}
        self.out: list[Item] = []
        self.problems: dict[tuple[str, str], list[int]] = {}
        self.offset = 0
        self.packets = 0
        self.keys = Keys()
        self.uid_apps: dict[int, str] = {}
        self.frags = Fragments()
        self.proxies = ProxyTally()
        if options.keylog is not None:
            self.keys.load_file(options.keylog, self.problem)

    def problem(self, kind: str, message: str) -> None:
        entry = self.problems.get((kind, message))
        if entry is None:
            self.problems[(kind, message)] = [1, self.offset]
        else:
            entry[0] += 1

    def emit(self, item: Exchange) -> None:
        self.out.append(item)

    def dns(self, payload: bytes, ts: float) -> None:
        if not dns.wants(payload):
            return
        try:
            answers = dns.answers(payload, ts)
            self.proxies.dns.note(answers)
            self.out.extend(answers)
        except ValueError as exc:
            if len(exc.args) > 1:
                self.out.extend(exc.args[1])  # the answers read before the damage
            self.problem("malformed-dns", "DNS response malformed; answers before the damage "
                         "were kept")

    def packet(self, linktype: int, ts: float, data: bytes, offset: int,
               app: str | None, depth: int = 0) -> None:
        if not depth:
            self.offset = offset
            self.packets += 1
            if self.packets % SWEEP_EVERY == 0:
                self.sweep(ts)
        if linktype == 1 and data[12:15] == b"\x08\x00\x45" and len(data) >= 34:
            # fast path: IPv4 without options over Ethernet, the bulk of phone traffic
            total, fragf, proto = _IP4(data, 16)
            if not fragf & 0x3FFF and total >= 20:
                end = 14 + total if total else len(data)
                if end > len(data):
                    self.problem("snaplen-cut", _SNAPLEN)
                if proto == 6:
                    return self.tcp(data[26:30], data[30:34], data, 34, end, ts, app)
                if proto == 17 and data[36:38] not in _TUNNEL_BYTES:
                    return self.udp(data[26:30], data[30:34], data, 34, end, ts, app)
            off = 14
        elif linktype == 1 and data[12:14] == b"\x08\x00":
            off = 14
        else:
            off = ip_offset(linktype, data)
            if off < 0:
                if off == -2:
                    self.problem("malformed-packet", "link-layer header cut short")
                elif linktype not in _KNOWN_LINKS:
                    self.problem("unsupported", f"link type {linktype} is not supported; its "
                                 "packets were skipped")
                return
        ip = parse_ip(data, off)
        if ip is None:
            self.problem("malformed-packet", "IP header cut short or invalid")
            return
        src, dst, proto, start, end, frag = ip
        if frag is not None:
            whole = self.frags.add(src, dst, proto, frag, data[start:end], ts)
            if whole is None:
                return
            data, start, end = whole, 0, len(whole)
        if end > len(data):
            self.problem("snaplen-cut", _SNAPLEN)
        if proto == 6:
            self.tcp(src, dst, data, start, end, ts, app)
        elif proto == 17:
            if depth < 3 and len(data) >= start + 8:
                dport = _U16(data, start + 2)[0]
                if dport in TUNNEL_PORTS:
                    inner = decap_udp(dport, data[start + 8:end])
                    if inner is not None:
                        return self.packet(inner[0], ts, inner[1], offset, app, depth + 1)
            self.udp(src, dst, data, start, end, ts, app)
        elif depth < 3 and proto in (4, 41, 47):  # IP-in-IP, GRE
            inner = (101, data[start:end]) if proto != 47 else decap_gre(data[start:end])
            if inner is not None:
                self.packet(inner[0], ts, inner[1], offset, app, depth + 1)

    def _flow(self, proto: int, src: bytes, sport: int, dst: bytes, dport: int, ts: float,
              sender_is_client: bool) -> tuple[Flow, bool]:
        if sender_is_client:
            flow = Flow(self, proto, src, sport, dst, dport, ts)
        else:
            flow = Flow(self, proto, dst, dport, src, sport, ts)
        self.flows[(src, sport, dst, dport, proto)] = (flow, sender_is_client)
        self.flows[(dst, dport, src, sport, proto)] = (flow, not sender_is_client)
        return flow, sender_is_client

    def tcp(self, src: bytes, dst: bytes, data: bytes, start: int, end: int, ts: float,
            app: str | None) -> None:
        if len(data) < start + 20:
            self.problem("malformed-packet", "TCP header cut short")
            return
        sport, dport, seq, _ack, offflags = _TCP(data, start)
        thl = (offflags >> 12) * 4
        flags = offflags & 0x3F
        if thl < 20:
            self.problem("malformed-packet", "TCP header length below 20 bytes")
            return
        hit = self.flows.get((src, sport, dst, dport, 6))
        if hit is None:
            if flags & 0x12 == 0x02:
                client = True
            elif flags & 0x12 == 0x12:
                client = False
            else:
                client = client_is_sender(sport, dport)
            hit = self._flow(6, src, sport, dst, dport, ts, client)
        flow, up = hit
        flow.last = ts
        wire = end - start - thl
        if wire < 0:
            wire = 0
        if up:
            flow.pu += 1
            flow.bu += wire
        else:
            flow.pd += 1
            flow.bd += wire
        if app is not None and flow.app_name is None:
            flow.app_name = app
        if flags & 0x02:  # SYN
            if up and not flags & 0x10:
                flow.syn_ts = ts
            elif not up and flags & 0x10 and flow.syn_ts is not None and flow.rtt is None:
                flow.rtt = round((ts - flow.syn_ts) * 1000.0, 3)
            flow.stream(up).syn(seq)
            seq += 1
        happ = flow.app
        if happ is None or not happ.done:
            payload = data[start + thl:end]
            if payload:
                flow.stream(up).add(seq, payload, ts, flow)
            if flags & 0x05 and flow.app is not None:
                flow.app.fin(up, ts)
        if flags & 0x01:
            flow.fins |= 1 if up else 2
        if flags & 0x04:
            flow.rst = True

    def udp(self, src: bytes, dst: bytes, data: bytes, start: int, end: int, ts: float,
            app: str | None) -> None:
        if len(data) < start + 8:
            self.problem("malformed-packet", "UDP header cut short")
            return
        sport, dport = _UDP(data, start)
        hit = self.flows.get((src, sport, dst, dport, 17))
        if hit is None:
            hit = self._flow(17, src, sport, dst, dport, ts, client_is_sender(sport, dport))
        flow, up = hit
        flow.last = ts
        wire = max(end - start - 8, 0)
        if up:
            flow.pu += 1
            flow.bu += wire
        else:
            flow.pd += 1
            flow.bd += wire
        if app is not None and flow.app_name is None:
            flow.app_name = app
        if sport in _DNS_PORTS or dport in _DNS_PORTS:
            self.dns(data[start + 8:end], ts)
            return
        payload = data[start + 8:end]
        if not payload:
            return
        if up and flow.pu <= 30 and flow.sni is None:
            self.quic(flow, payload, dport)
        happ = flow.app
        if happ is None:  # decided on the first datagram: QUIC/DTLS stay "not inspected"
            happ = flow.app = IGNORE if (
                flow.quic is not None or looks_like_quic(payload, sport, dport) or
                looks_like_dtls(payload)) else UdpMessages(flow, self)
        if type(happ) is UdpMessages and flow.quic is None:
            happ.datagram(up, payload, ts, wire)

    def quic(self, flow: Flow, payload: bytes, dport: int) -> None:
        """Look for the client hello in the first client datagrams of a UDP flow."""
        if payload[0] & 0x80 and (flow.quic is not None or len(payload) >= 1200):
            # a long-header packet in a datagram padded as a client Initial must be (RFC 9000
            # 14.1): try to decrypt it (RFC 9001)
            if flow.quic is None:
                flow.quic = QuicClient()
            found = flow.quic.feed(payload, self.problem)
            if flow.quic.is_quic:
                flow.app = IGNORE
            if found is not None:
                flow.sni, flow.alpn = found
        if flow.sni is None and flow.pu <= 4 and dport == 443:
            sni = gquic_sni(payload)  # Google QUIC up to Q046: the hello is in clear
            if sni is not None:
                flow.sni = sni
                if flow.quic is None:
                    flow.quic = QuicClient()
                flow.quic.is_quic = True

    def sweep(self, now: float) -> None:
        """Finish flows idle for ``IDLE`` seconds of capture time; if the table still holds
        more than ``MAX_FLOWS`` (a scan, a flood), finish the least recently active ones."""
        idle = now - IDLE
        flows = [(flow, key) for key, (flow, up) in self.flows.items() if up]
        stale = [(flow, key) for flow, key in flows if flow.last < idle]
        if len(flows) - len(stale) > MAX_FLOWS:
            stale = sorted(flows, key=lambda fk: fk[0].last)[:len(flows) - MAX_FLOWS // 2]
            self.problem("flow-table-full", f"more than {MAX_FLOWS} concurrent flows: the "
                         "least recently active were closed early (a later packet of one "
                         "starts a new connection row)")
        for flow, key in stale:
            self.finish_flow(flow)
            del self.flows[key]
            self.flows.pop((key[2], key[3], key[0], key[1], key[4]), None)
        self.frags.expire(now)

    def finish_flow(self, flow: Flow) -> None:
        if flow.proto == 6 and flow.app is not None and not flow.app.done:
            for stream in (flow.up, flow.down):
                if stream is not None:
                    stream.flush(flow)
        if flow.app is not None:
            flow.app.close(flow.last)
        self.out.append(flow.connection())

    def finish(self) -> None:
        for flow, up in list(self.flows.values()):
            if up:
                self.finish_flow(flow)
        self.flows.clear()
        self.out.extend(self.proxies.errors(self.path))
        for (kind, message), (count, first) in self.problems.items():
            times = f" ({count} times, first at byte {first})" if count > 1 else \
                f" (at byte {first})"
            self.out.append(ReadError(self.path, kind, message + times, first, count))
        self.problems.clear()


_KNOWN_LINKS = frozenset({0, 1, 9, 12, 14, 50, 101, 108, 113, 228, 229, 239, 258, 276})
