"""pcap/pcapng source end to end through the real ingest: connections, SNI, DNS, HTTP/1."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest
from scapy.layers.dns import DNS, DNSQR, DNSRR, DNSRRSVCB, SvcParam

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import (
    TcpConv,
    client_hello,
    epb,
    idb,
    pcap_bytes,
    shb,
    udp,
)

from analysis.ingest import CaptureMeta, ingest
from analysis.records import Connection, DnsAnswer, Exchange, ReadError
from analysis.sources.base import SourceError, SourceOptions
from analysis.sources.pcap import read
from analysis.store import Store


def _ingest(path: Path, **opts: object) -> Store:
    store = Store.memory()
    ingest(store, [path], CaptureMeta(), SourceOptions(**opts))  # type: ignore[arg-type]
    return store


def _rows(store: Store, table: str) -> list[dict[str, object]]:
    return list(store.db[table].rows_where(order_by="id"))


head = b"POST /v1/track?uid=42&x=1 HTTP/1.1\r\nHost: api.example.com\r\n"
rest = b"Content-Length: 11\r\nContent-Type: application/json\r\n\r\n{\"id\": 42}\n"


def http_capture(tmp_path: Path) -> Path:
    conv = TcpConv(sport=80)
    conv.handshake(rtt=0.042)
    # the second segment is captured before the first: reassembly must reorder them
    first = conv.send(True, head, keep=False)
    conv.send(True, rest)
    conv.packets.append(first)
    body = gzip.compress(b'{"ok": true}')
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    conv.send(False, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
              b"Content-Encoding: gzip\r\n\r\n" + chunked[:20])
    conv.send(False, chunked[20:])
    conv.close()
    path = tmp_path / "http.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    return path


def test_http_exchange_and_connection_through_ingest(tmp_path: Path) -> None:
    store = _ingest(http_capture(tmp_path))
    (ex,) = _rows(store, "exchanges")
    assert ex["method"] == "POST"
    assert ex["url"] == "http://api.example.com/v1/track?uid=42&x=1"
    assert ex["host"] == "api.example.com" and ex["server_ip"] == "192.0.2.10"
    assert ex["request_body"] == b'{"id": 42}\n'
    assert ex["status"] == 200 and ex["response_body"] == b'{"ok": true}'
    assert ex["http_version"] == "HTTP/1.1"
    # ts is the first TCP segment of the request (stamped 1000.072), even though it was
    # captured second, after the segment that ends the headers (1000.082)
    assert ex["ts"] == pytest.approx(1000.0 + 0.01 + 0.042 + 0.01 + 0.01, abs=1e-6)
    (conn,) = _rows(store, "connections")
    assert (conn["client_ip"], conn["client_port"]) == ("10.0.0.2", 40000)
    assert (conn["server_ip"], conn["server_port"], conn["transport"]) == ("192.0.2.10", 80,
                                                                           "tcp")
    assert conn["rtt_ms"] == pytest.approx(42.0, abs=0.01)
    assert conn["packets_up"] == 6 and conn["packets_down"] == 4
    assert conn["bytes_up"] == len(head) + len(rest)  # transport payload bytes, both segments
    assert store.captures()[0].status == "complete"


def test_tls_client_hello_split_across_segments(tmp_path: Path) -> None:
    conv = TcpConv(sport=443)
    conv.handshake()
    hello = client_hello("Tracker.Example.ORG", ("h2", "http/1.1"))
    conv.send(True, hello[:100])
    conv.send(True, hello[100:])
    conv.send(False, b"\x16\x03\x03\x00\x04\x02\x00\x00\x00")
    path = tmp_path / "tls.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    (conn,) = [i for i in read(path, SourceOptions()) if isinstance(i, Connection)]
    assert conn.sni == "tracker.example.org"
    assert conn.alpn == "h2,http/1.1"
    assert conn.server_port == 443 and conn.rtt_ms is not None


def test_dns_answers_udp_and_tcp(tmp_path: Path) -> None:
    resp = DNS(id=7, qr=1, qd=[DNSQR(qname="a.example")], an=[
        DNSRR(rrname="a.example", type="CNAME", rdata="b.example", ttl=30),
        DNSRR(rrname="b.example", type="A", rdata="192.0.2.7", ttl=60),
        DNSRR(rrname="b.example", type="AAAA", rdata="2001:db8::7"),
        DNSRRSVCB(rrname="b.example", type=65, svc_params=[
            SvcParam(key=4, value=["198.51.100.1"]), SvcParam(key=6, value=["2001:db8::1"])]),
    ])
    packets = [(1.0, udp("10.0.0.1", "10.0.0.2", 53, 5555, bytes(resp)))]
    conv = TcpConv(client="10.0.0.2", server="10.0.0.1", sport=53)
    conv.handshake()
    msg = bytes(DNS(id=8, qr=1, qd=[DNSQR(qname="c.example")],
                    an=[DNSRR(rrname="c.example", type="A", rdata="203.0.113.9")]))
    framed = len(msg).to_bytes(2, "big") + msg
    conv.send(True, b"\x00\x1d" + bytes(DNS(id=8, qd=[DNSQR(qname="c.example")]))[:0])
    conv.send(False, framed[:5])
    conv.send(False, framed[5:])
    path = tmp_path / "dns.pcap"
    path.write_bytes(pcap_bytes(packets + conv.packets))
    store = _ingest(path)
    got = {(r["name"], r["rtype"], r["value"]) for r in _rows(store, "dns_answers")}
    assert got == {("a.example", "CNAME", "b.example"), ("b.example", "A", "192.0.2.7"),
                   ("b.example", "AAAA", "2001:db8::7"), ("b.example", "A", "198.51.100.1"),
                   ("b.example", "AAAA", "2001:db8::1"), ("c.example", "A", "203.0.113.9")}


@pytest.mark.parametrize(("linktype", "strip", "prefix"), [
    (101, 14, b""),  # raw IP
    (228, 14, b""),  # raw IPv4
    (113, 14, b"\x00\x00\x00\x01\x00\x06" + bytes(8) + b"\x08\x00"),  # Linux SLL
    (276, 14, b"\x08\x00\x00\x00" + bytes(4) + b"\x00\x01\x00\x06" + bytes(8)),  # SLL2
    (0, 14, b"\x02\x00\x00\x00"),  # BSD null, little-endian AF_INET
    (108, 14, b"\x00\x00\x00\x02"),  # OpenBSD loop, network order
    (1, 0, b""),  # Ethernet with QinQ tags, built below
])
def test_link_types(tmp_path: Path, linktype: int, strip: int, prefix: bytes) -> None:
    conv = TcpConv(sport=443)
    conv.send(True, client_hello("link.example"))
    frame = conv.packets[0][1]
    if linktype == 1:  # 802.1Q inside 802.1ad (QinQ)
        data = frame[:12] + b"\x88\xa8\x00\x05\x81\x00\x00\x06" + frame[12:]
    else:
        data = prefix + frame[strip:]
    path = tmp_path / "l.pcap"
    path.write_bytes(pcap_bytes([(5.0, data)], linktype=linktype))
    conns = [i for i in read(path, SourceOptions()) if isinstance(i, Connection)]
    assert [c.sni for c in conns] == ["link.example"]


def test_big_endian_nanosecond_pcap(tmp_path: Path) -> None:
    data = udp("10.0.0.2", "192.0.2.1", 5000, 9999, b"x")
    path = tmp_path / "be.pcap"
    path.write_bytes(pcap_bytes([(1700000000.123456789, data)], endian=">", nano=True))
    (conn,) = [i for i in read(path, SourceOptions()) if isinstance(i, Connection)]
    assert conn.first_ts == pytest.approx(1700000000.123456789, abs=1e-7)
    assert conn.transport == "udp" and conn.bytes_up == 1


def test_pcapng_two_sections_two_interfaces_tsresol(tmp_path: Path) -> None:
    a = udp("10.0.0.2", "192.0.2.1", 5000, 9999, b"ab")
    b = TcpConv(sport=443)
    b.send(True, client_hello("ng.example"))
    raw = b.packets[0][1][14:]
    data = (shb() + idb(1) + idb(101, tsresol=9) + epb(0, 10.5, a) + epb(1, 11.25, raw, 1e9)
            + shb(">") + idb(1, endian=">") + epb(0, 12.0, a, endian=">"))
    path = tmp_path / "multi.pcapng"
    path.write_bytes(data)
    conns = [i for i in read(path, SourceOptions()) if isinstance(i, Connection)]
    by = {c.transport: c for c in conns}
    assert by["tcp"].sni == "ng.example" and by["tcp"].first_ts == pytest.approx(11.25)
    assert by["udp"].packets_up == 2 and by["udp"].last_ts == pytest.approx(12.0)


def test_truncated_file_keeps_data_then_reports_offset(tmp_path: Path) -> None:
    full = http_capture(tmp_path).read_bytes()
    path = tmp_path / "cut.pcap"
    path.write_bytes(full[:-30])
    store = _ingest(path)
    assert len(_rows(store, "connections")) == 1
    errors = [e for e in _rows(store, "errors") if e["kind"] == "truncated"]
    assert len(errors) == 1 and errors[0]["offset"] is not None
    assert str(errors[0]["offset"]) in str(errors[0]["message"])
    assert store.captures()[0].status == "partial"


def test_unreadable_files_raise_source_error_naming_file(tmp_path: Path) -> None:
    path = tmp_path / "tiny.pcap"
    path.write_bytes(b"\xd4\xc3\xb2\xa1\x02\x00")
    with pytest.raises(SourceError, match=r"tiny\.pcap.*global header"):
        list(read(path, SourceOptions()))
    ng = tmp_path / "bad.pcapng"
    ng.write_bytes(b"\x0a\x0d\x0d\x0a\x1c\x00\x00\x00\x99\x99\x99\x99" + bytes(16))
    with pytest.raises(SourceError, match=r"bad\.pcapng.*byte-order magic.*byte 8"):
        list(read(ng, SourceOptions()))


def test_corrupt_record_length_and_malformed_packets_are_counted(tmp_path: Path) -> None:
    good = udp("10.0.0.2", "192.0.2.1", 5000, 9999, b"ok")
    bad_ip = b"\x00" * 12 + b"\x08\x00" + b"\x45\x00\x00"  # IPv4 header cut short
    body = pcap_bytes([(1.0, good)] + [(2.0, bad_ip)] * 3)
    body += b"\x00" * 8 + b"\xff\xff\xff\x7f" + b"\x00" * 4  # a record claiming 2 GB
    path = tmp_path / "corrupt.pcap"
    path.write_bytes(body)
    items = list(read(path, SourceOptions()))
    errors = {e.kind: e for e in items if isinstance(e, ReadError)}
    assert errors["malformed-packet"].count == 3
    assert errors["truncated"].offset == len(body) - 16
    assert any(isinstance(i, Connection) for i in items)
    assert isinstance(items[-1], ReadError) and items[-1].kind == "truncated"


def test_http_without_response_and_cut_body_is_marked(tmp_path: Path) -> None:
    conv = TcpConv(sport=8080)
    conv.handshake()
    conv.send(True, b"PUT /up HTTP/1.1\r\nHost: up.example:8080\r\nContent-Length: 100\r\n\r\n"
              b"partial")
    path = tmp_path / "cut.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    (ex,) = [i for i in read(path, SourceOptions(max_body=4)) if isinstance(i, Exchange)]
    assert ex.url == "http://up.example:8080/up" and ex.status is None
    assert ex.request_truncated and ex.request_body == b"part"
    assert ex.error is not None and "ended before" in ex.error


def test_answers_and_order_are_streamed(tmp_path: Path) -> None:
    """Records come out as the capture is read, not all at the end."""
    resp = bytes(DNS(qr=1, qd=[DNSQR(qname="s.example")],
                     an=[DNSRR(rrname="s.example", rdata="192.0.2.3")]))
    packets = [(float(i), udp("10.0.0.1", "10.0.0.2", 53, 6000 + i, resp)) for i in range(3)]
    path = tmp_path / "s.pcap"
    path.write_bytes(pcap_bytes(packets))
    it = read(path, SourceOptions())
    assert isinstance(next(it), DnsAnswer)


def test_h2c_prior_knowledge_exchanges(tmp_path: Path) -> None:
    import hpack

    def frame(ftype: int, flags: int, sid: int, payload: bytes) -> bytes:
        return len(payload).to_bytes(3, "big") + bytes([ftype, flags]) + sid.to_bytes(4, "big") \
            + payload

    enc_c, enc_s = hpack.Encoder(), hpack.Encoder()
    req = enc_c.encode([(":method", "POST"), (":scheme", "http"), (":path", "/collect?a=1"),
                        (":authority", "h2.example"), ("content-type", "application/json")])
    resp = enc_s.encode([(":status", "202"), ("content-encoding", "gzip")])
    conv = TcpConv(sport=8080)
    conv.handshake()
    client = (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + frame(4, 0, 0, b"") + frame(1, 4, 1, req)
              + frame(0, 1, 1, b'{"lat": 1.5}'))
    conv.send(True, client[:30])
    conv.send(True, client[30:])
    conv.send(False, frame(4, 0, 0, b"") + frame(1, 4, 1, resp)
              + frame(0, 1, 1, gzip.compress(b"accepted")))
    path = tmp_path / "h2c.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    (ex,) = [i for i in read(path, SourceOptions()) if isinstance(i, Exchange)]
    assert (ex.method, ex.url, ex.status, ex.http_version) == (
        "POST", "http://h2.example/collect?a=1", 202, "HTTP/2")
    assert ex.request_body == b'{"lat": 1.5}' and ex.response_body == b"accepted"
    assert ex.request_headers == (("content-type", "application/json"),)


@pytest.mark.parametrize("tunnel", ["vxlan", "gtp", "gre"])
def test_tunnelled_flows_are_decapsulated(tmp_path: Path, tunnel: str) -> None:
    from scapy.layers.inet import IP, UDP
    from scapy.layers.l2 import Ether

    conv = TcpConv(sport=443)
    conv.send(True, client_hello("inner.example"))
    inner = conv.packets[0][1]
    outer = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(
        src="198.51.100.1", dst="198.51.100.2")
    if tunnel == "vxlan":
        frame = bytes(outer / UDP(sport=50000, dport=4789) / (b"\x08" + bytes(7) + inner))
    elif tunnel == "gtp":
        ip = inner[14:]
        gtp = b"\x30\xff" + len(ip).to_bytes(2, "big") + b"\x00\x00\x00\x01"
        frame = bytes(outer / UDP(sport=2152, dport=2152) / (gtp + ip))
    else:
        frame = bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(
            src="198.51.100.1", dst="198.51.100.2", proto=47) / (b"\x00\x00\x08\x00" + inner[14:]))
    path = tmp_path / "t.pcap"
    path.write_bytes(pcap_bytes([(1.0, frame)]))
    conns = [i for i in read(path, SourceOptions()) if isinstance(i, Connection)]
    assert [(c.sni, c.client_ip) for c in conns] == [("inner.example", "10.0.0.2")]


def test_http_parsing_resumes_after_a_tcp_gap(tmp_path: Path) -> None:
    conv = TcpConv(sport=80)
    conv.handshake()
    reqs = [b"GET /%d HTTP/1.1\r\nHost: gap.example\r\nX-Pad: %s\r\n\r\n" % (i, b"p" * 40)
            for i in range(3)]
    conv.send(True, reqs[0])
    conv.send(True, reqs[1][:20])
    conv.send(True, reqs[1][20:], keep=False)  # lost: never captured
    conv.send(True, reqs[2])
    # more than MAX_PENDING of later data forces the hole to be declared
    conv.send(True, b"POST /big HTTP/1.1\r\nHost: gap.example\r\nContent-Length: 300000\r\n\r\n")
    for _ in range(5):
        conv.send(True, b"z" * 60000)
    path = tmp_path / "gap.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    items = list(read(path, SourceOptions()))
    urls = [i.url for i in items if isinstance(i, Exchange)]
    # request 1 lost its head in the hole: it is counted as a gap, the next ones are read
    assert urls == ["http://gap.example/0", "http://gap.example/2", "http://gap.example/big"]
    assert any(isinstance(i, ReadError) and i.kind == "tcp-gap" for i in items)


def test_socks5_tunnel_is_opened(tmp_path: Path) -> None:
    conv = TcpConv(sport=1080)
    conv.handshake()
    conv.send(True, b"\x05\x01\x00")
    conv.send(False, b"\x05\x00")
    conv.send(True, b"\x05\x01\x00\x03\x0dsocks.example\x01\xbb")
    conv.send(False, b"\x05\x00\x00\x01\xc0\x00\x02\x01\x01\xbb")
    conv.send(True, client_hello("inside.example"))
    path = tmp_path / "socks.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    items = list(read(path, SourceOptions()))
    (conn,) = [i for i in items if isinstance(i, Connection)]
    (ex,) = [i for i in items if isinstance(i, Exchange)]
    # the SNI names the server behind the proxy, not the proxy (test_pcap_proxy.py)
    assert conn.sni is None and conn.server_port == 1080
    assert (ex.sni, ex.host, ex.server_ip, ex.server_port) == (
        "inside.example", "socks.example", None, 443)


def test_flow_table_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.sources.pcap import flows

    monkeypatch.setattr(flows, "MAX_FLOWS", 20)
    monkeypatch.setattr(flows, "SWEEP_EVERY", 16)
    packets = [(float(i), udp("10.0.0.2", "192.0.2.1", 20000 + i, 9999, b"x"))
               for i in range(100)]
    path = tmp_path / "scan.pcap"
    path.write_bytes(pcap_bytes(packets))
    items = list(read(path, SourceOptions()))
    assert len([i for i in items if isinstance(i, Connection)]) == 100  # none lost
    assert any(isinstance(i, ReadError) and i.kind == "flow-table-full" for i in items)
