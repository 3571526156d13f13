"""The check pass on a study in a real (in-memory) database: verdicts and disclosure flows."""

from __future__ import annotations

from pathlib import Path

from analysis.claims import parse_claims
from analysis.passes import AnalysisContext
from analysis.passes.check import run
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Capture, Consent, Destination, Detector, Exchange, Finding, Part
from analysis.store import Store

CLAIMS = """
app = "com.example.app"
first_party = ["app.example"]
[[claim]]
id = "faces-ok"
data = ["biometric.face"]
expect = "allowed"
[[claim]]
id = "any-data"
data = ["*"]
expect = "allowed"
[[claim]]
id = "no-ads-id-without-consent"
data = ["id.advertising"]
expect = "absent"
when = { consent = false }
"""


def build() -> Store:
    store = Store.memory()
    yes = store.add_capture(Capture(kind="har", source="a", consent=Consent.YES))
    no = store.add_capture(Capture(kind="har", source="b", consent=Consent.NO))
    e1, = store.add_exchanges(yes, [Exchange(ts=1, host="face.vendor.example", method="POST")])
    e2, = store.add_exchanges(no, [Exchange(ts=2, host="ads.vendor.example", method="GET")])
    e3, = store.add_exchanges(no, [Exchange(ts=3, host="api.app.example", method="GET")])
    store.write_findings([
        Finding(e1, Part.BODY, "face.embedding", "biometric.face", Detector.STRUCTURE, 0.95,
                "128 floats", "[..]"),
        Finding(e2, Part.QUERY, "gaid", "id.advertising", Detector.GROUND_TRUTH, 1.0, "profile",
                "3f1c"),
        Finding(e3, Part.HEADER, "x-model", "device.info", Detector.KEY, 0.8, "key", "Pixel"),
    ])
    store.set_destinations([
        Destination("face.vendor.example", "192.0.2.1", country="SG", organization="FaceCo"),
        Destination("ads.vendor.example", "192.0.2.2", country="FR", organization="AdCo"),
        Destination("api.app.example", "192.0.2.3", country="US", organization="App"),
    ], {e1: 0, e2: 1, e3: 2})
    return store


def test_verdicts_and_flows() -> None:
    store = build()
    claims = parse_claims(CLAIMS, Path("c.toml"))
    counts = run(store, AnalysisContext(claims=claims))
    assert counts["claims"] == 3
    verdicts = {r["id"]: r for r in store.claim_rows()}
    assert verdicts["faces-ok"]["verdict"] == "holds"
    assert verdicts["no-ads-id-without-consent"]["verdict"] == "violated"
    assert verdicts["no-ads-id-without-consent"]["evidence_ids"] == [2]
    flows = {(f["category"], f["organization"]): f for f in store.flow_rows()}
    assert flows[("biometric.face", "FaceCo")]["disclosure"] == "disclosed"
    assert flows[("device.info", "App")]["disclosure"] == "vague"
    assert flows[("id.advertising", "AdCo")]["disclosure"] == "contradicted"
    assert flows[("id.advertising", "AdCo")]["claims"] == ["no-ads-id-without-consent"]


def test_without_claims_every_flow_is_omitted_and_rerun_is_idempotent() -> None:
    store = build()
    run(store, AnalysisContext())
    run(store, AnalysisContext())
    assert store.count("verdicts") == 0
    assert {f["disclosure"] for f in store.flow_rows()} == {"omitted"}
    assert store.count("flows") == 3


def test_only_claim_covers_flows_of_uncertain_location_as_vague() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a", consent=Consent.NO))
    e1, e2 = store.add_exchanges(cid, [Exchange(ts=1, host="a.vendor.example"),
                                       Exchange(ts=2, host="b.vendor.example")])
    store.write_findings([Finding(e, Part.BODY, "gaid", "id.advertising", Detector.KEY, 0.9, "k",
                                "x") for e in (e1, e2)])
    store.set_destinations([
        Destination("a.vendor.example", "192.0.2.1", country="US", organization="A"),
        Destination("b.vendor.example", "192.0.2.2", country="AU", organization="B",
                    geo_plausible=False),
    ], {e1: 0, e2: 1})
    claims = parse_claims('[[claim]]\nid = "us-only"\ndata = ["id.advertising"]\n'
                          'expect = "only"\ncountries = ["US"]\n', Path("c.toml"))
    run(store, AnalysisContext(claims=claims))
    flows = {f["organization"]: f for f in store.flow_rows()}
    assert flows["A"]["disclosure"] == "disclosed"
    assert flows["B"]["disclosure"] == "vague" and flows["B"]["claims"] == ["us-only"]
    (verdict,) = store.claim_rows()
    assert verdict["verdict"] == "holds" and "b.vendor.example (AU" in verdict["explanation"]


TOKEN_CLAIMS = """
app = "com.acme.weather.maps"
{first_party}
[[claim]]
id = "no-precise-third"
data = ["location.precise"]
expect = "absent"
recipients = "third_party"
"""


def _token_study() -> Store:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="t.har", app="com.acme.weather.maps"))
    hosts = ["api.weather.test", "tiles.maps.test", "api.acme.test"]
    ids = store.add_exchanges(cap, [Exchange(ts=i, host=h, method="GET", server_ip="192.0.2.9")
                                    for i, h in enumerate(hosts)])
    store.write_findings([Finding(e, Part.QUERY, "lat", "location.precise", Detector.KEY, 0.9,
                                  "key", "52.52001") for e in ids])
    return store


def test_report_party_and_claim_recipients_agree() -> None:
    # QA3 P32: one first-party decision for destinations and claims, with and without a list
    from analysis.passes import enrich

    for first_party, first in (("", {"api.acme.test"}),
                               ('first_party = ["acme.test"]', {"api.acme.test"})):
        store = _token_study()
        ctx = AnalysisContext(claims=parse_claims(TOKEN_CLAIMS.format(first_party=first_party),
                                                  Path("c.toml")))
        enrich.run(store, ctx)
        run(store, ctx)
        party = {d["host"]: d["party"] for d in store.destination_rows()}
        assert {h for h, p in party.items() if p == "first"} == first, party
        verdict = store.claim_rows()[0]
        by_host = {r["host"]: r["request_id"] for r in store.finding_rows()}
        assert set(verdict["evidence_ids"]) == {by_host[h] for h in party if h not in first}
        assert "acme" not in verdict["explanation"].split("Example")[0]


def test_store_label_covers_only_the_claims_apps_captures() -> None:
    # QA3 P26: another app's requests do not contradict this app's listing
    from analysis.labels import StoreLabel

    store = Store.memory()
    mine = store.add_capture(Capture(kind="har", source="a", app="com.example.app"))
    other = store.add_capture(Capture(kind="har", source="b", app="com.other.faceapp"))
    e1, = store.add_exchanges(mine, [Exchange(ts=1, host="api.app.example", method="GET")])
    e2, = store.add_exchanges(other, [Exchange(ts=2, host="bio.vendor.example", method="POST")])
    store.write_findings([
        Finding(e2, Part.BODY, "face", "biometric.face", Detector.STRUCTURE, 0.95, "x", "[..]")])
    label = StoreLabel("apple", True, (), "label.toml")
    run(store, AnalysisContext(claims=parse_claims(CLAIMS, Path("c.toml")), store_label=label))
    assert store.label_issue_rows() == []
    blocked, = store.add_exchanges(mine, [Exchange(ts=3, host="ads.vendor.example", method="GET",
                                                   error="net::ERR_BLOCKED_BY_CLIENT")])
    store.write_findings([
        Finding(e1, Part.BODY, "face", "biometric.face", Detector.STRUCTURE, 0.95, "x", "[..]"),
        Finding(blocked, Part.QUERY, "gaid", "id.advertising", Detector.KEY, 0.9, "x", "6c2f")])
    run(store, AnalysisContext(claims=parse_claims(CLAIMS, Path("c.toml")), store_label=label))
    # the blocked request collected nothing (QA3 P29)
    assert [r["requests"] for r in store.label_issue_rows()] == [[e1]]


def test_a_recording_that_ended_abnormally_is_named_in_holds() -> None:
    # QA4 P9: a live capture whose proxy was killed is marked failed; what the phone sent
    # after that was not seen, so a "holds" must say so
    store = build()
    killed = store.add_capture(Capture(kind="proxy", source="p", consent=Consent.NO))
    store.add_exchanges(killed, [Exchange(ts=4, host="api.app.example", method="GET")])
    store.finish_capture(killed, "failed", "the proxy ended without closing the recording")
    claims = parse_claims(CLAIMS.replace('expect = "absent"\nwhen = { consent = false }',
                                         'expect = "absent"\nwhen = { label = "x" }')
                          + '[[claim]]\nid = "no-faces"\ndata = ["biometric.face"]\n'
                            'expect = "absent"\nwhen = { consent = false }\n', Path("c.toml"))
    run(store, AnalysisContext(claims=claims))
    row = {r["id"]: r for r in store.claim_rows()}["no-faces"]
    assert row["verdict"] == "holds"
    assert "cut short" in row["explanation"] and "without closing" in row["explanation"]


def test_an_only_claim_places_an_impossible_geoip_answer_by_the_rtt() -> None:
    # GeoIP says AU, but 3 ms from Berlin reaches only CZ, DE, DK, PL: outside the US for sure
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a", consent=Consent.NO))
    e1, e2 = store.add_exchanges(cid, [Exchange(ts=1, host="b.vendor.example"),
                                       Exchange(ts=2, host="api.app.example")])
    store.write_findings([Finding(e1, Part.BODY, "gaid", "id.advertising", Detector.KEY, 0.9,
                                  "k", "x")])
    # the app's own server checks out, so the vantage point is credible
    store.set_destinations([Destination("b.vendor.example", "192.0.2.2", country="AU",
                                        organization="B", rtt_ms=3.0, geo_plausible=False),
                            Destination("api.app.example", "192.0.2.9", country="DE",
                                        organization="App", rtt_ms=4.0, geo_plausible=True)],
                           {e1: 0, e2: 1})
    claims = parse_claims('[[claim]]\nid = "us-only"\ndata = ["id.advertising"]\n'
                          'expect = "only"\ncountries = ["US"]\n', Path("c.toml"))
    berlin = DeviceProfile(device=DeviceInfo(lat=52.52, lon=13.405))
    run(store, AnalysisContext(claims=claims, profile=berlin))
    (verdict,) = store.claim_rows()
    assert verdict["verdict"] == "violated"
    assert "can only be in CZ, DE, DK, PL" in verdict["explanation"]
    run(store, AnalysisContext(claims=claims))  # no vantage point: set aside, as before
    (verdict,) = store.claim_rows()
    assert verdict["verdict"] == "untested"


def test_a_flow_placed_by_the_rtt_inside_an_only_claims_countries_is_disclosed() -> None:
    # GeoIP says AU; 3 ms from Berlin reaches only CZ, DE, DK, PL: inside an EU-only claim
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a", consent=Consent.NO))
    e1, e2 = store.add_exchanges(cid, [Exchange(ts=1, host="b.vendor.example"),
                                       Exchange(ts=2, host="api.app.example")])
    store.write_findings([Finding(e1, Part.BODY, "gaid", "id.advertising", Detector.KEY, 0.9,
                                  "k", "x")])
    # the app's own server checks out, so the vantage point is credible
    store.set_destinations([Destination("b.vendor.example", "192.0.2.2", country="AU",
                                        organization="B", rtt_ms=3.0, geo_plausible=False),
                            Destination("api.app.example", "192.0.2.9", country="DE",
                                        organization="App", rtt_ms=4.0, geo_plausible=True)],
                           {e1: 0, e2: 1})
    claims = parse_claims('[[claim]]\nid = "eu-only"\ndata = ["id.advertising"]\n'
                          'expect = "only"\ncountries = ["EU"]\n', Path("c.toml"))
    run(store, AnalysisContext(claims=claims,
                               profile=DeviceProfile(device=DeviceInfo(lat=52.52, lon=13.405))))
    (verdict,) = store.claim_rows()
    assert verdict["verdict"] == "holds" and "can only be in CZ, DE, DK, PL" in (
        verdict["explanation"])
    (flow,) = store.flow_rows()
    assert flow["disclosure"] == "disclosed" and flow["claims"] == ["eu-only"]


def test_no_placement_when_the_vantage_point_is_not_credible() -> None:
    from analysis.enrich_rtt import Vantage
    from analysis.passes.check import _reach, credible
    berlin = Vantage("Berlin", lat=52.52, lon=13.405)
    wrong = [{"geo_plausible": False}, {"geo_plausible": False}, {"geo_plausible": True}]
    assert credible(berlin, wrong) is None  # most answers impossible: the point is wrong
    assert credible(berlin, [*wrong, {"geo_plausible": True}]) is berlin
    server = {"geo_plausible": False, "rtt_ms": 3.0}
    assert _reach(berlin, server) == frozenset({"CZ", "DE", "DK", "PL"})
    assert _reach(berlin, {**server, "cdn": True}) is None  # an edge is not the store
    assert _reach(berlin, {**server, "rtt_ms": 0.4}) is None  # a LAN middlebox, likely


def test_a_holds_names_the_request_it_could_not_fully_inspect_and_why() -> None:
    # QA15 #6: "1 more request(s) ... could not be decoded" named no request and no reason
    store = build()
    upload, = store.add_exchanges(1, [Exchange(ts=5, host="media.app.example", method="POST")])
    store.write_fields([(upload, "body", "file", "\xff\xd8\xff\xe0", '["multipart", "raw"]')])
    claims = parse_claims('app = "com.example.app"\n[[claim]]\nid = "no-health"\n'
                          'data = ["health"]\nexpect = "absent"\n', Path("c.toml"))
    run(store, AnalysisContext(claims=claims))
    (row,) = store.claim_rows()
    assert row["verdict"] == "holds"
    assert (f"1 more request(s) were not fully inspected and may hold such data: request "
            f"{upload} (part of its body kept undecoded)") in row["explanation"]
