"""The twentieth session's general readings: an app's own event lists under its own word for
"events" (event_lists.py), a card form's holder and a billing address's country."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, found_in_form


def test_an_event_list_in_an_apps_words() -> None:
    body = {"nastani": [{"name": "statement_view", "ts": 1764750900000},
                        {"name": "map.load", "ts": "2025-12-03T09:15:40Z"}]}
    found = found_in(body, "https://api.example.org/v1/analitika")
    assert found["nastani[0].name"] == {"behavior.usage": "shape.event-list"}
    assert found["nastani[1].name"] == {"behavior.usage": "shape.event-list"}


def test_no_event_without_its_time_nor_a_file() -> None:
    assert found_in({"stavki": [{"name": "statement_view", "qty": 2}]}) == {}
    assert "nastani[0].name" not in found_in(
        {"nastani": [{"name": "scan_front.jpg", "ts": 1764750900000}]})
    # a person's name in a list with times is no event
    assert "behavior.usage" not in found_in(
        {"gosti": [{"name": "Ana Petrova", "ts": 1764750900000}]}).get("gosti[0].name", {})


def test_a_card_forms_holder_and_country() -> None:
    found = found_in_form("card[name]=Jane+Doe&card[address_country]=GE&card[number]=x")
    assert found["card[name]"] == {"contact.name": "key.name"}
    assert found["card[address_country]"] == {"location.coarse": "key.address-country"}
    assert "card[address_country]" not in found_in_form("merchant[address_country]=GE")
