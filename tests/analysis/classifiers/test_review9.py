"""The ninth session's final review of its own diff: forms' bracketed objects, a frame's bodies,
minified event names, nested keyless points, check-ins by the URL, passport shapes, carriers,
2FA paths, camelCase key events, address books, streets, pulses, a lost translation."""

from __future__ import annotations

import struct

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


def _form(body: str, url: str) -> dict[str, set[str]]:
    ex = Exchange(ts=0, method="POST", url=H + url,
                  request_headers=(("content-type", "application/x-www-form-urlencoded"),),
                  request_body=body.encode())
    out: dict[str, set[str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        if f.confidence >= 0.6:
            out.setdefault(f.path, set()).add(f.category)
    return out


def test_forms_bracketed_objects_are_objects() -> None:
    found = _form("user[dob]=1990-01-02&user[gender]=female&dog[breed]=beagle", "/v1/signup")
    assert "personal.birthdate" in found.get("user[dob]", set()), found
    found = _form("guest[nombre]=Lucia&guest[apellidos]=Fernandez", "/v1/reservas")
    assert "contact.name" in found.get("guest[nombre]", set()), found


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/cart", {"name": "Search Party DVD", "n": 1, "q": "gift wrap please"},
     "behavior.search"),
    ("/v1/salons", {"stats": {"visits": 3}, "salon": {"name": "Cuts", "location": {
        "lat": 51.5282, "lng": -0.1617}}}, "location.precise"),
    ("/v1/checkin", {"tipo": "DNI", "numero": "INV1234567"}, "personal.national_id"),
    ("/v1/uploads/book/upload", {"hashes": ["a" * 63 + "1", "b" * 63 + "2"]},
     "content.contacts"),
    ("/v1/places", {"address": {"via": "Google Places v3", "line1": "1 Main St",
                                "city": "Leeds"}}, "contact.address@address.via"),
    ("/v1/heartbeat", {"pulse": 1}, "health.fitness"),
])
def test_no_overreach(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    category, _, path = bad.partition("@")
    if path:
        assert category not in found.get(path, set()), found
    else:
        assert not any(category in cats for cats in found.values()), found


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/auth/2fa/verify", {"email": "jo@example.org", "code": "482913"}, "code",
     "secret.credential"),
    ("/v1/events", {"n": "keyDownTiming", "kd": [[72, 0, 96], [69, 143, 231], [76, 301, 380],
                                                [76, 452, 533], [79, 610, 702]]}, "kd",
     "behavior.keystroke"),
    ("/v1/rides", {"driver": {"contact_details": {"phone": "+447700900789"}}},
     "driver.contact_details.phone", "contact.phone"),
    ("/v1/identitaet", {"personalausweis": "T22000129"}, "personalausweis",
     "personal.national_id"),
    ("/v1/address-book/upload", {"hashes": ["a" * 63 + "1", "b" * 63 + "2"]}, "hashes",
     "content.contacts"),
    ("/v1/recommendations/items", {"user": {"waist_cm": 71}}, "user.waist_cm",
     "health.fitness"),
])
def test_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())


def test_la_poste_mobile_is_a_mobile_carrier() -> None:
    assert "location.carrier" in strong_in({"carrier": "La Poste Mobile"}).get("carrier", set())


def test_a_lone_double_above_does_not_hide_a_nested_point() -> None:
    inner = b"\x09" + struct.pack("<d", 51.50721) + b"\x11" + struct.pack("<d", -0.12761)
    raw = b"\x09" + struct.pack("<d", 87.5) + b"\x12" + bytes([len(inner)]) + inner
    ex = Exchange(ts=0, method="POST", url=H + "/v1/checkin",
                  request_headers=(("content-type", "application/x-protobuf"),),
                  request_body=raw)
    points = {f.path for f in classify_decoded(1, decode_exchange(ex))
              if f.category == "location.precise" and f.confidence >= 0.6}
    assert points == {"2.1", "2.2"}, points
