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


def _one(exchange: object) -> Store:
    from analysis.records import Capture, Exchange

    assert isinstance(exchange, Exchange)
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="synthetic"))
    store.add_exchanges(cap, [exchange])
    return store


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4 + b"\xff\xd9"


def test_a_binary_part_kept_raw_is_named_in_errors_with_why() -> None:
    # QA15 #6: a photo upload's JPEG part was kept raw (the request counted as partly
    # undecoded by every holds) with no errors row naming it
    from analysis.records import Exchange

    body = (b'--XyZ\r\nContent-Disposition: form-data; name="caption"\r\n\r\nat the lake\r\n'
            b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\n'
            b"Content-Type: image/jpeg\r\n\r\n" + JPEG + b"\r\n--XyZ--\r\n")
    store = _one(Exchange(ts=1.0, method="POST", url="https://media.app.example/uploads",
                          request_headers=(("content-type", "multipart/form-data; boundary=XyZ"),),
                          request_body=body))
    decode.run(store, AnalysisContext())
    assert set(store.partly_inspected()) == {1}
    (error,) = store.db["errors"].rows_where("stage = 'decode'")
    assert error["kind"] == "kept-raw" and error["source"] == "exchanges 1"
    assert "body part 'file' is a JPEG image" in error["message"]
    assert "EXIF" in error["message"]


def test_a_body_cut_short_that_still_decodes_is_named_as_cut() -> None:
    # a form body cut by --max-body decodes without a complaint, yet it is only partly seen
    from analysis.records import Exchange

    store = _one(Exchange(ts=1.0, method="POST", url="https://api.app.example/f",
                          request_headers=(("content-type",
                                            "application/x-www-form-urlencoded"),),
                          request_body=b"a=1&b=2", request_body_size=9000,
                          request_truncated=True))
    decode.run(store, AnalysisContext())
    assert set(store.partly_inspected()) == {1}
    (error,) = store.db["errors"].rows_where("stage = 'decode'")
    assert error["kind"] == "truncated" and error["source"] == "exchanges 1"
    assert error["message"].startswith("body cut at 7 of 9,000 bytes")


def test_a_recording_sent_as_the_whole_body_is_kept_raw_as_a_recording() -> None:
    # QA79: a WAV upload got "binary body no decoder understands" beside its content.media
    from analysis.records import Exchange

    wav = b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(range(256)) * 8
    store = _one(Exchange(ts=1.0, method="PUT", url="https://api.kids.example/v1/recordings/r1",
                          request_headers=(("content-type", "audio/wav"),), request_body=wav))
    decode.run(store, AnalysisContext())
    (error,) = store.db["errors"].rows_where("stage = 'decode'")
    assert error["kind"] == "kept-raw"
    assert "a WAV recording, kept as is" in error["message"]
    # (named as the body, not by its path "$": QA187)
    assert error["message"].startswith("the body is a WAV recording")
