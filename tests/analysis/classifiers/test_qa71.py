"""QA71's hunt over ordinary traffic: ages and sexes of things and birds, a producer's tempo, an
airport's address, library and loyalty cards, a meter's serial, a race's numbered session and a
price alert are no person's data; an address or a name under a booking, a patron or an observer,
a supply address, an OpenWeatherMap postcode, a hotel reservation and a clipboard are."""

from __future__ import annotations

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    ({"pairing": {"wine": {"age": 5}}}, "https://api.example.com/v1/pairings",
     "pairing.wine.age", "personal.birthdate"),
    ({"lesson": {"age_range": "6-8"}}, "https://api.example.com/v1/progress",
     "lesson.age_range", "personal.birthdate"),
    ({"aircraft": {"age_years": 6.2}}, "https://api.example.com/v1/aircraft/info",
     "aircraft.age_years", "personal.birthdate"),
    ({"observations": [{"species_code": "amerob", "sex": "male", "count": 2}]},
     "https://api.example.org/v2/checklists/S1/obs", "observations[0].sex", "personal.gender"),
    ({"project": {"bpm": 128, "time_signature": "4/4", "key": "A minor"}},
     "https://api.example.com/v1/projects", "project.bpm", "health.fitness"),
    ({"loop": {"bpm": 72, "name": "dusty keys"}}, "https://api.example.com/v1/loops/download",
     "loop.bpm", "health.fitness"),  # (not /samples: a heart's samples as often, QA73)
    ({"airport": {"code": "LHR", "address": "Longford, Hounslow TW6 1QG, UK"}},
     "https://api.example.com/v1/airports/favourite", "airport.address", "contact.address"),
    ({"card": {"library_card_number": "21234001234567", "pin": None}},
     "https://api.example.com/v1/patrons/auth", "card.library_card_number", "financial.payment"),
    ({"loyalty_card_number": "4532015112830366"}, "https://api.example.com/v1/members",
     "loyalty_card_number", "financial.payment"),
    ({"meter_serial": "21E5055123"}, "https://api.example.com/v1/meters", "meter_serial",
     "id.hardware"),
    ({"station": {"serial_number": "WS2-88123"}}, "https://api.example.com/v1/stations",
     "station.serial_number", "id.hardware"),
    ({"f1": {"session_key": 9158}}, "https://api.example.org/v1/laps", "f1.session_key",
     "secret.credential"),
    ({"alert": {"symbol": "AAPL", "price_above": 200.5}}, "https://api.example.com/v1/alerts",
     "alert.price_above", "financial.purchase"),
])
def test_things_are_nobodys(body: dict[str, object], url: str, path: str,
                            category: str) -> None:
    found = strong_in(body, url)
    assert category not in found.get(path, set()), found


@pytest.mark.parametrize(("body", "url", "path", "category"), [
    ({"booking": {"address": "221B Baker Street, London NW1 6XE"}},
     "https://api.example.com/v1/bookings", "booking.address", "contact.address"),
    ({"service_address": "42 Maple Avenue, Leeds LS6 2AB"},
     "https://api.example.com/v1/accounts/join", "service_address", "contact.address"),
    ({"patron": {"name": "Eleanor Whitfield"}}, "https://api.example.com/v1/patron/update",
     "patron.name", "contact.name"),
    ({"reservation": {"check_in": "2026-12-01", "check_out": "2026-12-04", "total": 612.40,
                      "currency": "EUR"}},
     "https://api.example.com/v1/reservations", "reservation.total", "financial.purchase"),
    ({"clipboard": "My new address is 12 Oak Road, Bristol BS1 4DJ"},
     "https://api.example.com/v1/clipboard/sync", "clipboard", "content.text"),
    # a card number under a membership it pays for is still a card's
    ({"membership": {"card_number": "4111111111111111", "plan": "gold"}},
     "https://api.example.com/v1/memberships", "membership.card_number", "financial.payment"),
    # ...and a session's token is one, however it is named
    ({"session_key": "9f86d081884c7d659a2feaa0c55ad015"}, "https://api.example.org/v1/me",
     "session_key", "secret.credential"),
])
def test_the_users_data_is_found(body: dict[str, object], url: str, path: str,
                                 category: str) -> None:
    found = strong_in(body, url)
    assert category in found.get(path, set()), found


def test_an_openweathermap_postcode_with_its_country() -> None:
    ex = Exchange(ts=0, method="GET", url="https://api.example.org/data/2.5/forecast"
                  "?zip=94103,us&appid=b6907d289e10d714a6e88b30761fae22",
                  request_headers=(), request_body=b"")
    found = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert found.get("zip") == "location.coarse", found
