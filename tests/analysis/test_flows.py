"""Flows (report.json ``flows``): which requests make them, where their servers are, whose
policy judges them. Built in a real in-memory study and run through the check pass."""

from __future__ import annotations

from pathlib import Path

from analysis.claims import parse_claims
from analysis.passes import AnalysisContext
from analysis.passes.check import run
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Capture, Consent, Destination, Detector, Exchange, Finding, Part
from analysis.report.data import build_report
from analysis.store import Store

BERLIN = DeviceProfile(device=DeviceInfo(lat=52.52, lon=13.405))
US_ONLY = parse_claims('app = "com.example.app"\n[[claim]]\nid = "ids-us"\ndata = ["id"]\n'
                       'expect = "only"\ncountries = ["US"]\n', Path("c.toml"))


def _placed_study() -> Store:
    """GeoIP says US for b.vendor.example, but 3 ms from Berlin reaches only CZ, DE, DK, PL;
    the app's own server checks out, so the vantage point is credible."""
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a", consent=Consent.NO))
    e1, e2 = store.add_exchanges(cid, [Exchange(ts=1, host="b.vendor.example"),
                                       Exchange(ts=2, host="api.app.example")])
    store.write_findings([Finding(e, Part.BODY, "uid", "id.user", Detector.KEY, 0.9, "k", "x")
                          for e in (e1, e2)])
    store.set_destinations([Destination("b.vendor.example", "192.0.2.2", country="US",
                                        organization="B", rtt_ms=3.0, geo_plausible=False),
                            Destination("api.app.example", "192.0.2.9", country="DE",
                                        organization="App", rtt_ms=4.0, geo_plausible=True)],
                           {e1: 0, e2: 1})
    return store


def test_a_flow_placed_by_the_rtt_has_the_claims_placement_not_the_impossible_geoip() -> None:
    # QA15 #11: the flow read US while the claim said "one of CZ, DE, DK, PL"
    store = _placed_study()
    run(store, AnalysisContext(claims=US_ONLY, profile=BERLIN))
    (verdict,) = store.claim_rows()
    assert verdict["verdict"] == "violated"
    assert "one of CZ, DE, DK, PL" in verdict["explanation"]
    flows = {f["organization"]: f for f in build_report(store)["flows"]}
    placed = flows["B"]
    assert placed["country"] is None  # no single country: the list says which it can be
    assert placed["placed_in"] == ["CZ", "DE", "DK", "PL"]
    assert placed["disclosure"] == "contradicted" and placed["claims"] == ["ids-us"]
    assert flows["App"]["country"] == "DE" and flows["App"]["placed_in"] is None


def test_a_flow_placed_in_one_country_takes_that_country() -> None:
    store = _placed_study()
    with store.db.conn:  # 2 ms from Madrid: within 200 km, Spain alone
        store.db.execute("update destinations set rtt_ms = 2.0 where host = 'b.vendor.example'")
    madrid = DeviceProfile(device=DeviceInfo(lat=40.4168, lon=-3.7038))
    run(store, AnalysisContext(claims=US_ONLY, profile=madrid))
    flow = next(f for f in store.flow_rows() if f["organization"] == "B")
    assert flow["country"] == "ES" and flow["placed_in"] == ["ES"]


def test_a_cdn_edges_impossible_geoip_country_is_no_flows_country() -> None:
    # QA55, QA57: the claim set a CDN edge aside (where an edge answers is not where data is
    # stored, so the RTT places nothing), but its flow still read GeoIP's impossible country
    store = _placed_study()
    with store.db.conn:
        store.db.execute("update destinations set cdn = 1 where host = 'b.vendor.example'")
    run(store, AnalysisContext(claims=US_ONLY, profile=BERLIN))
    flows = {f["organization"]: f for f in build_report(store)["flows"]}
    assert flows["B"]["country"] is None and flows["B"]["placed_in"] is None
    assert flows["App"]["country"] == "DE"


def test_without_placement_the_flow_keeps_geoip_and_says_nothing_was_placed() -> None:
    # no vantage point, so the check placed nothing: the flow says what the destination says
    store = _placed_study()
    run(store, AnalysisContext(claims=US_ONLY))
    flow = next(f for f in build_report(store)["flows"] if f["organization"] == "B")
    assert flow["country"] == "US" and flow["placed_in"] is None


APP_CLAIMS = parse_claims('''
app = "com.example.app"
first_party = ["app.example"]
[[claim]]
id = "anything"
data = ["*"]
expect = "allowed"
[[claim]]
id = "no-faces-without-consent"
data = ["biometric"]
expect = "absent"
when = { consent = false }
''', Path("c.toml"))


def _two_apps() -> tuple[Store, dict[str, int]]:
    """This app and another one send faces to the same vendor; the other app also talks to its
    own server, and a whole-phone capture names a third app per packet (PCAPdroid)."""
    store = Store.memory()
    mine = store.add_capture(Capture(kind="har", source="a", app="com.example.app",
                                     consent=Consent.NO))
    other = store.add_capture(Capture(kind="har", source="b", app="com.example.otherapp",
                                      consent=Consent.NO))
    phone = store.add_capture(Capture(kind="har", source="c", consent=Consent.NO))
    face, = store.add_exchanges(mine, [Exchange(ts=1, host="vision.facelab.example")])
    other_face, own = store.add_exchanges(other, [Exchange(ts=2, host="vision.facelab.example"),
                                                  Exchange(ts=3, host="api.otherapp.example")])
    no_app, packet = store.add_exchanges(phone, [
        Exchange(ts=4, host="api.app.example"),
        Exchange(ts=5, host="api.third.example", app="com.example.third")])
    ids = {"face": face, "other_face": other_face, "own": own, "no_app": no_app,
           "packet": packet}
    store.write_findings([
        Finding(face, Part.BODY, "face", "biometric.face", Detector.STRUCTURE, 0.9, "s", "[..]"),
        Finding(other_face, Part.BODY, "face", "biometric.face", Detector.STRUCTURE, 0.9, "s",
                "[..]"),
        Finding(own, Part.BODY, "gaid", "id.advertising", Detector.KEY, 0.9, "k", "x"),
        Finding(no_app, Part.BODY, "uid", "id.user", Detector.KEY, 0.9, "k", "x"),
        Finding(packet, Part.BODY, "uid", "id.user", Detector.KEY, 0.9, "k", "x")])
    store.set_destinations([
        Destination("vision.facelab.example", "192.0.2.1", country="SG", organization="FaceLab"),
        Destination("api.otherapp.example", "192.0.2.2", country="US", organization="Other"),
        Destination("api.app.example", "192.0.2.3", country="DE", organization="App"),
        Destination("api.third.example", "192.0.2.4", country="FR", organization="Third")],
        {face: 0, other_face: 0, own: 1, no_app: 2, packet: 3})
    return store, ids


def test_flows_leave_out_other_apps_captures() -> None:
    # QA15 #5: a claims file never applies to another app's captures, nor do its flows
    store, ids = _two_apps()
    run(store, AnalysisContext(claims=APP_CLAIMS))
    report = build_report(store)
    flows = {(f["category"], f["organization"]): f for f in report["flows"]}
    face = flows[("biometric.face", "FaceLab")]
    assert face["requests"] == [ids["face"]] and face["capture_ids"] == [1]
    assert face["disclosure"] == "contradicted"
    assert flows[("id.user", "App")]["disclosure"] == "vague"  # a capture with no app is its
    assert set(flows) == {("biometric.face", "FaceLab"), ("id.user", "App")}
    left = report["summary"]["flows_left_out"]
    assert left == {"apps": ["com.example.otherapp", "com.example.third"], "requests": 3,
                    "flows": 3}
    assert "not judged against com.example.app" in render_flows(report)


def test_without_an_app_in_the_claims_file_every_capture_makes_flows() -> None:
    store, _ids = _two_apps()
    run(store, AnalysisContext())
    report = build_report(store)
    assert len(report["flows"]) == 4 and {f["disclosure"] for f in report["flows"]} == {
        "omitted"}
    assert report["summary"]["flows_left_out"] is None


def test_a_claim_naming_another_app_takes_its_captures_in() -> None:
    store, ids = _two_apps()
    claims = parse_claims('app = "com.example.app"\n[[claim]]\nid = "other-faces"\n'
                          'data = ["biometric.face"]\nexpect = "allowed"\n'
                          'when = { app = "com.example.otherapp" }\n', Path("c.toml"))
    run(store, AnalysisContext(claims=claims))
    face = next(f for f in store.flow_rows() if f["category"] == "biometric.face")
    assert face["requests"] == [ids["face"], ids["other_face"]]
    assert face["disclosure"] == "disclosed" and face["claims"] == ["other-faces"]


def render_flows(report: dict[str, object]) -> str:
    from analysis.report.htmltables import flows_section
    return flows_section(report)
