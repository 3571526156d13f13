"""Biometric and behavioural series recognisable by their shape alone, under keys in any
language (``structure.py`` reads them by their shape and a word for what they are: "face",
"landmarks", "accelerometer", "keystroke"; an app names them in its own words: ``kara.pontus``,
``aks_sampli``, ``pin_tekla``: QA157, QA158).

- A face's landmark set and its embedding, side by side in one object: exactly 68 points
  (iBUG 300-W, dlib's shape predictor), 106, 468 or 478 (MediaPipe Face Mesh, with its irises)
  of (x, y) or (x, y, z) image coordinates, none negative, spread over a face's box, not a
  route's degrees, at 0.75; beside a signed float vector of a face model's length (128, 256,
  512), at 0.8 with the unit length FaceNet and ArcFace normalise to, 0.75 without it (dlib's).
  Either alone is as likely something else (a polygon of 68 points, a text's embedding: QA3).
- An accelerometer's series: five or more (x, y, z) samples, as rows or flat, whose magnitudes
  are the Earth's gravity (9.8 m/s², 6.8-12.8 for a phone moved in a hand) and vary, as a
  phone's sensor reports them in m/s² (Android's SensorEvent, Core Motion times g):
  ``behavior.motion`` at 0.75. A position, a colour or a size has no such magnitude.
- A PIN or a text typed key by key: four or more records each with one character (or a masked
  one) and two times, the second after the first by a key's hold (10-800 ms), the records in
  the order typed: ``behavior.keystroke`` at 0.8.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import PROPS, field_set, finding, tokens
from analysis.decoders import Decoded, Node
from analysis.records import Detector, Finding

LANDMARK_POINTS = frozenset({68, 106, 468, 478})
EMBEDDING_LENGTHS = frozenset({128, 256, 512})
GRAVITY = (6.8, 12.8)  # m/s² (9.81 at rest)
MAX_STEP = 3.0  # m/s², the median change between two samples of a phone in a hand
MIN_SAMPLES = 5
MIN_KEYS = 4
HOLD_MS = (10, 800)
MAX_GAP_MS = 5000
MAX_IMAGE = 8192  # pixels
# lists of points that are drawn or travelled, not a face's
DRAWN = frozenset({"route", "track", "path", "polyline", "stroke", "strokes", "signature",
                   "ink", "drawing", "trail", "waypoints", "geometry", "coordinates", "sketch",
                   "contour", "outline", "shape", "query", "garment", "document", "page"})


# a face no person has: a model's canonical or mean face, a mascot's, a template's
NOT_FACES = frozenset({"canonical", "mean", "average", "template", "mascot", "maskot", "avatar",
                       "model", "reference", "base", "mesh", "prop"})


def _numbers(row: Any) -> bool:
    return type(row) is list and all(type(x) in (int, float) for x in row)


def _landmarks(items: list[Any]) -> bool:
    if len(items) not in LANDMARK_POINTS or not all(
            _numbers(r) and len(r) in (2, 3) for r in items):
        return False
    width = len(items[0])
    if not (all(len(r) == width for r in items) and len({tuple(r) for r in items}) > 10
            and all(0 <= r[0] <= MAX_IMAGE and 0 <= r[1] <= MAX_IMAGE for r in items)):
        return False
    # a face fills its box (normalised to [0, 1], or pixels spread over a tenth of their
    # range at least); a route's degrees barely move ("59.431, 24.752" ... "59.498, 24.819")
    return all(max(r[i] for r in items) <= 1 or (
        max(r[i] for r in items) - min(r[i] for r in items)) >= 0.1 * max(r[i] for r in items)
        for i in (0, 1))


def _samples(items: list[Any]) -> list[list[float]]:
    if all(_numbers(r) and len(r) == 3 for r in items):
        return items
    if all(type(x) in (int, float) for x in items) and len(items) % 3 == 0:
        return [items[i:i + 3] for i in range(0, len(items), 3)]
    return []


def _gravity(items: list[Any]) -> bool:
    first = items[0]
    if (len(first) != 3 if type(first) is list
            else len(items) % 3 or len(items) < 3 * MIN_SAMPLES or type(first) is not float):
        return False  # (most numeric lists: a cheap look at their first item and length)
    rows = _samples(items)
    if len(rows) < MIN_SAMPLES or sum(type(x) is float for r in rows for x in r) * 2 < 3 * len(
            rows):
        return False
    norms = [math.sqrt(sum(x * x for x in r)) for r in rows]
    inside = sum(GRAVITY[0] <= m <= GRAVITY[1] for m in norms)
    # ...sampled, so each step is small beside gravity (an AR anchor's, a ball's, a mesh's
    # vertices jump: the review)
    steps = sorted(math.dist(a, b) for a, b in itertools.pairwise(rows))
    return (inside * 10 >= 9 * len(rows) and len({round(m, 2) for m in norms}) > 1
            and len({tuple(r) for r in rows}) > 2 and steps[len(steps) // 2] < MAX_STEP)


def _typed(items: list[Any]) -> bool:
    if len(items) < MIN_KEYS or not all(type(r) is dict for r in items):
        return False
    starts = []
    for r in items:
        chars = [v for v in r.values() if type(v) is str and len(v) == 1]
        times = [v for v in r.values() if type(v) in (int, float) and v >= 0]
        if len(chars) != 1 or len(times) != 2 or len(r) > 4:
            return False
        down, up = times
        if not HOLD_MS[0] <= up - down <= HOLD_MS[1]:
            return False
        starts.append(down)
    # ...typed by a person: presses in order, seconds apart at most, not evenly spaced (a
    # timetable's, a tutorial's or a metronome's beats are: the review)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    return (starts == sorted(starts) and all(0 < g <= MAX_GAP_MS for g in gaps)
            and len(set(gaps)) > 1)


def _unit_vector(items: list[Any]) -> bool:
    return abs(math.sqrt(sum(x * x for x in items)) - 1) <= 0.05


def _embedding(items: list[Any]) -> bool:
    """A float vector of a face model's length, signed and varied: FaceNet's and ArcFace's are
    normalised to unit length, dlib's 128 values (about ±0.3 each) are not (QA164)."""
    return (len(items) in EMBEDDING_LENGTHS and all(type(x) is float for x in items)
            and min(items) < 0 < max(items) and len(set(items)) * 2 > len(items))


def _words(path: str) -> set[str]:
    return {w.partition("[")[0].lower() for w in path.replace("_", ".").split(".")}


def _things(decoded: Decoded) -> set[str]:
    """The request's key names and objects (a drone's, a vehicle's, a robot's series: the thing
    named anywhere in the request), asked only of a series of gravity's magnitude."""
    return set(norm_keys(decoded.key_set())) | {norm_key(leaf.parent) for leaf in decoded.leaves}


def unnamed_structures(exchange_id: int, decoded: Decoded,
                       found: list[Finding]) -> list[Finding]:
    """Findings for the lists of ``decoded`` read by their shape alone (above), but for those
    a reading found already."""
    if not decoded.nodes:
        return []
    taken = {(f.part, f.path) for f in found if f.detector is Detector.STRUCTURE}
    out: list[Finding] = []
    faces: set[tuple[Any, str]] = {(f.part, f.path.rpartition(".")[0]) for f in found
                                   if f.category == "biometric.face"}
    rest: list[Node] = []
    shaped: list[Node] = []  # (68 points alone are as likely a polygon's: QA3; see below)
    for node in decoded.nodes:
        items = node.value
        if (node.part, node.path) in taken or len(items) < MIN_KEYS:
            continue
        # (the words that make a face or a series no person's, as structure.py reads them: a
        # mascot's, a template's, an AR prop's face; a vehicle's, a robot's sensor; looked up
        # only for a shape that could be one: most lists are events, tags or records)
        first = items[0]
        if (len(items) in LANDMARK_POINTS and _landmarks(items)
                and not _words(node.path) & DRAWN and not tokens(node.path, node.parent) & (
                    field_set("face", "not_with") | PROPS | NOT_FACES)):
            shaped.append(node)
        elif (type(first) in (list, float, int) and _gravity(items)
              and not (tokens(node.path, node.parent) | _things(decoded))
              & field_set("motion", "not_with")):
            out.append(finding(exchange_id, node, "behavior.motion", 0.75,
                               f"{len(_samples(items))} (x, y, z) samples whose magnitude is "
                               "the Earth's gravity (an accelerometer in m/s²)", "",
                               "structure.unnamed-accelerometer"))
        elif type(first) is dict and _typed(items):
            out.append(finding(exchange_id, node, "behavior.keystroke", 0.8,
                               f"{len(items)} keys typed one by one, each with its press and "
                               "release times", "", "structure.unnamed-keys"))
        else:
            rest.append(node)
    # a landmark set's count is a face's only beside a face's embedding in the same object (a
    # unit vector of a face model's length), or beside a face already read there
    if not shaped:
        return out
    vectors = {(n.part, n.path.rpartition(".")[0]): n for n in rest if _embedding(n.value)}
    for node in shaped:
        where = (node.part, node.path.rpartition(".")[0])
        if where not in vectors and where not in faces:
            continue
        out.append(finding(exchange_id, node, "biometric.face", 0.75,
                           f"{len(node.value)} image points: a face landmark layout's count "
                           "(68: iBUG 300-W; 468/478: MediaPipe) beside a face embedding", "",
                           "structure.unnamed-landmarks"))
        if where in vectors:
            vector = vectors.pop(where)
            unit = _unit_vector(vector.value)
            out.append(finding(exchange_id, vector, "biometric.face", 0.8 if unit else 0.75,
                               f"{len(vector.value)}-long {'unit ' if unit else ''}float vector "
                               "beside a face's landmarks (a face embedding)", "",
                               "structure.unnamed-embedding"))
    return out
