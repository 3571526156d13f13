"""Planar tests on the world shapes (lon/lat degrees): point in country, boxes, label points.

Point in polygon is the even-odd crossing-number test (a ray cast along the parallel; Haines,
"Point in Polygon Strategies", Graphics Gems IV) over all of a country's rings, so holes
(Lesotho inside South Africa) come out right. Rings unwrapped across the antimeridian may reach
longitudes beyond +-180 (``analysis.world_shapes``), so a point is tried at lon, lon - 360 and
lon + 360. Each ring's bounding box is checked first (cached per country).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from analysis.world_shapes import Ring, load_world


def bbox(code: str) -> tuple[float, float, float, float] | None:
    """(min_lon, min_lat, max_lon, max_lat) of a country, None if unknown."""
    rings = load_world().get(code.upper())
    if not rings:
        return None
    lons = [p[0] for r in rings for p in r]
    lats = [p[1] for r in rings for p in r]
    return (min(lons), min(lats), max(lons), max(lats))


def _ring_area(ring: Ring) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))


def _in_ring(lon: float, lat: float, ring: Ring) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


@cache
def _ring_boxes(code: str) -> list[tuple[float, float, float, float, Ring]]:
    out = []
    for ring in load_world().get(code, []):
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        out.append((min(lons), min(lats), max(lons), max(lats), ring))
    return out


def contains(code: str, lon: float, lat: float) -> bool:
    """Is (lon, lat) inside the country? Even-odd over all rings, antimeridian-aware."""
    boxes = _ring_boxes(code.upper())
    for candidate in (lon, lon - 360, lon + 360):
        inside = False
        for x0, y0, x1, y1, ring in boxes:
            if x0 <= candidate <= x1 and y0 <= lat <= y1 and _in_ring(candidate, lat, ring):
                inside = not inside
        if inside:
            return True
    return False


def representative_point(code: str) -> tuple[float, float] | None:
    """A (lon, lat) inside the country's largest ring (its centroid when that is inside).

    For placing labels and bubbles on a map; not used for any distance reasoning.
    """
    rings = load_world().get(code.upper())
    if not rings:
        return None
    ring = max(rings, key=lambda r: abs(_ring_area(r)))
    area = _ring_area(ring)
    if area:
        cx = sum((x0 + x1) * (x0 * y1 - x1 * y0)
                 for (x0, y0), (x1, y1) in pairwise(ring)) / (6 * area)
        cy = sum((y0 + y1) * (x0 * y1 - x1 * y0)
                 for (x0, y0), (x1, y1) in pairwise(ring)) / (6 * area)
        if contains(code, cx, cy):
            return (cx, cy)
    # Fall back to the middle of the widest horizontal chord through the ring's middle latitude.
    lats = [p[1] for p in ring]
    y = (min(lats) + max(lats)) / 2
    xs = sorted(x0 + (y - y0) * (x1 - x0) / (y1 - y0)
                for (x0, y0), (x1, y1) in pairwise(ring)
                if (y0 > y) != (y1 > y))
    chords = list(zip(xs[::2], xs[1::2], strict=False))
    if not chords:
        return ring[0]
    a, b = max(chords, key=lambda c: c[1] - c[0])
    return ((a + b) / 2, y)


def country_at(lon: float, lat: float) -> str | None:
    """The country containing (lon, lat), if any (sea and unmapped places give None)."""
    for code in load_world():
        box = bbox(code)
        if box and box[1] <= lat <= box[3] and contains(code, lon, lat):
            return code
    return None
