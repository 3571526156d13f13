"""QA30 (end to end: a short-video app and a smart-home camera app) and QA31 (a hunt for false
findings in the sixth session's readings): each defect they found, read right."""

from __future__ import annotations

import base64
import json
import random
from typing import Any

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, Finding
from tests.analysis.classifiers.found import found_in

PROFILE = DeviceProfile(device=DeviceInfo(platform="android", country="DE"),
                        identifiers={"imei": "490154203237518", "serial": "R58N12ABCDE",
                                     "mac": "a4:c3:f0:11:22:33"},
                        contact={}, location={}, carrier={}, network={})


def _findings(url: str, body: Any = None, method: str = "POST",
              profile: DeviceProfile | None = None,
              headers: tuple[tuple[str, str], ...] = ()) -> list[Finding]:
    data = json.dumps(body).encode() if body is not None else None
    ex = Exchange(ts=0, method=method, url=url, request_body=data,
                  request_headers=(("content-type", "application/json"), *headers)
                  if data else headers)
    return classify_decoded(1, decode_exchange(ex), matcher_for(profile))


def _by_path(found: list[Finding]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for f in found:
        out.setdefault(f.path, {})[f.category] = f.confidence
    return out


# QA30 D1, D6, D8: a draft being typed, a priced plan, a Wi-Fi key
@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("https://kb.typepulse.example/v1/sessions",
     {"field": "live_comment", "draft": "omg the bunny ears filter"}, "draft", "content.text"),
    ("https://api.hearthcam.example/v1/subscriptions",
     {"plan": "hearth_plus_yearly", "price": 99.0, "currency": "EUR", "trial": False}, "price",
     "financial.purchase"),
    ("http://192.168.4.1/setup/wifi", {"ssid": "QA30-Weber-WLAN", "psk": "Weber-Haus-2019!"},
     "psk", "secret.credential"),
])
def test_qa30_read(url: str, body: dict[str, Any], path: str, category: str) -> None:
    assert category in _by_path(_findings(url, body)).get(path, {})


def test_qa30_an_installers_and_a_shops_details_are_theirs() -> None:
    found = _by_path(_findings("https://metrics.statsowl.example/v2/collect", {
        "name": "installer_contacted", "params": {"installer": {
            "company": "Elektro Schulz GmbH", "phone": "+49 30 5550123",
            "email": "service@elektro-schulz.example"}}}))
    assert not [p for p in found if p.startswith("params.installer.")], found
    found = _by_path(_findings("https://metrics.statsowl.example/v2/collect", {"shop": {
        "name": "Corner Store", "address": {"street": "12 Main Street", "city": "Springfield",
                                            "zip": "12345"}}}))
    assert not found, found
    # the user's own address is still the user's
    found = _by_path(_findings("https://api.shop.example/v1/me", {"user": {"address": {
        "street": "12 Main Street", "city": "Springfield", "zip": "12345"}}}))
    assert "contact.address" in found["user.address.street"]


def test_qa30_a_sounds_features_are_no_voiceprint_unless_a_voice_is_named() -> None:
    rnd = random.Random(1)
    frames = [[round(rnd.uniform(-20, 20), 3) for _ in range(13)] for _ in range(20)]
    doorbell = _by_path(_findings(
        "https://api.hearthcam.example/v1/cameras/HC2-4B7F-00921/sound-detection",
        {"custom_sound": {"label": "doorbell_chime", "sample_rate": 16000, "mfcc": frames}}))
    assert doorbell["custom_sound.mfcc"]["biometric.voice"] < 0.6
    voice = _by_path(_findings("https://api.voice.example/v1/enroll", {"voice": {"mfcc": frames}}))
    assert voice["voice.mfcc"]["biometric.voice"] >= 0.85
    call = _by_path(_findings("https://api.voice.example/v1/speaker/enroll", {"mfcc": frames}))
    assert call["mfcc"]["biometric.voice"] >= 0.6  # the request's path names the speaker


def test_qa30_another_devices_serial_and_mac_are_not_the_phones() -> None:
    camera = {"camera": {"serial": "HC2-4B7F-00921", "mac": "7C:DF:A1:3B:22:10"}}
    url = "https://api.hearthcam.example/v1/cameras/claim"
    with_profile = _by_path(_findings(url, camera, profile=PROFILE))
    assert with_profile["camera.serial"]["id.hardware"] < 0.6
    assert with_profile["camera.mac"]["id.hardware"] < 0.6
    assert _by_path(_findings(url, camera))["camera.mac"]["id.hardware"] >= 0.6  # no profile
    phone = _by_path(_findings(url, {"device": {"serial": "R58N12ABCDE",
                                                "wifi_mac": "A4-C3-F0-11-22-33"}},
                               profile=PROFILE))
    assert phone["device.serial"]["id.hardware"] >= 0.95
    assert phone["device.wifi_mac"]["id.hardware"] >= 0.95


def test_qa30_a_voice_sample_file_is_media_whatever_its_parts_name() -> None:
    wav = b"RIFF" + (36).to_bytes(4, "little") + b"WAVEfmt " + bytes(200)
    boundary = "b0undary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"sample\"; "
            "filename=\"enroll.wav\"\r\nContent-Type: audio/wav\r\n\r\n").encode()
    body += wav + f"\r\n--{boundary}--\r\n".encode()
    ex = Exchange(ts=0, method="POST", url="https://api.voxmorph.example/v1/voice/enroll",
                  request_headers=(("content-type", f"multipart/form-data; boundary={boundary}"),),
                  request_body=body)
    found = _by_path(classify_decoded(1, decode_exchange(ex)))
    assert "content.media" in found["sample"]


# QA31: an AppsFlyer iOS install ID, dates that are no booking, spans that are no page, a
# password in a token's claims, another object named "claims", a server key
@pytest.mark.parametrize(("body", "path", "category", "read"), [
    ({"uid": "1629191854863-7087037"}, "uid", "id.device", True),
    ({"hotel_id": 5521, "booking": "2024-06-01", "nights": 2}, "booking",
     "financial.purchase", False),
    ({"restaurant_id": 88, "reservation": "2024-06-01T19:30"}, "reservation",
     "financial.purchase", False),
    ({"confirmationNumber": "pending"}, "confirmationNumber", "financial.purchase", False),
    ({"confirmation_number": "QX7-11842"}, "confirmation_number", "financial.purchase", True),
    ({"history": "24hrs"}, "history", "behavior.browsing", False),
    ({"history": "last_30_days"}, "history", "behavior.browsing", False),
    ({"history": "P30D"}, "history", "behavior.browsing", False),
    ({"history": "-7d"}, "history", "behavior.browsing", False),
    ({"settings": {"history": "off"}}, "settings.history", "behavior.browsing", False),
    ({"history": "2024-06-01"}, "history", "behavior.browsing", False),
    ({"claims": [{"claimId": "C-1", "session_token": "9f8e7d6c5b4a39281706f5e4d3c2b1a0"}]},
     "claims[0].session_token", "secret.credential", True),
    ({"fcm": "AAAAp8y3Tss:APA91bH" + "x" * 130}, "fcm", "id.device", False),
])
def test_qa31(body: dict[str, Any], path: str, category: str, read: bool) -> None:
    assert (category in found_in(body).get(path, {})) is read, found_in(body)


def test_qa31_a_password_in_a_tokens_claims_is_still_a_credential() -> None:
    def part(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

    for claim, read in (("password", True), ("pass", False)):
        token = (f"{part({'alg': 'HS256'})}.{part({'sub': 'u-99812', claim: 'hunter2!x'})}"
                 ".c2lnbmF0dXJl")
        found = _by_path(_findings("https://api.example/v1", method="GET",
                                   headers=(("authorization", f"Bearer {token}"),)))
        assert ("secret.credential" in found.get(f"authorization.claims.{claim}", {})) is read


@pytest.mark.parametrize(("url", "read"), [
    ("https://www.shop.example/static/js/orders/main.8f3a2c1b.chunk.js", False),
    ("https://cdn.hotel.example/static/img/booking/hero-banner-2x.png", False),
    ("https://api.hotel.example/v1/rooms/R2041/booking/2024-06-01", False),
    ("https://api.shop.example/api/orders/2024-06", False),
    ("https://m.travel.example/booking/step-2", False),
    ("https://m.travel.example/booking/checkout-v2", False),
    ("https://chat.example/v1/Conversations/CH123/Messages/IM456/Receipts/DY7788991122", False),
    ("https://api.shop.example/v1/orders/ORD%2F2024%2F00123", True),  # percent-encoded
    ("https://api.shop.example/v1/orders/V1234567", True),  # no version
    ("https://api.shop.example/v1/orders/ord-5521x", True),
    ("https://api.hotel.example/bookings/12345", True),  # five digits or more
    ("https://api.shop.example/orders/2024", False),  # a year
    ("https://api.shop.example/v1/orderDetails/123456", True),  # a collection about orders
    ("https://api.shop.example/orders/123456;jsessionid=ABC", True),  # a matrix parameter
])
def test_qa31_order_ids_in_url_paths(url: str, read: bool) -> None:
    found = _by_path(_findings(url, method="GET"))
    assert any("financial.purchase" in cats for cats in found.values()) is read, found
