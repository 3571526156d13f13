"""Geometry on the world shapes: is a point in a country, how far is it from one.

Point in country (planar, lon/lat degrees): the even-odd crossing-number test (a ray cast along
the parallel; Haines, "Point in Polygon Strategies", Graphics Gems IV) over all of a country's
rings, so holes (Lesotho inside South Africa) come out right. Rings unwrapped across the
antimeridian may reach longitudes beyond +-180 (``analysis.world_shapes``), so a point is tried
at lon, lon - 360 and lon + 360. Each ring's bounding box is checked first (cached per country).

Distances (spherical): points are unit vectors on a sphere of the IUGG mean Earth radius. The
distance from a point to a boundary segment is the cross-track angle to the segment's great
circle when the foot of the perpendicular falls between its ends, else the angle to the nearer
end (standard spherical geometry, e.g. https://www.movable-type.co.uk/scripts/latlong-vectors.html).
Distances are measured to the boundary segments themselves, never to a centroid or to vertices
only, so they never overstate how far apart two places are: ``analysis.enrich_rtt`` relies on
that when it judges whether a round-trip time fits a country.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import zipfile
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from analysis.cache import cache_dir, write_atomic
from analysis.world_shapes import Ring, country_codes, country_rings, data_key, has_shape

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius

# -- point in country (planar) --------------------------------------------------------------------


def _in_ring(lon: float, lat: float, ring: Ring) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


@cache
def _ring_boxes(code: str) -> list[tuple[float, float, float, float, Ring]]:
    out = []
    for ring in country_rings(code):
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


# -- great-circle distances -----------------------------------------------------------------------


def _unit(lonlat: np.ndarray) -> np.ndarray:
    lon = np.radians(lonlat[:, 0])
    lat = np.radians(lonlat[:, 1])
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)


@cache
def _segments(code: str) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors of every boundary segment's endpoints (A, B) of a country."""
    starts, ends = [], []
    for ring in country_rings(code):
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


@lru_cache(maxsize=4096)
def distance_to_country_km(lat: float, lon: float, code: str) -> float | None:
    """Shortest great-circle distance from a point to a country's territory (0 inside it), to
    its boundary segments (never overstated); None when the country has no shape here. Kept in
    the per-installation cache: a study asks the same few on every run, and a country's first
    answer costs reading and projecting its shape (13 ms for the US, measured)."""
    code = code.upper()
    saved = _saved_distances()
    key = f"{lat!r},{lon!r},{code}"
    if key in saved:
        return saved[key]
    km = None
    if has_shape(code):
        km = 0.0
        if not contains(code, lon, lat):
            a, b = _segments(code)
            p = _unit(np.asarray([[lon, lat]], dtype=float))[0]
            km = _points_to_segments(p[None, :], a, b) * EARTH_RADIUS_KM
    if _NEW[0] < MAX_NEW_PER_RUN:
        # A run asks a few: those are kept; a sweep over many points (a test) is measured but
        # not written, so the file stays small (review: 1,904 rewrites of a growing file)
        _NEW[0] += 1
        if len(saved) >= MAX_SAVED_DISTANCES:
            saved.clear()
        saved[key] = km
        with contextlib.suppress(OSError, RuntimeError):  # no writable cache: not kept
            write_atomic(_distances_file(), json.dumps(saved).encode())
    return km


MAX_SAVED_DISTANCES = 1024
MAX_NEW_PER_RUN = 32
_NEW = [0]  # answers written by this process


def _distances_file() -> Path:
    return cache_dir() / f"distances-1-{data_key()}.json"  # -1: this code's answers


@cache
def _saved_distances() -> dict[str, float | None]:
    try:
        saved = json.loads(_distances_file().read_bytes())
    except (OSError, ValueError, RuntimeError):
        return {}
    ok = isinstance(saved, dict) and all(v is None or type(v) in (int, float)
                                         for v in saved.values())
    return saved if ok else {}


CHUNK = 48  # boundary vertices per chunk for the branch-and-bound below


@cache
def _chunks(code: str) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float]]:
    """A country's boundary cut into runs of CHUNK segments: (points, A, B, cap centre, radius).
    Every segment of a run lies inside the run's spherical cap (caps narrower than a hemisphere
    are convex): cap-to-cap angles bound any distance between two runs from below."""
    out = []
    for ring in country_rings(code):
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
    if not has_shape(code_a) or not has_shape(code_b):
        return None
    if code_a == code_b:
        return 0.0
    for src, dst in ((code_a, code_b), (code_b, code_a)):
        for ring in country_rings(src):
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


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@cache
def bounding_cap(code: str) -> tuple[np.ndarray, float] | None:
    """A spherical cap (unit centre, angular radius) holding all of a country's boundary: a
    cheap lower bound of any distance to the country (``reachable`` skips countries whose cap
    is already out of reach). None when the country has no shape here."""
    code = code.upper()
    if not has_shape(code):
        return None
    pts = _unit(np.concatenate([np.asarray(ring, dtype=float) for ring in country_rings(code)]))
    centre = pts.sum(axis=0)
    norm = np.linalg.norm(centre)
    if norm < 1e-9:
        return centre, math.pi
    centre /= norm
    return centre, float(np.max(np.arccos(np.clip(pts @ centre, -1.0, 1.0))))


def caps_farther_km(code_a: str, code_b: str, km: float) -> bool:
    """True when the two countries' caps are already more than ``km`` apart."""
    a, b = bounding_cap(code_a), bounding_cap(code_b)
    if a is None or b is None:
        return False
    angle = float(np.arccos(np.clip(a[0] @ b[0], -1.0, 1.0)))
    return (angle - a[1] - b[1]) * EARTH_RADIUS_KM > km


@cache
def _all_caps() -> tuple[tuple[str, ...], np.ndarray, np.ndarray, np.ndarray]:
    """Every country's cap (centre, radius) and one point of its boundary, stacked; kept in the
    per-installation cache beside the decoded shapes (building them reads every shape, ~0.05 s
    of each analysis that places a server)."""
    target = cache_dir() / f"caps-{data_key()}.npz"
    try:
        with np.load(target, allow_pickle=False) as saved:
            return (tuple(str(c) for c in saved["codes"]), saved["centres"], saved["radii"],
                    saved["anchors"])
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        pass  # none yet, or damaged: built again
    codes = tuple(c for c in country_codes() if bounding_cap(c) is not None)
    caps = [bounding_cap(c) for c in codes]
    centres = np.stack([c[0] for c in caps if c])
    radii = np.array([c[1] for c in caps if c])
    anchors = _unit(np.asarray([country_rings(c)[0][0] for c in codes], dtype=float))
    buffer = io.BytesIO()
    np.savez(buffer, codes=np.array(codes), centres=centres, radii=radii, anchors=anchors)
    with contextlib.suppress(OSError):  # no writable cache: built on every run
        write_atomic(target, buffer.getvalue())
    return codes, centres, radii, anchors


def countries_maybe_within_km(lat: float, lon: float,
                              km: float) -> tuple[list[str], list[str]]:
    """(surely, maybe): countries one of whose boundary points is within ``km`` of the point,
    and those whose caps come within ``km`` without such a point at hand — for
    ``distance_to_country_km`` to settle. Two matrix products."""
    codes, centres, radii, anchors = _all_caps()
    p = _unit(np.asarray([[lon, lat]], dtype=float))[0]
    lower = (np.arccos(np.clip(centres @ p, -1.0, 1.0)) - radii) * EARTH_RADIUS_KM
    upper = np.arccos(np.clip(anchors @ p, -1.0, 1.0)) * EARTH_RADIUS_KM
    surely = [c for c, up in zip(codes, upper, strict=True) if up <= km]
    maybe = [c for c, low, up in zip(codes, lower, upper, strict=True) if low <= km < up]
    return surely, maybe
