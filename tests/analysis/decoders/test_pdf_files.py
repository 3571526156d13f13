"""A PDF document inside a request (QA111: a doctor's report exported as base64 in JSON, and as
a raw body): kept raw and said to be a PDF, not read as text nor as a protobuf."""

from __future__ import annotations

import base64
import json

from analysis.decoders import decode_exchange
from analysis.passes.kept_raw import missing
from analysis.records import Exchange
from analysis.store.fields import RequestSide

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + b"x" * 400 + b"\n%%EOF"


def _exchange(body: bytes, ctype: str) -> Exchange:
    return Exchange(ts=0, method="POST", url="https://a.example/v1/export",
                    request_headers=(("content-type", ctype),), request_body=body)


def test_a_pdf_in_base64_inside_json_is_kept_raw_and_said_so() -> None:
    body = json.dumps({"attachment": {"content_base64": base64.b64encode(PDF).decode()},
                       "to": "dr@example.com"}).encode()
    ex = _exchange(body, "application/json")
    decoded = decode_exchange(ex)
    leaf = next(x for x in decoded.leaves if x.path == "attachment.content_base64")
    assert leaf.layers == ("json", "base64", "raw") and decoded.raw
    side = RequestSide("http", ex.url, ex.request_headers, ex.request_body, "up", False,
                       len(body))
    assert any("PDF" in why for _, why in missing(side, decoded))


def test_a_raw_pdf_body_is_no_protobuf() -> None:
    decoded = decode_exchange(_exchange(PDF, "application/pdf"))
    assert [(x.path, x.layers) for x in decoded.leaves if str(x.part) == "body"] == [
        ("$", ("raw",))]
