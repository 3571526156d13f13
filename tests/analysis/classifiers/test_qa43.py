"""QA43 (end to end: a children's learning app in Toronto, a connected-car app in Munich): a
school's record, payment channels, role mailboxes, a PIN by what it unlocks, German search and
sensor words, a search event's terms, MFCCs under "audio_features"."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange

H = "https://api.example"


def _found(body: object | None, url: str) -> dict[str, dict[str, float]]:
    """path -> category -> confidence."""
    ex = Exchange(ts=0, method="POST" if body is not None else "GET", url=url,
                  request_headers=(("content-type", "application/json"),),
                  request_body=None if body is None else json.dumps(body).encode())
    out: dict[str, dict[str, float]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        out.setdefault(f.path, {})[f.category] = f.confidence
    return out


@pytest.mark.parametrize(("url", "body"), [
    ("/v2/classroom/join", {"class_code": "MPL-4B-2291", "school": {
        "id": "sch_88", "name": "Maple Grove Public School", "lat": 43.67013, "lon": -79.40122,
        "phone": "+1 416 555 0199"}}),
    ("/v2/iap/verify", {"payment_method": "app_store", "transaction_id": "2000000812345678"}),
    ("/v2/iap/verify", {"payment_method": "Google Play"}),
    ("/v2/track", {"event": "dealer_viewed", "dealer_email": "service@autohaus.example"}),
    ("/v1/sessions/stop", {"betreiber": {"name": "Stadtwerke Nordpark",
                                         "telefon": "+49 89 5550 7100"}}),
])
def test_not_the_users(url: str, body: dict[str, object]) -> None:
    found = _found(body, H + url)
    bad = {"contact.phone", "contact.email", "financial.payment", "location.carrier",
           "location.precise"}
    assert not any(bad & set(cats) for cats in found.values()), found


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v3/vehicles/1/commands/unlock", {"security_pin": "4711"}, "security_pin",
     "secret.credential"),
    ("/v2/geocode/autocomplete?suche=Ladepark%20Moosach&sprache=de", None, "suche",
     "behavior.search"),
    ("/v2/batch", {"batch": [{"event": "nav_search",
                              "properties": {"query": "Werkstatt Pasing"}}]},
     "batch[0].properties.query", "behavior.search"),
    ("/v3/profile", {"geschlecht": "maennlich"}, "geschlecht", "personal.gender"),
    ("/v3/profile", {"plec": "kobieta"}, "plec", "personal.gender"),
])
def test_found(url: str, body: dict[str, object] | None, path: str, category: str) -> None:
    assert category in _found(body, H + url).get(path, {})


def test_german_acceleration_rows_are_motion() -> None:
    rows = [[1762678800000 + 20 * i, 0.1 + i / 100, 0.75, 9.52 - i / 50] for i in range(30)]
    found = _found({"fahrt": {"beschleunigung": rows}}, H + "/v2/telematik/upload")
    assert found["fahrt.beschleunigung"]["behavior.motion"] >= 0.6


def test_mfcc_frames_under_audio_features_are_still_read() -> None:
    frames = [[15.4 - i, 5.7, 0.26, -3.0, -4.3, 0.12, -4.1, 1.2, 0.3, -0.5, 2.2, 1.1, 0.9]
              for i in range(16)]
    found = _found({"audio_features": {"mfcc": frames}}, H + "/v1/reading/attempts")
    assert "biometric.voice" in found["audio_features.mfcc"]
    # ...and a search event's name alone, or a search word with no event, is no search term
    opened = _found({"event": "search_opened", "screen": "home"}, H + "/v2/track")
    assert not any("behavior.search" in cats for cats in opened.values()), opened
    assert "behavior.search" not in _found({"event": "app_open", "properties": {
        "query": "utm_source=x"}}, H + "/v2/track").get("properties.query", {})
