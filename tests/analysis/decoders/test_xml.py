"""XML bodies: element paths, attributes, repeated children, namespaces, refused DTDs."""

from __future__ import annotations

import pytest

from analysis.decoders import decode_exchange, xml_body
from analysis.decoders.base import Malformed, NotThisFormat
from analysis.records import Exchange


def _leaves(body: bytes, content_type: str = "application/xml") -> dict[str, str]:
    headers = (("content-type", content_type),) if content_type else ()
    ex = Exchange(ts=0, method="POST", url="http://h.example/x", request_headers=headers,
                  request_body=body)
    return {leaf.path: leaf.text for leaf in decode_exchange(ex).leaves if leaf.part == "body"}


def test_elements_attributes_and_repeats() -> None:
    leaves = _leaves(b'<ev><imei>490154203237518</imei><item a="1">x</item><item>y</item></ev>')
    assert leaves == {"ev.imei": "490154203237518", "ev.item[0].@a": "1",
                      "ev.item[0].#text": "x", "ev.item[1]": "y"}


def test_namespaces_dropped_and_sniffed_without_content_type() -> None:
    body = (b'<?xml version="1.0"?><s:Envelope xmlns:s="urn:s"><s:Body>'
            b"<email>jane@example.org</email></s:Body></s:Envelope>")
    assert _leaves(body, "") == {"Envelope.Body.email": "jane@example.org"}


def test_dtd_refused_and_bad_xml() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>')
    with pytest.raises(Malformed):
        xml_body.DECODER.decode(bomb, "application/xml")
    with pytest.raises(Malformed):
        xml_body.DECODER.decode(b"<a><b></a>", "text/xml")
    with pytest.raises(NotThisFormat):
        xml_body.DECODER.decode(b"<html><body>hi", "")
    assert xml_body.DECODER.fits(b"<html><body>hi", "text/html") == 0  # not closed: not sniffed
