"""One country's shapes read alone (``country_rings``) equal the whole world's, and the
per-installation cache file is read back, not trusted when damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import world_geometry, world_shapes


def _clear() -> None:
    world_shapes._index.cache_clear()
    world_shapes.country_rings.cache_clear()
    world_shapes.load_world.cache_clear()


def test_country_rings_equal_the_whole_world(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _clear()
    try:
        world = world_shapes.load_world()
        assert len(world) > 200
        for code in ("US", "RU", "FJ", "LS", "ZA", "SG"):
            assert world_shapes.has_shape(code)
            assert world_shapes.country_rings(code) == world[code]
        assert not world_shapes.has_shape("ZZ")
        assert world_shapes.country_rings("ZZ") == []
        assert world_geometry.distance_to_country_km(0.0, 0.0, "ZZ") is None
        assert world_geometry.country_distance_km("ZZ", "US") is None
        # read back from the cache file written above, one country at a time
        _clear()
        assert world_shapes.country_rings("LS") == world["LS"]
        assert world_geometry.contains("LS", 28.2, -29.6)
        assert not world_geometry.contains("ZA", 28.2, -29.6)  # Lesotho is a hole in it
    finally:
        _clear()


def test_damaged_cache_is_decoded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _clear()
    try:
        first = world_shapes.country_rings("FR")
        (cached,) = (tmp_path / "phonehome").glob("world-*.marshal")
        cached.write_bytes(b"\x00garbage")
        _clear()
        assert world_shapes.country_rings("FR") == first
    finally:
        _clear()
