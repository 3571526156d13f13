"""The session's review (review8): overreaches of the QA36-QA40 readings, each pinned."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "path"), [
    ({"comment_de": "Gute Sache", "search_de": "hose"}, "comment_de"),  # "de": a language
    ({"caption_da": "Hej"}, "caption_da"),
    ({"ev": {"name": "Tesla Model 3"}}, "ev.name"),  # an electric vehicle's object, no event
    ({"path": "RouteEditVC"}, "path"),  # a view's name that decodes as a short route
    ({"rate_limit": {"max_hr": 100}}, "rate_limit.max_hr"),
    ({"timesheet": {"avg_hr": 7.5}}, "timesheet.avg_hr"),
    ({"card": {"type": "PAN", "value": "4111 1111 1111 1111"}}, "card.value"),
    ({"record": {"type": "passport", "id": "3f2a9c1e-7b4d-4e21-9a0f-1c2d3e4f5a6b"}},
     "record.id"),  # the record's own UUID, no document's number
    ({"filters": {"dob": {"year": 1990}}}, "filters.dob.year"),
    ({"dob": {"day": "Tuesday"}}, "dob.day"),
    ({"order": {"on_prep": True}}, "order.on_prep"),
])
def test_no_such_reading(body: dict[str, object], path: str) -> None:
    found = found_in(body).get(path, {})
    bad = {"content.text", "behavior.search", "behavior.usage", "location.precise",
           "health.fitness", "personal.national_id", "personal.birthdate", "health.medical"}
    assert not bad & set(found), found


def test_the_joining_words_still_join() -> None:
    assert "secret.credential" in found_in({"mot_de_passe": "x9!Kp2#q"})["mot_de_passe"]
    assert "content.text" in found_in({"comment": "Gute Sache"})["comment"]
