"""The text of a body: its byte-order mark, its declared ``charset`` parameter (RFC 9110
§8.3.2), else UTF-8 (RFC 8259 §8.1), never failing.

JSON from phones is UTF-8 almost always; UTF-16/32 is recognised by its BOM or, without one, by
the pattern of NUL bytes an ASCII first character leaves (RFC 4627 §3). A body that is valid
UTF-8 is read as UTF-8 even when it declares a single-byte charset: clients often label UTF-8
"ISO-8859-1" (an HTTP/1.0 default), while a truly Latin-1 text with non-ASCII letters is almost
never valid UTF-8. Without a charset, bytes invalid in UTF-8 are read as Latin-1 (error handler
``LATIN1``: one byte, one character, nothing lost, the rest still UTF-8): one bad byte in one
string must not hide the rest of the document.
"""

from __future__ import annotations

import codecs
import re

LATIN1 = "phonehome-latin1"  # codecs error handler: undecodable bytes read as ISO-8859-1
codecs.register_error(LATIN1, lambda exc: (
    exc.object[exc.start:exc.end].decode("latin-1"), exc.end)
    if isinstance(exc, UnicodeDecodeError) else codecs.strict_errors(exc))
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:+-]+)""", re.I)
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BOM_FIRST = frozenset(bom[:1] for bom, _ in _BOMS)


def charset_of(content_type: str) -> str | None:
    """The codec named by a Content-Type's charset parameter, if Python knows it as text."""
    match = _CHARSET.search(content_type) if "charset" in content_type.lower() else None
    if not match:
        return None
    try:
        info = codecs.lookup(match.group(1))
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def wide_encoding(data: bytes) -> str | None:
    """UTF-16/32 (or UTF-8 with a BOM) told by a BOM or by NULs around an ASCII start."""
    head = data[:4]
    if head[:1] not in _BOM_FIRST and 0 not in head:
        return None  # the usual case, decided without a loop
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if len(data) >= 4 and 0 in data[:4]:
        b0, b1, b2, b3 = data[:4]
        if not b0 and not b1 and not b2 and b3:
            return "utf-32-be"
        if b0 and not b1 and not b2 and not b3:
            return "utf-32-le"
        if not b0 and b1 and not b2 and b3:
            return "utf-16-be"
        if b0 and not b1 and b2 and not b3:
            return "utf-16-le"
    return None


def body_text(data: bytes, content_type: str = "") -> str:
    """``data`` as text (see the module docstring); never raises."""
    wide = wide_encoding(data)
    if wide is not None:
        bom = next((len(b) for b, name in _BOMS if name == wide and data.startswith(b)), 0)
        return data[bom:].decode(wide, "replace")
    declared = charset_of(content_type) if content_type else None
    if declared and declared.startswith(("utf-16", "utf-32")):
        return data.decode(declared, "replace")  # declared wide, without BOM nor ASCII start
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared != "utf-8":
        try:
            return data.decode(declared, "replace")
        except (LookupError, ValueError):  # a codec that cannot decode bytes after all
            pass
    return data.decode("utf-8", LATIN1)


def declared_text(data: bytes, content_type: str) -> str | None:
    """``data`` as text when a BOM, NULs or a charset other than UTF-8 say how to read it, and
    the result looks like text: few undecodable bytes and, read as UTF-16/32 (where any byte
    pair is some character), mostly ASCII as phones' payloads are."""
    wide = wide_encoding(data)
    declared = charset_of(content_type) if content_type else None
    if wide is None and (declared is None or declared == "utf-8"):
        return None
    text = body_text(data, content_type)
    sample = text[:4096]
    if sample.count("\ufffd") > len(sample) // 50:
        return None
    if (wide or declared or "").startswith(("utf-16", "utf-32")) and \
            sum(ch < "\x80" for ch in sample) < len(sample) // 2:
        return None
    return text
