"""World country shapes: decoding the bundled TopoJSON and a little spherical geometry on it.

Data: ``world-atlas@2.0.2`` ``countries-50m.json`` (npm, ISC licence; shapes from Natural Earth,
public domain), shipped gzipped as ``analysis/data/world/countries-50m.json.gz`` (see NOTICE).
The 50m set is used because the 110m one lacks Singapore, Hong Kong, Macao and Bahrain.

TopoJSON (https://github.com/topojson/topojson-specification): geometries reference shared
``arcs`` by index (``~i`` = arc ``i`` reversed); with a ``transform`` the arc positions are
quantized integers, delta-encoded (each position is the difference from the previous one), and
``x = q * scale + translate``. Consecutive arcs of a ring share their joining point, which is
therefore kept only once. Features carry ISO 3166 numeric ``id`` s, mapped to alpha-2 with
``analysis.countries.NUMERIC_TO_ALPHA2``; the few features without an id are mapped by name.

Antimeridian: some rings (Russia's Chukotka, Fiji) jump from +180 to -180 longitude inside a
ring. They are unwrapped so each ring is continuous (longitudes may then exceed 180, e.g. 190 =
170 W). Rings that go round a pole (Antarctica) cannot be unwrapped and are kept as they are.
Point-in-polygon tests try the point at lon, lon - 360 and lon + 360 for that reason.

A country is a list of rings (outer boundaries and holes alike, e.g. Lesotho is a hole in
South Africa); use the even-odd rule (``contains`` does) when filling or testing.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from analysis.countries import NUMERIC_TO_ALPHA2

Ring = list[tuple[float, float]]  # (lon, lat) points, first == last
World = dict[str, list[Ring]]

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
DATA = ("data", "world", "countries-50m.json.gz")

# Natural Earth features with no ISO numeric id. Somaliland and Northern Cyprus are mapped to
# the state GeoIP databases report for them (de jure); the Siachen Glacier is disputed and left
# out. The "Indian Ocean Territories" are Christmas Island (CX) and the Cocos Islands (CC),
# told apart by longitude (CX lies east of 100 E).
BY_NAME = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY"}
INDIAN_OCEAN_TER = "Indian Ocean Ter."


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topo.get("transform")
    out: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        if transform is None:
            out.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for p in arc:  # delta-encoded quantized positions
            x += p[0]
            y += p[1]
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> Ring:
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _unwrap(ring: Ring) -> Ring:
    """Make a ring continuous across the antimeridian; pole-encircling rings stay as they are."""
    out: Ring = []
    shift = 0.0
    prev = None
    for lon, lat in ring:
        if prev is not None:
            if lon + shift - prev > 180:
                shift -= 360
            elif lon + shift - prev < -180:
                shift += 360
        out.append((lon + shift, lat))
        prev = lon + shift
    if shift != 0.0:  # net drift of 360 degrees: the ring goes round a pole
        return ring
    # Keep most of the ring in [-180, 180]: shift it back if its middle ended up outside.
    mid = (min(p[0] for p in out) + max(p[0] for p in out)) / 2
    if mid > 180:
        out = [(lon - 360, lat) for lon, lat in out]
    elif mid < -180:
        out = [(lon + 360, lat) for lon, lat in out]
    return out


def _polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def decode_topojson(topo: dict[str, Any], object_name: str = "countries") -> World:
    """Decode a world-atlas TopoJSON object into alpha-2 -> rings of (lon, lat)."""
    arcs = _decode_arcs(topo)
    world: World = {}
    for geometry in topo["objects"][object_name]["geometries"]:
        name = geometry.get("properties", {}).get("name")
        code = NUMERIC_TO_ALPHA2.get(str(geometry.get("id"))) or BY_NAME.get(name)
        for polygon in _polygons(geometry):
            rings = [_unwrap(_ring(arcs, r)) for r in polygon]
            target = code
            if name == INDIAN_OCEAN_TER:
                target = "CX" if rings[0][0][0] > 100 else "CC"
            if target:
                world.setdefault(target, []).extend(rings)
    return world


@cache
def load_world() -> World:
    """alpha-2 -> rings of (lon, lat) for every country in the bundled world shapes (cached)."""
    blob = resources.files("analysis").joinpath(*DATA).read_bytes()
    world = decode_topojson(json.loads(gzip.decompress(blob)))
    return world


def plate_carree_rings(rings: list[Ring]) -> list[Ring]:
    """Rings ready for a map clipped to [-180, 180]: a ring crossing the antimeridian (after
    unwrapping it may reach 190 or -185) is returned twice, once shifted by 360 degrees, so
    both sides of the line are drawn (Chukotka's tip, Fiji's eastern islands)."""
    out: list[Ring] = []
    for ring in rings:
        out.append(ring)
        lons = [p[0] for p in ring]
        if max(lons) > 180:
            out.append([(lon - 360, lat) for lon, lat in ring])
        if min(lons) < -180:
            out.append([(lon + 360, lat) for lon, lat in ring])
    return out


# -- planar helpers (lon/lat degrees) -----------------------------------------------------------


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


# -- great-circle distances -----------------------------------------------------------------------


def _unit(lonlat: np.ndarray) -> np.ndarray:
    lon = np.radians(lonlat[:, 0])
    lat = np.radians(lonlat[:, 1])
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)


@cache
def _segments(code: str) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors of every boundary segment's endpoints (A, B) of a country."""
    starts, ends = [], []
    for ring in load_world().get(code, []):
        pts = _unit(np.asarray(ring, dtype=float))
        starts.append(pts[:-1])
        ends.append(pts[1:])
    if not starts:
        return np.zeros((0, 3)), np.zeros((0, 3))
    return np.concatenate(starts), np.concatenate(ends)


def _points_to_segments(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    """Smallest angle (radians) from any unit vector p[j] to the great-circle segments a[i]-b[i].

    Computed in chunks of points so memory stays bounded (about 4 M pair terms at a time).
    """
    if len(a) == 0 or len(p) == 0:
        return math.inf
    n = np.cross(a, b)
    norm = np.linalg.norm(n, axis=1)
    valid = norm > 1e-15
    n[valid] /= norm[valid, None]
    best = math.inf
    step = max(1, 4_000_000 // len(a))
    for start in range(0, len(p), step):
        q = p[start:start + step]  # (m, 3)
        ends = np.minimum(np.arctan2(np.linalg.norm(np.cross(q[:, None, :], a[None]), axis=2),
                                     q @ a.T),
                          np.arctan2(np.linalg.norm(np.cross(q[:, None, :], b[None]), axis=2),
                                     q @ b.T))
        dot = q @ n.T  # (m, n): sine of the distance to each segment's great circle
        c = q[:, None, :] - dot[:, :, None] * n[None]  # projections onto the great circles
        # The projection falls within the segment when it lies between A and B on the circle.
        between = valid[None] & (np.einsum("ijk,jk->ij", np.cross(a[None], c), n) >= 0) \
            & (np.einsum("ijk,jk->ij", np.cross(c, b[None]), n) >= 0)
        cross_track = np.abs(np.arcsin(np.clip(dot, -1.0, 1.0)))
        best = min(best, float(np.min(np.where(between, np.minimum(cross_track, ends), ends))))
    return best


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=4096)
def distance_to_country_km(lat: float, lon: float, code: str) -> float | None:
    """Shortest great-circle distance from a point to a country's territory (0 inside it).

    Measured to the boundary segments themselves, not to a centroid or to the vertices only,
    so it never overstates the distance. None when the country has no shape here.
    """
    code = code.upper()
    if code not in load_world():
        return None
    if contains(code, lon, lat):
        return 0.0
    a, b = _segments(code)
    p = _unit(np.asarray([[lon, lat]], dtype=float))[0]
    return _points_to_segments(p[None, :], a, b) * EARTH_RADIUS_KM


CHUNK = 48  # boundary vertices per chunk for the branch-and-bound below


@cache
def _chunks(code: str) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float]]:
    """A country's boundary cut into runs of CHUNK segments: (points, A, B, cap centre, radius).

    Every segment of a run lies inside the run's spherical cap (centre, angular radius):
    caps narrower than a hemisphere are convex, so great-circle arcs between points inside stay
    inside. Cap-to-cap angles give a lower bound of any distance between two runs.
    """
    out = []
    for ring in load_world().get(code, []):
        pts = _unit(np.asarray(ring, dtype=float))
        for i in range(0, len(pts) - 1, CHUNK):
            run = pts[i:i + CHUNK + 1]
            centre = run.sum(axis=0)
            centre /= np.linalg.norm(centre) or 1.0
            radius = float(np.max(np.arccos(np.clip(run @ centre, -1.0, 1.0))))
            if radius >= math.pi / 2:
                radius = math.pi  # not convex: no useful bound
            out.append((run, run[:-1], run[1:], centre, radius))
    return out


@cache
def country_distance_km(code_a: str, code_b: str) -> float | None:
    """Shortest great-circle distance between two countries' territories (0 if they touch).

    Exact up to the shapes' resolution: vertices of one side against boundary segments of the
    other, both ways (the closest pair of two polylines has a segment endpoint on one side),
    with runs of the boundary whose bounding caps are already farther apart than the best
    distance found skipped (branch and bound). None when either country has no shape here.
    """
    code_a, code_b = code_a.upper(), code_b.upper()
    world = load_world()
    if code_a not in world or code_b not in world:
        return None
    if code_a == code_b:
        return 0.0
    for src, dst in ((code_a, code_b), (code_b, code_a)):
        for ring in world[src]:
            if contains(dst, ring[0][0], ring[0][1]):
                return 0.0  # a ring of one lies in the other (an enclave): they overlap
    ca, cb = _chunks(code_a), _chunks(code_b)
    centres_a = np.stack([c[3] for c in ca])
    centres_b = np.stack([c[3] for c in cb])
    radii_a = np.array([c[4] for c in ca])
    radii_b = np.array([c[4] for c in cb])
    between = np.arccos(np.clip(centres_a @ centres_b.T, -1.0, 1.0))
    lower = between - radii_a[:, None] - radii_b[None, :]
    order = np.argsort(lower, axis=None)
    best = math.inf
    for flat in order:
        i, j = divmod(int(flat), len(cb))
        if lower[i, j] >= best:
            break  # every remaining pair of runs is at least this far apart
        (pa, a0, a1, _, _), (pb, b0, b1, _, _) = ca[i], cb[j]
        best = min(best, _points_to_segments(pa, b0, b1), _points_to_segments(pb, a0, a1))
    return best * EARTH_RADIUS_KM


def known_countries() -> Iterable[str]:
    return sorted(load_world())
