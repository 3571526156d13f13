"""A town the study names by a key, sent again under the app's own word
(classifiers/place_echoes.py), by the classify pass over a real in-memory study."""

from __future__ import annotations

from analysis.classifiers.place_echoes import learned_places, place_echoes
from analysis.records import Detector, Finding, Part
from tests.analysis.passes.test_echoes import _post, _study

TRAITS = _post("https://api.crm.example.net/v1/identify",
               {"user_id": "u_7Hq2Kx9PzL", "traits": {"city": "Kolonia", "email": "a@b.co"}})


def test_the_town_a_key_named_is_found_under_the_apps_own_word() -> None:
    found = _study(TRAITS, _post("https://api.pohs.example.com/v1/pwoaks",
                                 {"kahnimwo": "Kolonia", "from": "Kolonia",
                                  "device": {"manufacturer": "Kolonia"}, "nempe": "P-114"}))
    evidence = found[(2, "kahnimwo")]["location.coarse"]
    assert "traits.city" in evidence and "request 1" in evidence
    assert "location.coarse" not in found.get((2, "from"), {})  # (a trip's end: a search's)
    assert "location.coarse" not in found.get((2, "device.manufacturer"), {})  # (English)
    assert (2, "nempe") not in found


def _coarse(value: str, rule: str = "key.city", detector: Detector = Detector.KEY) -> Finding:
    return Finding(1, Part.BODY, "city", "location.coarse", detector, 0.7, "e", value, None,
                   rule)


def test_what_is_learned_and_where_it_is_found() -> None:
    known = learned_places([_coarse("Kolonia"), _coarse("US"), _coarse("3905"),
                            _coarse("Pine Ridge"), _coarse("Yana", "echo.identity")])
    assert set(known) == {"kolonia", "pine ridge"}
    rows = [(2, "body", "kahnimwo", "Kolonia"), (2, "body", "otonwahe", "Pine Ridge"),
            (2, "body", "to", "Kolonia"), (2, "body", "nota", "Kolonia is far"),
            (2, "header", "x-kahnimwo", "Kolonia")]
    again = place_echoes(known, rows, {(2, "body", "otonwahe")})  # (a field read already)
    assert {f.path for f in again} == {"kahnimwo"}
    assert all(f.confidence == 0.6 and f.rule == "echo.place" for f in again)
