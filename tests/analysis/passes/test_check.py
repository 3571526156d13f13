"""The check pass on a study in a real (in-memory) database: verdicts and disclosure flows."""

from __future__ import annotations

from pathlib import Path

from analysis.claims import parse_claims
from analysis.passes import AnalysisContext
from analysis.passes.check import run
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
