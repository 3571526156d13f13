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
    ({"face": {"landmarks": [[R.random() * 400, R.random() * 400] for _ in range(106)]}},
     "face.landmarks", "biometric.face", "106"),
    ({"points": [{"x": R.random(), "y": R.random()} for _ in range(68)]}, "points",
     "biometric.face", "68"),
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
    {"face": {"embedding": floats(100)}},  # not an embedding size
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
