"""QA35 (a hunt for false findings in the QA32 and QA33 readings): what those readings must not
take, and what they must still take."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "path", "category"), [
    # a farm's and a herd's fertility, a feature switch, paging of a history call
    ({"field": {"fertility": {"nitrogen_kg_ha": 120, "soil_type": "loam"}}},
     "field.fertility.soil_type", "health.medical"),
    ({"herd": {"fertility": {"last_heat": "2024-04-01"}}}, "herd.fertility.last_heat",
     "health.medical"),
    ({"cyclehistory": {"page": 2, "cursor": "eyJvIjo1MH0"}}, "cyclehistory.cursor",
     "health.medical"),
    ({"features": {"pregnancy": {"enabled": True}}}, "features.pregnancy.enabled",
     "personal.sensitive"),
    # a file's, a method's, a map layer's name
    ({"upload": {"fname": "IMG_20240501_101502.jpg", "size": 183422}}, "upload.fname",
     "contact.name"),
    ({"crash": {"fname": "ViewController.swift", "mname": "viewDidLoad"}}, "crash.mname",
     "contact.name"),
    ({"map": {"layers": [{"lname": "Roads"}]}}, "map.layers[0].lname", "contact.name"),
    # a store's apps, an HTTP response's body
    ({"store": {"featured_apps": ["com.spotify.music"]}}, "store.featured_apps", "device.apps"),
    ({"recommended_apps": ["com.duolingo"]}, "recommended_apps", "device.apps"),
    ({"error": {"status": 502, "responseText": "<html><body><h1>502 Bad Gateway</h1></body>"
                "</html>"}}, "error.responseText", "content.text"),
])
def test_not_read(body: dict[str, object], path: str, category: str) -> None:
    assert category not in found_in(body).get(path, {}), found_in(body)


@pytest.mark.parametrize(("body", "path", "category"), [
    # a user's delivery address under a pharmacy order stays the user's
    ({"pharmacy_order": {"delivery_address": {"street": "14 Elm Road", "city": "Leeds"}}},
     "pharmacy_order.delivery_address.street", "contact.address"),
    # typing measures decide before a speech word: a keyboard or a recorded typing session
    ({"keyboard_session": {"wpm": 48, "backspace_count": 5, "dwell_mean_ms": 95,
                           "voice_input_count": 1}}, "keyboard_session.wpm",
     "behavior.keystroke"),
    ({"session_recording": {"wpm": 70, "flight_ms": 85, "dwell_ms": 102, "backspaces": 2}},
     "session_recording.wpm", "behavior.keystroke"),
    # the readings' own cases under near names
    ({"symptomLogs": [{"date": "2025-11-02", "flow": "heavy"}]}, "symptomLogs[0].flow",
     "health.medical"),
    ({"pregnancyInfo": {"dueDate": "2026-06-14", "weeks": 14}}, "pregnancyInfo.weeks",
     "personal.sensitive"),
    ({"fname": "Jean-Luc", "lname": "van Dijk"}, "lname", "contact.name"),
])
def test_read(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body).get(path, {}), found_in(body)


@pytest.mark.parametrize(("body", "path", "category"), [
    # QA34: a bare id_card holding its number, a child's age in a kids' app
    ({"id_card": "T22000129"}, "id_card", "personal.national_id"),
    ({"user_props": {"child_age": 7}}, "user_props.child_age", "personal.birthdate"),
])
def test_qa34_read(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body).get(path, {}), found_in(body)


def test_qa34_a_passenger_in_a_driver_apps_event_is_someone_else() -> None:
    found = found_in({"events": [{"name": "trip_accepted", "params": {"passenger": {
        "first_name": "Anna", "phone": "+49 30 5558 7711"}}}]})
    assert not [p for p in found if ".passenger." in p], found
    # the same keys describing the user outside an event's parameters stay the user's
    mine = found_in({"driver": {"first_name": "Max", "phone": "+4915112345678"}})
    assert "contact.name" in mine["driver.first_name"]
