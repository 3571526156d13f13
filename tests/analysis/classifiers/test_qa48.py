"""QA48 (a hunt for overreach in the QA46/QA47 readings): the user's own phone in a role's sign-up
or an inquiry form, US numbers with dots, a search near a place of worship, typing-looking
events that are no typing, a questionnaire's deep fields."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v1/driver/signup", {"driver_phone": "07700 900123", "password": "S3cret!pass"},
     "driver_phone", "contact.phone"),
    ("/v1/transfers", {"sender_phone": "0803 123 4567", "amount": 50}, "sender_phone",
     "contact.phone"),
    ("/v1/listings/L1/inquiry", {"listing_inquiry": {"phone": "07700 900123"}},
     "listing_inquiry.phone", "contact.phone"),
    ("/v1/bookings", {"service_booking": {"contact_phone": "07700 900123"}},
     "service_booking.contact_phone", "contact.phone"),
    ("/v1/profile", {"phone": "+1 650.253.0000"}, "phone", "contact.phone"),
    ("/v1/profile", {"profil": {"kota_domisili": "Bandung"}}, "profil.kota_domisili",
     "location.coarse"),
    ("/v1/mosques/search", {"mosque_search": {"lat": 51.50735, "lng": -0.12776}},
     "mosque_search.lat", "location.precise"),
])
def test_the_users_own(url: str, body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/events", {"event": "keyboard_shortcut_used", "counts": [3, 5, 2, 8, 1, 4]},
     "behavior.keystroke"),
    ("/v1/events", {"event": "keyboard_height_changed", "heights": [291, 301, 291, 310, 291]},
     "behavior.keystroke"),
    ("/v1/assessments/phq9", {"answers": [1, 2], "client": {"app": {"build": {
        "category": "release"}}}}, "health.medical"),
    ("/v1/mosques", {"masjid": {"nama": "Al-Ikhlas", "lat": -6.26123, "lon": 106.81234}},
     "location.precise"),
    ("/v1/listings/L1", {"listing": {"title": "2-bed flat", "tel": "020 7946 0991"}},
     "contact.phone"),
])
def test_not_the_users(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    assert not any(bad in cats for path, cats in found.items()
                   if not path.startswith("answers")), found


@pytest.mark.parametrize(("body", "bad"), [
    # QA49: lists and objects of places and businesses, readings, an article list
    ({"vendor": {"name": "Acme Catering", "phone": "+442079460958"}}, "contact.phone"),
    ({"services": [{"name": "Plumbing", "contact_phone": "020 7946 0111"}]}, "contact.phone"),
    ({"listing": {"title": "Flat", "contact_phone": "020 7946 0958"}}, "contact.phone"),
    ({"mosques": [{"name": "East London", "lat": 51.5175, "lng": -0.0653}]},
     "location.precise"),
    ({"temples": [{"name": "Neasden", "latitude": 51.5472, "longitude": -0.2621}]},
     "location.precise"),
    ({"network": {"mobile": "4.5 1200 35"}}, "contact.phone"),
    ({"name": "phq9", "category": "mental-health-articles", "page": 2}, "health.medical"),
])
def test_qa49_look_alikes(body: dict[str, object], bad: str) -> None:
    found = strong_in(body)
    assert not any(bad in cats for cats in found.values()), found


def test_qa49_a_phq9_results_category() -> None:
    found = strong_in({"instrument": "phq9", "category": "moderately severe"})
    assert "health.medical" in found["category"]
