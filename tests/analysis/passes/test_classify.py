from __future__ import annotations

from types import SimpleNamespace

from analysis.passes import AnalysisContext, classify
from analysis.passes.classify import findings_for_exchange
from analysis.records import Capture, Detector, Exchange
from analysis.store import Store


def _by_path(findings: list) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for f in findings:
        out.setdefault((str(f.part), f.path), set()).add(f.category)
    return out


def test_demo_telemetry_with_profile(demo: SimpleNamespace) -> None:
    found = findings_for_exchange(1, demo.exchanges[0], demo.profile)
    cats = _by_path(found)
    assert cats[("body", "device.gaid")] == {"id.advertising"}
    assert cats[("body", "device.android_id")] == {"id.device"}
    assert cats[("body", "device.imei_md5")] == {"id.hardware"}
    assert cats[("body", "geo.lat")] == {"location.precise"}
    assert cats[("body", "sim.mcc")] == {"location.carrier"}
    assert cats[("body", "client_ip")] == {"location.ip"}
    assert cats[("body", "face.embedding")] == {"biometric.face"}
    assert cats[("body", "face.landmarks")] == {"biometric.face"}
    assert cats[("body", "voice.speaker_embedding")] == {"biometric.voice"}
    assert cats[("body", "typing.events")] == {"behavior.keystroke", "content.text"}
    assert cats[("body", "events[0].name")] == {"behavior.usage"}
    assert ("body", "events[0].event_id") not in cats
    assert ("body", "events[0].ts") not in cats
    imei = next(f for f in found if f.path == "device.imei_md5")
    assert imei.detector == Detector.GROUND_TRUTH and imei.transform == "md5"
    assert "identifiers.imei" in imei.evidence


def test_demo_telemetry_without_profile(demo: SimpleNamespace) -> None:
    cats = _by_path(findings_for_exchange(1, demo.exchanges[0], None))
    assert cats[("body", "device.gaid")] == {"id.advertising"}
    assert cats[("body", "geo.lon")] == {"location.precise"}
    assert cats[("body", "client_ip")] == {"location.ip"}
    assert ("body", "events[0].event_id") not in cats


def test_nested_base64_and_query_with_profile(demo: SimpleNamespace) -> None:
    cats = _by_path(findings_for_exchange(2, demo.exchanges[1], demo.profile))
    assert cats[("query", "gaid")] == {"id.advertising"}
    assert cats[("body", "payload.device.imei")] == {"id.hardware"}
    assert cats[("cookie", "sid")] == {"secret.credential"}
    assert ("body", "event_id") not in cats


def test_classify_pass_writes_one_finding_per_slot(demo: SimpleNamespace) -> None:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="synthetic"))
    store.add_exchanges(cap, demo.exchanges)
    counts = classify.run(store, AnalysisContext(profile=demo.profile))
    rows = list(store.db["findings"].rows)
    assert counts["findings"] == len(rows) > 10
    slots = [(r["exchange_id"], r["part"], r["path"], r["category"]) for r in rows]
    assert len(slots) == len(set(slots))
    assert all(r["evidence"] for r in rows)
    classify.run(store, AnalysisContext(profile=demo.profile))
    assert store.count("findings") == len(rows)


def test_hostile_input_never_raises(demo: SimpleNamespace) -> None:
    ex = Exchange(ts=0, method="POST", url="https://x.example/%ff%fe?a=%zz&&=&b",
                  request_headers=(("Content-Type", "application/json"),
                                   ("Content-Encoding", "br"), ("Cookie", ";;=;a")),
                  request_body=b"[" * 100_000)
    assert isinstance(findings_for_exchange(1, ex, demo.profile), list)


def test_responses_and_down_messages_yield_nothing() -> None:
    from analysis.records import ExchangeKind

    ex = Exchange(ts=0, kind=ExchangeKind.WEBSOCKET, direction="down",
                  request_body=b'{"idfa": "38400000-8cf0-11bd-b23e-10b96e40000d"}')
    assert findings_for_exchange(1, ex, None) == []
