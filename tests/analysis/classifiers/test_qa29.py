"""QA29 (a food-delivery app and a photo-sharing app, end to end): other people in the user's
requests — a courier on the map, the people tagged in a photo, friends' numbers — and a post's
text sent for moderation."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

CAPTION = "Sunset at the lake with @marco_r, what a day!"


@pytest.mark.parametrize(("body", "url", "wrong"), [
    # a courier's record in an analytics event the customer's app sends
    ({"event": "Courier Map Viewed", "properties": {"courier": {
        "first_name": "Mehmet", "phone": "+4917698765432", "lat": 52.50811, "lng": 13.43902}}},
     "https://events.tally.example/v1/batch", "contact.phone"),
    ({"event": "Courier Map Viewed", "properties": {"courier": {
        "first_name": "Mehmet", "lat": 52.50811, "lng": 13.43902}}},
     "https://events.tally.example/v1/batch", "location.precise"),
    # the people tagged in a photo
    ({"text": CAPTION, "tags": [{"user_id": "u_88", "display_name": "Marco Rossi",
                                 "x": 0.31, "y": 0.42}]},
     "https://mod.safeguard.example/v1/moderate", "contact.name"),
    # friends' hashed numbers: an address book's, an invitee's
    ({"address_book": [{"phone_sha256": "a" * 64}]}, "https://api.snap.example/v1/friends/match",
     "contact.phone"),
    ({"invitee_phone_sha256": "b" * 64}, "https://an.example/v1/track", "contact.phone"),
])
def test_qa29_other_people_are_not_the_user(body: object, url: str, wrong: str) -> None:
    found = found_in(body, url)
    assert all(wrong not in cats for cats in found.values()), found


def test_a_courier_apps_own_location_stays_the_users() -> None:
    found = found_in({"courier": {"id": "c1", "name": "Jane Roe", "lat": 52.3389,
                                  "lng": 4.8722, "phone": "+31 6 12345678"}},
                     "https://api.courier.example/v1/shift/location")
    assert "location.precise" in found["courier.lat"]
    assert "contact.phone" in found["courier.phone"]


def test_a_posts_text_sent_for_moderation_is_the_users_but_a_moderators_reason_is_not() -> None:
    found = found_in({"text": CAPTION, "author_id": "u_1"},
                     "https://mod.safeguard.example/v1/moderate")
    assert "content.text" in found["text"]
    assert found_in({"reason": "Your order has shipped and will arrive tomorrow."},
                    "https://mod.example/v1/comments/123/moderate") == {}


def test_an_address_book_on_its_own_is_contacts() -> None:
    found = found_in({"address_book": [{"phone_sha256": "a" * 64}]},
                     "https://api.snap.example/v1/friends/match")
    assert "content.contacts" in found["address_book[0].phone_sha256"]
