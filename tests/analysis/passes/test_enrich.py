"""The enrich pass on a small study built in code (synthetic, fictional app and hosts).

GeoIP answers come from tiny MMDBs written here (via ``ctx.geoip``), so the expected countries
do not depend on the embedded data; one test spot-checks the embedded defaults instead.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from mmdb_writer import MMDBWriter
from netaddr import IPSet

from analysis.claims import ClaimsFile
from analysis.passes import AnalysisContext, enrich
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import (
    Capture,
    Connection,
    Detector,
    DnsAnswer,
    Exchange,
    ExchangeKind,
    Finding,
    Part,
)
from analysis.store import Store

NYC = DeviceInfo(country="US", lat=40.7128, lon=-74.0060)
CLAIMS = ClaimsFile(app="com.example.clipshare", first_party=("clipshare.example",),
                    user_country="US", claims=())
T0 = 1_760_000_000.0


def _mmdb(path: Path, database_type: str, records: dict[str, dict[str, Any]]) -> Path:
    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type=database_type)
    for cidr, record in records.items():
        writer.insert_network(IPSet([cidr]), record)
    writer.to_db_file(str(path))
    return path


@pytest.fixture
def geoip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("PHONEHOME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("PHONEHOME_GEOIP", raising=False)
    city = _mmdb(tmp_path / "city.mmdb", "GeoIP2-City", {
        "93.184.216.0/24": {"country": {"iso_code": "AU"}},  # planted: impossible at 3 ms
        "93.184.217.0/24": {"country": {"iso_code": "US"}},
        "93.184.218.0/24": {"country": {"iso_code": "DE"}},
        "93.184.219.0/24": {"country": {"iso_code": "SG"}},
    })
    asn = _mmdb(tmp_path / "asn.mmdb", "GeoLite2-ASN", {
        "93.184.216.0/24": {"autonomous_system_number": 16509,
                            "autonomous_system_organization": "Amazon.com, Inc."},
        "93.184.217.0/24": {"autonomous_system_number": 15169,
                            "autonomous_system_organization": "Google LLC"},
        "93.184.218.0/23": {"autonomous_system_number": 24940,
                            "autonomous_system_organization": "Hetzner Online GmbH"},
    })
    return city, asn


def _ex(host: str | None, ip: str | None, **kw: Any) -> Exchange:
    return Exchange(ts=kw.pop("ts", T0), method="POST",
                    url=f"https://{host}/v1" if host else None, host=host, server_ip=ip,
                    server_port=443, **kw)


@pytest.fixture
def study() -> tuple[Store, list[int]]:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="pcap", source="synthetic.pcap",
                                    app="com.example.clipshare"))
    ids = store.add_exchanges(cap, [
        _ex("api.clipshare.example", "::ffff:93.184.216.34", connect_ms=5.0,
            request_body_size=100, response_body_size=10),
        _ex("api.clipshare.example", "93.184.216.34", connect_ms=3.0, request_body_size=100,
            response_body_size=10),
        _ex("app-measurement.com", "93.184.217.10", connect_ms=90.0, request_body_size=40),
        # no host: named by the DNS answers (through a CNAME) and joined with its connection
        Exchange(ts=T0 + 5, kind=ExchangeKind.TCP, server_ip="93.184.218.5", server_port=443,
                 client_ip="10.0.0.2", client_port=50000, request_body_size=30),
        Exchange(ts=T0 + 6, kind=ExchangeKind.TCP, direction="down", server_ip="93.184.218.5",
                 server_port=443, client_ip="10.0.0.2", client_port=50000),
        Exchange(ts=T0 + 7, method="GET", url="/relative-only"),  # nowhere to link it
    ])
    store.add_dns_answers(cap, [
        DnsAnswer(ts=T0 + 1, name="api.sparrow.example", rtype="CNAME",
                  value="edge.sparrow-cdn.example"),
        DnsAnswer(ts=T0 + 1, name="edge.sparrow-cdn.example", rtype="A", value="93.184.218.5"),
        DnsAnswer(ts=T0 + 2, name="beacon.tracker.example", rtype="A", value="93.184.219.1"),
    ])
    store.add_connections(cap, [
        Connection("tcp", "10.0.0.2", 50000, "93.184.218.5", 443, T0 + 5, T0 + 9,
                   bytes_up=1000, bytes_down=2000, rtt_ms=150.0),
        Connection("tcp", "10.0.0.2", 50001, "93.184.216.99", 443, T0 + 3, T0 + 4,
                   bytes_up=517, bytes_down=4000, sni="pins.clipshare.example", rtt_ms=4.0),
        Connection("tcp", "10.0.0.2", 50002, "93.184.219.1", 443, T0 + 8, T0 + 9,
                   bytes_up=300, bytes_down=200),
        Connection("udp", "10.0.0.2", 5353, "10.0.0.1", 53, T0, T0, bytes_up=60,
                   bytes_down=90),
        # answered only after the traffic: that name is not used for it
        Connection("tcp", "10.0.0.2", 50003, "93.184.219.77", 443, T0 + 1, T0 + 2),
    ])
    store.add_dns_answers(cap, [DnsAnswer(ts=T0 + 30, name="late.example", rtype="A",
                                          value="93.184.219.77")])
    store.write_findings([
        Finding(ids[0], Part.BODY, "device.android_id", "id.device", Detector.GROUND_TRUTH, 1.0,
                "device profile", "x"),
        Finding(ids[1], Part.BODY, "geo.lat", "location.precise", Detector.KEY, 0.8, "key", "1"),
        Finding(ids[2], Part.BODY, "events[0].name", "behavior.usage", Detector.KEY, 0.7, "k",
                "s"),
    ])
    return store, ids


def _by_host(store: Store) -> dict[str | None, dict[str, Any]]:
    return {d["host"]: d for d in store.destination_rows()}


def test_destinations_links_and_counts(study: tuple[Store, list[int]],
                                       geoip: tuple[Path, Path]) -> None:
    store, ids = study
    ctx = AnalysisContext(profile=DeviceProfile(device=NYC), claims=CLAIMS, geoip=geoip)
    counts = enrich.run(store, ctx)
    dests = _by_host(store)
    assert set(dests) == {"api.clipshare.example", "app-measurement.com", "api.sparrow.example",
                          "pins.clipshare.example", "beacon.tracker.example", None}
    assert len(store.destination_rows()) == 6  # one destination without a host name
    api = dests["api.clipshare.example"]
    assert api["ip"] == "93.184.216.34"  # the IPv4-mapped form joined the plain one
    assert (api["requests"], api["bytes_up"], api["bytes_down"], api["rtt_ms"]) == (2, 200, 20,
                                                                                    3.0)
    assert api["categories"] == ["id.device", "location.precise"]
    assert (api["party"], api["organization"], api["port"]) == ("first", "clipshare.example", 443)
    assert (api["country"], api["asn"]) == ("AU", 16509)
    # the planted impossible answer: 3 ms from New York cannot reach Australia
    assert api["geo_plausible"] is False and "impossible" in api["geo_note"]
    assert "300 km" in api["geo_note"]
    sdk = dests["app-measurement.com"]
    assert (sdk["party"], sdk["organization"], sdk["geo_plausible"]) == ("third", "Google", True)
    assert sdk["categories"] == ["behavior.usage"] and sdk["cdn"] is True
    # named by DNS through the CNAME; transport bytes win over body sizes; one request sent
    sparrow = dests["api.sparrow.example"]
    assert (sparrow["ip"], sparrow["requests"], sparrow["bytes_up"], sparrow["rtt_ms"]) == (
        "93.184.218.5", 1, 1000, 150.0)
    assert (sparrow["organization"], sparrow["organization_source"]) == ("sparrow.example",
                                                                         "domain")
    # transport-only destinations count too
    pins = dests["pins.clipshare.example"]
    assert (pins["requests"], pins["bytes_up"], pins["party"]) == (0, 517, "first")
    beacon = dests["beacon.tracker.example"]
    assert beacon["requests"] == 0 and beacon["geo_plausible"] is None
    assert "no round-trip time" in beacon["geo_note"]
    by_ip = {d["ip"]: d for d in store.destination_rows()}
    # the phone's LAN resolver is plumbing, not a recipient
    assert "10.0.0.1" not in by_ip and counts["local_service_connections"] == 1
    assert "late.example" not in dests and by_ip["93.184.219.77"]["host"] is None
    # every exchange with a server is linked to its destination
    links = {row["id"]: row["destination_id"] for row in store.exchange_summary()}
    assert all(links[i] is not None for i in ids[:5]) and links[ids[5]] is None
    assert links[ids[3]] == links[ids[4]] == sparrow["id"]
    assert counts["destinations"] == 6 and counts["exchanges_without_server"] == 1
    kinds = [d["kind"] for d in store.geo_database_rows()]
    assert kinds[:2] == ["city", "asn"] and "country" in kinds
    # findings now carry their destination's country and organisation
    rows = {r["request_id"]: r for r in store.finding_rows()}
    assert rows[ids[2]]["country"] == "US" and rows[ids[2]]["organization"] == "Google"


def test_rerun_is_idempotent(study: tuple[Store, list[int]], geoip: tuple[Path, Path]) -> None:
    store, _ = study
    ctx = AnalysisContext(profile=DeviceProfile(device=NYC), claims=CLAIMS, geoip=geoip)
    enrich.run(store, ctx)
    first = store.destination_rows()
    enrich.run(store, ctx)
    assert [d["host"] for d in store.destination_rows()] == [d["host"] for d in first]
    assert store.count("destinations") == len(first)
    assert store.count("geo_databases") == len(store.geo_database_rows())


def test_without_profile_or_claims(study: tuple[Store, list[int]],
                                   geoip: tuple[Path, Path]) -> None:
    store, _ = study
    enrich.run(store, AnalysisContext(geoip=geoip))
    api = _by_host(store)["api.clipshare.example"]
    assert api["geo_plausible"] is None and "no vantage point" in api["geo_note"]
    assert api["party"] == "first"  # the capture's --app still names the app


def test_country_only_vantage(study: tuple[Store, list[int]], geoip: tuple[Path, Path]) -> None:
    store, _ = study
    ctx = AnalysisContext(profile=DeviceProfile(device=DeviceInfo(country="US")), geoip=geoip)
    enrich.run(store, ctx)
    dests = _by_host(store)
    assert dests["api.clipshare.example"]["geo_plausible"] is False  # US to AU in 3 ms
    assert "anywhere in United States" in dests["api.clipshare.example"]["geo_note"]
    assert dests["api.sparrow.example"]["geo_plausible"] is True  # US to DE in 150 ms


def test_embedded_defaults_spot_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PHONEHOME_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("PHONEHOME_GEOIP", raising=False)
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="synthetic.har"))
    store.add_exchanges(cap, [_ex("dns.google", "8.8.8.8", ts=time.time(), connect_ms=2.0)])
    enrich.run(store, AnalysisContext(profile=DeviceProfile(device=NYC)))
    (dest,) = store.destination_rows()
    assert (dest["country"], dest["asn"], dest["registered_country"]) == ("US", 15169, "US")
    assert dest["organization"] == "Google" and dest["cdn"] is True
    assert dest["geo_plausible"] is True


def test_dns_names_follow_cnames_and_survive_loops() -> None:
    answers = [
        (1, DnsAnswer(ts=10.0, name="app.example", rtype="CNAME", value="a.cdn.example.")),
        (1, DnsAnswer(ts=10.0, name="a.cdn.example", rtype="A", value="192.0.2.10")),
        (1, DnsAnswer(ts=20.0, name="other.example", rtype="A", value="::ffff:192.0.2.10")),
        (1, DnsAnswer(ts=10.0, name="loop1.example", rtype="CNAME", value="loop2.example")),
        (1, DnsAnswer(ts=10.0, name="loop2.example", rtype="CNAME", value="loop1.example")),
        (1, DnsAnswer(ts=10.0, name="loop2.example", rtype="A", value="192.0.2.20")),
        (1, DnsAnswer(ts=10.0, name="bad.example", rtype="A", value="not-an-ip")),
    ]
    names = enrich.DnsNames(answers)
    assert names.name_for("192.0.2.10", 15.0) == "app.example"  # CNAME chain back to the ask
    assert names.name_for("192.0.2.10", 25.0) == "other.example"  # the closest earlier answer
    assert names.name_for("192.0.2.10", None) == "other.example"
    assert names.name_for("192.0.2.10", 5.0) is None  # nothing answered before the traffic
    assert names.name_for("192.0.2.20", 11.0) in {"loop1.example", "loop2.example"}
    assert names.name_for("192.0.2.99", 11.0) is None and names.name_for(None, 1.0) is None


@pytest.mark.parametrize(("row", "host"), [
    ({"host": "API.Example.com."}, "api.example.com"),
    ({"host": "api.example.com:8443"}, "api.example.com"),
    ({"host": None, "url": "https://u.example:444/x"}, "u.example"),
    ({"host": None, "url": None, "sni": "s.example"}, "s.example"),
    ({"host": "93.184.216.34"}, None),
    ({"host": "[2001:db8::1]:8080"}, None),
    ({"host": None, "url": "/relative"}, None),
])
def test_host_of(row: dict[str, Any], host: str | None) -> None:
    assert enrich._host_of({"url": None, "sni": None, **row}) == host


def test_message_bytes_count_in_their_own_direction() -> None:
    from analysis.passes import AnalysisContext
    from analysis.passes.enrich import run as enrich_run
    from analysis.records import Capture, Exchange, ExchangeKind
    from analysis.store import Store

    store = Store.memory()
    cid = store.add_capture(Capture(kind="proxy", source="x"))
    store.add_exchanges(cid, [
        Exchange(ts=1, kind=ExchangeKind.HTTP, host="ws.example", server_ip="192.0.2.9",
                 request_body_size=100, response_body_size=4),
        Exchange(ts=2, kind=ExchangeKind.WEBSOCKET, host="ws.example", server_ip="192.0.2.9",
                 direction="up", request_body_size=91),
        Exchange(ts=3, kind=ExchangeKind.WEBSOCKET, host="ws.example", server_ip="192.0.2.9",
                 direction="down", request_body_size=6),
    ])
    enrich_run(store, AnalysisContext())
    (dest,) = store.destination_rows()
    assert (dest["bytes_up"], dest["bytes_down"], dest["requests"]) == (191, 10, 2)


def test_cdn_flag_follows_the_cname_chain() -> None:
    from analysis.passes import AnalysisContext
    from analysis.passes.enrich import run as enrich_run
    from analysis.records import Capture, Connection, DnsAnswer
    from analysis.store import Store

    store = Store.memory()
    cid = store.add_capture(Capture(kind="pcap", source="x"))
    store.add_dns_answers(cid, [
        DnsAnswer(1.0, "app.clipqa.example", "CNAME", "d1abc.cloudfront.net"),
        DnsAnswer(1.0, "d1abc.cloudfront.net", "A", "198.51.100.77")])
    store.add_connections(cid, [Connection("tcp", "10.0.0.2", 40000, "198.51.100.77", 443,
                                           2.0, 3.0, sni="app.clipqa.example", bytes_up=500)])
    enrich_run(store, AnalysisContext())
    (dest,) = store.destination_rows()
    assert dest["host"] == "app.clipqa.example" and dest["cdn"] is True
