"""``multipart/form-data`` (RFC 7578) and other ``multipart/*`` bodies (RFC 2046 §5.1).

Each part becomes a field named by its ``Content-Disposition`` ``name`` (or ``part[i]``); its
body is handed back as a ``Blob`` with its own content type so it is decoded again (a JSON part,
a gzip'd log file, ...).
"""

from __future__ import annotations

import re

from analysis.decoders.base import Blob, Malformed, NotThisFormat, Tree

_BOUNDARY = re.compile(r'boundary="?([^";,]+)"?', re.I)
_NAME = re.compile(r'\bname="([^"]*)"|\bname=([^;\s]+)', re.I)
_FILENAME = re.compile(r'\bfilename="([^"]*)"|\bfilename=([^;\s]+)', re.I)
MAX_PARTS = 1000


class Multipart:
    name = "multipart"

    def fits(self, data: bytes, content_type: str) -> int:
        if content_type.lower().startswith("multipart/"):
            return 2
        return 1 if data.startswith(b"--") and b"\r\nContent-Disposition" in data[:400] else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        match = _BOUNDARY.search(content_type)
        if match:
            boundary = match.group(1).encode("latin-1", "replace")
        elif data.startswith(b"--"):
            boundary = data[2:data.find(b"\r\n")].strip()
        else:
            raise NotThisFormat("multipart without a boundary")
        if not boundary:
            raise NotThisFormat("empty multipart boundary")
        delimiter = b"--" + boundary
        chunks = data.split(delimiter)
        if len(chunks) < 3:
            raise Malformed("multipart body without a closing boundary")
        out: dict[str, Tree] = {}
        for i, chunk in enumerate(chunks[1:MAX_PARTS]):
            if chunk.startswith(b"--"):
                break
            head, sep, body = chunk.partition(b"\r\n\r\n")
            if not sep:
                head, sep, body = chunk.partition(b"\n\n")
            if not sep:
                continue
            if body.endswith(b"\r\n"):
                body = body[:-2]
            headers = _text(head).strip().splitlines()
            name, ctype, filename = f"part[{i}]", "", ""
            for line in headers:
                lower = line.lower()
                if lower.startswith("content-disposition:"):
                    found = _NAME.search(line)
                    if found:
                        name = found.group(1) if found.group(1) is not None else found.group(2)
                    if (named := _FILENAME.search(line)) is not None:
                        filename = named.group(1) or named.group(2) or ""
                elif lower.startswith("content-type:"):
                    ctype = line.split(":", 1)[1].strip().lower()
            blob = Blob(body, ctype, filename[:200])
            if name in out:
                prev = out[name]
                out[name] = [*prev, blob] if isinstance(prev, list) else [prev, blob]
            else:
                out[name] = blob
        return out


def _text(head: bytes) -> str:
    """A part's headers: UTF-8 when they are (HTML's form submission, RFC 7578 §5.1, and
    OkHttp send a field's name as raw UTF-8: QA194's "alegà" read as "alegÃ\xa0"), else
    Latin-1, which reads any byte."""
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError:
        return head.decode("latin-1")


DECODER = Multipart()
