"""The device profile's position as a point of a list of points: a track's ``[[lat, lon, t],
...]`` (QA191: a running camp's GPS track that starts at the athlete's home, sent as a list of
points in gzip JSON and msgpack, where the profile matcher read nothing: a numeric list is one
array field, and array fields are not searched as text).

A point is a list of two to four numbers whose first two are the profile's latitude and
longitude, as written in the profile or at a finer precision that rounds to it
(``profile_finer.finer_match``: a fix with GPS noise past the profile's decimals), in that
order or in GeoJSON's (longitude first, RFC 7946 §3.1.1). The first such point of a list makes
the hits of its latitude and longitude, at the list's path; ``profile_match._findings`` grades
them as it grades a pair of fields (both coordinates in one field).
"""

from __future__ import annotations

from typing import Any

from analysis.classifiers.profile_finer import finer_match
from analysis.classifiers.profile_known import Known
from analysis.decoders import Leaf

MAX_POINTS = 2000  # a long track's points are looked at up to here
_NUMBER = (int, float)
Hit = tuple[int, str, str, Known]


def _text(x: float) -> str:
    return repr(float(x))


def _known(matcher: Any, text: str, side: str) -> tuple[str, Known] | None:
    """The profile's coordinate ``side`` ("lat" or "lon") that ``text`` is, or None."""
    for variant, known in matcher.search.get(text, ()):
        if known.section == "location" and known.key == side:
            return variant, known
    for _, sent, key, category, note in finer_match(text, matcher.finer):
        if key == side:
            # (made once per coordinate and note, kept by the matcher: ``_findings`` memoises
            # by the Known's identity)
            slot = (key, category, note, sent)
            made = matcher.point_known.get(slot)
            if made is None:
                made = matcher.point_known[slot] = Known("location", key, category, "finer",
                                                         note, sent)
            return text, made
    return None


def _in_point(matcher: Any, point: list[Any]) -> tuple[Hit, Hit] | None:
    """The hits (at leaf index 0) of the profile's latitude and longitude in one point, either
    order, or None (the longitude looked up only when the latitude is there)."""
    if len(point) < 2 or type(point[0]) not in _NUMBER or type(point[1]) not in _NUMBER:
        return None
    a, b = _text(point[0]), _text(point[1])
    for la, lo in ((a, b), (b, a)):  # (GeoJSON writes the longitude first)
        lat = _known(matcher, la, "lat")
        lon = _known(matcher, lo, "lon") if lat is not None else None
        if lat is not None and lon is not None:
            return (0, la, *lat), (0, lo, *lon)
    return None


def point_hits(matcher: Any, leaves: list[Leaf]) -> list[Hit]:
    """Hits of the profile's latitude and longitude in a point of a list of points: the first
    such point makes the list's finding."""
    out: list[Hit] = []
    for i, leaf in enumerate(leaves):
        value = leaf.value
        if not leaf.array or type(value) is not list or not value or type(value[0]) is not list:
            continue
        found = next(filter(None, (_in_point(matcher, p) for p in value[:MAX_POINTS])), None)
        if found is not None:
            out += [(i, *hit[1:]) for hit in found]
    return out
