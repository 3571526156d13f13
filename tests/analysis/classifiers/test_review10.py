"""The tenth session's final review (a helper read the session's diff and reproduced each point)
and QA58 (a hunt in the session's last readings, 110 cases): the user's address by a compound
name, PINs on keypads, a card's last digits, a health insurer's numbers, places in an address,
the app's own name, the action-unit gate, host names, US state codes, a socket's path, pins."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange, ExchangeKind
from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("body", "path", "category", "expected"), [
    # a one-word name ending in "address" is the user's only with the user's own prefix
    ({"bankaddress": {"line": "1 Bank Plaza", "cc": "GB", "land": "UK"}}, "bankaddress.line",
     "contact.address", False),
    ({"Firmenadresse": {"Ort": "Hamburg"}}, "Firmenadresse.Ort", "location.coarse", False),
    ({"Lieferadresse": {"Ort": "Berlin"}}, "Lieferadresse.Ort", "location.coarse", True),
    # a payment's "last" fields that are no card digits
    ({"payment": {"method": "card", "last_updated": "20240115", "last_amount": "4012"}},
     "payment.last_updated", "financial.payment", False),
    ({"paiement": {"derniers_chiffres": "4242"}}, "paiement.derniers_chiffres",
     "financial.payment", True),
    # a health insurer's dates, a dog's wellness plan
    ({"health_insurance": {"policy_start_date": "2024-01-01", "member_since": "2019"}},
     "health_insurance.member_since", "health.medical", False),
    ({"dog": {"health_plan": {"member_number": "WP-99812"}}}, "dog.health_plan.member_number",
     "health.medical", False),
    ({"medical_insurance": {"member_id": "MI88123"}}, "medical_insurance.member_id",
     "health.medical", True),
    # a status in a location or an address is no place; a code in a geo object is
    ({"location": {"estado": "denied", "sub": "precise"}}, "location.sub", "location.coarse",
     False),
    ({"address": {"estado": "verificada"}}, "address.estado", "location.coarse", False),
    ({"geo": {"cc": "US", "sub": "US-NY"}}, "geo.sub", "location.coarse", True),
    # ISO 3166-2 codes of states whose two letters are words elsewhere
    ({"state": "US-PA"}, "state", "location.coarse", True),
    ({"team": {"name": "Rangers", "state": "NY"}}, "team.state", "location.coarse", False),
    # a map's pin, a shipping "pin" (India's postcode)
    ({"map": {"pin": "48.85661,2.35222"}}, "map.pin", "secret.credential", False),
    ({"shipping": {"pin": "560001"}}, "shipping.pin", "secret.credential", False),
    # a booking's confirmation code is no credential
    ({"confirmationCode": "84512937", "lastName": "Doe"}, "confirmationCode",
     "secret.credential", False),
    # a meeting room among a call's participants
    ({"participants": [{"name": "Conference Room 4B", "email": "room-4b@corp.example.com"}]},
     "participants[0].name", "contact.name", False),
    # the app's name beside its package, whatever the key order and the punctuation
    ({"display_name": "Jimmy John's", "package": "com.example.jimmyjohns",
      "app_id": "1:1234:android:ab12"}, "display_name", "contact.name", False),
])
def test_found_or_not(body: dict[str, object], path: str, category: str,
                      expected: bool) -> None:
    found = strong_in(body, H + "/v1/x")
    assert (category in found.get(path, set())) is expected, found


def _keys(digits: str) -> list[dict[str, object]]:
    return [{"k": d, "d": 100 * i, "u": 100 * i + 60} for i, d in enumerate(digits)]


@pytest.mark.parametrize(("url", "key", "digits", "pin"), [
    ("/v1/calls/dial", "keypad_events", "5551234", False),  # a dialler types a number
    ("/v1/tips", "numpad_events", "1500", False),  # a numpad types an amount
    ("/v4/panels/p1/arm", "keypad", "4827", True),  # an alarm's arming keypad types a PIN
    ("/v1/x", "pinpad", "4827", True),
])
def test_a_keypads_digits(url: str, key: str, digits: str, pin: bool) -> None:
    found = strong_in({key: _keys(digits)}, H + url)
    assert ("secret.credential" in found.get(key, set())) is pin, found


def test_the_action_unit_gate_is_no_authorization_header() -> None:
    from analysis.classifiers.structure_objects import _unit_names

    assert not _unit_names(frozenset({"authorization", "audience", "audio_url", "auto_play"}))
    assert _unit_names(frozenset({"au_names"}))


def test_a_host_name_carries_identifiers_not_company_names(tmp_path: object) -> None:
    from pathlib import Path

    from analysis.passes.classify import findings_for_exchange
    from analysis.profile import load_profile

    device = Path(str(tmp_path)) / "device.toml"
    device.write_text('[carrier]\nname = "Vodafone"\n[network]\nwifi_ssid = "eduroam"\n'
                      '[identifiers]\nadvertising_id = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"\n')
    profile = load_profile(device)
    for url in ("https://vodafone-selfcare-api.vodafone.example/v1/ping",
                "https://discovery-eduroam.geteduroam.example/v1/x"):
        ex = Exchange(ts=0, method="GET", url=url, request_headers=())
        assert not [f for f in findings_for_exchange(1, ex, profile) if f.path == "host"]


def test_a_search_sockets_chat_message() -> None:
    ex = Exchange(ts=0, method=None, url="wss://rt.example.com/socket/search",
                  kind=ExchangeKind.WEBSOCKET, direction="up", request_headers=(),
                  request_body=json.dumps({"type": "message", "text": "hey are we still on "
                                           "for tonight?"}).encode())
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("text", "content.text") in found, found


def test_a_thermostats_status_published_is_no_text() -> None:
    found = strong_in({"message": "Heating to 21 degrees until 22:00 then eco mode"},
                      H + "/v1/devices/t1/publish")
    assert "content.text" not in found.get("message", set()), found
    found = strong_in({"text": "first time trying the chipmunk effect with my sister"},
                      H + "/v1/videos/publish")
    assert "content.text" in found.get("text", set()), found


@pytest.mark.parametrize(("body", "path", "expected"), [
    ({"mood": ["anxious"], "energy": 2}, "mood", True),
    ({"entry": {"mood_score": 3, "note": "slept badly"}}, "entry.mood_score", True),
    ({"share": {"mood": False}}, "share.mood", False),
    ({"playlist": {"mood": "chill", "tempo": 92}}, "playlist.mood", False),
])
def test_a_mood_logged_is_health_data(body: dict[str, object], path: str,
                                      expected: bool) -> None:
    """Every evaluation set with a mood check-in (eight) labels it health.medical."""
    found = strong_in(body, H + "/v1/checkins")
    assert ("health.medical" in found.get(path, set())) is expected, found


def test_a_search_sockets_query() -> None:
    """A search socket's query is a search (QA56), and a typed message on it is text (above)."""
    ex = Exchange(ts=0, method=None, url="wss://stream.example/ws/search",
                  kind=ExchangeKind.WEBSOCKET, direction="up", request_headers=(),
                  request_body=json.dumps({"q": "tesla"}).encode())
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("q", "behavior.search") in found, found
