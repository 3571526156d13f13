"""QA16's look-alikes of this session's readings, each of which flipped an "absent" claim to
"violated" before the fix: they must stay negative (or keep their earlier category)."""

from __future__ import annotations

import random

import pytest

from tests.analysis.classifiers.found import found_in

R = random.Random(16)
U = "3f2b8c4e-9a1d-4e7b-8c2f-5d6e7f8a9b0c"


def vec(n: int) -> list[float]:
    return [round(R.gauss(0, 0.1), 4) for _ in range(n)]


def keys_typed(text: str) -> list[dict[str, object]]:
    return [{"k": c, "d": i * 300, "u": i * 300 + 120} for i, c in enumerate(text)]


@pytest.mark.parametrize(("body", "url", "wrong"), [
    # a recommender's item and a search index's document vectors
    ({"uvec": vec(64), "ivec": vec(64)}, "https://feed.example/v1/rank", "biometric.voice"),
    ({"dvec": vec(768)}, "https://notes.example/v1/index", "biometric.voice"),
    ({"xvec": vec(32)}, "https://game.example/v1/telemetry", "biometric.voice"),
    # a bird's call, a machine's vibration
    ({"embedding": vec(1024), "f0": 3200.0, "species": "unknown"},
     "https://birds.example/v1/identify", "biometric.voice"),
    ({"embedding": vec(768), "shimmer": 0.04, "kind": "machine_noise"},
     "https://iot.example/v1/vibration", "biometric.voice"),
    # a loan's interest cover, a close-of-business date, a baccalaureate
    ({"ratios": {"ltv": 0.8, "icr": 2.5}}, "https://loans.example/v1/apply", "health.medical"),
    ({"cob": 20240315, "desk": "rates"}, "https://bank.example/v1/positions", "health.medical"),
    ({"student": {"bac": 2019}, "notes": {"bac": 15.5}},
     "https://etudes.example/v1/dossier", "health.medical"),
    # an aircraft, a public charger, an analytics property, a catalogue reference, a case
    ({"segments": [{"flight": "LH400", "aircraft": "B737-800"}]},
     "https://air.example/v1/booking", "id.hardware"),
    ({"session": {"charger": "CP-DE-0004521"}},
     "https://ev.example/v1/charge/start", "id.hardware"),
    ({"tracker": "UA-12345678-1"}, "https://sdk.example/v1/config", "id.hardware"),
    ({"wishlist": {"watch": "RLX-126610LN"}, "report": {"camera": "CAM-2024-00451"}},
     "https://shop.example/v1/save", "id.hardware"),
    # a country, a route, a currency pair, the app's own error text beside an e-mail
    ({"cc": "US", "text": "Popular near you this week"},
     "https://sdk.example/v1/feed", "content.text"),
    ({"from": "BER", "to": "LHR", "description": "Cheapest flights this weekend"},
     "https://travel.example/v1/deals", "content.text"),
    ({"email": "a@example.com", "message": "Invalid password, please try again",
      "code": 401}, "https://auth.example/v1/login/failed", "content.text"),
    ({"to": "+15550142277", "body": "Your verification code is 482913"},
     "https://auth.example/v1/sms/otp", "content.text"),
    ({"description": "Automatic fall detection alert triggered"},
     "https://safety.example/v1/sos/trigger", "content.text"),
    # a film's cast, a company, a room
    ({"people": ["Tom Hanks", "Meg Ryan"]}, "https://movies.example/v1/discover", "contact.name"),
    ({"tenant": {"name": "Northwind Traders", "id": "t-1"}},
     "https://saas.example/v1/switch", "contact.name"),
    ({"roommates": ["Living Room", "Master Bedroom"]},
     "https://home.example/v1/rooms", "contact.name"),
    # a UI cell, a date, an IMEI's type allocation code beside the network's codes
    ({"event": "cell_tap", "cellId": 3}, "https://sdk.example/v1/track", "location.carrier"),
    ({"calendar": {"cellId": "20240315"}}, "https://cal.example/v1/view", "location.carrier"),
    # a TTL and a size, statistics under two-letter names
    ({"ttl": {"lt": 604800000, "lg": 1048576}},
     "https://sdk.example/v1/config", "location.precise"),
    ({"stats": {"la": 52000000, "lo": 31000000}},
     "https://sdk.example/v1/stats", "location.coarse"),
    # another device's, an item's ID
    ({"pairedDevice": U, "castDevice": U, "referrerInstall": U},
     "https://ble.example/v1/sync", "id.device"),
    ({"items": [{"iid": U, "qty": 1}]}, "https://shop.example/v1/cart", "id.device"),
    # a search box's settings and what the app chose to show
    ({"input": "true"}, "https://api.example/v1/autocomplete", "behavior.search"),
    ({"input": "en-US"}, "https://api.example/v1/suggest/config", "behavior.search"),
    ({"text": "Recommended for you"}, "https://api.example/v1/suggestions", "behavior.search"),
    # the app's ad revenue, a balance on a billing screen
    ({"event": "ad_revenue", "value": 0.0012, "currency": "USD"},
     "https://mmp.example/v1/e", "financial.purchase"),
    ({"screen": "billing", "balance": {"amount": 120.5, "currency": "EUR"}},
     "https://bank.example/v1/e", "financial.purchase"),
    # an article's ID, a batsman's runs
    ({"article": {"aid": "a1b2c3d4e5f60718"}}, "https://news.example/v1/read", "id.device"),
    ({"player": {"bat": 45}}, "https://fantasy.example/v1/team", "device.info"),
    # typing-speed lists in a call about keys of another kind or a running cadence
    ({"dw": [85, 80, 129, 100, 142, 89, 120], "fl": [237, 300, 101, 108, 86, 340, 296]},
     "https://run.example/v1/cadence", "behavior.keystroke"),
])
def test_qa16_look_alikes_stay_negative(body: object, url: str, wrong: str) -> None:
    found = found_in(body, url)
    assert not [path for path, cats in found.items() if wrong in cats], found


def test_typed_digits_stay_typed_text_and_a_real_pin_stays_a_secret() -> None:
    found = found_in({"pin": {"ev": keys_typed("40012345")}})
    assert "contact.phone" not in found.get("pin.ev", {})
    assert found_in({"pin": "4821"})["pin"] == {"secret.credential": "key.pin"}
    assert found_in({"password": "N48°51'30\"pass"})["password"]


def test_an_imeis_type_allocation_code_beside_the_network_is_no_tracking_area() -> None:
    found = found_in({"records": [{"mcc": "310", "mnc": "260", "tac": "35209900"}]})
    assert "records[0].tac" not in found
    assert found_in({"records": [{"mcc": "310", "mnc": "260", "tac": "4412"}]})[
        "records[0].tac"] == {"location.carrier": "context.record"}


@pytest.mark.parametrize(("body", "url", "wrong"), [
    # QA17: a latency probe's servers, a cast receiver, a shop view, a face model's name
    ({"probes": [{"host": "edge-sg1.reelbox.example", "ip": "203.0.113.9", "lat": 1.3521,
                  "lon": 103.8198, "rtt_ms": 182}]}, "https://api.example/v1/net/edge-probe",
     "location.precise"),
    ({"results": [{"host": "edge-sg1.reelbox.example", "ip": "203.0.113.9", "rtt_ms": 182}]},
     "https://api.example/v1/net/probe", "location.ip"),
    ({"best_edge": {"lat": 1.3521, "lon": 103.8198}}, "https://api.example/v1/net",
     "location.precise"),
    ({"receiver": {"device_id": "tv-3f9a1c77e2b04d58", "model": "Example TV 55"}},
     "https://api.example/v1/cast/session", "id.device"),
    ({"receiver": {"device_id": "tv-3f9a1c77e2b04d58", "model": "Example TV 55"}},
     "https://api.example/v1/cast/session", "device.info"),
    ({"items": [{"sku": "RB-COIN-0070", "price_cents": 99}]}, "https://api.example/v1/shop/view",
     "financial.purchase"),
    ({"model": "arc-r100-v3", "top_k": 5}, "https://api.example/v1/face/search", "device.info"),
])
def test_qa17_look_alikes_stay_negative(body: object, url: str, wrong: str) -> None:
    found = found_in(body, url)
    assert not [path for path, cats in found.items() if wrong in cats], found


def test_qa17_a_push_token_under_identifier_and_the_users_own_place() -> None:
    token = "Uw0Md1_GVX5gsiqkbC8bjQ:APA91b" + "x" * 134
    assert found_in({"identifier": token, "device_type": 1})["identifier"] == {
        "id.device": "key.push-token-value"}
    # the phone's own fix and address, with no server named beside them
    found = found_in({"lat": 40.74183, "lon": -73.98931, "ip": "203.0.113.7"})
    assert found["lat"] == {"location.precise": "key.latitude"}
    assert found["ip"] == {"location.ip": "key.ip"}


@pytest.mark.parametrize(("body", "wrong"), [
    # the nineteenth set's look-alikes: saved cities and sensor stations' positions, other
    # players' installs, an HMAC under "mac", a card's and the app's own brand
    ({"cities": [{"name": "Lisbon", "lat": 38.7223, "lon": -9.1393}]}, "location.precise"),
    ({"sensors": [{"id": "s1", "lat": 40.70468, "lon": -73.92107}]}, "location.precise"),
    ({"saved": [{"lat": 40.779011, "lon": -74.009694}]}, "location.precise"),
    ({"players": [{"iid": U, "score": 4}], "others": [{"iid": U}]}, "id.device"),
    ({"mac": "e334035649ed84fe7eeb1f85eebcac1b801e8108", "ts": 1764900000}, "id.hardware"),
    ({"brand": "visa", "last4": "4242"}, "device.info"),
    ({"brand": "Shelfwise"}, "device.info"),
])
def test_blind16_look_alikes_stay_negative(body: object, wrong: str) -> None:
    found = found_in(body)
    assert not [path for path, cats in found.items() if wrong in cats], found


def test_a_phone_makers_brand_and_a_mac_address_are_still_found() -> None:
    assert found_in({"brand": "samsung"})["brand"] == {"device.info": "key.device-brand"}
    assert found_in({"mac": "02:1a:3b:4c:5d:6e"})["mac"] == {"id.hardware": "key.mac-bare"}


@pytest.mark.parametrize(("body", "wrong"), [
    # QA18: a clinic's own record, a pet's and a synthetic voice's attributes, an app's
    # diagnostics and catalogue, a game's counter, an ad SDK's token
    ({"clinic": {"id": "clin-2231", "name": "Harbor Clinic", "lat": 42.36008,
                 "lng": -71.05888}}, "location.precise"),
    ({"booking": {"id": "b-1", "name": "Harbor Clinic", "lat": 42.36008, "lng": -71.05888}},
     "location.precise"),
    ({"pet": {"dob": "2020-01-01", "weight_kg": 12.4}}, "personal.birthdate"),
    ({"pet": {"dob": "2020-01-01", "weight_kg": 12.4}}, "health.fitness"),
    ({"tts": {"voice_gender": "female"}}, "personal.gender"),
    ({"diagnostics": {"medication_catalog_version": 12, "symptom": "app_hang"}},
     "health.medical"),
    ({"game": {"steps_left": 7}}, "health.fitness"),
    ({"x_ad_token": "eyJhbGciOiJIUzI1NiJ9.eyJhZGlkIjoiNmYxYyJ9.c2ln"}, "secret.credential"),
])
def test_qa18_look_alikes_stay_negative(body: object, wrong: str) -> None:
    found = found_in(body)
    assert not [path for path, cats in found.items() if wrong in cats], found


def test_qa18_an_uploaded_app_list_and_the_users_own_records() -> None:
    apps = ["com.example.remotedesk", "com.example.rootcheck", "com.example.smsforward"]
    assert found_in({"installed": apps})["installed"] == {"device.apps": "key.apps"}
    assert found_in({"env": {"risky": apps}})["env.risky"] == {
        "device.apps": "context.package-list"}
    # hosts and a stack trace's frames are no apps
    assert not found_in({"hosts": ["api.example.com", "cdn.example.net", "ads.example.org"]})
    assert not found_in({"stack": ["com.example.a.Foo", "com.example.b.Bar",
                                   "com.example.c.Baz"]})
    # the user's own record keeps its position; a search's position under a clinics object too
    found = found_in({"user": {"id": "u1", "name": "Jane Doe", "lat": 42.36008,
                               "lng": -71.05888}, "age": 34, "steps": 4200})
    assert "location.precise" in found["user.lat"] and "personal.birthdate" in found["age"]
    assert "location.precise" in found_in({"clinics": {"query": {"lat": 42.36008,
                                                                 "lng": -71.05888}}})[
        "clinics.query.lat"]


def test_a_check_ins_venue_is_where_the_user_is() -> None:
    found = found_in({"venue": {"id": "v-1", "name": "Cafe Example", "lat": 40.74183,
                                "lng": -73.98931}}, "https://api.example/v1/checkins")
    assert "location.precise" in found["venue.lat"]


@pytest.mark.parametrize(("body", "wrong"), [
    # QA19: things' sensor series, the app's bundled defaults, how someone pays, other
    # things' descriptions
    ({"sensor_log": [[1762275600 + 300 * i, 21.3 - i / 10, 44.2 + i / 10] for i in range(8)]},
     "behavior.motion"),
    ({"door_sensor": {"id": "door-2", "vibration": [
        {"t": 1762275600000 + 20 * i, "x": 0.01 * i, "y": 0.02, "z": 0.98 - 0.01 * i}
        for i in range(6)]}}, "behavior.motion"),
    ({"bundled_defaults": {"map_center": {"lat": 52.520008, "lon": 13.404954}}},
     "location.precise"),
    ({"events": [{"name": "ticket_purchased", "params": {"payment_method": "card"}}]},
     "financial.payment"),
    ({"card_brand": "visa", "warranty": {"model": "HH100"}, "hub": {"lan_ip": "192.168.1.20"},
      "devices": [{"model": "door-sensor-2", "battery": 87}]}, "device.info"),
])
def test_qa19_look_alikes_stay_negative(body: object, wrong: str) -> None:
    found = found_in(body)
    assert not [path for path, cats in found.items() if wrong in cats], found


def test_qa19_search_terms_and_the_phones_own_description_and_payment_token() -> None:
    assert found_in({"q": "Alex", "debounce_ms": 300}, "https://geo.example/v2/autocomplete")[
        "q"] == {"behavior.search": "context.searched"}
    found = found_in({"device": {"model": "Pixel 8", "battery": 64},
                      "paymentMethod": "pm_1a2b3c4d5e6f7a8b9c0d1e2f"})
    assert "device.info" in found["device.model"] and "device.info" in found["device.battery"]
    # (a payment API's "pm_" token: the payment-source rule, blind21)
    assert found["paymentMethod"] == {"financial.payment": "key.payment-source"}


@pytest.mark.parametrize(("body", "wrong"), [
    # QA20: a ride's distance, a search radius, a lesson's steps, an experiment's weight, a
    # ranking's factors, a line's height; an attestation's generic subject
    ({"ride": {"distance_km": 12.4}}, "health.fitness"),
    ({"max_distance_km": 15}, "health.fitness"),
    ({"lesson": {"steps": 8}}, "health.fitness"),
    ({"experiments": {"weight": 0.5}, "ranking": {"weight": 0.35, "height": 2}},
     "health.fitness"),
    ({"line": {"height": 1.4}}, "health.fitness"),
    ({"attest": {"sub": "dev"}}, "id.user"),
])
def test_qa20_look_alikes_stay_negative(body: object, wrong: str) -> None:
    found = found_in(body)
    assert not [path for path, cats in found.items() if wrong in cats], found


def test_qa20_a_packed_key_event_string_a_documents_number_and_body_measures() -> None:
    ks = "h:0:96|e:210:302|y:420:515|*:640:731|o:850:940|!:1100:1180"
    assert found_in({"ks": ks})["ks"] == {"behavior.keystroke": "structure.keystroke-rows"}
    assert found_in({"doc": {"type": "passport", "number": "C01X00T47"}})["doc.number"] == {
        "personal.national_id": "context.document-number"}
    assert "doc.number" not in found_in({"doc": {"id": "d_123", "number": 3}})
    found = found_in({"weight": 72.5, "steps": 8400, "pace": "5:30/km", "totalSleepMin": 420})
    assert {cats.get("health.fitness") is not None for cats in found.values()} == {True}
    assert found_in({"sub": "u_7Hq2Kx9PzL"})["sub"] == {"id.user": "key.subject"}


@pytest.mark.parametrize(("body", "wrong"), [
    # QA21: an article's authors' addresses, a game's treasure, an article's dateline
    ({"authors": [{"name": "Jana Roe", "email": "j.roe@news.example"}]}, "contact.email"),
    ({"treasure": {"name": "Eiffel Tower", "lat": 48.85837, "lon": 2.29448}},
     "location.precise"),
    ({"article": {"dateline": {"city": "Lisbon", "lat": 38.72225, "lon": -9.13934}}},
     "location.precise"),
    ({"article": {"dateline": {"city": "Lisbon"}}}, "location.coarse"),
])
def test_qa21_look_alikes_stay_negative(body: object, wrong: str) -> None:
    found = found_in(body)
    assert not [path for path, cats in found.items() if wrong in cats], found


def test_a_card_number_is_read_as_a_number_not_as_hex() -> None:
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="POST", url="https://pay.example/v1",
                  request_headers=(("content-type", "application/x-www-form-urlencoded"),),
                  request_body=b"cc_number=4242424242424242")
    (leaf,) = [leaf for leaf in decode_exchange(ex).leaves if leaf.key == "cc_number"]
    assert leaf.text == "4242424242424242" and "hex" not in leaf.layers


def test_qa23_masked_key_events_and_a_speakers_settings() -> None:
    masked = "*:0:96|*:212:301|*:398:470|*:611:705|*:802:880|*:1013:1101"
    assert found_in({"kd": masked})["kd"] == {"behavior.keystroke": "structure.keystroke-rows"}
    found = found_in({"volume": {"steps": 16}, "alarm": {"steps": 5}, "fade_steps": 8,
                      "store_country": "DE"})
    assert not [p for p, cats in found.items()
                if "health.fitness" in cats or "location.coarse" in cats], found
