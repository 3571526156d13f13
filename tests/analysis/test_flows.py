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


def test_without_placement_the_flow_keeps_geoip_and_says_nothing_was_placed() -> None:
    # no vantage point, so the check placed nothing: the flow says what the destination says
    store = _placed_study()
    run(store, AnalysisContext(claims=US_ONLY))
    flow = next(f for f in build_report(store)["flows"] if f["organization"] == "B")
    assert flow["country"] == "US" and flow["placed_in"] is None
