"""Session nine's fixes, first the QA49 hunt's leftovers: a place's or a business's details inside
its own ``contact`` or ``location`` object, a business desk's number named by its key, a role's
number inside the role's object, key events named with their timing."""

from __future__ import annotations

import json

import pytest

from analysis.passes.classify import findings_for_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in

H = "https://api.example"
ROWS = [[72, 0, 96], [69, 143, 231], [76, 301, 380], [76, 452, 533], [79, 610, 702],
        [32, 790, 861], [87, 930, 1012]]


@pytest.mark.parametrize(("body", "bad"), [
    ({"salon": {"name": "Cuts", "contact": {"phone": "020 7946 0958"}}}, "contact.phone"),
    ({"listing": {"id": "L1", "contact": {"phone": "+447700900456"}}}, "contact.phone"),
    ({"listings": [{"title": "2-bed flat", "phone": "+447700900456"}]}, "contact.phone"),
    ({"mosque": {"name": "Central", "location": {"lat": 51.5282, "lng": -0.1617}}},
     "location.precise"),
    ({"church": {"name": "St Paul", "coordinates": "51.5138,-0.0984"}}, "location.precise"),
    ({"app_config": {"customer_service_phone": "+442079460000"}}, "contact.phone"),
    ({"help": {"support_email": "help@shop.example"}}, "contact.email"),
])
def test_a_places_own_details(body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + "/v1/x")
    assert not any(bad in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"salon_booking": {"customer": {"phone": "07700 900123"}}},
     "salon_booking.customer.phone", "contact.phone"),
    ({"mosque_finder": {"user_location": {"latitude": 51.51712, "longitude": -0.06531}}},
     "mosque_finder.user_location.latitude", "location.precise"),
    ({"listing_inquiry": {"name": "Jo Bloggs", "phone": "+447700900123"}},
     "listing_inquiry.phone", "contact.phone"),
    ({"veteran": {"service_member_phone": "+447700900123"}}, "veteran.service_member_phone",
     "contact.phone"),
    ({"checkin": {"venue": {"id": "v1"}, "location": {"lat": 51.51712, "lng": -0.06531}}},
     "checkin.location.lat", "location.precise"),
])
def test_the_users_own_stays(body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + "/v1/x").get(path, set())


@pytest.mark.parametrize("body", [
    {"ride": {"driver": {"name": "Ali", "contact_phone": "+447700900789"}}},
    {"ride": {"driver": {"name": "Ali", "contact": {"phone": "+447700900789"}}}},
])
def test_a_roles_object_holds_another_number(body: dict[str, object]) -> None:
    """With a profile whose number differs, a phone in a driver's object is below 0.6."""
    ex = Exchange(ts=0, method="POST", url=H + "/v1/rides",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    profile = DeviceProfile(device=DeviceInfo(platform="android", country="GB"),
                            contact={"phone": "+447700900123"})
    phones = [f for f in findings_for_exchange(1, ex, profile) if f.category == "contact.phone"]
    assert phones and all(f.confidence < 0.6 for f in phones)


@pytest.mark.parametrize(("name", "typing"), [
    ("keydown_timing", True), ("keypress_dynamics", True), ("comment_typing", True),
    ("keyboard_shortcut", False), ("keypress_sound", False),
])
def test_key_events_named_with_their_timing(name: str, typing: bool) -> None:
    found = strong_in({"n": name, "kd": ROWS}, H + "/v1/events")
    assert ("behavior.keystroke" in found.get("kd", set())) is typing, found


def test_a_check_in_places_the_user_at_the_venue() -> None:
    """QA15: a check-in's venue position is where the user is; a venue elsewhere is the
    venue's (blind11, blind16: an event's venue)."""
    body = {"venue": {"id": "v1", "name": "Hall", "lat": 51.51712, "lon": -0.06531}}
    assert "location.precise" in strong_in(body, H + "/v2/events/venue-checkin")["venue.lat"]
    assert "venue.lat" not in strong_in(body, H + "/v2/events/e1")
