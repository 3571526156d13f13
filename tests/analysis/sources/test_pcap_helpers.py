"""Builders for tiny pcap/pcapng fixtures (no tests here): scapy for packets, struct for the
containers (so byte order, nanosecond resolution, custom blocks and comments are under test
control)."""

from __future__ import annotations

import struct
from pathlib import Path

from scapy.layers.inet import IP, TCP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"
Packet = tuple[float, bytes]
MAC_A, MAC_B = "02:00:00:00:00:01", "02:00:00:00:00:02"  # explicit: no ARP/route lookups


def pcap_bytes(packets: list[Packet], linktype: int = 1, endian: str = "<", nano: bool = False,
               snaplen: int = 262144) -> bytes:
    magic = 0xA1B23C4D if nano else 0xA1B2C3D4
    out = [struct.pack(endian + "IHHiIII", magic, 2, 4, 0, 0, snaplen, linktype)]
    for ts, data in packets:
        sec = int(ts)
        frac = round((ts - sec) * (1e9 if nano else 1e6))
        cap = data[:snaplen]
        out.append(struct.pack(endian + "IIII", sec, frac, len(cap), len(data)) + cap)
    return b"".join(out)


def _block(btype: int, body: bytes, endian: str = "<") -> bytes:
    body += b"\x00" * (-len(body) % 4)
    total = len(body) + 12
    return struct.pack(endian + "II", btype, total) + body + struct.pack(endian + "I", total)


def _opt(code: int, value: bytes, endian: str = "<") -> bytes:
    return struct.pack(endian + "HH", code, len(value)) + value + b"\x00" * (-len(value) % 4)


def shb(endian: str = "<") -> bytes:
    return _block(0x0A0D0D0A, struct.pack(endian + "IHHq", 0x1A2B3C4D, 1, 0, -1), endian)


def idb(linktype: int = 1, tsresol: int | None = None, endian: str = "<") -> bytes:
    opts = b""
    if tsresol is not None:
        opts = _opt(9, bytes([tsresol]), endian) + _opt(0, b"", endian)
    return _block(1, struct.pack(endian + "HHI", linktype, 0, 0) + opts, endian)


def epb(ifid: int, ts: float, data: bytes, units: float = 1e6, comment: bytes | None = None,
        endian: str = "<") -> bytes:
    stamp = round(ts * units)
    body = struct.pack(endian + "IIIII", ifid, stamp >> 32, stamp & 0xFFFFFFFF, len(data),
                       len(data)) + data + b"\x00" * (-len(data) % 4)
    if comment is not None:
        body += _opt(1, comment, endian) + _opt(0, b"", endian)
    return _block(6, body, endian)


def dsb(keylog: bytes, endian: str = "<") -> bytes:
    return _block(0x0A, struct.pack(endian + "II", 0x544C534B, len(keylog)) + keylog, endian)


def custom(pen: int, body: bytes, endian: str = "<") -> bytes:
    return _block(0x0BAD, struct.pack(endian + "I", pen) + body, endian)


def client_hello(sni: str | None, alpn: tuple[str, ...] = ("h2", "http/1.1")) -> bytes:
    """A TLS record holding a ClientHello (RFC 8446 4.1.2) with server_name and ALPN."""
    exts = b""
    if sni:
        name = sni.encode()
        exts += struct.pack(">HHHBH", 0, len(name) + 5, len(name) + 3, 0, len(name)) + name
    if alpn:
        lst = b"".join(bytes([len(p)]) + p.encode() for p in alpn)
        exts += struct.pack(">HHH", 16, len(lst) + 2, len(lst)) + lst
    exts += struct.pack(">HH", 21, 300) + bytes(300)  # padding: makes the hello span segments
    body = (b"\x03\x03" + bytes(range(32)) + b"\x00" + b"\x00\x02\x13\x01" + b"\x01\x00" +
            struct.pack(">H", len(exts)) + exts)
    hs = b"\x01" + len(body).to_bytes(3, "big") + body
    return b"\x16\x03\x01" + struct.pack(">H", len(hs)) + hs


class TcpConv:
    """A TCP conversation between a phone and a server, built packet by packet with scapy."""

    def __init__(self, client: str = "10.0.0.2", server: str = "192.0.2.10", cport: int = 40000,
                 sport: int = 80, t: float = 1000.0, v6: bool = False) -> None:
        self.client, self.server, self.cport, self.sport = client, server, cport, sport
        self.t, self.v6 = t, v6
        self.cseq, self.sseq = 1000, 5000
        self.packets: list[Packet] = []

    def _ip(self, up: bool) -> IP | IPv6:
        src, dst = (self.client, self.server) if up else (self.server, self.client)
        return IPv6(src=src, dst=dst) if self.v6 else IP(src=src, dst=dst)

    def send(self, up: bool, payload: bytes = b"", flags: str = "PA", dt: float = 0.01,
             seq: int | None = None, keep: bool = True) -> Packet:
        self.t += dt
        sp, dp = (self.cport, self.sport) if up else (self.sport, self.cport)
        my_seq = self.cseq if up else self.sseq
        pkt = Ether(src=MAC_A, dst=MAC_B) / self._ip(up) / TCP(sport=sp, dport=dp, flags=flags,
                                            seq=my_seq if seq is None else seq,
                                            ack=self.sseq if up else self.cseq)
        if payload:
            pkt = pkt / payload
        advance = len(payload) + (1 if ("S" in flags or "F" in flags) else 0)
        if seq is None:
            if up:
                self.cseq += advance
            else:
                self.sseq += advance
        item = (self.t, bytes(pkt))
        if keep:
            self.packets.append(item)
        return item

    def handshake(self, rtt: float = 0.05) -> None:
        self.send(True, flags="S")
        self.send(False, flags="SA", dt=rtt)
        self.send(True, flags="A")

    def close(self) -> None:
        self.send(True, flags="FA")
        self.send(False, flags="FA")
        self.send(True, flags="A")


def udp(src: str, dst: str, sport: int, dport: int, payload: bytes, v6: bool = False) -> bytes:
    ip = IPv6(src=src, dst=dst) if v6 else IP(src=src, dst=dst)
    return bytes(Ether(src=MAC_A, dst=MAC_B) / ip / UDP(sport=sport, dport=dport) / payload)
