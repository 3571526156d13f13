"""The twenty-first session's smaller readings: a hall's, a stadium's, a port's, a kennel's,
a checkpoint's, a chapel's, an archive's or a laboratory's own position is the place's."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize("parent", ["hall", "stadium", "port", "kennel", "checkpoint", "chapel",
                                    "archive", "laboratory", "museum"])
def test_a_places_own_position(parent: str) -> None:
    found = found_in({parent: {"id": "pl_2291", "lat": 61.78644, "lng": 34.36193},
                      "when": "2026-11-29"})
    assert "location.precise" not in found.get(f"{parent}.lat", {})


def test_her_own_position_beside_them_stays_hers() -> None:
    found = found_in({"hall": {"lat": 61.78644, "lng": 34.36193},
                      "me": {"lat": 61.79011, "lng": 34.37012}})
    assert "location.precise" in found["me.lat"]
