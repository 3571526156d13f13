"""The session's fourth review of its readings (156 cases against their parent): what was
narrowed, each a case the review found read wrongly."""

from __future__ import annotations

from analysis.classifiers.health_named import health_product as _health_product
from tests.analysis.classifiers.found import found_in, strong_in

API = "https://api.example.com"
CRASH = "https://crash.example.de/api/1/store"


def _line(message: str) -> dict[str, set[str]]:
    return strong_in({"breadcrumbs": [{"message": message}]}, CRASH)


def test_place_words_and_a_password_that_name_other_things() -> None:
    assert found_in({"pile": [{"kucha": "7 of hearts"}]}, API + "/v1/game") == {}
    assert found_in({"paroli": "3-step"}, API + "/v1/roulette/settings") == {}


def test_health_products_by_whole_words_not_a_pools() -> None:
    assert _health_product("Clearview Pregnancy Test 2-pack") == ("pregnancy test",)
    for name in ("Pool test strips 50", "Std Test Tube Rack", "Pregnancy Test Cake Topper"):
        assert _health_product(name) == (), name


def test_others_reviews_at_a_reviews_call_and_a_ride_damage_report() -> None:
    listed = {"reviews": [{"author": "Ana", "text": "Loved it."},
                          {"author": "Rui", "text": "Too slow."}]}
    assert "reviews[0].text" not in found_in(listed, API + "/v1/reviews")
    found = found_in({"description": "Brake lever snapped on the hill."},
                     API + "/v1/rides/r1/damage")
    assert "content.text" in found["description"]
    assert found_in({"description": "Node down on eu-west"},
                    "https://status.example.com/v1/incidents") == {}


def test_provider_lines_game_positions_and_other_users() -> None:
    assert _line("Pharmacy selected phone=+14155550123") == {}
    assert _line("Level start player pos=52.241871,21.030512") == {}
    assert "other_user.user_id" not in strong_in({"other_user": {"user_id": "u_9912"}},
                                                 API + "/v1/match")


def test_a_faith_but_not_an_organisation() -> None:
    assert found_in({"faith": "Islamic Relief Worldwide"}, API + "/v1/donations") == {}
    assert set(found_in({"faith": "Jehovah's Witness"}, API + "/v1/profile")["faith"]) == {
        "personal.sensitive"}
