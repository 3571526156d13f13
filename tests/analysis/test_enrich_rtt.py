"""RTT plausibility: 100 km per millisecond of round-trip time, against country shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import world
from analysis.enrich_rtt import (
    Vantage,
    placement_vantage,
    plausibility,
    reachable,
    vantage_from_profile,
)
from analysis.profile import DeviceInfo, DeviceProfile

PARIS = Vantage("Paris", lat=48.8566, lon=2.3522)
NYC = Vantage("New York", lat=40.7128, lon=-74.0060)


def test_planted_impossible_and_plausible_answers() -> None:
    ok, note = plausibility(NYC, 3.0, "AU")
    assert ok is False and "impossible" in note and "Australia" in note and "300 km" in note
    ok, note = plausibility(NYC, 80.0, "DE")
    assert ok is True and note.startswith("plausible")
    ok, _ = plausibility(NYC, 1.0, "US")  # inside the country
    assert ok is True


def test_the_rule_is_exactly_100_km_per_ms_to_the_nearest_border() -> None:
    # Paris to the nearest German territory is about 298 km (not the ~880 km to Berlin, and
    # not the distance to Germany's centroid).
    distance = world.distance_to_country_km(PARIS.lat, PARIS.lon, "DE")  # type: ignore[arg-type]
    assert distance is not None and 280 < distance < 310
    below, above = distance / 100 - 0.05, distance / 100 + 0.05
    assert plausibility(PARIS, below, "DE")[0] is False
    assert plausibility(PARIS, above, "DE")[0] is True


def test_country_vantage_uses_the_nearest_point_of_the_country() -> None:
    us = Vantage("anywhere in the US", country="US")
    assert plausibility(us, 1.0, "CA")[0] is True  # neighbours: distance 0
    assert plausibility(us, 1.0, "MX")[0] is True
    assert plausibility(us, 20.0, "AU")[0] is False
    assert plausibility(Vantage("DE", country="DE"), 2.0, "FR")[0] is True


@pytest.mark.parametrize(("args", "words"), [
    ((NYC, None, "US"), "no round-trip time"),
    ((NYC, 0.0, "US"), "no round-trip time"),
    ((None, 5.0, "US"), "no vantage point"),
    ((NYC, 5.0, None), "no GeoIP country"),
    ((NYC, 5.0, "US", "private"), "private address"),
    ((NYC, 5.0, "ZZ"), "no map shape for ZZ"),
    ((Vantage("nowhere", country="ZZ"), 5.0, "US"), "no map shape for ZZ"),
])
def test_unknowns_are_null_with_a_reason(args: tuple, words: str) -> None:
    ok, note = plausibility(*args)
    assert ok is None and words in note


def test_cdn_note() -> None:
    ok, note = plausibility(NYC, 10.0, "US", cdn=True)
    assert ok is True and "CDN/anycast" in note


def test_vantage_from_profile() -> None:
    assert vantage_from_profile(None) is None
    assert vantage_from_profile(DeviceProfile()) is None
    point = vantage_from_profile(DeviceProfile(device=DeviceInfo(lat=1.5, lon=2.5)))
    assert point is not None and (point.lat, point.lon) == (1.5, 2.5)
    located = vantage_from_profile(DeviceProfile(location={"lat": 3.0, "lon": 4.0}))
    assert located is not None and (located.lat, located.lon) == (3.0, 4.0)
    country = vantage_from_profile(DeviceProfile(device=DeviceInfo(country="fr")))
    assert country is not None and country.country == "FR" and country.lat is None
    # ...named to one decimal in the notes the report copies (QA166: "63.83, 20.26")
    home = vantage_from_profile(DeviceProfile(device=DeviceInfo(lat=63.8312, lon=20.2641)))
    assert home is not None and home.label.startswith("63.8, 20.3 ") and home.lat == 63.8312


def test_the_countries_within_reach_of_a_round_trip() -> None:
    berlin = Vantage("Berlin", lat=52.52, lon=13.405)
    near = reachable(berlin, 3.0)  # 300 km of fibre
    assert {"DE", "PL"} <= near and "US" not in near and "SG" not in near and "FR" not in near
    assert "FR" in reachable(berlin, 8.0)  # 800 km reaches the French border
    germany = Vantage("anywhere in Germany", country="DE")
    assert "DE" in reachable(germany, 0.5) and "US" not in reachable(germany, 0.5)


def test_territories_without_a_shape_are_within_reach_too() -> None:
    # Gibraltar beside Spain is not in the EU; Svalbard inside Norway's shape not in the EEA
    assert {"ES", "GI"} <= reachable(Vantage("Gibraltar", lat=36.14, lon=-5.35), 0.2)
    assert "SJ" in reachable(Vantage("Longyearbyen", lat=78.22, lon=15.65), 0.5)


@pytest.mark.parametrize(("device", "placed"), [
    (DeviceInfo(country="DE", lat=52.52, lon=13.405), True),
    (DeviceInfo(country="DE", lat=13.405, lon=52.52), False),  # lat and lon swapped
    (DeviceInfo(lat=0.0, lon=0.0), False),
    (DeviceInfo(country="DE"), True),
    (DeviceInfo(), False),
])
def test_servers_are_placed_only_from_a_credible_device_vantage(device: DeviceInfo,
                                                                placed: bool) -> None:
    assert (placement_vantage(DeviceProfile(device=device)) is not None) is placed
    # the [location] fallback (often a mocked GPS position) never places a server
    mocked = DeviceProfile(location={"lat": 52.52, "lon": 13.405})
    assert placement_vantage(mocked) is None


def test_the_prefiltered_reach_equals_measuring_every_country(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from analysis import world_geometry
    # measured here, not read back from an earlier run's remembered distances
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    world_geometry.distance_to_country_km.cache_clear()
    world_geometry._saved_distances.cache_clear()

    from analysis.enrich_rtt import KM_PER_MS_RTT, TERRITORIES, _distance_km, _near_point

    def measured(vantage: Vantage, rtt: float) -> set[str]:
        reach = rtt * KM_PER_MS_RTT
        out = {c for c in world.load_world()
               if (d := _distance_km(vantage, c)) is not None and d <= reach}
        return out | {c for c, (la, lo, r) in TERRITORIES.items()
                      if (d := _near_point(vantage, la, lo)) is not None and d <= reach + r}

    rng = random.Random(7)
    try:
        for _ in range(8):
            v = Vantage("x", lat=rng.uniform(-60, 70), lon=rng.uniform(-180, 180))
            rtt = rng.choice([0.5, 5.0, 25.0, 60.0])
            assert reachable(v, rtt) == measured(v, rtt)
    finally:
        world_geometry.distance_to_country_km.cache_clear()
        world_geometry._saved_distances.cache_clear()


def test_a_damaged_caps_cache_is_built_again(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import world_geometry
    from analysis.world_shapes import data_key
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "phonehome").mkdir()
    (tmp_path / "phonehome" / f"caps-{data_key()}.npz").write_bytes(b"PK\x03\x04 cut short")
    world_geometry._all_caps.cache_clear()
    try:
        assert reachable.__wrapped__(Vantage("Berlin", lat=52.52, lon=13.405), 3.0) == {
            "CZ", "DE", "DK", "PL"}
    finally:
        world_geometry._all_caps.cache_clear()
