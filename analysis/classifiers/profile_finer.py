"""The profile's coordinates sent at more decimals than the tester wrote them down: a GPS fix
(``37.976142``) that rounds to the profile's ``37.97614``. A tester copies the position from a
map to 4-6 decimals; the phone sends what its receiver said, to 6-15. The profile's own forms
(``variants.coordinate_forms``) are bounded so that ``40.741`` does not match inside
``40.7418``, so without this such a fix went unmatched (QA70: a rider chat's position).

Only a profile coordinate written with 4 decimals or more counts (a point within about 6 m;
fewer decimals would match any point of a district), and only a value that rounds to it at
the profile's own precision. Found by the profile matcher's one regular expression: the
prefixes below are alternatives of it, and a match no variant table holds is looked up here.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal
from typing import Any

from analysis.classifiers.validators_geo import decimals_text
from analysis.profile import DeviceProfile

MIN_DECIMALS = 4
# (value, decimals written, profile key, category)
Finer = tuple[float, int, str, str]


def finer_coordinates(profile: DeviceProfile,
                      categories: dict[tuple[str, str], str]) -> tuple[str, list[Finer]]:
    """A regex alternation of the texts that start such a fix, and the coordinates it stands
    for."""
    prefixes: set[str] = set()
    table: list[Finer] = []
    for key, value in profile.location.items():
        if ("location", key) not in categories or not isinstance(value, (int, float)):
            continue
        written = Decimal(repr(float(value)))
        places = -int(written.as_tuple().exponent)
        if places < MIN_DECIMALS:
            continue
        half = Decimal(5).scaleb(-places - 1)
        step = Decimal(1).scaleb(-places)
        # a fix that rounds to the value starts with the value's text or its neighbour's
        for end in (written - half, written + half - step / 1000):
            prefixes.add(str(end.quantize(step, rounding=ROUND_DOWN)))
        table.append((float(value), places, key, categories[("location", key)]))
    if not prefixes:
        return "", table
    return "(?:" + "|".join(sorted(map(re.escape, prefixes))) + r")\d{1,12}", table


def finer_match(text: str, table: list[Finer]) -> list[tuple[float, int, str, str, str]]:
    """(value, decimals sent, key, category, note) for each profile coordinate ``text`` rounds
    to at the profile's precision."""
    try:
        number = float(text)
    except ValueError:
        return []
    sent = len(text.partition(".")[2])
    return [(value, sent, key, category,
             f"written with {decimals_text(places)}, sent with {decimals_text(sent)} that "
             "round to it")
            for value, places, key, category in table
            if sent > places and round(number, places) == round(value, places)]


# a field writing both coordinates ("Pin … lat=37.5271 lon=127.0282"): a profile's coordinate
# is evidence there only when the other one matches too
OTHER_COORD = re.compile(r"(?i)\b(?:lat|latitude|lon|lng|long|longitude)\s*[=:]\s*-?\d+\.\d+.*"
                          r"\b(?:lat|latitude|lon|lng|long|longitude)\s*[=:]\s*-?\d+\.\d+")


def pairs_in_fields(hits: list[tuple[int, str, str, Any]]) -> set[int]:
    """The fields in which both the profile's latitude and its longitude were matched."""
    keys: dict[int, set[str]] = {}
    for i, _, _, known in hits:
        if known.section == "location":
            keys.setdefault(i, set()).add(known.key)
    return {i for i, k in keys.items() if {"lat", "lon"} <= k}
