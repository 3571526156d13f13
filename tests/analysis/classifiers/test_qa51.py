"""QA51 (a hunt for overreach in session nine's readings, 134 cases): what the first versions
read wrongly, and the generalisations they missed."""

from __future__ import annotations

import struct

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/metrics", {"event": "keys_fetch_latency", "values": [12, 15, 11, 14, 13, 12]},
     "behavior.keystroke"),
    ("/v1/video", {"event": "key_frame_intervals", "values": [33, 33, 34, 33, 33, 34]},
     "behavior.keystroke"),
    ("/v1/invoices", {"rfc": "XAXX010101000"}, "personal.national_id"),
    ("/v1/cards", {"card_id": "card_8f3a2b1c9d8e7f6a5b4c3d2e"}, "financial.payment"),
    ("/v1/track", {"source": "card_recommendations_home"}, "financial.payment"),
    ("/v1/track", {"source": "src_push_weekly_digest"}, "financial.payment"),
    ("/v1/decks", {"card": {"code": "151", "name": "Mew"}}, "financial.payment"),
    ("/v1/parking/sessions/confirm", {"code": "4417"}, "secret.credential"),
    ("/v1/phone/verify/start", {"country_code": "1876", "code": "1876"}, "secret.credential"),
    ("/v1/signup/referral/verify", {"code": "558812"}, "secret.credential"),
    ("/v1/campaigns", {"type": "message", "text": "Spring sale: 20% off everything today!"},
     "content.text"),
    ("/v1/onboarding", {"type": "text", "text": "Continue to checkout when you are ready."},
     "content.text"),
    ("/v1/offers/impressions", {"offer_id": "o1", "text": "Get 3 months free, cancel anytime."},
     "content.text"),
    ("/v1/tracks", {"n": "Searching", "q": "high"}, "behavior.search"),
    ("/v1/cart", {"n": "Search and Rescue Dog Harness", "q": "2"}, "behavior.search"),
    ("/v1/identify", {"traits": {"birthday": "1988-02-03", "breed": "labrador"}}, "nothing"),
    ("/api/vet/profile", {"dob": "1975-06-01", "gender": "male"}, "nothing"),
    ("/v1/listings", {"title": "Levi's 501 jeans", "waist_cm": 76, "inseam_cm": 81},
     "health.fitness"),
    ("/v1/payments/methods", {"amount": "10.00", "currency": "USD"}, "financial.purchase"),
    ("/v1/garage", {"vehiculo": {"diagnostico": {"codigo": "P0420"}}}, "health.medical"),
])
def test_no_overreach(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    assert not any(bad in cats for cats in found.values()), found
    if bad == "nothing":  # a person's own details stay theirs
        assert any(c.startswith("personal.") for cats in found.values() for c in cats), found


def test_an_analytics_session_header_is_no_credential() -> None:
    headers = (("x-analytics-session", "1712345678.9f3c2a1b7d6e5f4a3b2c1d0e9f8a7b6c"),)
    found = strong_in({"e": 1}, H + "/v1/collect", headers)
    assert "secret.credential" not in found.get("x-analytics-session", set()), found


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v1/visits", {"venue": {"id": "v1", "lat": 51.51712, "lng": -0.06531}}, "venue.lat",
     "location.precise"),
    # the user's own listing, work address (QA51: a seller's new listing, a sign-up)
    ("/v1/listings", {"listing": {"title": "Sofa", "contact": {"email": "me@example.org"}}},
     "listing.contact.email", "contact.email"),
    ("/v1/signup", {"business_email": "jo@acme.example"}, "business_email", "contact.email"),
    ("/v1/profile", {"office_email": "jo@acme.example"}, "office_email", "contact.email"),
    ("/v1/reservas", {"restaurante": {"id": "r1", "ubicacion": {"lat": 40.41262}}},
     "nothing", "location.precise"),
    ("/v1/events", {"events": [{"name": "key_hold_times",
                                "values": [88, 95, 102, 79, 91, 110, 84, 97, 93, 101]}]},
     "events[0].values", "behavior.keystroke"),
    ("/api/v1/reservas/checkin", {"hospede": {"tipo_documento": "PASSAPORTE",
                                              "numero_documento": "FZ123456"}},
     "hospede.numero_documento", "personal.national_id"),
    ("/v1/pagos", {"tarjeta": {"codigo_seguridad": "123"}}, "tarjeta.codigo_seguridad",
     "financial.payment"),
    ("/v2/payments", {"source_id": "cnon:CBASEHnVLpUpWjdUx5pHEgnyl0w"}, "source_id",
     "financial.payment"),
    ("/auth/v1/verify", {"type": "sms", "phone": "+447700900123", "token": "482913"}, "token",
     "secret.credential"),
    ("/api/v2/auth/mfa/verify", {"challenge": {"id": "ch_1", "code": "482913"}},
     "challenge.code", "secret.credential"),
    ("/v1/me/phone", {"phone": "+447700900123", "sms_code": "482913"}, "sms_code",
     "secret.credential"),
    ("/api/v1/autenticacion/verificar", {"codigo": "482913"}, "codigo", "secret.credential"),
    ("/socket/websocket", {"topic": "room:lobby", "event": "new_msg",
                           "payload": {"body": "are we still on for dinner at 8 tonight?"}},
     "payload.body", "content.text"),
    ("/v1/activity", {"type": "comment", "body": "This is so beautiful, where was it taken?"},
     "body", "content.text"),
    ("/sdk/v1/messages", {"conversation_id": "c1",
                          "body": "My order never arrived and tracking shows nothing."},
     "body", "content.text"),
    ("/v1/e", {"e": "search", "q": "vegan ramen near me"}, "q", "behavior.search"),
    ("/v1/e", {"n": "search", "kw": "vegan ramen near me"}, "kw", "behavior.search"),
    ("/v1/retiros", {"clabe": "002010077777777771"}, "clabe", "financial.payment"),
    ("/v1/pets/quote", {"applicant": {"date_of_birth": "1990-01-02"}, "breed": "beagle"},
     "applicant.date_of_birth", "personal.birthdate"),
    ("/v1/outings", {"species": "adder", "symptoms": "swelling and nausea after a bite"},
     "symptoms", "health.medical"),
])
def test_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    found = strong_in(body, H + url)
    if path == "nothing":
        assert not any(category in cats for cats in found.values()), found
    else:
        assert category in found.get(path, set()), found


@pytest.mark.parametrize(("url", "lat", "lon", "found"), [
    ("/v1/shifts/clock-in", 51.50721, -0.12761, True),
    ("/api/walks", 2.3481, 4.1256, False),  # km and km/h
    ("/v1/falls", 9.8123, 3.2457, False),  # peak g and seconds
])
def test_keyless_points_need_a_fixs_decimals(url: str, lat: float, lon: float,
                                            found: bool) -> None:
    raw = b"\n\x03s_1" + b"\x11" + struct.pack("<d", lat) + b"\x19" + struct.pack("<d", lon)
    ex = Exchange(ts=0, method="POST", url=H + url,
                  request_headers=(("content-type", "application/x-protobuf"),),
                  request_body=raw)
    points = {f.path for f in classify_decoded(1, decode_exchange(ex))
              if f.category == "location.precise" and f.confidence >= 0.6}
    assert bool(points) is found, points
