"""XML bodies (XML 1.0; SOAP envelopes, VAST ad requests, some analytics SDKs' beacons).

An element becomes a mapping by child tag, so ``<ev><imei>352…</imei></ev>`` gives the path
``ev.imei``; repeated children become lists (``ev.item[1]``); attributes are ``@name`` keys;
an element with both children and text keeps its text as ``#text``. Namespace URIs are dropped
from tags (``{urn:x}imei`` reads ``imei``). Parsed with the standard library's expat parser; a
document type declaration is refused outright (no entities, no external references: the
billion-laughs and XXE attacks need one), and size, depth and element count are bounded.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from analysis.decoders.base import Malformed, NotThisFormat, Tree

MAX_ELEMENTS = 5000
MAX_DEPTH = 32


def _tag(tag: Any) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1] if text.startswith("{") else text


class _Budget:
    def __init__(self) -> None:
        self.left = MAX_ELEMENTS


class _Repeated(list):  # type: ignore[type-arg]
    """Repeated child elements (kept apart from other lists)."""

    _repeated = True


def _element(el: ET.Element, depth: int, budget: _Budget) -> Tree:
    budget.left -= 1
    if budget.left < 0 or depth > MAX_DEPTH:
        raise Malformed("XML too large or too deep to read")
    out: dict[str, Tree] = {f"@{_tag(k)}": v for k, v in el.attrib.items()}
    for child in el:
        key = _tag(child.tag)
        value = _element(child, depth + 1, budget)
        if key in out:
            prev = out[key]
            if isinstance(prev, list) and getattr(prev, "_repeated", False):
                prev.append(value)
            else:
                out[key] = _Repeated([prev, value])
        else:
            out[key] = value
    text = (el.text or "").strip()
    if not out:
        return text
    if text:
        out["#text"] = text
    return out


def _declared(content_type: str) -> bool:
    return "xml" in content_type


class XmlBody:
    name = "xml"

    def fits(self, data: bytes, content_type: str) -> int:
        if _declared(content_type):
            return 2
        head = data[:64].lstrip()
        if head.startswith(b"<?xml"):
            return 1
        # an element without a declaration: decode() decides (HTML rarely parses as XML)
        return 1 if head[:1] == b"<" and head[1:2].isalpha() and data.rstrip()[-1:] == b">" else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise Malformed("XML with a document type declaration is not read (entities)")
        try:
            root = ET.fromstring(data)
        except ET.ParseError as exc:
            if _declared(content_type):
                raise Malformed(f"invalid XML: {exc}") from exc
            raise NotThisFormat(f"not XML: {exc}") from exc
        return {_tag(root.tag): _element(root, 0, _Budget())}


DECODER = XmlBody()
