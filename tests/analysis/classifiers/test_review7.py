"""A reviewer's findings on this session's classifier changes; each stays fixed."""

from __future__ import annotations

import json

from analysis.classifiers import classify_decoded, matcher_for
from analysis.classifiers.validators import ip_public
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile, luhn_ok
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in as _found


def _exchange(body: object) -> Exchange:
    return Exchange(ts=0, method="POST", url="https://a.example/x",
                    request_headers=(("content-type", "application/json"),),
                    request_body=json.dumps(body).encode())


def test_a_failed_check_does_not_hide_a_stronger_finding_of_the_field() -> None:
    found = {(f.path, f.category): f.confidence
             for f in classify_decoded(1, decode_exchange(_exchange(
                 {"imei": "+14155550123", "imei2": "00:1a:2b:3c:4d:5e"})))}
    assert found[("imei", "contact.phone")] >= 0.6
    assert found[("imei2", "id.hardware")] == 0.7  # the MAC shape, not the failed IMEI key


def test_short_profile_values_need_a_whole_word_of_their_key() -> None:
    p = DeviceProfile(device=DeviceInfo(country="GB"), identifiers={"user_id": "42"},
                      carrier={"mcc": "234", "mnc": "15"}, network={"wifi_ssid": "home"})
    body = {"width": 42, "capacity": "home", "mapTab": "home", "cancellation_code": "23415",
            "simple_count": "23415", "country_code": "234", "userId": "42",
            "sim": {"mcc": "234"}}
    found = {f.path for f in classify_decoded(1, decode_exchange(_exchange(body)),
                                              matcher_for(p)) if f.detector == "ground_truth"}
    assert found == {"userId", "sim.mcc"}


def test_unicode_digits_are_no_crash() -> None:
    assert not luhn_ok("35209900176148²")
    found = _found({"a": "35209900176148²", "fix": {"latitudeE7": "--1234567"}, "age": "²",
                    "email": "jane@example.org"})
    assert found == {"email": {"contact.email": "key.email"}}


def test_words_that_end_in_digits_match() -> None:
    found = _found({"blood_spo2": 97, "card": {"last4": "4242"}})
    assert "health.fitness" in found["blood_spo2"]
    assert "financial.payment" in found["card.last4"]


def test_browser_key_events_spell_the_text_once() -> None:
    events = [{"type": kind, "key": c, "t": 1700000000000 + 100 * i + j}
              for i, c in enumerate("hi there")
              for j, kind in enumerate(("keydown", "keypress", "keyup"))]
    (typed,) = [f for f in classify_decoded(1, decode_exchange(_exchange({"keys": events})))
                if f.category == "content.text"]
    assert typed.value == "hi there"


def test_an_ipv4_mapped_private_address_is_not_public() -> None:
    assert not ip_public("::ffff:10.0.0.1") and ip_public("::ffff:81.2.69.161")


def test_rx_bytes_are_no_medicine_but_blood_sugar_units_are_health() -> None:
    found = _found({"rx_mb": 12.5, "rx_number": "RX-99812", "glucose_mg_dl": 104,
                    "car": {"vin": "1HGCM82633A004352"}})
    assert "rx_mb" not in found
    assert "health.medical" in found["rx_number"]
    assert "health.medical" in found["glucose_mg_dl"]
    assert "id.hardware" in found["car.vin"]


def test_a_header_token_needs_a_token_shape() -> None:
    def header(name: str, value: str) -> set[str]:
        ex = Exchange(ts=0, method="GET", url="https://a.example/x",
                      request_headers=((name, value),))
        return {f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert "secret.credential" in header("X-Driver-Token", "dRv7Q2kLm9Xz4Bp1Wc8Nf3Hj6Ty")
    assert "secret.credential" not in header("X-Token-Type", "bearer")


def test_basic_auth_of_a_public_write_key_is_no_secret_and_a_one_letter_title_no_page() -> None:
    import base64

    from analysis.classifiers.validators import validate
    assert not validate("secret", "Basic " + base64.b64encode(b"wk_live_8f2c:").decode())
    assert validate("secret", "Basic " + base64.b64encode(b"jane:hunter2").decode())
    assert validate("secret", "Basic " + base64.b64encode(b"pk_live_x:sk_y").decode())
    from analysis.decoders import decode_exchange as decode
    ex = Exchange(ts=0, method="GET", url="https://t.example/collect?v=2&dt=t&dp=%2Fhome")
    assert {f.path for f in classify_decoded(1, decode(ex))} == {"dp"}


def test_a_display_name_is_a_name_or_a_handle_and_a_bearer_publishable_key_no_secret() -> None:
    from analysis.classifiers.validators import validate
    found = _found({"display_name": "jdoe_bk", "user": {"displayName": "Jane Doe"},
                    "therapist": {"displayName": "Dr. Alex Kim"}})
    assert found == {"display_name": {"id.user": "key.display-handle"},
                     "user.displayName": {"contact.name": "key.display-name"}}
    assert not validate("secret", "Bearer pk_live_9c1e77a2")
    assert validate("secret", "Bearer 9c1e77a2f00d4b7e8a51c3d2e1f0a9b8")
