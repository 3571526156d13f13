"""QA5 (an independent tester playing the hidden checker) found these; each stays fixed."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in as _found


@pytest.mark.parametrize("name", ["logo@2x.png", "cover@3x.webp", "bg@2x.jpg", "icon@2x.PNG"])
def test_density_suffixed_image_names_are_no_email(name: str) -> None:
    assert _found({"asset": name}) == {}
    assert _found({}, f"https://cdn.example/img/{name}") == {}


def test_a_real_address_still_is_one() -> None:
    assert _found({"w": "jane.doe@example.org"})["w"] == {"contact.email": "value.email"}


@pytest.mark.parametrize("body", [{"v": "1.2.3.4"}, {"fw": "8.8.4.4"}, {"x": "81.2.69.161"}])
def test_a_public_address_under_a_neutral_key_is_not_the_phones(body: dict[str, str]) -> None:
    assert _found(body) == {}


def test_the_phones_address_under_an_ip_key_still_is_found() -> None:
    assert _found({"client_ip": "81.2.69.161"})["client_ip"] == {"location.ip": "key.ip"}


def test_the_keys_of_a_key_event_list_are_no_usage_events() -> None:
    events = [{"key": c, "down": 1700000000000 + 200 * i, "up": 1700000000090 + 200 * i}
              for i, c in enumerate("hunter2")]
    found = _found({"events": events})
    assert not [p for p in found if p.startswith("events[")], found
    assert "behavior.keystroke" in found["events"]


def _one(body: object) -> dict[str, str]:
    """path -> 'category confidence evidence' for the findings of one body."""
    ex = Exchange(ts=0, method="POST", url="https://sdk.example/v1",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    return {f.path: f"{f.category} {f.confidence} {f.evidence}"
            for f in classify_decoded(1, decode_exchange(ex))}


def test_a_failed_check_under_a_strong_key_is_said_and_cannot_violate() -> None:
    found = _one({"imei": "490154203237519", "imsi": "000001234567890",
                  "imei2": "490154203237518", "imei_md5": "d41d8cd98f00b204e9800998ecf8427e"})
    assert found["imei"].startswith("id.hardware 0.5") and "no valid IMEI" in found["imei"]
    assert found["imsi"].startswith("id.sim 0.5") and "no valid IMSI" in found["imsi"]
    assert found["imei2"].startswith("id.hardware 0.85") and "fail" not in found["imei2"]
    assert found["imei_md5"].startswith("id.hardware 0.85")  # a digest is what it should be


def test_firebase_resettable_device_id_and_braced_uuids_are_advertising_ids() -> None:
    gaid = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
    found = _found({"resettable_device_id": gaid, "gaid": "{" + gaid + "}"})
    assert found == {"resettable_device_id": {"id.advertising": "key.advertising-id"},
                     "gaid": {"id.advertising": "key.advertising-id"}}


@pytest.mark.parametrize(("value", "category"), [("dr5ru6j2c", "location.precise"),
                                                 ("dr5ru6j", "location.precise"),
                                                 ("dr5ru6", "location.coarse")])
def test_a_geohash_is_graded_by_its_length(value: str, category: str) -> None:
    assert _found({"geohash": value})["geohash"] == {category: "key.geohash"}


def test_more_keystroke_motion_and_face_shapes() -> None:
    t = 1700000000000
    found = _found({
        "keystrokes": [[65 + i, t + 200 * i, t + 200 * i + 95] for i in range(8)],
        "motion": [{"ax": 0.1 * i, "ay": 9.8, "az": 0.2, "ts": t + 20 * i} for i in range(60)],
        "faceAnchor": {"geometry": {"vertices": [[0.01 * i, 0.02, 0.03] for i in range(1220)]}},
        "quotes": [[1 + i, t + i, 3] for i in range(8)],  # rows with a time: no hint, no call
        "geometry": {"type": "Point", "coordinates": [-73.98931, 40.74183]},
        "size": {"coordinates": [100.5, 20.0]}})
    assert found["keystrokes"] == {"behavior.keystroke": "structure.keystroke-rows"}
    assert found["motion"] == {"behavior.motion": "structure.motion-samples"}
    assert found["faceAnchor.geometry.vertices"] == {"biometric.face": "structure.face-landmarks"}
    assert found["geometry.coordinates"] == {"location.precise": "structure.geojson-point"}
    assert "quotes" not in found and "size.coordinates" not in found


def test_an_oauth_client_id_names_the_app_not_the_device() -> None:
    token = _found({"grant_type": "refresh_token", "client_id": "ios-app-7f3a9c"})
    assert "client_id" not in token
    assert _found({"client_id": "1234567890.1700000000"})["client_id"] == {
        "id.device": "key.client-id"}


def test_a_chat_apis_system_prompt_is_no_user_text() -> None:
    found = _found({"messages": [
        {"role": "system", "content": "You are a helpful travel assistant for the app"},
        {"role": "user", "content": "Find me a cheap flight to Lisbon next week"},
        {"role": "assistant", "content": "Here are three flights to Lisbon"}]})
    assert found == {"messages[1].content": {"content.text": "context.user-text"}}


def test_a_plausible_test_address_is_an_address_and_an_input_hint_is_not() -> None:
    found = _found({"x": "someone@example.net", "hint": "you@example.com",
                    "y": "you@example.com"})
    assert set(found) == {"x"}
