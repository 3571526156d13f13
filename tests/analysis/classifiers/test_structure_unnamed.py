"""Biometric and behavioural series by their shape alone, under keys in any language
(classifiers/structure_unnamed.py: QA157's face check and PIN pad, QA158's crash sensor)."""

from __future__ import annotations

import math
import random

from tests.analysis.classifiers.found import strong_in

RND = random.Random(157)


def _unit(n: int) -> list[float]:
    v = [RND.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 6) for x in v]


def _face(n: int = 68) -> list[list[float]]:
    return [[round(RND.uniform(100, 400), 1), round(RND.uniform(120, 460), 1)]
            for _ in range(n)]


def _gravity(n: int = 6) -> list[list[float]]:
    return [[round(RND.gauss(0, 0.5), 3), round(9.6 + RND.gauss(0, 0.4), 3),
             round(RND.gauss(0.8, 0.3), 3)] for _ in range(n)]


def test_a_face_landmark_set_and_the_embedding_beside_it() -> None:
    found = strong_in({"kara": {"vetor": _unit(128), "pontus": _face()}})
    assert found["kara.pontus"] == {"biometric.face"}
    assert found["kara.vetor"] == {"biometric.face"}
    # ...normalised to [0, 1] too, MediaPipe's 478 points with their depth
    mesh = [[round(RND.random(), 4), round(RND.random(), 4), round(RND.random() / 10, 4)]
            for _ in range(478)]
    assert "biometric.face" in strong_in({"malha": mesh})["malha"]
    # a unit vector alone is any model's (a text's, a song's)
    assert "vetor" not in strong_in({"vetor": _unit(128)})
    # 68 points of a route, 67 of a face, a drawing's strokes
    route = [[59.43 + i / 1000, 24.75 + i / 1000] for i in range(68)]
    assert "marsruut" not in strong_in({"marsruut": route})
    assert "pontus" not in strong_in({"pontus": _face(67)})
    assert "allkiri.strokes" not in strong_in({"allkiri": {"strokes": _face()}})


def test_an_accelerometer_series_by_the_earths_gravity() -> None:
    samples = _gravity()
    assert strong_in({"props": {"aks": samples}})["props.aks"] == {"behavior.motion"}
    flat = [x for row in samples for x in row]
    assert strong_in({"aks_sampli": flat})["aks_sampli"] == {"behavior.motion"}
    # colours, sizes, a constant, positions far from gravity
    assert "varvid" not in strong_in({"varvid": [[255, 0, 0], [0, 255, 0], [0, 0, 255],
                                                 [10, 10, 10], [1, 2, 3], [4, 5, 6]]})
    assert "x" not in strong_in({"x": [[0.0, 9.81, 0.0]] * 6})
    assert "pos" not in strong_in({"pos": [[120.5, 33.1, 2.2], *_gravity(4)]})


def test_a_pin_typed_key_by_key_with_press_and_release_times() -> None:
    keys, t = [], 0
    for c in "******":
        t += RND.randint(150, 400)
        keys.append({"tekla": c, "baxa_ms": t, "sobi_ms": t + RND.randint(60, 140)})
    assert strong_in({"pin_tekla": keys})["pin_tekla"] == {"behavior.keystroke"}
    # a schedule's slots (an hour apart), a shop's sizes, out of order
    slots = [{"d": "M", "a": 3600 * i, "b": 3600 * i + 1800} for i in range(5)]
    assert "slots" not in strong_in({"slots": slots})
    assert "pin" not in strong_in({"pin": list(reversed(keys))})
