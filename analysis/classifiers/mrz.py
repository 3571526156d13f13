"""A travel document's machine-readable zone (ICAO Doc 9303, Part 3-5): two lines of 44
characters (passports, TD3), two of 36 (TD2) or three of 30 (ID cards, TD1), of A-Z, 0-9 and the
filler "<". They carry the holder's name, the document's number, nationality and birth date.

Apps send the zone whole (one string, its lines split by newlines or run together) or as a list of
its lines. A line alone is still the zone when its structure says so, which no other text
shares: under a key naming the zone, its alphabet and fillers; in any text, a data line whose
fields each end in an ICAO check digit (weights 7, 3, 1; "<" is 0, A-Z are 10-35). (QA84: a KYC
SDK's ``doc.mrz`` list of the two lines.)"""

from __future__ import annotations

import re

_LINE = re.compile(r"[A-Z0-9<]{30,44}")
_WEIGHTS = (7, 3, 1)
_STATE = re.compile(r"[A-Z<]{3}")  # an issuing state or a nationality: letters and fillers


def check_digit(field: str) -> str:
    """The ICAO 9303 check digit of ``field`` (Part 3, 4.9)."""
    total = 0
    for i, c in enumerate(field):
        value = int(c) if c.isdigit() else ord(c) - 55 if "A" <= c <= "Z" else 0
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


def _checked(field: str, digit: str) -> bool:
    return check_digit(field) == digit


def data_line(line: str) -> bool:
    """A passport's (TD3) or a TD2 card's second line: the document number, the birth date and
    the expiry date each with a valid check digit (a date's digits are six)."""
    if len(line) not in (36, 44) or not _LINE.fullmatch(line):
        return False
    birth, expiry = line[13:19], line[21:27]
    return (_STATE.fullmatch(line[10:13]) is not None and birth.isdigit() and expiry.isdigit()
            and line[20] in "MFX<"
            and _checked(line[0:9], line[9]) and _checked(birth, line[19])
            and _checked(expiry, line[27]))


def card_line(line: str) -> bool:
    """An ID card's (TD1) first line: document code, state, number and its check digit."""
    return (len(line) == 30 and _LINE.fullmatch(line) is not None and line[0] in "IAC"
            and "<" in line and _STATE.fullmatch(line[2:5]) is not None
            and line[5:14].replace("<", "") != "" and _checked(line[5:14], line[14]))


def mrz(value: str) -> bool:
    """The whole zone (2 lines of 44 or 36, or 3 of 30, as lines or run together), or one of
    its lines whose structure is the zone's alone (module docstring)."""
    v = value.strip().upper()
    lines = [x for x in re.split(r"[\s|]+", v) if x]
    if len(lines) == 1 and len(v) in (90, 72, 88):
        size = 30 if len(v) == 90 else 36 if len(v) == 72 else 44
        lines = [v[i:i + size] for i in range(0, len(v), size)]
    if len(lines) == 1:
        # under a key naming the zone, one of its lines (a list of them): its alphabet and
        # fillers are enough; by its value alone (in_text) only the check digits are
        return (_LINE.fullmatch(lines[0]) is not None and "<" in lines[0]
                and sum(c != "<" for c in lines[0]) >= 5)  # not a scanner's empty result
    return (len(lines) in (2, 3) and all(_LINE.fullmatch(x) for x in lines)
            and len({len(x) for x in lines}) == 1 and "<" in v)


_CANDIDATE = re.compile(r"[A-Z0-9<]{30,44}")


def in_text(text: str) -> bool:
    """``text`` (an OCR result, a log line) holds a zone's data line with valid check digits:
    the document's number, birth and expiry dates, whatever key holds it."""
    return "<" in text and any(data_line(m) or card_line(m) for m in _CANDIDATE.findall(text))
