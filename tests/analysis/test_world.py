"""World shapes: TopoJSON decoding, antimeridian unwrapping, containment and distances."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

import pytest

from analysis import world, world_shapes


def _topology() -> dict:
    # Two quantized, delta-encoded arcs forming one square; scale 1, translate (10, 20).
    # Arc 0: (0,0) -> (2,0) -> (2,2); arc 1: (0,2) -> (0,0), and arc 2 is arc 1's partner
    # used reversed (~2) to check reversal: (2,2) -> (0,2).
    return {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [10, 20]},
        "arcs": [
            [[0, 0], [2, 0], [0, 2]],
            [[0, 2], [0, -2]],
            [[0, 2], [2, 0]],
        ],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "250", "arcs": [[0, ~2, 1]]},
            {"type": "Polygon", "properties": {"name": "Kosovo"}, "arcs": [[0, ~2, 1]]},
            {"type": "Polygon", "properties": {"name": "Nowhere"}, "arcs": [[0, ~2, 1]]},
        ]}},
    }


def test_decode_quantized_delta_arcs_and_reversal() -> None:
    decoded = world.decode_topojson(_topology())
    assert set(decoded) == {"FR", "XK"}  # numeric id 250 -> FR, Kosovo by name, rest dropped
    ring = decoded["FR"][0]
    assert ring == [(10, 20), (12, 20), (12, 22), (10, 22), (10, 20)]


def test_unwrap_antimeridian_ring() -> None:
    ring = [(179.0, 60.0), (-179.0, 60.0), (-179.0, 61.0), (179.0, 61.0), (179.0, 60.0)]
    assert world_shapes._unwrap(ring) == [(179.0, 60.0), (181.0, 60.0), (181.0, 61.0),
                                          (179.0, 61.0), (179.0, 60.0)]
    # A ring that goes round the pole keeps its seam.
    polar = [(-180.0, -80.0), (0.0, -80.0), (180.0, -80.0), (180.0, -90.0), (-180.0, -90.0),
             (-180.0, -80.0)]
    assert world_shapes._unwrap(polar) == polar


def test_bundled_world_has_small_countries_and_no_jumps() -> None:
    shapes = world.load_world()
    for code in ("SG", "HK", "MO", "BH", "XK", "US", "CN", "RU", "FJ", "CX", "CC"):
        assert shapes.get(code), code
    assert len(shapes) > 230
    for code in ("RU", "FJ"):
        for ring in shapes[code]:
            jumps = [abs(b[0] - a[0]) for a, b in pairwise(ring)]
            assert max(jumps) < 180, code


@pytest.mark.parametrize(("lon", "lat", "code"), [
    (2.35, 48.85, "FR"), (13.4, 52.52, "DE"), (103.82, 1.35, "SG"), (139.7, 35.7, "JP"),
    (-175.0, 66.0, "RU"), (185.0, 66.0, "RU"),  # Chukotka, both sides of the antimeridian
    (178.44, -18.0, "FJ"), (27.48, -29.31, "LS"),  # Maseru: in Lesotho, a hole of South Africa
])
def test_contains(lon: float, lat: float, code: str) -> None:
    # in that country and in no other one (shapes do not overlap there)
    assert [c for c in world.load_world() if world.contains(c, lon, lat)] == [code]


def test_lesotho_is_a_hole_in_south_africa() -> None:
    assert not world.contains("ZA", 27.48, -29.31)
    assert world.contains("ZA", 28.04, -26.2)  # Johannesburg


@pytest.fixture
def fresh_distances(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Distances computed here, not read from an earlier run's remembered answers."""
    from analysis import world_geometry
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(world_geometry, "_NEW", [0])
    world_geometry.distance_to_country_km.cache_clear()
    world_geometry._saved_distances.cache_clear()
    yield tmp_path
    world_geometry.distance_to_country_km.cache_clear()
    world_geometry._saved_distances.cache_clear()


def test_distance_to_country_is_to_its_border_not_centroid(fresh_distances: Path) -> None:
    assert world.distance_to_country_km(48.85, 2.35, "FR") == 0.0
    to_de = world.distance_to_country_km(48.85, 2.35, "DE")  # Paris to the German border
    assert to_de is not None and 250 < to_de < 350
    to_sg = world.distance_to_country_km(48.85, 2.35, "SG")
    assert to_sg is not None and 10_500 < to_sg < 10_900
    assert world.distance_to_country_km(0, 0, "ZZ") is None


def test_distances_are_remembered_per_installation(fresh_distances: Path) -> None:
    from analysis import world_geometry as geometry
    first = geometry.distance_to_country_km(52.52, 13.405, "US")
    (saved,) = (fresh_distances / "phonehome").glob("distances-*.json")
    assert first is not None and 5_000 < first < 7_000 and str(first) in saved.read_text()
    # a later run reads the answer back instead of measuring again
    saved.write_text(saved.read_text().replace(str(first), "1234.5"))
    geometry.distance_to_country_km.cache_clear()
    geometry._saved_distances.cache_clear()
    assert geometry.distance_to_country_km(52.52, 13.405, "US") == 1234.5
    for damaged in ("garbage", '{"52.52,13.405,US": "far"}', "[1, 2]"):  # measured again
        saved.write_text(damaged)
        geometry.distance_to_country_km.cache_clear()
        geometry._saved_distances.cache_clear()
        assert geometry.distance_to_country_km(52.52, 13.405, "US") == first
    blocked = fresh_distances / "a-file"  # a cache directory that cannot be made
    blocked.write_text("")
    os.environ["XDG_CACHE_HOME"] = str(blocked)  # (restored by the fixture's monkeypatch)
    geometry.distance_to_country_km.cache_clear()
    geometry._saved_distances.cache_clear()
    assert geometry.distance_to_country_km(52.52, 13.405, "US") == first  # only measured


def test_country_distances() -> None:
    assert world.country_distance_km("FR", "DE") == 0.0
    assert world.country_distance_km("LS", "ZA") == 0.0  # enclave
    fr_gb = world.country_distance_km("FR", "GB")
    assert fr_gb is not None and 25 < fr_gb < 45  # Strait of Dover, ~33 km
    ru_us = world.country_distance_km("RU", "US")
    assert ru_us is not None and ru_us < 120  # Bering Strait, across the antimeridian
    de_us = world.country_distance_km("DE", "US")
    assert de_us is not None and 4_500 < de_us < 6_000


def test_plate_carree_rings_duplicate_rings_across_the_antimeridian() -> None:
    ring = [(179.0, 60.0), (181.0, 60.0), (181.0, 61.0), (179.0, 61.0), (179.0, 60.0)]
    inside = [(10.0, 10.0), (11.0, 10.0), (11.0, 11.0), (10.0, 10.0)]
    out = world.plate_carree_rings([ring, inside])
    assert out == [ring, [(lon - 360, lat) for lon, lat in ring], inside]
    russia = world.plate_carree_rings(world.load_world()["RU"])
    assert any(max(p[0] for p in r) < -169 for r in russia)  # Chukotka's tip on the left edge


def test_decoded_world_is_cached_per_installation(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import world_shapes
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    world_shapes.load_world.cache_clear()
    first = world_shapes.load_world()
    cached = list((tmp_path / "phonehome").glob("world-*.marshal"))
    assert len(cached) == 1
    world_shapes.load_world.cache_clear()
    assert world_shapes.load_world() == first  # read back from the cache file
    cached[0].write_bytes(b"garbage")  # a damaged cache is decoded again, not trusted
    world_shapes.load_world.cache_clear()
    assert world_shapes.load_world() == first
    world_shapes.load_world.cache_clear()
