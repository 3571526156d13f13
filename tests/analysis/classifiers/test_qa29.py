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
    # friends' hashed numbers: an address book's
    ({"address_book": [{"phone_sha256": "a" * 64}]}, "https://api.snap.example/v1/friends/match",
     "contact.phone"),
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


def test_a_leaderboards_others_are_others_when_each_entry_says_is_me() -> None:
    found = found_in({"leaderboard": [
        {"display_name": "Marta Kowalczyk", "user_id": "u_88123", "is_me": False},
        {"display_name": "Jane Roe", "user_id": "u_me", "is_me": True}]},
        "https://game.example/v1/scores")
    assert "id.user" not in found.get("leaderboard[0].user_id", {})
    assert "id.user" in found["leaderboard[1].user_id"]


def test_a_camel_case_address_book_is_contacts() -> None:
    found = found_in({"addressBook": [{"phone_sha256": "a" * 64}]},
                     "https://api.snap.example/v1/friends/match")
    assert "contact.phone" not in found.get("addressBook[0].phone_sha256", {}), found


def test_a_pairs_name_wins_over_its_type() -> None:
    found = found_in({"fields": [{"name": "first_name", "type": "text", "value": "Johanna"},
                                 {"name": "date_of_birth", "type": "date",
                                  "value": "1990-04-12"}]}, "https://forms.example/v1/submit")
    assert "personal.birthdate" in found["fields[1].value"], found


def test_a_clinicians_own_profile_keeps_their_contacts() -> None:
    found = found_in({"profile": {"name": "Jane Roe", "email": "jane@mail.example",
                                  "specialty": "ICU nursing", "credentials": "RN, BSN"}},
                     "https://care.example/v1/me/profile")
    assert "contact.email" in found["profile.email"]


def test_unnamed_timing_records_with_integer_keys_do_not_crash() -> None:
    import msgpack  # a map with integer keys, as msgpack sends them

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    body = msgpack.packb([{1: 1000 + 180 * i, 2: 1090 + 180 * i} for i in range(12)])
    ex = Exchange(ts=0, method="POST", url="https://k.example/x.TypingService/UploadStats",
                  request_headers=(("content-type", "application/x-msgpack"),),
                  request_body=body)
    found = classify_decoded(1, decode_exchange(ex))  # raised AttributeError on int keys
    assert all(f.category != "behavior.keystroke" for f in found)  # no call about typing
