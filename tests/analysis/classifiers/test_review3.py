"""The session's third review of its readings (230 cases against their parent): what was
narrowed, each a case the review found read wrongly."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, strong_in

API = "https://api.example.com"
CRASH = "https://crash.example.de/api/1/store"


def _line(message: str) -> dict[str, set[str]]:
    return strong_in({"breadcrumbs": [{"message": message}]}, CRASH)


def test_translations_that_name_other_things() -> None:
    assert found_in({"parole": "Conditional", "case": "PAR-2023-00481"}, API + "/v1/cases") == {}
    assert "contact.name" not in str(found_in({"emri": "Rakia Premium"}, API + "/v1/products"))
    assert found_in({"tariffa": "0.21"}, API + "/v1/offerte") == {}


def test_a_health_form_saved_or_answered_keeps_its_conditions() -> None:
    for call in ("/v1/intake/answers", "/v1/profile/save"):
        assert set(found_in({"asthma": True}, API + call)["asthma"]) == {"health.medical"}
    assert found_in({"herd": {"tuberculosis": False}}, API + "/v1/farm") == {}


def test_the_users_own_reviews_and_position_stay_hers() -> None:
    posted = {"reviews": [{"author": "Jane Doe", "text": "Great coffee, slow service."}]}
    assert "reviews[0].text" in found_in(posted, API + "/v1/reviews")
    end = {"end": {"stop_id": "s1", "stop_name": "Main St", "lat": 40.7411, "lon": -73.9897}}
    assert "end.lat" in strong_in(end, API + "/v1/trips/t1/end")


def test_log_lines_the_user_books_and_an_allergy_alerts_flag() -> None:
    assert _line("Clinic booking confirmed phone=+14155550123") == {
        "breadcrumbs[0].message": {"contact.phone"}}
    assert _line("Settings allergy_alerts=true pollen=high") == {}


def test_an_objects_role_by_its_last_word_and_a_faith_in_more_words() -> None:
    assert "friend_request.user_id" in strong_in({"friend_request": {"user_id": "u_7Hq2Kx9PzL"}},
                                                 API + "/v1/friends")
    found = found_in({"faith": "Seventh-day Adventist"}, API + "/v1/profile")
    assert set(found["faith"]) == {"personal.sensitive"}
    assert found_in({"filters": {"employee": "51-200"}}, API + "/v1/jobs/search") == {}
