"""Text SQLite can store: a lone UTF-16 surrogate ("\\ud83d", which JavaScript's JSON.stringify
writes for an emoji cut in half since ES2019) is valid in a Python str but not in UTF-8, and
sqlite3 refuses the whole statement. It is kept visible as its escape (``\\ud83d``) rather than
dropped: the value was sent like that."""

from __future__ import annotations

from typing import Any


def storable(text: str) -> str:
    """``text`` with lone surrogates written as their ``\\uXXXX`` escapes (others unchanged)."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def storable_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(storable(v) if type(v) is str else v for v in row)
