"""Requests that never reached a server (QA3 P29): an errors row names them, their findings
carry a party from the contract's vocabulary, and an absent claim on them alone is untested."""

from __future__ import annotations

from pathlib import Path

from analysis.claims import parse_claims
from analysis.passes import AnalysisContext, check, enrich
from analysis.records import Capture, Detector, Exchange, Finding, Part
from analysis.report.data import build_report
from analysis.store import Store

CLAIMS = """
app = "com.example.app"
[[claim]]
id = "no-ad-id"
data = ["id.advertising"]
expect = "absent"
"""


def test_a_request_that_got_no_response_is_named_and_not_judged() -> None:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="mitm", source="s.mitm", app="com.example.app"))
    ex, = store.add_exchanges(cap, [Exchange(
        ts=1, method="POST", url="http://127.0.0.1:18099/unreachable", host="127.0.0.1",
        server_port=18099, error="Connect call failed ('127.0.0.1', 18099)")])
    store.write_findings([Finding(ex, Part.BODY, "gaid", "id.advertising",
                                  Detector.GROUND_TRUTH, 1.0, "profile", "6c2f")])
    ctx = AnalysisContext(claims=parse_claims(CLAIMS, Path("c.toml")))
    enrich.run(store, ctx)
    check.run(store, ctx)
    doc = build_report(store)
    assert [f["party"] for f in doc["findings"]] == ["unknown"]
    # it contacted no one: no destination (QA4 P3)
    assert doc["destinations"] == []
    rows = [e for e in doc["errors"] if e["kind"] == "no-response"]
    assert len(rows) == 1 and rows[0]["count"] == 1 and rows[0]["source"] == "s.mitm"
    assert rows[0]["message"].startswith("1 request(s) got no response: Connect call failed")
    claim, = doc["claims"]
    assert claim["verdict"] == "untested"
    assert "fully inspected" not in claim["explanation"]


def test_an_unreached_request_to_a_named_third_party_host_reads_third() -> None:
    # QA4 P13: no destination, but the report's party agrees with the claims' recipients
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="s.har", app="com.example.app"))
    ex, = store.add_exchanges(cap, [Exchange(
        ts=1, method="GET", url="https://ads.blockme.example/x?gaid=6c2f",
        host="ads.blockme.example", error="net::ERR_BLOCKED_BY_CLIENT")])
    store.write_findings([Finding(ex, Part.QUERY, "gaid", "id.advertising",
                                  Detector.GROUND_TRUTH, 1.0, "profile", "6c2f")])
    ctx = AnalysisContext(claims=parse_claims(CLAIMS.replace(
        'app = "com.example.app"', 'app = "com.example.app"\nfirst_party = ["app.example"]'),
        Path("c.toml")))
    enrich.run(store, ctx)
    check.run(store, ctx)
    doc = build_report(store)
    assert doc["destinations"] == [] and [f["party"] for f in doc["findings"]] == ["third"]
