"""QA6 (an independent tester hunting false positives on traffic without personal data) found
these; each is a finding that could have made an "absent" claim violated, and stays fixed."""

from __future__ import annotations

import json
import math
import random

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in as _found


@pytest.mark.parametrize("marker", ["[Filtered]", "[REDACTED]", "<private>", "<redacted>",
                                    "********", "xxxx", "•••", "{{user.name}}", "${name}",
                                    "%s", "%@", "[scrubbed]", "redacted", "masked"])
def test_a_redaction_marker_is_no_value(marker: str) -> None:
    body = {"first_name": marker, "password": marker, "dob": marker, "card_number": marker,
            "ssn": marker, "diagnosis": marker, "gender": marker, "username": marker,
            "search_query": marker, "wifi_ssid": marker}
    assert _found(body) == {}


def test_a_flag_is_no_name_date_or_place_but_a_sensitive_flag_is_data() -> None:
    found = _found({"has_birthday": True, "first_name_required": True, "city_required": True,
                    "postal_code_required": "true", "pregnant": True, "rooted": True,
                    "user": {"name": "guest"}})
    assert set(found) == {"pregnant", "rooted"}


def test_mixpanel_event_names_and_dates_with_a_dollar_are_values() -> None:
    found = _found({"event": "$app_open", "profile": {"DOB": "$D_638928000"}})
    assert "behavior.usage" in found["event"] and "personal.birthdate" in found["profile.DOB"]


def _gauss(n: int, seed: int = 3) -> list[float]:
    rng = random.Random(seed)
    return [round(rng.gauss(0, 0.1), 4) for _ in range(n)]


def test_waveforms_curves_and_constants_are_no_voiceprint() -> None:
    rng = random.Random(5)
    found = _found({
        "voice_note": {"waveform": [round(rng.random(), 3) for _ in range(256)]},
        "speaker": {"eq_curve": [round(rng.gauss(0, 3), 2) for _ in range(128)]},
        "enrollment": {"weekly_minutes": [float(rng.randint(0, 90)) for _ in range(128)]},
        "face": {"embedding": [0.5] * 128},
        "voice": {"embedding": _gauss(192)}})
    assert set(found) == {"voice.embedding"}


def test_numeric_lists_under_common_words_are_no_keystrokes_or_motion() -> None:
    t = 1700000000000
    found = _found({
        "intervals": [100, 250, 500, 1000, 2000], "dwell_times": [1200, 3400, 800, 5600, 2100],
        "flight_durations_min": [75, 80, 72, 90, 85], "keyTimes": [0, 0.25, 0.5, 0.75, 1.0],
        "hotkeys": {"intervals": [200, 400, 800, 1600, 3200]},
        "trace": [[i * 10, 73, 10] for i in range(40)],
        "counts": {"taps": [3, 1, 4, 1, 5, 9, 2, 6]},
        "acc_history": [[t + i * 1000, 100, 0] for i in range(30)],
        "gesture_config": {"thresholds": [[0, 10, 20]] * 5}})
    assert not any(c in ("behavior.keystroke", "behavior.motion")
                   for cats in found.values() for c in cats), found


def test_real_series_are_still_found() -> None:
    t = 1700000000000
    found = _found({"typing": {"intervals": [120, 95, 143, 88, 101, 97]},
                    "dwell_ms": [96, 88, 104, 91, 99], "accel": [[0.1 * i, 9.8, 0.2]
                                                                 for i in range(30)],
                    "gestures": [{"path": [[300 + 9 * j, 1800 - 4 * j, t + 16 * j]
                                           for j in range(20)]}],
                    "mfcc_mean": [round(5 * math.sin(i), 3) for i in range(13)]})
    assert "behavior.keystroke" in found["typing.intervals"]
    assert "behavior.keystroke" in found["dwell_ms"]
    assert "behavior.motion" in found["accel"] and "behavior.motion" in found["gestures[0].path"]
    assert "biometric.voice" in found["mfcc_mean"]


@pytest.mark.parametrize(("body", "path"), [
    ({"ad": {"id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b", "format": "banner"}}, "ad.id"),
    ({"cid": "camp-551"}, "cid"), ({"did": "doc-7781"}, "did"),
    ({"unique_id": "banner-hero-001"}, "unique_id"), ({"instance_id": "srv-eu-3"}, "instance_id"),
    ({"stores": [{"store_id": "ST-0042", "lat": 51.51254, "lon": -0.12532}]}, "stores[0].lat"),
    ({"landmarks": [{"name": "Big Ben", "lat": 51.5007, "lon": -0.1246}]}, "landmarks[0].lat"),
    ({"shipping": {"carrier": "ExampleParcel"}}, "shipping.carrier"),
    ({"merchant": {"mcc": "5411"}}, "merchant.mcc"), ({"mcc": "5411"}, "mcc"),
    ({"zip": "gzip"}, "zip"), ({"store_postcode": "WC2E 9LH"}, "store_postcode"),
    ({"store": {"postcode": "WC2E 9LH", "city": "London"}}, "store.postcode"),
    ({"ip": "8.8.8.8"}, "ip"),
    ({"stores": [{"phone": "+44 20 7946 0000"}]}, "stores[0].phone"),
    ({"hotline": "+448001234567"}, "hotline"), ({"support_line": "+18005550199"}, "support_line"),
    ({"placeholder": "you@example.com"}, "placeholder"),
    ({"GoogleAccessId": "svc@project.iam.gserviceaccount.com"}, "GoogleAccessId"),
    ({"password_strength": "strong"}, "password_strength"),
    ({"session_token_ttl": 3600}, "session_token_ttl"),
    ({"age": 3600, "cache": "hit"}, "age"), ({"min_age": 18}, "min_age"),
    ({"item": {"name": "Desk", "height": 75, "weight": 22.5}}, "item.height"),
    ({"recipe": {"calories": 350}}, "recipe.calories"), ({"steps": ["Mix", "Fry"]}, "steps"),
    ({"pace": "slow"}, "pace"), ({"hr": 1}, "hr"), ({"activity_type": "browse"}, "activity_type"),
    ({"onboarding_steps": 5}, "onboarding_steps"), ({"track": {"bpm": 128}}, "track.bpm"),
    ({"size_gender": "mens"}, "size_gender"), ({"gender": "unisex"}, "gender"),
    ({"pan": "left", "zoom": 2}, "pan"),
    ({"app": {"content": {"keywords": "books,classics"}}}, "app.content.keywords"),
    ({"author": {"name": "Eleanor Whitfield"}}, "author.name"),
    ({"binary_images": [{"build_id": "abcd1234abcd"}]}, "binary_images[0].build_id"),
    ({"app": {"content": {"language": "en"}}}, "app.content.language"),
    ({"religion": "all"}, "religion"), ({"item_brand": "Outdoorz"}, "item_brand"),
])
def test_look_alikes_are_left_alone(body: object, path: str) -> None:
    found = _found(body)
    assert path not in found and not any(p.startswith(path + "[") for p in found), found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"gaid": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"}, "gaid", "id.advertising"),
    ({"distinct_id": "$device:6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"}, "distinct_id", "id.device"),
    ({"cid": "1234567890.1700000000"}, "cid", "id.device"),
    ({"device_id": "android-faa48f2177c1e5d3"}, "device_id", "id.device"),
    ({"lat": 51.51254, "lon": -0.12532}, "lat", "location.precise"),
    ({"carrier": "Example Mobile"}, "carrier", "location.carrier"),
    ({"mcc": "310"}, "mcc", "location.carrier"), ({"zip": "10001"}, "zip", "location.coarse"),
    ({"phone": "+1 555 010 0199"}, "phone", "contact.phone"),
    ({"email": "jane.doe@example.org"}, "email", "contact.email"),
    ({"age": 34}, "age", "personal.birthdate"), ({"age_range": "25-34"}, "age_range",
                                                  "personal.birthdate"),
    ({"weight_kg": 72.5}, "weight_kg", "health.fitness"), ({"steps": 5012}, "steps",
                                                           "health.fitness"),
    ({"workout_type": "trail_run"}, "workout_type", "health.fitness"),
    ({"gender": "female"}, "gender", "personal.gender"), ({"gender": "m"}, "gender",
                                                         "personal.gender"),
    ({"pan": "4242 **** **** 4242"}, "pan", "financial.payment"),
    ({"search_keywords": "divorce lawyer"}, "search_keywords", "behavior.search"),
])
def test_the_real_values_are_still_found(body: object, path: str, category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


def test_an_oauth_client_assertions_subject_is_the_app() -> None:
    import base64

    def b64(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

    jwt = (b64({"alg": "RS256"}) + "." + b64({"iss": "shopnews-android",
                                              "sub": "shopnews-android"}) + ".c2ln")
    found = _found({"grant_type": "client_credentials", "client_assertion": jwt})
    assert not [p for p in found if p.startswith("client_assertion.")], found
    # an App Check token's subject is the Firebase app ID
    app = b64({"alg": "RS256"}) + "." + b64({"sub": "1:123456789012:android:0123abcd"}) + ".c2ln"
    assert "token.claims.sub" not in _found({"token": app})


def test_an_encrypted_auction_price_and_a_shops_address_are_no_purchase_or_contact() -> None:
    found = _found({"price": "AAAAAF7c020944c9", "stores": [
        {"address": "12 Long Acre, London WC2E 9LH"}], "cart": {"price": "EUR 4,99"},
        "order_id": "O-1001"})
    assert set(found) == {"cart.price", "order_id"}


def test_a_servers_place_and_address_and_a_cells_channel_are_not_the_phones() -> None:
    found = _found({"server": {"lat": 40.7128, "lon": -74.006, "ip": "81.2.69.161"},
                    "hops": [{"ip": "81.2.69.162"}], "cells": [{"earfcn": 5230, "pci": 94}],
                    "meta": {"here": {"lat": 40.74183, "lon": -73.98931},
                             "poi": {"lat": 40.7411, "lon": -73.9897}}})
    # a point of interest is content the app shows, not where the user is (QA21)
    assert set(found) == {"meta.here.lat", "meta.here.lon"}


def test_face_blend_shapes() -> None:
    shapes = [round(abs(math.sin(i)) * 0.6, 3) for i in range(52)]
    assert _found({"faces": [{"blendshapes": shapes}]})["faces[0].blendshapes"] == {
        "biometric.face": "structure.face-blendshapes"}
    assert "mix.blend" not in _found({"mix": {"blend": shapes}})


def test_key_events_that_name_their_key_and_a_time() -> None:
    keys = [{"k": c, "t": 130 * i} for i, c in enumerate("hello")]
    found = _found({"keys": keys, "grades": [{"g": c, "t": i} for i, c in enumerate("ABACB")]})
    assert found["keys"] == {"behavior.keystroke": "structure.keystroke-events",
                             "content.text": "structure.typed-text"}
    assert "grades" not in found


def test_a_product_view_is_no_purchase_but_an_order_is() -> None:
    view = {"event": "view_item", "items": [{"sku": "SKU-1", "price": 24.99, "quantity": 1}]}
    assert not any("financial.purchase" in c for c in _found(view).values()), _found(view)
    order = {"event": "purchase", "transaction_id": "T-1001",
             "items": [{"sku": "SKU-1", "price": 24.99, "quantity": 1}]}
    found = _found(order)
    assert found["items[0].sku"] == {"financial.purchase": "words.purchase"}
    checkout = {"operationName": "checkoutCreate",
                "variables": {"lines": [{"quantity": 2, "sku": "SKU-9"}]}}
    assert "financial.purchase" in _found(checkout)["variables.lines[0].sku"]


@pytest.mark.parametrize(("body", "path"), [
    ({"hardware_id": "arm64-v8a"}, "hardware_id"),
    ({"contact": {"name": "Customer Service", "channel": "chat"}}, "contact.name"),
    ({"retry": {"sleep": 500, "max": 3}}, "retry.sleep"),
    ({"condition": "used", "item": "SKU-1"}, "condition"),
    ({"net": {"lat": 45.123, "jit": 3.2}}, "net.lat"),
    ({"carrier": "--"}, "carrier"), ({"mcc": "65535", "mnc": "65535"}, "mcc"),
    ({"cell": {"mcc": 2147483647, "cid": 2147483647}}, "cell.mcc"),
    ({"sim_state": "READY"}, "sim_state"),
    ({"gift_card": {"serial": "GC-9981-7712"}}, "gift_card.serial"),
    ({"note": "config"}, "note"),
    ({"match": {"sport": "football", "league": "Premier League"}}, "match.sport"),
    ({"run": {"race": "London Marathon 2026"}}, "run.race"),
    ({"consent": {"conditions": "terms_v3", "accepted": True}}, "consent.conditions"),
    ({"checkout": {"document_number": "INV-2026-0001"}}, "checkout.document_number"),
    ({"network": {"cellular": "LTE"}}, "network.cellular"),
    ({"product": {"display_name": "Garden Hose 25m"}}, "product.display_name"),
    ({"frame": {"fn": "handleCheckout", "file": "Cart.tsx"}}, "frame.fn"),
    ({"event": "login", "auth": "google"}, "auth"),
])
def test_more_look_alikes_are_left_alone(body: object, path: str) -> None:
    assert path not in _found(body), _found(body)


def test_a_bare_lat_lon_pair_by_shape_cannot_violate_a_claim() -> None:
    ex = Exchange(ts=0, method="POST", url="https://sdk.example/v1",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"scale": "10.125,20.250"}).encode())
    (f,) = classify_decoded(1, decode_exchange(ex))
    assert f.category == "location.precise" and f.confidence < 0.6


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"keyboard": {"dwell": [95, 127, 104, 84, 100, 121, 64, 136]}}, "keyboard.dwell",
     "behavior.keystroke"),
    ({"key_intervals": [130, 173, 230, 269, 198, 83, 296, 86]}, "key_intervals",
     "behavior.keystroke"),
    ({"faceprint": [round(0.2 + 0.1 * math.sin(i), 4) for i in range(128)]}, "faceprint",
     "biometric.face"),
    ({"checkin": {"venue": {"name": "Bean There", "lat": 51.51254, "lng": -0.12532}}},
     "checkin.venue.lat", "location.precise"),
    ({"notes": "buy milk"}, "notes", "content.text"),
    ({"run": {"race": "Hispanic or Latino"}}, "run.race", "personal.sensitive"),
    ({"auth": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTQyIn0.c2lnbmF0dXJlLXNpZ24"}, "auth",
     "secret.credential"),
])
def test_the_real_signals_stay_found(body: object, path: str, category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


@pytest.mark.parametrize(("body", "path"), [
    ({"gesture_config": {"thresholds": [[0, 10, 20], [10, 20, 30], [20, 30, 40],
                                        [30, 40, 50], [40, 50, 60]]}},
     "gesture_config.thresholds"),
    ({"orientation_changes": [[1764252000 + i * 30, i % 2, 0] for i in range(12)]},
     "orientation_changes"),
    ({"typing": {"debounce_ms": [250, 250, 250, 250, 250]}}, "typing.debounce_ms"),
    ({"retry": {"intervals_ms": [100, 200, 400, 800, 1600]}}, "retry.intervals_ms"),
    ({"document": {"number": "INV-2026-0001", "type": "invoice"}}, "document.number"),
    ({"payment": {"token": "pk_live_abc123def456ghi789"}}, "payment.token"),
    ({"seller": {"email": "shop@seller.example"}}, "seller.email"),
    ({"order": {"refill": "coffee"}}, "order.refill"),
])
def test_round_three_look_alikes(body: object, path: str) -> None:
    assert path not in _found(body), _found(body)


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"gesture": [[16 * i, 100 + 3 * i, 400 - 2 * i] for i in range(30)]}, "gesture",
     "behavior.motion"),
    ({"p": "51.50735,-0.12776"}, "p", "location.precise"),
    ({"workout": {"sport": "running", "duration_s": 1800}}, "workout.sport", "health.fitness"),
])
def test_round_three_real_signals(body: object, path: str, category: str) -> None:
    assert category in _found(body).get(path, {}), _found(body)


def test_short_profile_values_count_only_under_their_key() -> None:
    from analysis.classifiers import matcher_for
    from analysis.profile import DeviceInfo, DeviceProfile

    p = DeviceProfile(device=DeviceInfo(country="GB"), identifiers={"user_id": "42"},
                      carrier={"name": "EE"}, network={"wifi_ssid": "home"})
    ex = Exchange(ts=0, method="POST", url="https://a.example/items/42?lang=ee",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"screen": "home", "count": 42, "user_id": "42",
                                           "ssid": "home", "carrier": "EE"}).encode())
    found = {f.path for f in classify_decoded(1, decode_exchange(ex), matcher_for(p))
             if f.detector == "ground_truth"}
    assert found == {"user_id", "ssid", "carrier"}


def test_the_profiles_carrier_in_a_supported_list_is_an_option() -> None:
    from analysis.classifiers import matcher_for
    from analysis.profile import DeviceInfo, DeviceProfile

    p = DeviceProfile(device=DeviceInfo(country="GB"),
                      carrier={"name": "Examplefone UK", "sim_country": "GB"})
    ex = Exchange(ts=0, method="POST", url="https://a.example/cfg",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"carrier_supported": ["EE", "Examplefone UK"],
                                           "sim_countries_supported": ["GB", "IE"],
                                           "sim": {"carrier": "Examplefone UK"}}).encode())
    found = {f.path for f in classify_decoded(1, decode_exchange(ex), matcher_for(p))
             if f.detector == "ground_truth"}
    assert found == {"sim.carrier"}


def test_a_voice_note_upload_is_no_voiceprint() -> None:
    import struct

    peaks = struct.pack("<192f", *[0.3 * math.sin(i / 3) for i in range(192)])
    body = bytes([3 << 3 | 2]) + bytes([len(peaks) & 0x7F | 0x80, len(peaks) >> 7]) + peaks
    ex = Exchange(ts=0, method="POST", url="https://api.example/v2/voice-notes/upload",
                  request_headers=(("content-type", "application/x-protobuf"),),
                  request_body=body)
    assert not [f for f in classify_decoded(1, decode_exchange(ex)) if f.category.startswith(
        "biometric")]


def test_a_chats_agents_and_bots_are_no_contacts_of_the_user() -> None:
    # (a participant's name is read beside that person's phone or e-mail: QA56)
    found = _found({"participants": [{"role": "agent", "name": "Sam"},
                                     {"role": "bot", "name": "ShopBot"},
                                     {"role": "member", "name": "Alex Roe",
                                      "email": "alex.roe@example.org"}]})
    assert {p for p in found if p.endswith(".name")} == {"participants[2].name"}
