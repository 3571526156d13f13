"""The ``Cookie`` request header (RFC 6265 §4.2): ``name=value`` pairs separated by ``;``.

Parsed leniently by hand: ``http.cookies.SimpleCookie`` drops every cookie after the first one
it dislikes, and a dropped cookie would be a silent miss.
"""

from __future__ import annotations


def parse_cookie_header(value: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for piece in value.split(";"):
        name, sep, val = piece.strip().partition("=")
        if not name:
            continue
        val = val.strip()
        if len(val) >= 2 and val[0] == val[-1] == '"':
            val = val[1:-1]
        out.append((name.strip(), val if sep else ""))
    return out
