"""QA73's review of session 12's readings: each reading held to what it is about (a place
search's token, a page view, a phone's device object, a push player, a consent receipt, Greek
and Italian words, a night's stages, a person's motion and health, a phone carrier)."""

from __future__ import annotations

import pytest

from analysis.classifiers import classify_decoded
from analysis.classifiers.rules import fold_accents
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in

UUID = "4f8b2c1e-7a3d-4e9b-b2c5-9d1e0f7a6b3c"


def _get(url: str, headers: tuple[tuple[str, str], ...] = ()) -> dict[str, set[str]]:
    ex = Exchange(ts=0, method="GET", url=url, request_headers=headers, request_body=b"")
    out: dict[str, set[str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        if f.confidence >= 0.6:
            out.setdefault(f"{f.part}:{f.path}", set()).add(f.category)
    return out


def test_a_session_cookie_on_a_places_call_is_a_session() -> None:
    found = _get("https://api.example.com/v2/places/ChIJ123/reviews",
                 (("cookie", f"sessionToken={UUID}"),))
    assert "secret.credential" in found["cookie:sessionToken"], found


@pytest.mark.parametrize(("body", "url"), [
    ({"event": "page", "url": "https://status.example.com/incidents/8812"},
     "https://api.example.com/v1/alerts"),
    ({"type": "page", "href": "https://api.example.com/items?page=3", "rel": "next"},
     "https://api.example.com/v1/items"),
])
def test_a_page_alert_or_a_paging_link_is_no_page_visited(body: dict[str, object],
                                                          url: str) -> None:
    found = strong_in(body, url)
    assert not any("behavior.browsing" in c for c in found.values()), found


def test_a_pixels_image_url_is_no_page_visited() -> None:
    found = _get("https://px.example.net/tr?id=1&ev=PageView"
                 "&url=https%3A%2F%2Fcdn.shop.example%2Fimg%2Fsku-4411-front.jpg")
    assert not any("behavior.browsing" in c for c in found.values()), found


@pytest.mark.parametrize("body", [
    {"device": {"uuid": UUID, "type": "thermostat", "firmware": "2.1"}},
    {"device": {"guid": UUID, "kind": "smart_lock"}},
])
def test_a_things_device_object_gives_no_phone_id(body: dict[str, object]) -> None:
    found = strong_in(body, "https://api.example.com/v1/homes/h1/devices")
    assert not any("id.device" in c for c in found.values()), found


def test_a_phones_device_object_gives_its_id() -> None:
    found = strong_in({"device": {"uuid": UUID, "os": "Android", "model": "Pixel 8"}})
    assert "id.device" in found["device.uuid"], found


def test_a_games_player_stays_its_user() -> None:
    found = strong_in({"player_id": "p_88213", "app_id": "com.puzzlequest",
                       "device_type": "android", "score": 12400},
                      "https://api.example.com/v1/scores")
    assert found["player_id"] == {"id.user"}, found


def test_an_oauth_consent_token_keeps_its_reading() -> None:
    import base64
    import json

    def b64(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    token = f"{b64({'alg': 'RS256'})}.{b64({'sub': 'user_48213', 'scope': 'read'})}.c2ln"
    found = strong_in({"consent_token": token}, "https://auth.example.com/oauth2/consent/accept")
    assert "id.device" not in found.get("consent_token.claims.sub", set()), found


@pytest.mark.parametrize("body", [
    {"poli": 3}, {"poli": "Nord"},  # Italian poles
    {"platos": 2.5}, {"platos": 60.5, "mikos": 120.25, "ypsos": 75.0},  # dishes; a table
])
def test_italian_and_spanish_look_alikes_of_greek_words(body: dict[str, object]) -> None:
    found = strong_in(body)
    assert not any(c.startswith("location.") for cats in found.values() for c in cats), found


@pytest.mark.parametrize("body", [
    {"stages": [{"level": "light"}, {"level": "medium"}, {"level": "deep"}]},  # a massage chair
    {"stages": ["light", "deep", "wake", "light"]},  # a hypnosis track
    {"pipeline": {"stages": ["n1", "n2", "n3", "n4"]}},
])
def test_stages_that_are_no_nights(body: dict[str, object]) -> None:
    found = strong_in(body)
    assert not any(c.startswith("health.") for cats in found.values() for c in cats), found


@pytest.mark.parametrize("body", [
    {"drone": "Mavic 3", "source": "imu", "samples": [[0.1, 0.2, 9.8]] * 12},
    {"vehicle": {"vin": "WVWZZZ1JZXW000001"}, "sensor": "accel",
     "frames": [[0.5 + i / 10, -0.7, 9.58] for i in range(12)]},
])
def test_a_drones_or_a_vehicles_motion_is_no_ones(body: dict[str, object]) -> None:
    found = strong_in(body, "https://api.example.com/v1/runs")
    assert not any("behavior.motion" in c for c in found.values()), found


def test_an_inhalers_events_stay_medical() -> None:
    found = strong_in({"medication": "Ventolin HFA", "symptoms": ["wheezing", "cough"]},
                      "https://api.example.com/v1/device/events")
    assert "health.medical" in found["medication"], found


def test_a_cars_symptoms_are_no_ones_health() -> None:
    found = strong_in({"vehicle": {"make": "VW", "model": "Golf"},
                       "symptoms": ["rough idle", "check engine light"], "severity": 3},
                      "https://api.example.com/v1/diagnose")
    assert not any("health.medical" in c for c in found.values()), found


def test_a_wireless_carrier_named_assurance_is_a_carrier() -> None:
    found = strong_in({"carrier": "Assurance Wireless", "mcc": "310"})
    assert "location.carrier" in found["carrier"], found


def test_a_heart_rate_sample_is_not_a_tempo() -> None:
    found = strong_in({"bpm": 72, "type": "heart_rate"}, "https://api.example.com/v1/samples")
    assert "health.fitness" in found.get("bpm", set()), found


def test_the_micro_sign_is_no_m() -> None:
    assert fold_accents("dose_µg") == "dose_ug"
    assert fold_accents("μήκος") == "mikos"  # (the Greek letter mu is an m)
