"""Connections through a proxy (QA3 P33): HTTP CONNECT, SOCKS4/4a/5 and absolute-form requests.

The proxy's address is not the server's: exchanges name the server asked for (its address only
when the request named one), the connection row stays the one to the proxy, without the tunnel's
SNI, the proxy's RTT is nobody else's, and one ``via-proxy`` error says so. End to end, the
target gets no country from the proxy (tiny MMDBs written here), and TLS in a tunnel without
keys is counted as not decrypted, as a direct TLS connection is. Hosts are fictional.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from mmdb_writer import MMDBWriter
from netaddr import IPSet

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from scapy.layers.dns import DNS, DNSQR, DNSRR
from test_pcap_helpers import TcpConv, client_hello, pcap_bytes, udp

from analysis.analyze import analyze
from analysis.ingest import CaptureMeta, ingest
from analysis.records import Connection, Exchange, ReadError
from analysis.sources.base import SourceOptions
from analysis.sources.pcap import read
from analysis.store import Store

PROXY = "46.4.0.10"
SERVER_HELLO = b"\x16\x03\x03\x00\x04\x0e\x00\x00\x00"


def _items(tmp_path: Path, *convs: TcpConv) -> list[object]:
    path = tmp_path / "proxy.pcap"
    path.write_bytes(pcap_bytes([p for c in convs for p in c.packets]))
    return list(read(path, SourceOptions()))


def _of(items: list[object], kind: type) -> list[Any]:
    return [i for i in items if isinstance(i, kind)]


def connect_conv(target: bytes = b"ads.adnet.test:443", status: bytes = b"200 Connection "
                 b"established", inner: bytes | None = None, cport: int = 50160,
                 t: float = 1000.0, answered: bool = True) -> TcpConv:
    conv = TcpConv(server=PROXY, sport=3128, cport=cport, t=t)
    conv.handshake(rtt=0.02)
    conv.send(True, b"CONNECT " + target + b" HTTP/1.1\r\nHost: " + target + b"\r\n\r\n")
    conv.send(False, b"HTTP/1.1 " + status + b"\r\nContent-Length: 0\r\n\r\n")
    if inner is not None:
        conv.send(True, inner)
        if answered:
            conv.send(False, SERVER_HELLO if inner[0] == 22 else
                      b"HTTP/1.1 204 No Content\r\n\r\n")
    conv.close()
    return conv


def socks_conv(request: bytes, reply: bytes, greeting: bytes | None = b"\x05\x01\x00",
               sport: int = 1080, cport: int = 50180, t: float = 2000.0) -> TcpConv:
    conv = TcpConv(server=PROXY, sport=sport, cport=cport, t=t)
    conv.handshake(rtt=0.02)
    if greeting is not None:  # SOCKS5 (RFC 1928 3): no authentication
        conv.send(True, greeting)
        conv.send(False, b"\x05\x00")
    conv.send(True, request)
    conv.send(False, reply)
    conv.send(True, client_hello("metrics.trackr.test"))
    conv.send(False, SERVER_HELLO)
    conv.close()
    return conv


def test_connect_tunnel_names_the_target_not_the_proxy(tmp_path: Path) -> None:
    items = _items(tmp_path, connect_conv(inner=client_hello("ads.adnet.test")))
    (ex,) = _of(items, Exchange)
    assert (ex.method, ex.host, ex.server_ip, ex.server_port) == (
        "CONNECT", "ads.adnet.test:443", None, 443)
    assert ex.sni == "ads.adnet.test" and ex.connect_ms is None  # 20 ms is the proxy's
    (conn,) = _of(items, Connection)
    assert (conn.server_ip, conn.server_port, conn.sni, conn.rtt_ms) == (PROXY, 3128, None, 20.0)
    (err,) = _of(items, ReadError)
    assert (err.kind, err.count) == ("via-proxy", 1)
    assert err.message == (
        "1 connection(s) went through a proxy at 46.4.0.10:3128 (HTTP CONNECT); their servers'"
        " addresses are not in this capture, so their location is unknown")


def test_connect_to_an_address_keeps_that_address(tmp_path: Path) -> None:
    items = _items(tmp_path, connect_conv(b"[2001:db8::7]:8443", inner=client_hello(None)))
    (ex,) = _of(items, Exchange)
    assert (ex.server_ip, ex.server_port, ex.connect_ms) == ("2001:db8::7", 8443, None)
    (err,) = _of(items, ReadError)
    assert err.message.endswith("1 named the server's address in the request, which is kept, "
                               "but no RTT was measured to it, so its location is not checked")


def test_refused_connect_reached_only_the_proxy(tmp_path: Path) -> None:
    items = _items(tmp_path, connect_conv(status=b"407 Proxy Authentication Required"))
    (ex,) = _of(items, Exchange)
    assert (ex.status, ex.host, ex.server_ip, ex.server_port, ex.connect_ms) == (
        407, "46.4.0.10:3128", PROXY, 3128, 20.0)
    assert ex.url == "http://ads.adnet.test:443"  # what was asked stays on the record
    assert not _of(items, ReadError)


def test_http_inside_a_connect_tunnel(tmp_path: Path) -> None:
    inner = b"GET /track?id=1 HTTP/1.1\r\nHost: ads.adnet.test\r\n\r\n"
    items = _items(tmp_path, connect_conv(b"ads.adnet.test:80", inner=inner))
    connect, get = sorted(_of(items, Exchange), key=lambda e: e.method != "CONNECT")
    assert get.url == "http://ads.adnet.test/track?id=1"
    assert (get.server_ip, get.server_port, get.connect_ms) == (None, 80, None)
    assert (connect.server_ip, connect.server_port) == (None, 80)


@pytest.mark.parametrize(("request_", "reply", "greeting", "host", "ip", "kind"), [
    (b"\x05\x01\x00\x03\x13metrics.trackr.test\x01\xbb", b"\x05\x00\x00\x01" + bytes(6),
     b"\x05\x01\x00", "metrics.trackr.test", None, "SOCKS5"),
    (b"\x05\x01\x00\x01" + socket.inet_aton("198.51.100.9") + b"\x01\xbb",
     b"\x05\x00\x00\x01" + bytes(6), b"\x05\x01\x00", None, "198.51.100.9", "SOCKS5"),
    (b"\x05\x01\x00\x04" + socket.inet_pton(socket.AF_INET6, "2001:db8::9") + b"\x01\xbb",
     b"\x05\x00\x00\x01" + bytes(6), b"\x05\x01\x00", None, "2001:db8::9", "SOCKS5"),
    (b"\x04\x01\x01\xbb\x00\x00\x00\x01app\x00metrics.trackr.test\x00", b"\x00\x5a" + bytes(6),
     None, "metrics.trackr.test", None, "SOCKS4a"),
    (b"\x04\x01\x01\xbb" + socket.inet_aton("198.51.100.9") + b"\x00", b"\x00\x5a" + bytes(6),
     None, None, "198.51.100.9", "SOCKS4"),
], ids=["socks5-name", "socks5-ipv4", "socks5-ipv6", "socks4a-name", "socks4-ipv4"])
def test_socks_tunnel_names_the_target(tmp_path: Path, request_: bytes, reply: bytes,
                                       greeting: bytes | None, host: str | None,
                                       ip: str | None, kind: str) -> None:
    items = _items(tmp_path, socks_conv(request_, reply, greeting))
    (ex,) = _of(items, Exchange)
    assert (ex.method, ex.host, ex.server_ip, ex.server_port) == ("CONNECT", host, ip, 443)
    assert (ex.sni, ex.connect_ms, ex.direction) == ("metrics.trackr.test", None, "up")
    name = host or ip or ""
    assert ex.url == f"{kind.lower()}://{f'[{name}]' if ':' in name else name}:443"
    (conn,) = _of(items, Connection)
    assert (conn.server_ip, conn.server_port, conn.sni, conn.rtt_ms) == (PROXY, 1080, None, 20.0)
    (err,) = _of(items, ReadError)
    assert (err.kind, err.count) == ("via-proxy", 1)
    assert f"46.4.0.10:1080 ({kind})" in err.message
    assert ("named the server's address" in err.message) == (ip is not None)


def test_refused_socks_request_opens_no_tunnel(tmp_path: Path) -> None:
    request_ = b"\x05\x01\x00\x03\x13metrics.trackr.test\x01\xbb"
    items = _items(tmp_path, socks_conv(request_, b"\x05\x05\x00\x01" + bytes(6)))
    assert not _of(items, Exchange) and not _of(items, ReadError)


def test_absolute_form_request_went_to_a_proxy(tmp_path: Path) -> None:
    conv = TcpConv(server=PROXY, sport=3128)
    conv.handshake()
    conv.send(True, b"GET http://cdn.adnet.test/px.gif HTTP/1.1\r\nHost: cdn.adnet.test\r\n\r\n")
    conv.send(False, b"HTTP/1.1 204 No Content\r\n\r\n")
    conv.send(True, b"GET http://203.0.113.5:8080/a HTTP/1.1\r\nHost: 203.0.113.5:8080\r\n\r\n")
    conv.send(False, b"HTTP/1.1 204 No Content\r\n\r\n")
    direct = TcpConv(server="203.0.113.5", sport=80, cport=40001, t=1001.0)
    direct.handshake()  # absolute form to the very server it names: not a proxy
    direct.send(True, b"GET http://203.0.113.5/b HTTP/1.1\r\nHost: 203.0.113.5\r\n\r\n")
    direct.send(False, b"HTTP/1.1 204 No Content\r\n\r\n")
    # the capture's DNS said origin.adnet.test (through a CNAME) is 203.0.113.7: not a proxy
    answer = DNS(id=1, qr=1, qd=[DNSQR(qname="origin.adnet.test")], an=[
        DNSRR(rrname="origin.adnet.test", type="CNAME", rdata="edge.adnet.test"),
        DNSRR(rrname="edge.adnet.test", type="A", rdata="203.0.113.7")])
    named = TcpConv(server="203.0.113.7", sport=80, cport=40002, t=1002.0)
    named.packets.append((1001.5, udp("10.0.0.1", "10.0.0.2", 53, 5300, bytes(answer))))
    named.handshake()
    named.send(True, b"GET http://origin.adnet.test/c HTTP/1.1\r\nHost: origin.adnet.test\r\n\r\n")
    items = _items(tmp_path, conv, direct, named)
    got = sorted((e.url, e.server_ip, e.server_port, e.connect_ms is None)
                 for e in _of(items, Exchange))
    assert got == [("http://203.0.113.5/b", "203.0.113.5", 80, False),
                   ("http://203.0.113.5:8080/a", "203.0.113.5", 8080, True),
                   ("http://cdn.adnet.test/px.gif", None, 80, True),
                   ("http://origin.adnet.test/c", "203.0.113.7", 80, False)]
    (err,) = _of(items, ReadError)
    assert (err.kind, err.count) == ("via-proxy", 1)
    assert "(HTTP proxy: requests in absolute form)" in err.message


def _mmdb(path: Path, database_type: str, records: dict[str, dict[str, Any]]) -> Path:
    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type=database_type)
    for cidr, record in records.items():
        writer.insert_network(IPSet([cidr]), record)
    writer.to_db_file(str(path))
    return path


def test_end_to_end_the_target_gets_no_country_from_the_proxy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHONEHOME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PHONEHOME_GEOIP", raising=False)
    city = _mmdb(tmp_path / "city.mmdb", "GeoIP2-City", {
        "46.4.0.0/24": {"country": {"iso_code": "DE"}},
        "93.184.217.0/24": {"country": {"iso_code": "US"}}})
    asn = _mmdb(tmp_path / "asn.mmdb", "GeoLite2-ASN", {"46.4.0.0/24": {
        "autonomous_system_number": 64500, "autonomous_system_organization": "Proxyhost"}})
    direct = TcpConv(server="93.184.217.20", sport=443, cport=50200, t=3000.0)
    direct.handshake()
    direct.send(True, client_hello("direct.adnet.test"))
    direct.close()
    by_name = b"\x05\x01\x00\x03\x13metrics.trackr.test\x01\xbb"
    path = tmp_path / "proxied.pcap"
    path.write_bytes(pcap_bytes(
        connect_conv(inner=client_hello("ads.adnet.test")).packets
        + socks_conv(by_name, b"\x05\x00\x00\x01" + bytes(6)).packets + direct.packets))
    store = Store.memory()
    ingest(store, [path], CaptureMeta(), SourceOptions(), jobs=1)
    # the two tunnels' TLS and the direct TLS: three connections not decrypted, nothing else
    assert (store.undecrypted_tls_counts(), store.unread_connection_counts()) == ({1: 3}, {})
    analyze(store, geoip=[city, asn])
    rows = {(d["host"], d["ip"]): d for d in store.destination_rows()}
    assert set(rows) == {("ads.adnet.test", None), ("metrics.trackr.test", None),
                         (None, PROXY), ("direct.adnet.test", "93.184.217.20")}
    for target in ("ads.adnet.test", "metrics.trackr.test"):
        row = rows[(target, None)]
        assert (row["country"], row["asn"], row["rtt_ms"], row["port"], row["requests"]) == (
            None, None, None, 443, 1)
    proxy = rows[(None, PROXY)]
    assert (proxy["country"], proxy["as_org"], proxy["rtt_ms"]) == ("DE", "Proxyhost", 20.0)
    assert proxy["port"] in (3128, 1080) and proxy["requests"] == 0
    assert rows[("direct.adnet.test", "93.184.217.20")]["country"] == "US"
    via = [e for e in store.error_rows() if e["kind"] == "via-proxy"]
    # one row per proxy address (:3128 and :1080), each with its own count and message
    assert sorted((e["count"], e["message"].split(" (")[0][-5:]) for e in via) == [
        (1, ":1080"), (1, ":3128")]


def test_connect_tunnel_content_that_was_read_is_not_unseen(tmp_path: Path) -> None:
    inner = b"GET /track HTTP/1.1\r\nHost: ads.adnet.test\r\n\r\n"
    refused = connect_conv(status=b"407 Proxy Authentication Required", cport=50170, t=900.0)
    path = tmp_path / "read.pcap"
    path.write_bytes(pcap_bytes(connect_conv(b"ads.adnet.test:80", inner=inner).packets
                                + refused.packets))
    store = Store.memory()
    ingest(store, [path], CaptureMeta(), SourceOptions(), jobs=1)
    assert (store.undecrypted_tls_counts(), store.unread_connection_counts()) == ({}, {})



def test_only_claim_is_not_decided_by_the_proxys_country(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHONEHOME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PHONEHOME_GEOIP", raising=False)
    city = _mmdb(tmp_path / "city.mmdb", "GeoIP2-City", {
        "46.4.0.0/24": {"country": {"iso_code": "DE"}}})
    # a body that says gzip and is not: the exchange carries an error, and no response was
    # captured — still a request the capture shows leaving the phone
    inner = (b"POST /v1/sub?email=jane.doe%40mail.example HTTP/1.1\r\n"
             b"Host: ads.adnet.test\r\nContent-Encoding: gzip\r\nContent-Length: 9\r\n\r\n"
             b"not gzip!")
    path = tmp_path / "claim.pcap"
    path.write_bytes(pcap_bytes(connect_conv(b"ads.adnet.test:80", inner=inner,
                                             answered=False).packets))
    claims = tmp_path / "claims.toml"
    claims.write_text('[[claim]]\nid = "us-only"\ntext = "t"\ndata = ["contact.email"]\n'
                      'expect = "only"\ncountries = ["US"]\n'
                      '[[claim]]\nid = "no-email"\ntext = "t"\ndata = ["contact.email"]\n'
                      'expect = "absent"\n')
    store = Store.memory()
    ingest(store, [path], CaptureMeta(), SourceOptions(), jobs=1)
    analyze(store, claims=claims, geoip=[city])
    rows = {r["id"]: r for r in store.claim_rows()}
    row = rows["us-only"]
    # before: "violated", the e-mail address located in DE, the proxy's country
    assert row["verdict"] == "untested" and "unknown" in row["explanation"]
    # the request is on the wire: sent, although its server's address is not in the capture
    # and no response was captured (not "attempted but never reached a server")
    assert rows["no-email"]["verdict"] == "violated"
