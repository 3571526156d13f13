from __future__ import annotations

import json
from types import SimpleNamespace

from analysis.passes import AnalysisContext, decode
from analysis.store import Store


def _store(demo: SimpleNamespace) -> Store:
    from analysis.records import Capture

    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="synthetic"))
    store.add_exchanges(cap, demo.exchanges)
    return store


def test_decode_pass_writes_fields_with_paths_and_layers(demo: SimpleNamespace) -> None:
    store = _store(demo)
    counts = decode.run(store, AnalysisContext())
    assert counts["exchanges"] == 3
    rows = {(r["part"], r["path"]): r for r in store.db["fields"].rows}
    assert rows[("body", "device.gaid")]["value"] == demo.GAID
    assert json.loads(rows[("body", "device.gaid")]["layers"]) == ["gzip", "json"]
    assert rows[("query", "gaid")]["value"] == demo.GAID
    # base64 JSON inside a form value continues the path through both layers
    imei = rows[("body", "payload.device.imei")]
    assert imei["value"] == demo.IMEI
    assert json.loads(imei["layers"]) == ["form", "base64", "json"]
    assert ("cookie", "sid") in rows and ("cookie", "theme") in rows


def test_undecodable_body_is_kept_raw_and_recorded(demo: SimpleNamespace) -> None:
    store = _store(demo)
    decode.run(store, AnalysisContext())
    errors = list(store.db["errors"].rows_where("stage = 'decode'"))
    assert [e["kind"] for e in errors] == ["undecodable-body"]
    assert "application/octet-stream" in errors[0]["message"]
    assert errors[0]["count"] == 1
    raw = [r for r in store.db["fields"].rows if r["exchange_id"] == 3 and r["path"] == "$"]
    assert raw and json.loads(raw[0]["layers"]) == ["raw"]
    assert raw[0]["part"] == "body"


def test_decode_pass_is_idempotent(demo: SimpleNamespace) -> None:
    store = _store(demo)
    decode.run(store, AnalysisContext())
    first = store.count("fields")
    decode.run(store, AnalysisContext())
    assert store.count("fields") == first
    assert store.db["errors"].count_where("stage = 'decode'") == 1


def test_a_body_cut_by_the_capture_is_reported_as_cut() -> None:
    from analysis.records import Capture, Exchange

    full = json.dumps({"imei": "490154203237518", "pad": "x" * 5000}).encode()
    store = Store.memory()
    cap = store.add_capture(Capture(kind="proxy", source="synthetic"))
    store.add_exchanges(cap, [Exchange(
        ts=1.0, method="POST", url="https://api.example.test/big",
        request_headers=(("content-type", "application/json"),), request_body=full[:1000],
        request_body_size=len(full), request_truncated=True)])
    decode.run(store, AnalysisContext())
    rows = {r["path"]: r for r in store.db["fields"].rows if r["part"] == "body"}
    assert rows["imei"]["value"] == "490154203237518"
    errors = list(store.db["errors"].rows_where("stage = 'decode'"))
    assert [e["kind"] for e in errors] == ["truncated"]
    assert errors[0]["message"].startswith(f"body cut at 1,000 of {len(full):,} bytes")
