"""Making captured strings safe to show: in HTML, in figure labels and in CSV cells.

Everything a report shows from a capture (hosts, URLs, field paths, values) was chosen by the app
or by whoever controls its servers, so it is hostile until proven otherwise:

- HTML: ``html.escape(quote=True)`` after control and invisible formatting characters (Unicode
  categories Cc, Cf, Cs, Co, Zl, Zp; the bidi overrides of "Trojan Source", CVE-2021-42574) are
  replaced by a visible ``\\u{XXXX}`` escape, and very long values are cut with a note.
- matplotlib labels: ``$`` starts mathtext, and a malformed expression raises at draw time, so
  dollars are escaped (matplotlib docs, "Writing mathematical expressions").
- CSV: cells starting with ``= + - @`` or a tab/CR are read as formulas by spreadsheets (OWASP
  "CSV Injection"): they get a leading apostrophe.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
# Fast path: most strings are plain printable ASCII.
_PLAIN = re.compile(r"[\x20-\x7e]*")


def visible(value: Any) -> str:
    """``value`` as text with control/invisible characters made visible as ``\\u{XXXX}``."""
    text = "" if value is None else str(value)
    if _PLAIN.fullmatch(text):
        return text
    return "".join(
        f"\\u{{{ord(ch):04X}}}" if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch
        for ch in text
    )


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit} more characters]"


def h(value: Any, limit: int = 300) -> str:
    """Escape a captured value for HTML text or attribute content."""
    return html.escape(shorten(visible(value), limit), quote=True)


def label(value: Any, limit: int = 40) -> str:
    """A captured value as a matplotlib label: visible, short, no mathtext."""
    text = visible(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("$", r"\$")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV cell value; strings that a spreadsheet would run as a formula are defused."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
