"""QA7 (an independent tester playing the checker on the founding case: faceprints,
voiceprints, keystroke rhythms) found these; each stays fixed."""

from __future__ import annotations

import random

import pytest

from tests.analysis.classifiers.found import found_in

R = random.Random(7)


@pytest.mark.parametrize("body", [
    {"feed": {"video_dwell_ms": [310, 250, 380, 120, 290, 1900, 240]}},
    {"like_button": {"hold_ms": [350, 420, 380, 300, 290]}},
    {"player": {"buffer_intervals_ms": [200, 340, 150, 280, 390]}},
    {"frame_intervals_ms": [16, 17, 16, 33, 16, 17, 50, 16]},
    {"viewability": {"sample_intervals_ms": [100, 100, 101, 99, 100, 102]}},
    {"typing_animation": {"durations_ms": [120, 90, 150, 110, 130, 95]}},
])
def test_timing_lists_that_name_no_key_are_no_typing(body: dict[str, object]) -> None:
    assert not any("behavior.keystroke" in c for c in found_in(body).values())


def test_typing_lists_are_still_found() -> None:
    found = found_in({"dwell_ms": [96, 88, 104, 91, 99],
                      "kyc": {"dwell_ms": [96, 88, 104, 91, 99],
                              "flight_ms": [180, 210, 150, 240, 199]},
                      "keyboard": {"hold": [96, 88, 104, 91, 99]}})
    for path in ("dwell_ms", "kyc.dwell_ms", "kyc.flight_ms", "keyboard.hold"):
        assert "behavior.keystroke" in found[path], path


def test_map_landmarks_are_no_faceprint_but_face_landmarks_are() -> None:
    places = [[round(R.uniform(40.6, 40.8), 5), round(R.uniform(-74.05, -73.9), 5)]
              for _ in range(68)]
    assert found_in({"landmarks": places}) == {}
    face = [[round(R.uniform(0, 1), 4), round(R.uniform(0, 1), 4)] for _ in range(68)]
    assert "biometric.face" in found_in({"landmarks": face})["landmarks"]
    assert "biometric.face" in found_in({"face": {"landmarks": places}})["face.landmarks"]


def test_a_loudspeakers_frequency_response_is_no_voiceprint() -> None:
    curve = [round(R.uniform(-6, 6), 2) for _ in range(128)]
    assert found_in({"speaker": {"volume": 0.8, "frequency_response_db": curve}}) == {}
    embedding = [round(R.gauss(0, 0.1), 4) for _ in range(128)]
    assert "biometric.voice" in found_in({"speaker": {"embedding": embedding}})[
        "speaker.embedding"]


def _found_raw(body: bytes, ctype: str, url: str = "https://fv.example/v1/x") -> set[str]:
    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="POST", url=url, request_headers=(("content-type", ctype),),
                  request_body=body)
    return {f.category for f in classify_decoded(1, decode_exchange(ex)) if f.confidence >= 0.6}


EMB = [round(R.gauss(0, 0.1), 5) for _ in range(128)]


def test_packed_quantised_and_text_templates_are_found() -> None:
    import base64
    import json
    import struct
    from urllib.parse import urlencode

    import msgpack
    ctype = "application/json"
    f32 = struct.pack("<128f", *EMB)
    assert "biometric.face" in _found_raw(msgpack.packb({"face_feature": f32}),
                                          "application/x-msgpack")
    assert "biometric.face" in _found_raw(json.dumps(
        {"feature": base64.b64encode(f32).decode(), "type": "face"}).encode(), ctype)
    assert "biometric.face" in _found_raw(json.dumps(
        {"face_feature": ",".join(f"{x:.5f}" for x in EMB)}).encode(), ctype)
    assert "biometric.face" in _found_raw(urlencode(
        {"face_feature": ",".join(map(str, EMB))}).encode(), "application/x-www-form-urlencoded")
    pb = b"\x0a\x04face" + b"\x12" + bytes([0x80, 0x04]) + f32  # field 2: 512 bytes
    assert "biometric.face" in _found_raw(json.dumps(
        {"req": base64.b64encode(pb).decode()}).encode(), ctype, "https://fv.example/v1/face/enroll")
    int8 = [R.randint(-128, 127) for _ in range(512)]
    assert "biometric.face" in _found_raw(json.dumps({"face_feature_int8": int8}).encode(), ctype)
    assert "biometric.voice" in _found_raw(json.dumps(
        {"speaker": {"embedding": int8[:256]}}).encode(), ctype)
    # counts under a face key are no quantised template
    assert _found_raw(json.dumps({"face_stats": [abs(x) % 50 for x in int8]}).encode(),
                      ctype) == set()


BLEND = ["browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
         "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
         "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight",
         "eyeLookOutLeft", "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight",
         "eyeSquintLeft", "eyeSquintRight", "eyeWideLeft", "eyeWideRight", "jawForward",
         "jawLeft", "jawOpen", "jawRight"]


def test_blend_shapes_as_arkit_and_mediapipe_send_them() -> None:
    found = found_in({"anchor": {"blendShapes": {k: round(R.random(), 4) for k in BLEND}},
                      "faceBlendshapes": [{"index": i, "score": round(R.random(), 4),
                                           "categoryName": n} for i, n in enumerate(BLEND)],
                      "avatar": {"jawOpen": 0.2, "eyeBlinkLeft": 0.1}})
    assert found["anchor.blendShapes"] == {"biometric.face": "structure.face-blendshapes"}
    assert found["faceBlendshapes"] == {"biometric.face": "structure.face-blendshapes"}
    assert "avatar" not in found and "avatar.jawOpen" not in found


def test_keystroke_rows_digraphs_and_paired_lists() -> None:
    from urllib.parse import urlencode
    found = found_in({"keystrokes": [[65 + i % 26, 1000 + 180 * i, 1090 + 180 * i]
                                     for i in range(30)],
                      "kb": {"digraphs": {"th": 112, "he": 98, "in": 130, "er": 101, "an": 140}},
                      "chart": {"xy": {"th": 1, "he": 2, "in": 3, "er": 4, "an": 5}}})
    assert "behavior.keystroke" in found["keystrokes"]
    assert found["kb.digraphs"] == {"behavior.keystroke": "structure.keystroke-digraphs"}
    assert "chart.xy" not in found
    form = urlencode({"ks_dwell": "88,92,101,76,95,110", "ks_flight": "180,210,150,240,199"})
    assert "behavior.keystroke" in _found_raw(form.encode(), "application/x-www-form-urlencoded")
    alone = urlencode({"ks_dwell": "88,92,101,76,95,110"})
    assert _found_raw(alone.encode(), "application/x-www-form-urlencoded") == set()


def test_voice_quality_measures_are_a_voiceprint_summary_but_network_jitter_is_not() -> None:
    found = found_in({"voice_features": {"f0_mean_hz": 182.3, "formants_hz": [730, 1090, 2440],
                                         "jitter": 0.012, "shimmer": 0.034, "hnr_db": 18.2},
                      "net": {"jitter_ms": 12, "rtt_ms": 80},
                      "attitude": {"pitch": 3.2, "roll": 1.0, "yaw": 0.4}})
    for key in ("f0_mean_hz", "jitter", "shimmer", "hnr_db"):
        assert found[f"voice_features.{key}"] == {"biometric.voice": "structure.voice-features"}
    assert not any(p.startswith(("net", "attitude")) for p in found)
    # in an object a voice word names, one measure only a voice has beside two others
    found = found_in({"voice": {"pitchMeanHz": 205.1, "jitterPct": 0.8, "shimmerPct": 3.1}})
    assert found["voice.shimmerPct"] == {"biometric.voice": "structure.voice-features"}
    found = found_in({"player": {"pitchMeanHz": 205.1, "jitterPct": 0.8, "shimmerPct": 3.1}})
    assert not found


def test_a_recording_sent_to_a_voiceprint_enrolment_says_so_but_is_no_voiceprint() -> None:
    import struct

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    data = struct.pack("<3200h", *[int(3000 * R.uniform(-1, 1)) for _ in range(3200)])
    wav = (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt "
           + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16) + b"data"
           + struct.pack("<I", len(data)) + data)
    body = (b"--b\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"e.wav\"\r\n"
            b"Content-Type: audio/wav\r\n\r\n" + wav + b"\r\n--b--\r\n")

    def found(url: str) -> dict[str, str]:
        ex = Exchange(ts=0, method="POST", url=url, request_body=body, request_headers=(
            ("content-type", "multipart/form-data; boundary=b"),))
        return {f.category: f.evidence for f in classify_decoded(1, decode_exchange(ex))}
    enrol = found("https://vx.example/v1/voiceprint/enroll")
    assert set(enrol) == {"content.media"}
    assert "biometric call (request path 'enroll/voiceprint')" in enrol["content.media"]
    assert "biometric call" not in found("https://vx.example/v1/voice-notes/upload")[
        "content.media"]


def test_diarised_speakers_embeddings_are_voiceprints() -> None:
    found = found_in({"diarization": {"speakers": [
        {"speaker": "spk_0", "embedding": [round(R.gauss(0, 0.08), 4) for _ in range(192)]}]}})
    assert "biometric.voice" in found["diarization.speakers[0].embedding"]


def test_voice_changer_settings_are_no_voice_measures() -> None:
    assert found_in({"voice_effect": {"name": "chipmunk", "pitch_shift": 4,
                                      "formant_shift": 1.2}}) == {}


def test_a_vector_named_so_in_a_face_call_is_a_faceprint() -> None:
    import json
    body = json.dumps({"vector": EMB * 4, "top_k": 5}).encode()
    assert "biometric.face" in _found_raw(body, "application/json",
                                          "https://fv.example/v1/face/search")
    assert _found_raw(body, "application/json", "https://fv.example/v1/docs/search") == set()
    assert _found_raw(body, "application/json",
                      "https://fv.example/v1/face_effects/recommend") == set()
