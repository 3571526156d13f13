"""HAR 1.2 import: spec fields, real-world variants, broken entries and broken files."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path
from typing import Any

import pytest

from analysis.ingest import CaptureMeta, ingest
from analysis.records import Exchange, ExchangeKind, ReadError
from analysis.sources.base import SourceError, SourceOptions
from analysis.sources.har import read

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "har"


def entry(**over: Any) -> dict[str, Any]:
    e: dict[str, Any] = {
        "startedDateTime": "2026-01-02T03:04:05.250Z",
        "time": 120,
        "request": {"method": "POST", "url": "https://api.example.com:8443/v1/x?a=1",
                    "httpVersion": "HTTP/2", "headers": [{"name": "X-Id", "value": "42"}],
                    "postData": {"mimeType": "application/json", "text": "{\"k\": 1}"}},
        "response": {"status": 200, "headers": [],
                     "content": {"text": base64.b64encode(b"\x00\x01").decode(),
                                 "encoding": "base64", "mimeType": "application/octet-stream"}},
        "serverIPAddress": "[::ffff:192.0.2.7]",
        "timings": {"connect": 12.5, "ssl": -1},
    }
    e.update(over)
    return e


def write(tmp_path: Path, entries: list[Any], name: str = "s.har") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


def test_entry_becomes_an_exchange(tmp_path: Path) -> None:
    (ex,) = list(read(write(tmp_path, [entry()]), SourceOptions()))
    assert isinstance(ex, Exchange)
    assert ex.ts == pytest.approx(1767323045.25)
    assert ex.ts_end == pytest.approx(1767323045.37)
    assert (ex.method, ex.host, ex.server_port) == ("POST", "api.example.com", 8443)
    assert ex.url == "https://api.example.com:8443/v1/x?a=1"
    assert ex.server_ip == "192.0.2.7"  # IPv4-mapped and bracketed, normalised
    assert ex.request_headers == (("X-Id", "42"), ("Content-Type", "application/json"))
    assert ex.request_body == b'{"k": 1}' and ex.request_body_size == 8
    assert ex.response_body == b"\x00\x01"
    assert ex.connect_ms == 12.5 and ex.tls_ms is None
    assert ex.status == 200 and ex.error is None


def test_params_only_post_body_bounded_body_and_no_response(tmp_path: Path) -> None:
    e = entry(response={"status": 0, "content": {}})
    e["request"]["postData"] = {"mimeType": "application/x-www-form-urlencoded",
                                "params": [{"name": "a", "value": "1 2"}, {"name": "b"}]}
    (ex,) = list(read(write(tmp_path, [e]), SourceOptions()))
    assert ex.request_body == b"a=1+2&b="
    assert ex.status is None and ex.error == "no response recorded"
    big = entry()
    big["request"]["postData"]["text"] = "x" * 100
    (ex,) = list(read(write(tmp_path, [big]), SourceOptions(max_body=10)))
    assert ex.request_body == b"x" * 10 and ex.request_truncated and ex.request_body_size == 100


def test_websocket_messages(tmp_path: Path) -> None:
    e = entry(_webSocketMessages=[{"type": "send", "time": 1767323046.0, "opcode": 1,
                                   "data": "{\"gaid\": \"x\"}"},
                                  {"type": "receive", "time": 1767323047.0, "data": "ok"}])
    items = list(read(write(tmp_path, [e]), SourceOptions()))
    ws = [i for i in items if isinstance(i, Exchange) and i.kind == ExchangeKind.WEBSOCKET]
    assert [w.direction for w in ws] == ["up", "down"]
    assert ws[0].request_body == b'{"gaid": "x"}' and ws[0].ts == 1767323046.0


def test_broken_entries_are_recorded_not_dropped(tmp_path: Path) -> None:
    items = list(read(write(tmp_path, [entry(), "junk", {"request": {}}, entry(
        startedDateTime="yesterday")]), SourceOptions()))
    exchanges = [i for i in items if isinstance(i, Exchange)]
    # the undated entry is kept with the time of the entry before it
    assert len(exchanges) == 2 and exchanges[1].ts == exchanges[0].ts
    errors: dict[str, int] = {}
    for i in items:
        if isinstance(i, ReadError):
            errors[i.kind] = errors.get(i.kind, 0) + i.count
    assert errors == {"malformed-entry": 2, "missing-timestamp": 1}


def test_first_entry_without_time_uses_the_page_start(tmp_path: Path) -> None:
    path = tmp_path / "p.har"
    path.write_text(json.dumps({"log": {
        "pages": [{"startedDateTime": "2026-01-02T03:04:00Z", "id": "p"}],
        "entries": [entry(startedDateTime=None)]}}))
    (ex, err) = list(read(path, SourceOptions()))
    assert isinstance(ex, Exchange) and ex.ts == pytest.approx(1767323040.0)
    assert isinstance(err, ReadError) and err.kind == "missing-timestamp"


def test_bom_and_zlib_compressed(tmp_path: Path) -> None:
    doc = json.dumps({"log": {"entries": [entry()]}}).encode()
    bom = tmp_path / "bom.har"
    bom.write_bytes(b"\xef\xbb\xbf" + doc)
    zhar = tmp_path / "flows.zhar"
    zhar.write_bytes(zlib.compress(doc))
    for path in (bom, zhar):
        assert len(list(read(path, SourceOptions()))) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [(b'{"log": {"entries": [', "is not valid JSON"),
     (b'{"version": 1}', "no top-level \"log\""),
     (b'{"log": {"entries": 3}}', "without a \"log.entries\" list")],
)
def test_not_har_raises_source_error_naming_the_file(tmp_path: Path, content: bytes,
                                                     message: str) -> None:
    path = tmp_path / "bad.har"
    path.write_bytes(content)
    with pytest.raises(SourceError) as err:
        list(read(path, SourceOptions()))
    assert str(path) in str(err.value) and message in str(err.value)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_every_corpus_har_imports_or_fails_clearly() -> None:
    from analysis.store import Store

    imported = 0
    for path in sorted(CORPUS.iterdir()):
        store = Store.memory()
        (result,) = ingest(store, [path], CaptureMeta())
        if result.status == "failed":
            assert path.name in result.errors[-1]
            continue
        assert result.counts.get("exchanges", 0) > 0, path
        imported += 1
    assert imported >= 20


def test_time_without_zone_is_utc_whatever_the_machine(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import time as _time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    _time.tzset()
    try:
        items = list(read(write(tmp_path, [entry(startedDateTime="2026-01-02T03:04:05.25")]),
                          SourceOptions()))
    finally:
        monkeypatch.delenv("TZ")
        _time.tzset()
    ex = next(i for i in items if isinstance(i, Exchange))
    assert ex.ts == pytest.approx(1767323045.25)
    assert any(isinstance(i, ReadError) and i.kind == "timezone" for i in items)


def test_utf16_and_cp1252_hars_are_read(tmp_path: Path) -> None:
    doc = json.dumps({"log": {"entries": [entry()]}}, ensure_ascii=False)
    utf16 = tmp_path / "u16.har"
    utf16.write_bytes(doc.encode("utf-16"))  # with its BOM
    latin = tmp_path / "latin.har"
    latin.write_bytes(doc.replace("api.example.com", "api.example.com/München").encode("cp1252"))
    from analysis.sources.detect import detect

    for path in (utf16, latin):
        assert detect(path) == "har"
        items = list(read(path, SourceOptions()))
        assert sum(isinstance(i, Exchange) for i in items) == 1
    notes = [i for i in read(latin, SourceOptions()) if isinstance(i, ReadError)]
    assert notes and notes[0].kind == "encoding" and "Windows-1252" in notes[0].message


def test_binary_websocket_messages_are_base64_decoded(tmp_path: Path) -> None:
    payload = bytes([0x81, 0xA4]) + b"gaid"  # msgpack-ish bytes, not valid UTF-8
    e = entry(_webSocketMessages=[{"type": "send", "time": 1767323046.0, "opcode": 2,
                                   "data": base64.b64encode(payload).decode()}])
    ws = [i for i in read(write(tmp_path, [e]), SourceOptions())
          if isinstance(i, Exchange) and i.kind == ExchangeKind.WEBSOCKET]
    assert ws[0].request_body == payload


def test_post_mime_type_restores_a_missing_content_type(tmp_path: Path) -> None:
    e = entry()
    e["request"]["postData"]["mimeType"] = "application/x-www-form-urlencoded; charset=ISO-8859-1"
    (ex,) = [i for i in read(write(tmp_path, [e]), SourceOptions()) if isinstance(i, Exchange)]
    assert ("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1") \
        in ex.request_headers
    e["request"]["headers"].append({"name": "content-type", "value": "application/json"})
    (ex,) = [i for i in read(write(tmp_path, [e]), SourceOptions()) if isinstance(i, Exchange)]
    assert [v for k, v in ex.request_headers if k.lower() == "content-type"] == [
        "application/json"]


@pytest.mark.parametrize(("creator", "connect"), [
    ("WebInspector", 4.5),  # Chrome follows HAR 1.2: connect includes ssl, taken off
    ("Firefox", 4.5),
    ("mitmproxy", 12.5),  # mitmproxy's connect ends at TCP setup: kept as written
    (None, 12.5),  # unknown writer: the larger, lenient figure
])
def test_connect_time_without_the_tls_handshake(tmp_path: Path, creator: str | None,
                                                connect: float) -> None:
    log: dict[str, Any] = {"version": "1.2",
                           "entries": [entry(timings={"connect": 12.5, "ssl": 8.0})]}
    if creator:
        log["creator"] = {"name": creator, "version": "1"}
    path = tmp_path / "t.har"
    path.write_text(json.dumps({"log": log}))
    (ex,) = list(read(path, SourceOptions()))
    assert isinstance(ex, Exchange)
    assert ex.connect_ms == connect and ex.tls_ms == 8.0


def test_a_request_cookies_list_without_a_cookie_header_becomes_one(tmp_path: Path) -> None:
    # QA66: an exporter kept the session cookie in request.cookies only
    request = dict(entry()["request"], cookies=[{"name": "vv_sess", "value": "s3cr3t-abc"},
                                                {"name": "lang", "value": "pt-BR"}])
    (ex,) = list(read(write(tmp_path, [entry(request=request)]), SourceOptions()))
    assert isinstance(ex, Exchange)
    assert ("Cookie", "vv_sess=s3cr3t-abc; lang=pt-BR") in ex.request_headers
    # ...and when the header is there, it is the one sent
    headers = [{"name": "Cookie", "value": "vv_sess=s3cr3t-abc"}]
    request = dict(request, headers=headers)
    (ex,) = list(read(write(tmp_path, [entry(request=request)]), SourceOptions()))
    assert isinstance(ex, Exchange)
    assert [v for k, v in ex.request_headers if k == "Cookie"] == ["vv_sess=s3cr3t-abc"]


def test_an_empty_cookie_header_and_odd_cookie_items(tmp_path: Path) -> None:
    # QA67: an empty Cookie header left the list unread; a cookie without a value became "None"
    request = dict(entry()["request"], headers=[{"name": "Cookie", "value": ""}],
                   cookies=[{"name": "vv_sess", "value": "s3cr3t-abc"}, {"name": "a"},
                            {"name": 5, "value": 7}, "junk"])
    (ex,) = list(read(write(tmp_path, [entry(request=request)]), SourceOptions()))
    assert isinstance(ex, Exchange)
    assert [v for k, v in ex.request_headers if k == "Cookie"] == ["vv_sess=s3cr3t-abc; a="]


def test_an_upload_whose_file_the_export_left_out_is_said_so(tmp_path: Path) -> None:
    # QA76: Chrome's HAR gives a multipart upload as params with a fileName and no bytes
    e = entry(request={"method": "POST", "url": "https://api.example.com/v1/utterances",
                       "headers": [], "postData": {
                           "mimeType": "multipart/form-data; boundary=x",
                           "params": [{"name": "lesson", "value": "de-a1-07"},
                                      {"name": "audio", "fileName": "utt_0007.wav",
                                       "contentType": "audio/wav"}]}})
    items = list(read(write(tmp_path, [e, entry()]), SourceOptions()))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [(r.kind, r.count) for r in errors] == [("file-left-out", 1)]
    assert "audio=utt_0007.wav" in errors[0].message
    assert "https://api.example.com/v1/utterances" in errors[0].message
    assert len([i for i in items if isinstance(i, Exchange)]) == 2
