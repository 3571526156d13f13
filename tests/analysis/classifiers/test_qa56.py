"""QA56 (a hunt in the QA55/blind23/blind24 readings, 139 cases) and the blind24 face and voice
readings it checked: action units written as columns, a face template by its encoding's name,
a camera's familiar faces, a pitch track beside a face; sockets, support calls and codes."""

from __future__ import annotations

import base64
import random
import struct

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in, strong_in_frame

H = "https://api.example"
AUS = ["AU01", "AU02", "AU04", "AU05", "AU06", "AU07", "AU09", "AU10", "AU12", "AU14", "AU15",
       "AU17", "AU20", "AU23", "AU25", "AU26", "AU45"]


def _rows(seed: int, n: int = 12, width: int = len(AUS)) -> list[list[float]]:
    rng = random.Random(seed)
    return [[round(rng.uniform(0, 3), 2) for _ in range(width)] for _ in range(n)]


def test_action_units_as_columns_beside_a_pitch_track() -> None:
    rng = random.Random(2)
    found = strong_in({"answer_id": "ans_1", "au_names": AUS, "au_rows": _rows(1),
                       "f0_track": [0.0, *[rng.uniform(150, 220) for _ in range(40)]]},
                      H + "/v2/interviews/iv_1/answers/2/assessment")
    assert "biometric.face" in found.get("au_rows", set()), found
    assert "biometric.voice" in found.get("f0_track", set()), found


def test_columns_that_are_no_action_units() -> None:
    # an ad unit's codes ("AU" plus digits that are no FACS code) or rows of another width
    found = strong_in({"au_names": [f"AU{i:02d}" for i in range(50, 67)], "au_rows": _rows(1)},
                      H + "/v1/report")
    assert "au_rows" not in found, found
    found = strong_in({"au_names": AUS, "au_rows": _rows(1, width=5)}, H + "/v1/report")
    assert "au_rows" not in found, found


def _floats(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return base64.b64encode(struct.pack(f"<{n}f", *[rng.uniform(-0.2, 0.2) for _ in range(n)])
                            ).decode()


def test_a_face_template_by_its_encodings_name_and_a_cameras_familiar_faces() -> None:
    found = strong_in({"name": "Marco Bellini", "template_b64": _floats(128, 1),
                       "landmarks5": [454.3, 481.8, 523.1, 516.7, 482.8, 551.9, 524.3, 471.5,
                                      390.7, 610.4]}, H + "/v1/familiar-faces")
    assert "biometric.face" in found.get("template_b64", set()), found
    rng = random.Random(3)
    found = strong_in({"name": "Rosa Morales", "embedding": [round(rng.uniform(-0.1, 0.1), 4)
                                                             for _ in range(128)]},
                      H + "/v1/familiar-faces")
    assert "biometric.face" in found.get("embedding", set()), found


@pytest.mark.parametrize("url", ["/v1/sessions", "/v1/acoustic", "/v1/recordings"])
def test_a_pitch_and_mfccs_are_no_voice_without_a_voice(url: str) -> None:
    # a guitar, a pump, a bird: a pitch track and MFCC frames, but no voice or singing word
    rng = random.Random(5)
    found = strong_in({"analysis": {"f0_hz": [rng.uniform(80, 400) for _ in range(40)],
                                    "mfcc": [[rng.uniform(-12, 12) for _ in range(13)]
                                             for _ in range(20)]}}, H + url)
    assert not any("biometric.voice" in cats for cats in found.values()), found


def test_a_message_typed_as_one_on_any_socket_is_text() -> None:
    # a family locator's real-time socket carries a typed chat message (QA55 N01)
    found = strong_in_frame({"tipo": "mensagem", "para": "relogio",
                             "texto": "Leonor, o pai chega às 17h30 ao portão da escola."},
                            "wss://ws.example/v1/tempo-real")
    assert "content.text" in found.get("texto", set()), found


def test_a_sockets_path_names_no_call_of_each_message() -> None:
    # an acknowledgement on a feedback socket, a session's reason on a support socket
    found = strong_in_frame({"op": "ack",
                             "details": "Received and queued for the next sync window."},
                            "wss://rt.example/ws/feedback")
    assert not any("content.text" in cats for cats in found.values()), found
    found = strong_in_frame({"op": "open", "reason": "User opened the help center from settings."},
                   "wss://rt.example/ws/support")
    assert not any("content.text" in cats for cats in found.values()), found


@pytest.mark.parametrize(("url", "body", "path"), [
    # support SDKs' diagnostics and article views are no requests to support
    ("/v1/support/diagnostics", {"description": "Battery optimisation is on for the app."},
     "description"),
    ("/v1/support/articles/a1/viewed", {"details": "Opened from the billing page banner."},
     "details"),
    # a path through disputes, not a dispute's own call
    ("/v1/disputes/d1/evidence/files", {"description": "Scan of the signed delivery receipt."},
     "description"),
    # codes, not prose
    ("/v1/orders/o1/complaint", {"reason": "missing-item"}, "reason"),
    ("/v1/orders/o1/complaint", {"reason": "itemNotReceived"}, "reason"),
    ("/v1/shipments", {"delivery_note": "LS-2024-00918"}, "delivery_note"),
])
def test_no_text(url: str, body: dict[str, object], path: str) -> None:
    found = strong_in(body, H + url)
    assert "content.text" not in found.get(path, set()), found


def test_a_request_to_supports_cases_is_text() -> None:
    found = strong_in({"subject": "Watch will not charge",
                       "description": "Since yesterday the watch does not turn on at all."},
                      H + "/v2/support/cases")
    assert "content.text" in found.get("description", set()), found


def test_a_device_value_in_the_host_name(tmp_path: object) -> None:
    """A tracker that carries an ID in a host label (as DNS-based trackers do) is found by the
    device profile; ordinary host names make no field."""
    from pathlib import Path

    from analysis.passes.classify import findings_for_exchange
    from analysis.profile import load_profile

    device = Path(str(tmp_path)) / "device.toml"
    device.write_text('[identifiers]\nadvertising_id = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"\n'
                      '[contact]\nemail = "jane.doe@example.org"\n')
    profile = load_profile(device)

    def found(url: str) -> set[tuple[str, str, str]]:
        ex = Exchange(ts=0, method="GET", url=url, request_headers=())
        return {(str(f.part), f.path, f.category) for f in findings_for_exchange(1, ex, profile)}

    assert ("url", "host", "id.advertising") in found(
        "https://6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b.t.tracker.example/px")
    md5 = "0c9a7e0e8a1e1b3e8f2c5c8a6f0a3b1d"  # not the e-mail's digest: nothing
    assert not any(p == "host" for _, p, _ in found(f"https://{md5}.px.tracker.example/i.gif"))
    ex = Exchange(ts=0, method="GET", url="https://api.example.com/v1/feed", request_headers=())
    assert not any(leaf.path == "host" for leaf in decode_exchange(ex).leaves)


def test_cognitos_confirmation_code_and_its_app_client() -> None:
    found = strong_in({"ClientId": "7abc1234defg", "Username": "jane.doe@example.org",
                       "ConfirmationCode": "482913"}, "https://cognito-idp.example/")
    assert found.get("ConfirmationCode") == {"secret.credential"}, found
    assert "ClientId" not in found, found


@pytest.mark.parametrize(("body", "path", "expected"), [
    ({"country": "US", "state": "NY"}, "state", True),
    ({"user_properties": {"state": "New York"}}, "user_properties.state", True),
    ({"meta": {"issuing_state": "US-NY"}}, "meta.issuing_state", True),
    ({"ui": {"state": "OK"}}, "ui.state", False),  # a status, not Oklahoma
    ({"task": {"state": "open"}}, "task.state", False),
    ({"employer": {"name": "Acme", "state": "NY"}}, "employer.state", False),
    ({"job": {"title": "Nurse", "state": "CA"}}, "job.state", False),
])
def test_a_us_state_under_a_state_key(body: dict[str, object], path: str, expected: bool) -> None:
    found = strong_in(body, H + "/v1/profile")
    assert ("location.coarse" in found.get(path, set())) is expected, found


def test_a_dotted_query_name_is_a_field_of_an_object() -> None:
    ex = Exchange(ts=0, method="GET", url=H + "/geocoding/v2/reverse?point.lat=40.74652"
                  "&point.lon=-73.98377&layers=address", request_headers=())
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("point.lat", "location.precise") in found, found
    assert ("point.lon", "location.precise") in found, found


def test_the_digits_typed_on_a_pin_pad_are_a_pin() -> None:
    keys = [{"k": "4", "d": 0, "u": 86}, {"k": "8", "d": 120, "u": 204},
            {"k": "2", "d": 297, "u": 420}, {"k": "7", "d": 426, "u": 488}]
    found = strong_in({"mode": "away", "keypad": keys}, H + "/v4/panels/p1/arm")
    assert found.get("keypad") == {"behavior.keystroke", "secret.credential"}, found
    found = strong_in({"events": keys}, H + "/v1/typing")
    assert "content.text" in found.get("events", set()), found  # (typed digits elsewhere)


def test_italian_face_keys() -> None:
    rng = random.Random(7)
    found = strong_in({"dati": {"punti_viso": [round(rng.uniform(100, 600), 1)
                                               for _ in range(212)]}},
                      H + "/v3/verifica/selfie")
    assert "biometric.face" in found.get("dati.punti_viso", set()), found
