"""A HAR body's bytes from its ``text``: what the exporter decoded them with, undone.

HAR 1.2 keeps a body as text (``postData.text``, ``content.text``), or as base64 with
``"encoding": "base64"``. mitmproxy's ``savehar`` writes a request's body with
``Request.get_text(strict=False)``: decoded by the charset of its Content-Type, UTF-8 for JSON,
and **Latin-1 for everything else** (``mitmproxy.net.http.headers.infer_content_encoding``),
so a msgpack, protobuf or multipart body with a JPEG in it arrives as Latin-1 text. Latin-1
maps each byte to one character, so encoding the text with it gives the bytes back exactly;
encoding it as UTF-8 (what the text of a browser's export is) doubles every byte above 0x7F and
leaves a body no decoder reads (QA164, QA168: "invalid msgpack: received extra data", a
multipart's JPEG read as "binary data").

So: for a mitmproxy export, the charset mitmproxy used, undone; for another exporter, UTF-8,
unless the body is declared binary (not text, JSON, XML, a form or a script) and its text holds
only characters below U+0100 with control characters among them (C0 or C1: a byte no text
has), which is Latin-1-decoded binary whoever wrote it.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any
from urllib.parse import urlencode

_CHARSET = re.compile(r"(?i)charset\s*=\s*\"?([\w.:-]+)")
TEXTUAL = ("text/", "json", "xml", "x-www-form-urlencoded", "javascript", "ecmascript",
           "html", "css", "graphql")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def mitm_encoding(mime: str) -> str:
    """The text encoding mitmproxy decoded a body of Content-Type ``mime`` with."""
    if m := _CHARSET.search(mime):
        return m.group(1)
    return "utf-8" if "json" in mime.lower() else "latin-1"


def text_bytes(text: str, mime: str, mitm: bool) -> bytes:
    """The body's bytes from its HAR text (module docstring)."""
    if mitm:
        try:
            return text.encode(mitm_encoding(mime))
        except (LookupError, UnicodeEncodeError):
            return text.encode("utf-8", "surrogatepass")
    low = mime.lower()
    if (low and not any(t in low for t in TEXTUAL) and _CONTROL.search(text)
            and max(map(ord, text), default=0) < 256):
        return text.encode("latin-1")
    return text.encode("utf-8", "surrogatepass")


def body(container: Any, max_body: int, mitm: bool = False
         ) -> tuple[bytes | None, int | None, bool]:
    """Body bytes (bounded), full size, truncated flag from postData or content."""
    if not isinstance(container, dict):
        return None, None, False
    text = container.get("text")
    data: bytes | None = None
    if isinstance(text, str):
        if container.get("encoding") == "base64":
            try:
                data = base64.b64decode(text, validate=False)
            except (binascii.Error, ValueError):
                data = text.encode("utf-8", "surrogatepass")
        else:
            data = text_bytes(text, str(container.get("mimeType") or ""), mitm)
    elif isinstance(container.get("params"), list):
        # postData with params only (multipart or form): rebuild a form body.
        pairs = [(str(p.get("name", "")), str(p.get("value", "")))
                 for p in container["params"] if isinstance(p, dict)]
        data = urlencode(pairs).encode()
    if data is None:
        return None, None, False
    size = len(data)
    if size > max_body:
        return data[:max_body], size, True
    return data, size, False
