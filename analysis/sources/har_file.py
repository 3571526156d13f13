"""Reading a HAR file as a whole: zlib-compressed ``.zhar`` (mitmproxy), byte-order marks
(UTF-8/16/32: HAR 1.2 says UTF-8, Windows tools write others), a Windows code page as the last
resort (said in a note, never silent), and the top-level shape HAR 1.2 requires
(``log.entries``). Entries are read by ``analysis.sources.har``.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from analysis.sources.base import SourceError

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _text(path: Path, raw: bytes) -> tuple[str, str | None]:
    """The HAR text and, when it was not UTF-8, a note saying how it was read."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), None if codec == "utf-8-sig" else f"read as {codec}"
            except UnicodeDecodeError as exc:
                raise SourceError(path, f"starts with a {codec} byte-order mark but is not "
                                        f"valid {codec} ({exc.reason} at byte {exc.start})"
                                  ) from exc
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        # HAR 1.2 says UTF-8; some Windows tools write their code page. Keep the data, say so.
        return raw.decode("cp1252", errors="replace"), (
            f"not UTF-8 ({exc.reason} at byte {exc.start}): read as Windows-1252")


def load_har(path: Path) -> tuple[dict[str, Any], str | None]:
    """The HAR document and, when it was not UTF-8, a note on how it was read; raises
    ``SourceError`` naming the file when it is not a HAR file."""
    raw = path.read_bytes()
    if raw[:1] == b"\x78":  # zlib stream (mitmproxy .zhar)
        try:
            raw = zlib.decompress(raw)
        except zlib.error as exc:
            raise SourceError(path, f"looks zlib-compressed but will not inflate: {exc}") from exc
    text, note = _text(path, raw)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"is not valid JSON (HAR): {exc.msg} at line {exc.lineno} "
                                f"column {exc.colno}", offset=exc.pos) from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("log"), dict):
        raise SourceError(path, "is JSON but not a HAR file: no top-level \"log\" object")
    entries = doc["log"].get("entries")
    if not isinstance(entries, list):
        raise SourceError(path, "is a HAR file without a \"log.entries\" list")
    return doc, note
