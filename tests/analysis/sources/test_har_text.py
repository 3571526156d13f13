"""A HAR body's bytes from its text (sources/har_text.py): a real mitmproxy ``savehar`` export
of binary request bodies (msgpack, a multipart upload with a JPEG) read back byte for byte, and
another exporter's text left as UTF-8 unless it is Latin-1-decoded binary."""

from __future__ import annotations

import json
from pathlib import Path

import msgpack
from mitmproxy.addons.savehar import SaveHar
from mitmproxy.test import tflow

from analysis.records import Exchange
from analysis.sources.base import SourceOptions
from analysis.sources.har import read
from analysis.sources.har_text import text_bytes

PACKED = msgpack.packb({"nimewo": "4921817412347417", "montan": 350.0, "lajan": "XCD"})
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
MULTIPART = (b"--b\r\nContent-Disposition: form-data; name=\"poitrait\"; filename=\"p.jpg\"\r\n"
             b"Content-Type: image/jpeg\r\n\r\n" + JPEG + b"\r\n--b--\r\n")


def _flow(body: bytes, content_type: str) -> object:
    f = tflow.tflow(resp=True)
    f.request.method = "POST"
    f.request.headers["content-type"] = content_type
    f.request.content = body
    return f


def test_a_mitmproxy_export_of_binary_bodies_is_read_back_byte_for_byte(tmp_path: Path) -> None:
    flows = [_flow(PACKED, "application/msgpack"),
             _flow(MULTIPART, "multipart/form-data; boundary=b"),
             _flow(b"{\"naem\": \"Ingrid Jamieson\"}", "application/json")]
    har = SaveHar().make_har(flows)
    assert har["log"]["creator"]["name"] == "mitmproxy"
    path = tmp_path / "s.har"
    path.write_text(json.dumps(har))
    bodies = [x.request_body for x in read(path, SourceOptions()) if isinstance(x, Exchange)]
    assert bodies == [PACKED, MULTIPART, b"{\"naem\": \"Ingrid Jamieson\"}"]


def test_another_exporters_text_is_utf8_unless_it_is_latin1_decoded_binary() -> None:
    assert text_bytes("café", "multipart/form-data; boundary=b", False) == "café".encode()
    assert text_bytes("café", "text/plain", False) == "café".encode()
    latin = PACKED.decode("latin-1")
    assert text_bytes(latin, "application/msgpack", False) == PACKED
    assert text_bytes(latin, "application/json", False) != PACKED  # (JSON is UTF-8 text)
    # ...and mitmproxy's own: the charset it decoded with, Latin-1 by default
    assert text_bytes("caf\u00c3\u00a9", "text/plain", True) == "café".encode()
    assert text_bytes("café", "text/plain; charset=utf-8", True) == "café".encode()
