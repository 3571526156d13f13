#!/usr/bin/env python3
"""Generate a synthetic phone-like pcap for benchmarks: the shape of issue 4's capture.

Default: 1,000,000 packets (~470 MB): 19,000 TLS connections (each a ClientHello with SNI and
ALPN, a server flight, then application data), 300 DNS responses carrying 600 answers (CNAME+A),
and 1,200 plaintext HTTP/1.1 requests on 200 keep-alive connections. Flows are interleaved, 16
at a time. All names are under example.com/.net/.org and all server addresses in RFC 5737
documentation ranges: synthetic, no real company. Written with ``struct`` (scapy would take
minutes); checksums are left zero (tshark does not verify them by default).

    .venv/bin/python scripts/gen_phone_pcap.py OUT.pcap [--packets N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import struct
from collections.abc import Iterator
from pathlib import Path

PHONE = bytes([10, 0, 0, 2])
RESOLVER = bytes([10, 0, 0, 1])
MAC = b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01"
HOSTS = [f"{p}{i}.{d}" for i in range(40) for p, d in
         (("api", "example.com"), ("cdn", "example.net"), ("ads", "example.org"))]
Packet = tuple[float, bytes]


_DOC_NETS = (b"\xc0\x00\x02", b"\xc6\x33\x64", b"\xcb\x00\x71")  # RFC 5737 TEST-NET-1/2/3


def server_ip(rng: random.Random) -> bytes:
    return rng.choice(_DOC_NETS) + bytes([rng.randrange(1, 255)])


def frame(src: bytes, dst: bytes, proto: int, l4: bytes) -> bytes:
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(l4), 0, 0x4000, 64, proto, 0, src, dst)
    return MAC + b"\x08\x00" + ip + l4


def tcp(src: bytes, dst: bytes, sport: int, dport: int, seq: int, ack: int, flags: int,
        payload: bytes = b"") -> bytes:
    hdr = struct.pack(">HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, 0x50,
                      flags, 65535, 0, 0)
    return frame(src, dst, 6, hdr + payload)


def client_hello(sni: str, rng: random.Random) -> bytes:
    name = sni.encode()
    ext_sni = struct.pack(">HHHBH", 0, len(name) + 5, len(name) + 3, 0, len(name)) + name
    alpn = b"\x02h2\x08http/1.1"
    ext_alpn = struct.pack(">HHH", 16, len(alpn) + 2, len(alpn)) + alpn
    ext_pad = struct.pack(">HH", 21, 180) + bytes(180)
    exts = ext_sni + ext_alpn + ext_pad
    body = (b"\x03\x03" + rng.randbytes(32) + b"\x20" + rng.randbytes(32) + b"\x00\x20" +
            rng.randbytes(32) + b"\x01\x00" + struct.pack(">H", len(exts)) + exts)
    hs = b"\x01" + len(body).to_bytes(3, "big") + body
    return b"\x16\x03\x01" + struct.pack(">H", len(hs)) + hs


class Conn:
    """Builds one TCP connection's packets in order."""

    def __init__(self, rng: random.Random, t: float, dport: int) -> None:
        self.rng, self.t = rng, t
        self.cip, self.sip = PHONE, server_ip(rng)
        self.cport, self.sport = rng.randrange(32768, 61000), dport
        self.cseq, self.sseq = rng.randrange(1 << 32), rng.randrange(1 << 32)

    def tick(self, dt: float = 0.0004) -> float:
        self.t += dt * (0.5 + self.rng.random())
        return self.t

    def up(self, payload: bytes = b"", flags: int = 0x18) -> Packet:
        pkt = tcp(self.cip, self.sip, self.cport, self.sport, self.cseq, self.sseq, flags,
                  payload)
        self.cseq += len(payload) + (1 if flags & 0x03 else 0)
        return self.tick(), pkt

    def down(self, payload: bytes = b"", flags: int = 0x18) -> Packet:
        pkt = tcp(self.sip, self.cip, self.sport, self.cport, self.sseq, self.cseq, flags,
                  payload)
        self.sseq += len(payload) + (1 if flags & 0x03 else 0)
        return self.tick(), pkt

    def open(self) -> Iterator[Packet]:
        yield self.up(flags=0x02)
        yield self.tick(0.03), self.down(flags=0x12)[1]
        yield self.up(flags=0x10)

    def close(self) -> Iterator[Packet]:
        yield self.up(flags=0x11)
        yield self.down(flags=0x11)
        yield self.up(flags=0x10)


def tls_conn(rng: random.Random, t: float, big: int, small: int) -> Iterator[Packet]:
    c = Conn(rng, t, 443)
    yield from c.open()
    yield c.up(client_hello(rng.choice(HOSTS), rng))
    yield c.down(flags=0x10)
    for _ in range(3):  # ServerHello, certificate chain (opaque bytes after the record header)
        yield c.down(b"\x16\x03\x03\x05\xa0" + rng.randbytes(1455))
    yield c.up(b"\x14\x03\x03\x00\x01\x01\x17\x03\x03\x00\x50" + rng.randbytes(80))
    small -= 2
    for i in range(big + small):
        if i < big:
            yield c.down(b"\x17\x03\x03\x05\xb0" + rng.randbytes(1455))
        elif i % 3 == 0:
            yield c.up(b"\x17\x03\x03\x00\x30" + rng.randbytes(48))
        else:
            yield c.up(flags=0x10)
    yield from c.close()


def http_conn(rng: random.Random, t: float, requests: int) -> Iterator[Packet]:
    c = Conn(rng, t, 80)
    host = rng.choice(HOSTS)
    yield from c.open()
    for i in range(requests):
        if i % 2:
            body = b'{"device":"synthetic","event":"open","n":%d}' % i
            req = (b"POST /v1/events HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
                   b"Content-Length: %d\r\n\r\n" % (host.encode(), len(body))) + body
        else:
            req = b"GET /config?id=%d HTTP/1.1\r\nHost: %s\r\nUser-Agent: synth/1.0\r\n\r\n" % (
                i, host.encode())
        yield c.up(req)
        yield c.down(flags=0x10)
        payload = b'{"ok":true,"pad":"' + b"x" * rng.randrange(100, 1200) + b'"}'
        yield c.down(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d"
                     b"\r\n\r\n" % len(payload) + payload)
        yield c.up(flags=0x10)
    yield from c.close()


def dns_pair(rng: random.Random, t: float, n: int) -> Iterator[Packet]:
    name = f"host{n}.{rng.choice(HOSTS)}"
    qname = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\x00"
    txid, port = rng.randrange(65536), rng.randrange(32768, 61000)
    query = struct.pack(">HHHHHH", txid, 0x0100, 1, 0, 0, 0) + qname + b"\x00\x01\x00\x01"
    target = b"\x04edge\xc0\x0c"
    answers = (b"\xc0\x0c" + struct.pack(">HHIH", 5, 1, 300, len(target)) + target +
               b"\xc0" + bytes([12 + len(qname) + 4 + 12]) +
               struct.pack(">HHIH", 1, 1, 60, 4) + server_ip(rng))
    resp = struct.pack(">HHHHHH", txid, 0x8180, 1, 2, 0, 0) + qname + b"\x00\x01\x00\x01" + \
        answers
    for src, dst, sp, dp, msg, dt in ((PHONE, RESOLVER, port, 53, query, 0.0),
                                      (RESOLVER, PHONE, 53, port, resp, 0.012)):
        udp = struct.pack(">HHHH", sp, dp, 8 + len(msg), 0) + msg
        yield t + dt, frame(src, dst, 17, udp)


def flows(total: int, rng: random.Random) -> Iterator[Iterator[Packet]]:
    scale = total / 1_000_000
    n_tls, n_http, n_dns = round(19_000 * scale), round(200 * scale), round(300 * scale)
    http_packets = n_http * (6 + 6 * 4)
    per_tls = (total - http_packets - 2 * n_dns) / max(n_tls, 1)
    kinds = ["tls"] * n_tls + ["http"] * n_http + ["dns"] * n_dns
    rng.shuffle(kinds)
    t, budget, made_tls = 1_700_000_000.0, per_tls, 0
    for i, kind in enumerate(kinds):
        t += 0.05
        if kind == "tls":
            made_tls += 1
            count = int(per_tls * made_tls) - int(per_tls * (made_tls - 1))
            body = count - 12  # open 3 + CH + ACK + 3 flight + CCS/Fin + close 3
            big = max(0, round(body * 0.27))
            yield tls_conn(rng, t, big, body - big + 2)
        elif kind == "http":
            yield http_conn(rng, t, 6)
        else:
            yield dns_pair(rng, t, i)
    del budget


def write(out: Path, total: int, seed: int) -> int:
    rng = random.Random(seed)
    active: list[Iterator[Packet]] = []
    source = flows(total, rng)
    written = 0
    clock = 1_700_000_000.0
    rec = struct.Struct("<IIII")
    with out.open("wb") as fh:
        fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        buf: list[bytes] = []
        while True:
            while len(active) < 16:
                nxt = next(source, None)
                if nxt is None:
                    break
                active.append(nxt)
            if not active:
                break
            i = rng.randrange(len(active))
            pkt = next(active[i], None)
            if pkt is None:
                active.pop(i)
                continue
            # one capture clock: packets are timestamped in the order they are written
            _, data = pkt
            clock += rng.expovariate(2000.0)
            ts = clock
            sec = int(ts)
            buf.append(rec.pack(sec, int((ts - sec) * 1e6), len(data), len(data)) + data)
            written += 1
            if len(buf) >= 4096:
                fh.write(b"".join(buf))
                buf.clear()
        fh.write(b"".join(buf))
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--packets", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    n = write(args.out, args.packets, args.seed)
    print(f"{args.out}: {n} packets, {args.out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
