"""Places written as grid codes rather than coordinates: geohashes, Open Location Codes ("plus
codes") and H3 cell indexes, with the precision each code's own structure gives; and India's
postal PIN code, told from a PIN by its shape.

Where the knowledge comes from:
  * geohash: Niemeyer's geohash.org base-32 alphabet; a code of 7 characters is a cell of
    about 153 x 153 m, 6 one of 1.2 x 0.6 km;
  * Open Location Code: Google's specification (github.com/google/open-location-code,
    docs/specification.md): a full code is 8 digits of the alphabet ``23456789CFGHJMPQRVWX``,
    a ``+`` separator, then 2 or more digits; digit pairs refine 20, 1, 0.05, 0.0025 and
    0.000125 degrees, so 8 digits alone are a cell of ~275 m and 10 of ~14 m; ``0`` pads a
    shorter code before the ``+`` (``8FVC0000+`` is a 1-degree cell); the first digit is at
    most ``C`` (latitude 0-180) and the second at most ``V`` (longitude 0-360); a short code
    (4 to 6 digits before the ``+``) names a place relative to a locality written after it;
  * H3: Uber's index layout (h3geo.org/docs/library/index/cell): 64 bits, the top bit 0, a
    4-bit mode (1 for a cell), 3 reserved bits 0, a 4-bit resolution, a 7-bit base cell
    (0-121), then fifteen 3-bit digits: 0-6 up to the resolution, 7 after it. Average hexagon
    edge (h3geo.org/docs/core-library/restable): 66 m at resolution 10, 174 m at 9.

Graded by TAXONOMY.md's rule (``location.precise`` is about 100 m or better): a geohash of 7
characters or more, a plus code with digits after its ``+``, an H3 cell of resolution 10 or
finer are precise; coarser cells are ``location.coarse``.
"""

from __future__ import annotations

import re

OLC_DIGITS = "23456789CFGHJMPQRVWX"
_FULL = re.compile(rf"([{OLC_DIGITS}0]{{8}})\+([{OLC_DIGITS}]*)")
_SHORT = re.compile(rf"([{OLC_DIGITS}]{{4,6}})\+([{OLC_DIGITS}]{{2,3}})(?:[ ,].*)?")
_GEOHASH = re.compile(r"[0-9b-hjkmnp-z]{4,12}")
_HEX15 = re.compile(r"[0-9a-fA-F]{15,16}")
GEOHASH_PRECISE = 7  # characters: a 153 x 153 m cell; 6 is 1.2 x 0.6 km
H3_PRECISE = 10  # resolution: hexagons of 66 m edge; 9 is 174 m
H3_EDGE_M = {0: 1281256, 1: 483057, 2: 182513, 3: 68979, 4: 26072, 5: 9854, 6: 3725, 7: 1406,
             8: 531, 9: 201, 10: 76, 11: 29, 12: 11, 13: 4, 14: 2, 15: 1}  # avg, rounded


def geohash(text: str) -> bool:
    """A geohash: 4 to 12 characters of its base-32 alphabet (no a, i, l, o), with a digit or
    mixed letters, so that a plain word ("berry") is not taken for one."""
    t = text.strip()
    # (6 letters are a word as often: "hunter", "server", "street", QA67)
    return bool(_GEOHASH.fullmatch(t)) and (any(c.isdigit() for c in t) or len(t) >= 7)


def geohash_mixed(text: str) -> bool:
    """A geohash under a key as generic as "geo": 5+ characters, letters and digits both."""
    t = text.strip()
    return (len(t) >= 5 and geohash(t) and any(c.isalpha() for c in t)
            and any(c.isdigit() for c in t))


def _full_code(text: str) -> tuple[str, str] | None:
    m = _FULL.fullmatch(text.strip().upper())
    if m is None:
        return None
    head, tail = m.groups()
    pad = head.find("0")
    if pad != -1 and (pad % 2 or head[pad:].strip("0") or tail or pad == 0):
        return None  # padding comes in pairs, at the end, and never with digits after "+"
    if len(tail) == 1 or OLC_DIGITS.index(head[0]) > 8 or OLC_DIGITS.index(head[1]) > 17:
        return None
    return head.rstrip("0"), tail


def plus_code(text: str) -> bool:
    """An Open Location Code, full (``8FVC9G8F+6X``, ``8FVC0000+``) or short with its
    locality (``9G8F+6X Zurich``)."""
    if len(text) > 80:
        return False
    return _full_code(text) is not None or _SHORT.fullmatch(text.strip().upper()) is not None


def _h3_bits(text: str) -> int | None:
    t = text.strip()
    if _HEX15.fullmatch(t):
        return int(t, 16)
    if t.isdigit() and 17 <= len(t) <= 19:  # the same 64 bits written as a decimal integer
        return int(t)
    return None


def h3_resolution(text: str) -> int | None:
    """The resolution of an H3 cell index (hex, as H3 writes it, or its decimal integer), or
    None when the value is no valid cell index."""
    bits = _h3_bits(text)
    if bits is None or bits >> 63 or (bits >> 59) & 0xF != 1 or (bits >> 56) & 0x7:
        return None
    res, base = (bits >> 52) & 0xF, (bits >> 45) & 0x7F
    if base > 121:
        return None
    for r in range(1, 16):
        digit = (bits >> ((15 - r) * 3)) & 0x7
        if (digit == 7) != (r > res):
            return None
    return res


def h3_cell(text: str) -> bool:
    return h3_resolution(text) is not None


def grade_code(kind: str, text: str) -> tuple[str, str]:
    """(category, evidence note) for a grid code of ``kind`` (a rule's ``grade``)."""
    if kind == "geohash":
        n = len(text.strip())
        if n >= GEOHASH_PRECISE:
            return "location.precise", f"a geohash of {n} characters (a cell of 150 m or less)"
        return "location.coarse", f"a geohash of {n} characters (a cell wider than 600 m)"
    if kind == "h3":
        res = h3_resolution(text) or 0
        size = f"an H3 cell of resolution {res} (hexagons of ~{H3_EDGE_M[res]:,} m edge)"
        return ("location.precise" if res >= H3_PRECISE else "location.coarse"), size
    full = _full_code(text)
    if full is None:  # a short code and its locality: 2 or 3 digits after "+", ~14 m or less
        return "location.precise", "a short plus code with its locality (a cell of ~14 m)"
    head, tail = full
    if tail:
        return "location.precise", (f"a plus code with {len(head) + len(tail)} digits "
                                    "(a cell of ~14 m or less)")
    size = {2: "~2,200 km", 4: "~110 km", 6: "~5.5 km", 8: "~275 m"}[len(head)]
    return "location.coarse", f"a plus code of {len(head)} digits (a cell of {size})"


def india_pin(text: str) -> bool:
    """India's postal index number: six digits, the first 1-9 (India Post), maybe written
    "560 001"."""
    t = text.strip().replace(" ", "")
    return len(t) == 6 and t.isdigit() and t[0] != "0"


VALIDATORS = {"geohash": geohash, "geohash_mixed": geohash_mixed, "plus_code": plus_code,
              "h3_cell": h3_cell, "india_pin": india_pin}
