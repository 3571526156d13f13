"""QA8 (an independent tester hunting false positives of this session's mechanisms on traffic
without personal data) found these; each stays fixed, and the true case beside it still fires."""

from __future__ import annotations

import base64
import json
import random
import struct

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in

R = random.Random(8)


def _cats(body: bytes, url: str, ctype: str = "application/json") -> set[str]:
    ex = Exchange(ts=0, method="POST", url=url, request_headers=(("content-type", ctype),),
                  request_body=body)
    return {f.category for f in classify_decoded(1, decode_exchange(ex)) if f.confidence >= 0.6}


@pytest.mark.parametrize("body", [
    {"autofill_counts": {"cc-csc": "empty", "cc-exp": "3", "bday-year": 1,
                         "address-level1": 2}},
    {"avatar": {"blendShapes": dict.fromkeys(
        ["browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
         "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
         "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight",
         "eyeLookOutLeft", "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight",
         "eyeSquintLeft", "eyeSquintRight", "jawOpen"], 0.0)}},
    {"player": {"pitch": 1.0, "formant": 0.0, "speed": 1.25}},
    {"call_quality": {"jitter": 12, "packet_loss": 0.01, "mos": 4.2, "pitch": 0}},
    {"latencies": {"us": 42, "eu": 88, "ap": 130, "sa": 160, "af": 190}},
    {"member": {"state": "active"}, "profile": {"region": "eu-west-1"},
     "ud": {"ct": 3, "st": "ok"}},
    {"vehicle": {"orientation": [{"t": i, "yaw": 90.0 + i, "pitch": 0.2, "roll": 0.1}
                                 for i in range(10)]}},
    {"ui": {"dwell": [1200, 3400, 2800, 900, 4100], "flight": [800, 1500, 2200, 950, 3000]}},
    {"order": "price_asc", "total": 42, "items": [{"name": "Track A"}]},
    {"tabs": [{"title": "Home", "url": "/home"}, {"title": "Deals", "url": "/deals"}]},
    {"adapters": [{"package": f"com.example.adapter{i}"} for i in range(4)]},
])
def test_no_personal_data_in_these(body: dict[str, object]) -> None:
    assert found_in(body) == {}


def test_vectors_of_tts_voices_landmark_search_and_raw_audio_are_no_biometrics() -> None:
    vec = [round(R.gauss(0, 0.1), 5) for _ in range(256)]
    body = json.dumps({"vector": vec}).encode()
    assert not _cats(body, "https://tts.example/v1/voices/search") & {"biometric.voice"}
    assert not _cats(body, "https://maps.example/v1/landmarks/search") & {"biometric.face"}
    pcm = base64.b64encode(struct.pack("<512f", *[R.uniform(-0.5, 0.5) for _ in range(512)]))
    assert not _cats(json.dumps({"speech": {"samples": pcm.decode()}}).encode(),
                     "https://asr.example/v1/recognize") & {"biometric.voice"}
    assert not _cats(json.dumps({"mesh": {"normals": vec, "type": "face"}}).encode(),
                     "https://3d.example/v1/upload") & {"biometric.face"}


def test_headers_and_cookies_of_machines_and_experiments() -> None:
    ex = Exchange(ts=0, method="GET", url="https://a.example/x", request_headers=(
        ("X-Host-Id", "h-8812"), ("X-Worker-Id", "w-77"),
        ("Cookie", "ab_test_sid=7f3a9c1e2b4d5f60718293a4b5c6d7e8; consent_session=accepted")))
    assert classify_decoded(1, decode_exchange(ex)) == []


def test_true_cases_beside_them_still_fire() -> None:
    found = found_in({"cc-exp": "04/29", "address-level2": "Springfield",
                      "profile": {"country": "US"}, "ud": {"ct": "springfield"},
                      "order": "ORD-2026-88412", "total": 49.87,
                      "openTabs": [{"url": "https://news.example/a", "title": "Storm"}],
                      "head_pose": [{"t": i * 33, "yaw": R.gauss(0, 8), "pitch": R.gauss(0, 8),
                                     "roll": R.gauss(0, 8)} for i in range(10)]})
    assert "financial.payment" in found["cc-exp"]
    assert "location.coarse" in found["address-level2"]
    assert "location.coarse" in found["profile.country"]
    assert "location.coarse" in found["ud.ct"]
    assert "financial.purchase" in found["total"]
    assert "behavior.browsing" in found["openTabs[0].title"]
    assert "behavior.motion" in found["head_pose"]


def test_a_nights_stages_in_a_sleep_record_and_double_fixes_in_a_location_call() -> None:
    found = found_in({"sleep": {"deep_sleep_min": 85, "resp_rate": 14.5},
                      "esp32": {"deep_sleep_s": 60}})
    assert "health.fitness" in found["sleep.deep_sleep_min"]
    assert "health.fitness" in found["sleep.resp_rate"]
    assert "esp32.deep_sleep_s" not in found

    def f64(n: int, v: float) -> bytes:
        return bytes([n << 3 | 1]) + struct.pack("<d", v)
    rec = [f64(1, 52.520008 + 0.00011 * i) + f64(2, 13.404954 + 0.00013 * i) for i in range(6)]
    track = b"".join(bytes([1 << 3 | 2, len(r)]) + r for r in rec)
    assert "location.precise" in _cats(track, "https://ride.example/v1/driver/locations",
                                       "application/x-protobuf")
