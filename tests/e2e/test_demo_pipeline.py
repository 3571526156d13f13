"""End to end on the bundled demo, as a user runs it: ingest -> analyze -> report through the
command line, then report.json checked against DESIGN.md's contract field by field, and the
demo's known content checked against the verdicts."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from analysis.taxonomy import CATEGORIES

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "captures" / "demo"
DEVICE = tomllib.loads((DEMO / "device.toml").read_text())

DESTINATION_KEYS = {"host", "ip", "port", "country", "registered_country", "asn", "as_org",
                    "organization", "party", "cdn", "rtt_ms", "geo_plausible", "requests",
                    "bytes_up", "bytes_down", "categories"}
FINDING_KEYS = {"request_id", "capture_id", "ts", "method", "url", "host", "ip", "country",
                "part", "path", "category", "detector", "transform", "confidence",
                "value_preview"}


def run(*args: str | Path) -> str:
    result = subprocess.run([sys.executable, "-m", "analysis.cli", *map(str, args)],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("demo")
    db = tmp / "study.db"
    manifest = tomllib.loads((DEMO / "demo.toml").read_text())
    for session in manifest["session"]:
        run("ingest", *(DEMO / f for f in session["files"]), "--db", db,
            "--app", manifest["app"], "--label", session["label"],
            "--consent", session["consent"])
    run("analyze", "--db", db, "--device", DEMO / "device.toml", "--claims",
        DEMO / "claims.toml")
    out = tmp / "report"
    run("report", "--db", db, "--out", out)
    assert (out / "index.html").stat().st_size > 1000
    return json.loads((out / "report.json").read_text())  # type: ignore[no-any-return]


def test_schema_and_study(report: dict[str, Any]) -> None:
    assert report["schema"] == "phonehome.report/1"
    captures = report["study"]["captures"]
    assert [c["kind"] for c in captures] == ["har", "har", "pcap"]
    for c in captures:
        assert {"id", "kind", "source", "app", "label", "consent"} <= c.keys()
        assert isinstance(c["id"], int) and c["app"] == "com.example.clipshare"
        assert c["consent"] in {"yes", "no", "unknown"}
    assert {c["label"]: c["consent"] for c in captures} == {"consent": "yes", "noconsent": "no"}
    # each pass that applies rules records their versions and hashes (DESIGN.md "runs")
    classify = [r for r in report["study"]["runs"] if r["pass"] == "classify"][-1]
    assert set(classify["params"]["rules"]) == {"keys.toml", "structures.toml",
                                                "calling_codes.toml", "health_words.toml",
                                                "lexicon.toml"}
    assert all(" sha256:" in v for v in classify["params"]["rules"].values())


def test_geo_databases(report: dict[str, Any]) -> None:
    dbs = report["geo_databases"]
    assert dbs, "the embedded GeoIP databases must be listed"
    for d in dbs:
        assert {"kind", "name", "build_date", "license"} <= d.keys()
        assert d["name"] and d["license"] and d["build_date"]


def test_destinations(report: dict[str, Any]) -> None:
    dests = report["destinations"]
    by_host = {d["host"]: d for d in dests}
    for d in dests:
        assert d.keys() >= DESTINATION_KEYS
        assert d["party"] in {"first", "third", "unknown"}
        assert d["geo_plausible"] in {True, False, None}
        assert isinstance(d["cdn"], bool)
        assert d["country"] is None or (len(d["country"]) == 2 and d["country"].isupper())
        assert set(d["categories"]) <= CATEGORIES.keys()
        assert all(isinstance(d[k], int) for k in ("requests", "bytes_up", "bytes_down"))
    # seen only at the transport level (TLS SNI in the pcap): counts as a destination
    assert "pins.clipshare.example" in by_host
    assert by_host["pins.clipshare.example"]["requests"] == 0
    assert by_host["api.clipshare.example"]["party"] == "first"
    assert by_host["api.clipshare.example"]["country"] == "US"
    assert by_host["upload.clipshare.example"]["country"] == "SG"
    assert by_host["metrics.sparrowanalytics.example"]["country"] == "DE"
    assert by_host["metrics.sparrowanalytics.example"]["party"] != "first"
    assert by_host["ads.adnimbus.example"]["country"] == "FR"
    assert by_host["api.clipshare.example"]["asn"] is not None
    # the planted impossible answer: 3 ms from New York to a server geolocated in Australia
    edge = by_host["edge.clipshare.example"]
    assert edge["country"] == "AU" and edge["rtt_ms"] is not None and edge["rtt_ms"] <= 5
    assert edge["geo_plausible"] is False
    assert by_host["metrics.sparrowanalytics.example"]["geo_plausible"] is True


def test_findings(report: dict[str, Any]) -> None:
    findings = report["findings"]
    assert findings
    for f in findings:
        assert f.keys() >= FINDING_KEYS
        assert f["part"] in {"url", "query", "header", "cookie", "body"}
        assert f["detector"] in {"ground_truth", "key", "value", "structure"}
        assert f["category"] in CATEGORIES
        assert 0 <= f["confidence"] <= 1
        assert isinstance(f["ts"], float) and f["ts"] > 1.7e9
        assert f["url"].startswith(("http://", "https://"))
    cats = {f["category"] for f in findings}
    assert {"id.advertising", "id.device", "biometric.face", "biometric.voice",
            "behavior.keystroke", "location.precise", "location.carrier", "location.ip",
            "contact.email"} <= cats
    # identifier values are masked unless --show-values
    dump = json.dumps(findings)
    for secret in (DEVICE["identifiers"]["advertising_id"], DEVICE["identifiers"]["imei"],
                   DEVICE["contact"]["email"]):
        assert secret not in dump
    # the advertising ID inside the base64-wrapped analytics batch is found, path continues
    gaid = [f for f in findings if f["category"] == "id.advertising"
            and f["host"] == "metrics.sparrowanalytics.example"]
    assert any(f["path"].startswith("payload.") for f in gaid)
    # the MD5 of the IMEI sent to the ad server is recognised with its transform
    assert any(f["category"] == "id.hardware" and f["transform"] == "md5" for f in findings)
    # event ids and timestamps are not identifiers
    assert not any(f["path"].endswith(("event_id", ".ts")) for f in findings
                   if f["category"].startswith("id."))


def test_claims(report: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in report["claims"]}
    request_ids = {f["request_id"] for f in report["findings"]}
    for c in claims.values():
        assert {"id", "text", "verdict", "explanation", "evidence"} <= c.keys()
        assert c["verdict"] in {"holds", "violated", "untested"} and c["explanation"]
        if c["verdict"] == "violated":
            assert c["evidence"] and set(c["evidence"]) <= request_ids
    verdicts = {k: v["verdict"] for k, v in claims.items()}
    assert verdicts["biometrics-need-consent"] == "violated"
    assert verdicts["no-precise-location"] == "violated"
    assert verdicts["identifiers-stay-us-sg"] == "violated"
    assert verdicts["biometric-identifiers"] == "holds"
    assert verdicts["keystroke-patterns"] == "holds"
    assert verdicts["location-sim-ip"] == "holds"
    assert verdicts["no-health-data"] == "holds"
    assert verdicts["contacts-sync"] == "untested"
    # the consent claim's evidence is only from the session without consent
    no_consent = {c["id"] for c in report["study"]["captures"] if c["consent"] == "no"}
    evidence = set(claims["biometrics-need-consent"]["evidence"])
    assert {f["capture_id"] for f in report["findings"] if f["request_id"] in evidence} \
        <= no_consent


def test_flows_and_errors(report: dict[str, Any]) -> None:
    flows = report["flows"]
    assert flows
    for f in flows:
        assert {"category", "organization", "country", "disclosure", "claims"} <= f.keys()
        assert f["disclosure"] in {"disclosed", "vague", "omitted", "contradicted"}
    kinds = {f["disclosure"] for f in flows}
    assert {"disclosed", "contradicted"} <= kinds
    assert isinstance(report["errors"], list)
    for e in report["errors"]:
        assert e["count"] >= 1 and e["kind"]
