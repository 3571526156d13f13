"""Biometric and behavioural shapes, each with its evidence; look-alikes stay negative."""

from __future__ import annotations

import json
import random

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Detector, Exchange

R = random.Random(1)


def floats(n: int) -> list[float]:
    return [round(R.uniform(-1, 1), 5) for _ in range(n)]


def _found(body: object) -> dict[str, tuple[str, str]]:
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    return {f.path: (f.category, f.evidence) for f in classify_decoded(1, decode_exchange(ex))
            if f.detector == Detector.STRUCTURE and f.rule != "structure.typed-text"}


@pytest.mark.parametrize(("body", "path", "category", "words"), [
    ({"faceEmbedding": floats(512)}, "faceEmbedding", "biometric.face", "512-long"),
    # a key naming a face embedding decides whatever the model's vector length (QA3 P12)
    ({"face": {"embedding": floats(100)}}, "face.embedding", "biometric.face", "100-long"),
    ({"face": {"landmarks": [[R.random() * 400, R.random() * 400] for _ in range(106)]}},
     "face.landmarks", "biometric.face", "106"),
    ({"face": {"points": [{"x": R.random(), "y": R.random()} for _ in range(68)]}},
     "face.points", "biometric.face", "68"),
    ({"mesh": [[R.random(), R.random(), R.random()] for _ in range(468)]}, "mesh",
     "biometric.face", "468"),
    ({"speaker": {"xvector": floats(512)}}, "speaker.xvector", "biometric.voice", "speaker"),
    ({"voice": {"mfcc": [floats(13) for _ in range(20)]}}, "voice.mfcc", "biometric.voice",
     "13 coefficients"),
    ({"keystrokes": [{"key": "a", "keydown": 10 * i, "keyup": 10 * i + 7} for i in range(6)]},
     "keystrokes", "behavior.keystroke", "keydown"),
    ({"typing": {"dwell": [80, 95, 102, 77, 88, 91]}}, "typing.dwell", "behavior.keystroke",
     "6 key timing"),
    ({"sensors": {"gyro": [[R.random(), R.random(), R.random(), i] for i in range(30)]}},
     "sensors.gyro", "behavior.motion", "30 samples"),
    ({"swipe": [{"x": i, "y": 2 * i, "t": 16 * i} for i in range(10)]}, "swipe",
     "behavior.motion", "touch"),
    ({"route": [[40.7418 + i / 1e4, -73.9893 - i / 1e4] for i in range(20)]}, "route",
     "location.precise", "GPS track"),
])
def test_shapes(body: object, path: str, category: str, words: str) -> None:
    found = _found(body)
    assert found[path][0] == category
    assert words in found[path][1]


@pytest.mark.parametrize("body", [
    {"model_weights": floats(128)},  # right length, no face or voice context
    {"face": {"scores": floats(100)}},  # face context, but no key naming an embedding
    {"layout": [{"x": 10 * i, "y": 20 * i, "w": 5} for i in range(6)]},  # UI boxes, untimed
    {"face": {"score": [0.9, 0.8, 0.7]}},
    {"histogram": [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]},
])
def test_lookalikes_stay_negative(body: object) -> None:
    assert _found(body) == {}


def test_key_events_that_name_their_keys_are_typed_text() -> None:
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"typing": [{"k": c, "down": 90 * i, "up": 90 * i + 50}
                                                      for i, c in enumerate("hi there")]}).encode())
    found = {f.category: f for f in classify_decoded(1, decode_exchange(ex))}
    assert found["behavior.keystroke"].path == "typing"
    assert found["content.text"].value == "hi there"


@pytest.mark.parametrize("body", [
    # 68 or 106 points without a face key are a swipe, a track, a polygon, a palette (QA3 P0b)
    {"swipe": [[100 + 7 * i, 900 - 11 * i, 1790002000000 + 16 * i] for i in range(68)]},
    {"track": [[52.52 + 0.0001 * i, 13.40 + 0.0001 * i] for i in range(68)]},
    {"polygon": [[R.random() * 400, R.random() * 400] for _ in range(106)]},
    {"palette": [[R.randint(0, 255) for _ in range(3)] for _ in range(68)]},
    {"stroke": [{"x": R.random(), "y": R.random()} for _ in range(68)]},
])
def test_landmark_sized_lists_without_a_face_key_are_no_faceprint(body: object) -> None:
    assert "biometric.face" not in {cat for cat, _ in _found(body).values()}


def test_packed_templates_found_by_key() -> None:
    import base64
    import struct
    packed = base64.b64encode(struct.pack("<128f", *floats(128))).decode()
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"face_embedding": packed, "speaker_embedding": packed,
                                           "face_template_version": "2.1"}).encode())
    cats = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert cats.get("face_embedding") == "biometric.face"
    assert cats.get("speaker_embedding") == "biometric.voice"
    assert "face_template_version" not in cats


def test_android_sensor_events_are_motion() -> None:
    events = [{"sensor": "accelerometer", "timestamp": 1790008000000 + 20 * i,
               "values": [R.random(), R.random(), 9.8]} for i in range(50)]
    assert _found({"batch": events})["batch"][0] == "behavior.motion"
    # timed events carrying 3-vectors that name no sensor, under no motion key: not motion
    colours = [{"ts": 1790008000000 + i, "rgb": [1, 2, 3]} for i in range(10)]
    assert "palette" not in _found({"palette": colours})


def test_a_keyless_protobuf_embedding_takes_its_hint_from_the_request_path() -> None:
    import math
    import struct

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange

    def field(number: int, value: bytes) -> bytes:
        return bytes([number << 3 | 2]) + bytes([len(value) & 0x7F | 0x80, len(value) >> 7]) \
            + value

    pb = field(1, b"user-42") + field(3, struct.pack("<128f", *[0.1 * math.sin(i + 0.5)
                                                               for i in range(128)]))
    frame = b"\x00" + len(pb).to_bytes(4, "big") + pb

    def found(url: str) -> list[tuple[str, str, float, str]]:
        d = decode_exchange(Exchange(ts=0, method="POST", url=url, request_body=frame,
                                     request_headers=(("content-type", "application/grpc"),)))
        return [(f.path, f.category, f.confidence, f.evidence)
                for f in classify_decoded(1, d) if f.detector == "structure"]

    (face,) = found("https://api.example/faceauth.FaceService/Enroll")
    assert face[:3] == ("3", "biometric.face", 0.77) and "request path context 'face'" in face[3]
    assert found("https://api.example/feed.FeedService/List") == []


def _pb_fixes(points: list[tuple[float, float]]) -> bytes:
    """A protobuf with a repeated sub-message (field 2) of doubles 1 (lat), 2 (lon), 3 (speed)."""
    import struct

    def rec(lat: float, lon: float) -> bytes:
        body = (bytes([1 << 3 | 1]) + struct.pack("<d", lat) + bytes([2 << 3 | 1])
                + struct.pack("<d", lon) + bytes([3 << 3 | 1]) + struct.pack("<d", 11.5))
        return bytes([2 << 3 | 2, len(body)]) + body
    return bytes([1 << 3 | 2, 4]) + b"dev1" + b"".join(rec(a, b) for a, b in points)


@pytest.mark.parametrize(("url", "points", "tracked"), [
    ("https://drv.example/v3/locations.pb", [(40.74183 + i * 2e-4, -73.98931 + i * 2e-4)
                                             for i in range(5)], True),
    # in a call that says nothing about positions, five fixes with 5 decimals far from zero
    # still are a track; three are not, nor are accelerometer-like pairs around zero
    ("https://drv.example/v3/sync.pb", [(40.74183 + i * 2e-4, -73.98931 + i * 2e-4)
                                        for i in range(5)], True),
    ("https://drv.example/v3/sync.pb", [(40.74183 + i * 2e-4, -73.98931 + i * 2e-4)
                                        for i in range(3)], False),
    ("https://drv.example/v3/sync.pb", [(0.12345 + i * 0.01113, 9.80665 - i * 0.00731)
                                        for i in range(8)], False),
    # pairs that do not move, or with two decimals, are no track
    ("https://drv.example/v3/locations.pb", [(40.74183, -73.98931)] * 5, False),
    ("https://drv.example/v3/locations.pb", [(40.75 + i, -73.98) for i in range(5)], False),
])
def test_keyless_protobuf_fixes_in_a_location_call(url: str, points: list[tuple[float, float]],
                                                   tracked: bool) -> None:
    d = decode_exchange(Exchange(ts=0, method="POST", url=url, request_body=_pb_fixes(points),
                                 request_headers=(("content-type", "application/x-protobuf"),)))
    found = {f.path for f in classify_decoded(1, d) if f.rule == "structure.keyless-track"}
    expected = {f"2[{i}].{k}" for i in range(len(points)) for k in (1, 2)} if tracked else set()
    assert found == expected


def test_an_orders_totals_and_lines_are_the_purchase() -> None:
    from tests.analysis.classifiers.found import found_in
    order = {"order_id": "ORD-2026-88412", "items": [{"name": "Green Curry", "qty": 2,
                                                      "unit_price": 15.5}],
             "subtotal": 39.0, "tip": 6.0, "total": 49.87}
    found = found_in(order, "https://food.example/v2/orders")
    for path in ("subtotal", "tip", "total", "items[0].name"):
        assert found[path] == {"financial.purchase": "context.order"}, path
    cart = {"cart_id": "c1", "items": [{"name": "Green Curry", "qty": 2}], "total": 31.0}
    assert "total" not in found_in(cart, "https://food.example/v2/cart")


def test_face_mesh_flattened_iris_points_and_orientation_series() -> None:
    from tests.analysis.classifiers.found import found_in
    r = random.Random(5)

    def pts(n: int, d: int) -> list[list[float]]:
        return [[round(r.gauss(0, 0.01), 4) for _ in range(d)] for _ in range(n)]
    found = found_in({
        "face_mesh": [round(r.gauss(0, 0.08), 4) for _ in range(468 * 3)],
        # a product's 3D mesh of 468 vertices is no face (QA8)
        "product": {"mesh": [round(r.gauss(0, 0.08), 4) for _ in range(468 * 3)]},
        "iris": {"left": pts(5, 2)},
        "head_pose": [{"t": i * 33, "yaw": r.gauss(0, 8), "pitch": r.gauss(0, 8),
                       "roll": r.gauss(0, 8)} for i in range(15)],
        # five faces found in a photo are boxes, not landmarks
        "faces": [{"x": 0.1 * i, "y": 0.2, "w": 0.1, "h": 0.1} for i in range(5)],
        # 68 x 3 floats with no face word are anything
        "weights": [round(r.gauss(0, 0.08), 4) for _ in range(68 * 3)]})
    assert found["face_mesh"] == {"biometric.face": "structure.face-landmarks"}
    assert "product.mesh" not in found
    assert found["iris.left"] == {"biometric.face": "structure.face-landmarks"}
    assert found["head_pose"] == {"behavior.motion": "structure.motion-samples"}
    assert "faces" not in found and "weights" not in found


def test_a_face_cluster_centroid_and_a_voice_profile_vector_are_templates() -> None:
    ex = Exchange(ts=0, method="POST", url="https://pix.example/v3/faces/clusters",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"clusters": [{"cid": "fc_1", "centroid": floats(128),
                                                         "count": 212}],
                                           "toneCurve": [i / 63 for i in range(64)]}).encode())
    found = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))
             if f.detector == Detector.STRUCTURE}
    assert found.get("clusters[0].centroid") == "biometric.face"
    assert "toneCurve" not in found
    assert _found({"meta": {"voiceProfile": floats(64)}})["meta.voiceProfile"][0] == (
        "biometric.voice")


def test_a_pins_hold_and_flight_times_side_by_side_are_typing() -> None:
    found = _found({"padDwellMs": [101, 88, 130, 95], "padFlightMs": [210, 180, 260]})
    assert found["padDwellMs"][0] == found["padFlightMs"][0] == "behavior.keystroke"
    assert not _found({"anim": {"dwell": [101, 88, 130, 95]}})  # one half alone: no typing


def test_an_embedding_beside_face_landmarks_is_a_face_template() -> None:
    ex = Exchange(ts=0, method="POST", url="https://home.example/v3/faces/familiar",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"person": {
                      "embedding": floats(512),
                      "landmarks5": [[0.31, 0.42], [0.68, 0.41], [0.5, 0.58], [0.36, 0.74],
                                     [0.64, 0.73]]}}).encode())
    found = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert found["person.embedding"] == "biometric.face"
    assert not _found({"item": {"embedding": floats(512), "thumb": "x"}})


def test_a_heads_yaw_and_pitch_over_time_are_motion_but_a_drones_are_not() -> None:
    pose = [{"t": i * 200, "yaw": R.gauss(0, 6), "pitch": R.gauss(0, 6)} for i in range(8)]
    assert _found({"face": {"headPose": pose}})["face.headPose"][0] == "behavior.motion"
    assert not _found({"drone": {"pose": pose}})


def test_facial_action_unit_intensities_are_a_face_measurement() -> None:
    aus = [{"t": i * 200, **{f"AU{a:02d}": round(R.uniform(0, 3), 2)
                             for a in (1, 2, 4, 6, 12, 15, 25)}} for i in range(8)]
    found = _found({"face": {"actionUnits": aus}})
    assert found["face.actionUnits"][0] == "biometric.face"
    assert not _found({"units": {"AU": "gold", "au": 1.5}})


def test_typed_keys_as_rows_of_key_down_and_up() -> None:
    rows, t = [], 0
    for ch in "7391=":
        rows.append([ch, t, t + R.randrange(60, 150)])
        t += R.randrange(160, 320)
    assert _found({"seq": rows})["seq"][0] == "behavior.keystroke"
    index = [["A", 0, 120], ["B", 121, 300], ["C", 301, 420], ["D", 421, 600], ["E", 601, 700]]
    assert not _found({"index": index})  # an index's contiguous sections


def test_face_trackers_short_names_and_a_frames_blend_shapes() -> None:
    lm = [c for _ in range(68) for c in (R.uniform(384, 896), R.uniform(216, 432))]
    frames = [{"t": i * 33, "bs": [R.random() for _ in range(52)], "lm": lm} for i in range(2)]
    found = _found({"frames": frames})
    assert found["frames[0].lm"][0] == found["frames[1].bs"][0] == "biometric.face"
    xvec = floats(192)
    assert _found({"voice": {"xvec": xvec}})["voice.xvec"][0] == "biometric.voice"
    assert not _found({"xvec": [R.uniform(0, 1000) for _ in range(512)]})  # an axis series
    # MediaPipe's canonical face mesh is nobody's face
    canonical = [[R.uniform(-0.1, 0.1) for _ in range(3)] for _ in range(468)]
    assert not _found({"canonicalFace": canonical})


def test_abbreviated_hold_and_flight_lists_only_as_a_pair() -> None:
    holds = [R.randrange(55, 160) for _ in range(12)]
    flights = [R.randrange(70, 380) for _ in range(11)]
    found = _found({"kd": ",".join(map(str, holds)), "kf": ",".join(map(str, flights))})
    assert found["kd"][0] == found["kf"][0] == "behavior.keystroke"
    assert not _found({"fl": flights})  # a lone "fl" is anything
    assert not _found({"kd": [3, 1, 2, 5, 0, 2], "kf": [1, 2, 3, 4, 5]})  # a game's kills


@pytest.mark.parametrize("body", [
    {"lm": {"logits": [R.uniform(-5, 5) for _ in range(136)]}},  # a language model's
    {"lms": [R.randrange(0, 100) for _ in range(136)]},  # a learning platform's grades
    {"kd": [3, 1, 2, 5, 1, 2], "kf": [1, 2, 3, 4, 5]},  # a game's kills and flags
    {"dw": [R.randrange(60, 380) for _ in range(24)],
     "fl": [R.randrange(60, 380) for _ in range(24)]},  # a dishwasher's and a floor's watts
])
def test_qa13_look_alikes(body: object) -> None:
    assert not _found(body)


def test_an_embedding_beside_a_key_naming_a_face_is_a_face_template() -> None:
    found = _found({"meta": {"emb": floats(512), "estAge": 17, "liveness": 0.98}})
    assert found["meta.emb"][0] == "biometric.face"
    assert not _found({"item": {"emb": floats(512), "title": "x"}})
    assert not _found({"photo": {"clip_emb": floats(512), "faceCount": 2}})


@pytest.mark.parametrize("body", [
    {"splits": "0:05:32;0:05:28;0:05:40;0:05:35;0:05:50"},  # a runner's splits: a clock
    {"scores": "a:10:40|b:20:60|c:30:90|d:40:120|e:50:150"},
    {"ladder": "v:240:400|v:360:800|v:480:1200|v:720:2500|v:1080:5000"},
    {"hours": [["M", 800, 1200], ["T", 800, 1200], ["W", 800, 1200], ["R", 800, 1200],
               ["F", 800, 1200]]},
    {"item": {"embedding": floats(512), "faceCount": 2}},
    {"req": {"embedding": floats(512), "voice": "en-US-Neural2-F"}},
    {"episode": {"embedding": floats(384), "speakers": ["Alice", "Bob"]}},
    {"photo": {"hasFaces": True, "embeddings": [floats(128), floats(128)]}},
])
def test_qa14_look_alikes(body: object) -> None:
    assert not _found(body)


def test_typed_keys_without_a_typing_word_stay_below_a_verdicts_threshold() -> None:
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"seq": "7:0:96|3:210:302|9:455:540|1:700:790|"
                                                  "=:930:1010"}).encode())
    (f,) = [f for f in classify_decoded(1, decode_exchange(ex)) if f.path == "seq"]
    assert f.category == "behavior.keystroke" and f.confidence < 0.6


def test_voice_measures_beside_a_speaker_embedding_are_that_voices() -> None:
    spk = [round(R.gauss(0, 0.05), 4) for _ in range(192)]
    found = _found({"spk": spk, "f0": {"mean": 208.7, "sd": 28.4},
                    "filter": {"name": "helium", "semitones": 7, "formant": 1.25}})
    assert found["f0.mean"][0] == found["f0.sd"][0] == "biometric.voice"
    assert "filter.formant" not in found  # a voice effect's setting, in another object
    takes = _found([{"take": 0, "spk": spk, "f0": 207.2, "semitones": -2}])
    assert takes["[0].f0"][0] == "biometric.voice"
    assert "f0" not in _found({"song": {"f0": 220.0, "tempo": 120}})  # no voice beside it


def test_a_face_template_in_a_protobuf_blob_beside_its_kind_in_an_enrolling_call() -> None:
    import base64
    import struct
    vec = [round(R.gauss(0, 0.09), 6) for _ in range(128)]
    packed = struct.pack("<128f", *vec)
    blob = (b"\x08\x03" + b"\x12\x0bface-unlock" + b"\x1a" + bytes([0x80, 0x04]) + packed)
    body = {"enroll_blob": base64.b64encode(blob).decode(), "kind": "face"}
    ex = Exchange(ts=0, method="POST", url="https://api.example/v1/unlock/enroll",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    found = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex))}
    assert found.get("enroll_blob.3") == "biometric.face"
    # the same blob to a call that enrols nothing: no template read from a sibling's word
    ex = Exchange(ts=0, method="POST", url="https://api.example/v1/unlock/sync",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    assert "enroll_blob.3" not in {f.path for f in classify_decoded(1, decode_exchange(ex))}
