"""World country shapes: decoding the bundled TopoJSON into alpha-2 -> rings of (lon, lat).

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

A country is a list of rings (outer boundaries and holes alike, e.g. Lesotho is a hole in
South Africa); fill or test them with the even-odd rule.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import marshal
import sys
from functools import cache
from importlib import resources
from typing import Any

from analysis.cache import cache_dir, write_atomic
from analysis.countries import NUMERIC_TO_ALPHA2

Ring = list[tuple[float, float]]  # (lon, lat) points, first == last
World = dict[str, list[Ring]]

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
def data_key() -> str:
    """A short hash of the bundled shapes: names per-installation cache files derived from them."""
    blob = resources.files("analysis").joinpath(*DATA).read_bytes()
    return hashlib.sha256(blob).hexdigest()[:16]


def country_codes() -> tuple[str, ...]:
    """The alpha-2 codes the bundled shapes have, without unmarshalling any shape."""
    return tuple(_index())


def _read_index() -> dict[str, bytes]:
    """alpha-2 -> that country's rings, each marshalled on its own, from the per-installation
    cache file (decoded from the TopoJSON and written there on a first run: decoding costs
    ~0.15 s of CPU, reading the whole world back ~0.035 s)."""
    blob = resources.files("analysis").joinpath(*DATA).read_bytes()
    key = data_key()
    # marshal's format is tied to the Python version: the version is part of the name
    target = cache_dir() / f"world-{key}-py{sys.version_info[0]}{sys.version_info[1]}-c.marshal"
    try:
        index = marshal.loads(target.read_bytes())
        if isinstance(index, dict) and all(type(v) is bytes for v in index.values()):
            return index
    except (OSError, ValueError, EOFError, TypeError):
        pass
    world = decode_topojson(json.loads(gzip.decompress(blob)))
    index = {code: marshal.dumps(rings) for code, rings in world.items()}
    with contextlib.suppress(OSError):  # no writable cache: decode on every run, as before
        write_atomic(target, marshal.dumps(index))
    return index


@cache
def _index() -> dict[str, bytes]:
    return _read_index()


@cache
def country_rings(code: str) -> list[Ring]:
    """One country's rings (alpha-2, upper case; [] when it has no shape). Only the countries
    asked for are unmarshalled: an analyze needs a handful (the RTT check), and reading the
    whole world was ~0.035 s of every run (scripts/bench_analyze.py)."""
    data = _index().get(code)
    return marshal.loads(data) if data is not None else []  # type: ignore[no-any-return]


def has_shape(code: str) -> bool:
    """Whether the bundled shapes have the country (alpha-2, upper case)."""
    return code in _index()


@cache
def load_world() -> World:
    """alpha-2 -> rings of (lon, lat) for every country in the bundled world shapes (cached in
    the process, and decoded once per installation: see ``_read_index``)."""
    return {code: marshal.loads(data) for code, data in _read_index().items()}


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
