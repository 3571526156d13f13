"""Validators of coordinates, named by the rule files like the others (``validators.VALIDATORS``)
and used by the graders: a latitude within +-90 and a longitude within +-180 degrees (WGS 84),
written with a decimal point; the decimals a coordinate was sent with decide its grade
(TAXONOMY.md: 3 or more is precise). And a postcode (not "gzip").
"""

from __future__ import annotations

import re


def decimals(text: str) -> int:
    """Number of decimals a coordinate was sent with ("40.74183" -> 5, "40" -> 0)."""
    _, dot, frac = text.strip().partition(".")
    if not dot:
        return 0
    frac = frac.split("e")[0].split("E")[0]
    return len(frac.rstrip("0")) if len(frac) > 7 else len(frac)


def num_value(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value else None


def lat(text: str) -> bool:
    v = num_value(text)
    return v is not None and -90 <= v <= 90 and v != 0


def lon(text: str) -> bool:
    v = num_value(text)
    return v is not None and -180 <= v <= 180 and v != 0


# ISO 6709's decimal degrees as phones write a place ("+52.35711+004.86842/", Android's and
# iOS's media location; QA80, QA82 sent it in JSON): a latitude, a longitude, maybe an altitude
_ISO6709 = re.compile(r"([+-]\d{2}(?:\.\d+)?)([+-]\d{3}(?:\.\d+)?)(?:[+-]\d+(?:\.\d+)?)?"
                      r"(?:CRS[A-Z0-9_:]+)?/")


def iso6709_pair(text: str) -> tuple[str, str] | None:
    """(latitude, longitude) of an ISO 6709 decimal-degree string, or None."""
    m = _ISO6709.fullmatch(text.strip())
    if m is None or not lat(m.group(1)) or not lon(m.group(2)):
        return None
    return m.group(1).lstrip("+"), m.group(2).lstrip("+")


def latlon_pair(text: str) -> tuple[str, str] | None:
    # (a pipe between them too: a query's "loc=40.41683|-3.70379", QA82)
    parts = [p.strip() for p in re.split(r"[,;| ]+", text.strip()) if p.strip()]
    if len(parts) == 2 and lat(parts[0]) and lon(parts[1]) and "." in parts[0] and "." in parts[1]:
        return parts[0], parts[1]
    return None


def decimals_text(n: int) -> str:
    """ "1 decimal", "3 decimals": for evidence sentences."""
    return f"{n} decimal" if n == 1 else f"{n} decimals"


# Postcodes as countries write them (UPU addressing S42): digits with a letter or two, a space
# or a dash; always at least one digit ("SW1A 1AA", "10001", "75008", "100-0001").
_POSTCODE = re.compile(r"(?i)[a-z0-9][a-z0-9 -]{1,8}[a-z0-9]")


def postcode(value: str) -> bool:
    v = value.strip()
    head, sep, cc = v.rpartition(",")
    if sep and len(cc.strip()) == 2 and cc.strip().isalpha():
        v = head.strip()  # QA71: OpenWeatherMap's "zip=94103,us"
    return bool(_POSTCODE.fullmatch(v)) and any(c.isdigit() for c in v)


def lat_fine(text: str) -> bool:
    """A latitude with four decimals or more: a word that is a coordinate and a measure as
    often ("platos", a width) is one only so (QA73)."""
    return lat(text) and decimals(text) >= 4


def lon_fine(text: str) -> bool:
    return lon(text) and decimals(text) >= 4


# India Post's postal index number: six digits, the first (1-9) its region, maybe written 3 3
INDIAN_PIN = re.compile(r"[1-9]\d{2} ?\d{3}")


def indian_pin(value: str) -> bool:
    return bool(INDIAN_PIN.fullmatch(value.strip()))


GEO_VALIDATORS = {"lat_fine": lat_fine, "lon_fine": lon_fine, "postcode": postcode,
                  "indian_pin": indian_pin}
