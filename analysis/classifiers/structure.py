"""Structure classifier (``detector = structure``): arrays and series that are biometric or
behavioural data by their shape — face embeddings and landmark sets, speaker embeddings and MFCC
frames, key-event timing series, touch and motion sensor series. Shapes and hint words are data
(``rules/structures.toml``); each finding states the shape, the length and the key context.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from analysis.classifiers.base import PREVIEW, preview, wrappers
from analysis.classifiers.rules import load_toml, norm_key
from analysis.classifiers.structure_shapes import (
    ORIENTATION,
    all_num,
    axes,
    coordinates,
    key_event_rows,
    measured,
    monotonic,
    num,
    number_counts,
    numeric_fields,
    offset_column,
    relative_time,
    sensor_named,
    signed,
    time_column,
    varied,
    vector_field,
)
from analysis.classifiers.structure_typed import key_event_types
from analysis.classifiers.validators_geo import decimals
from analysis.decoders import Node
from analysis.records import Detector, Finding

_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


@cache
def shapes() -> dict[str, Any]:
    return load_toml("structures.toml")


@lru_cache(maxsize=4096)
def tokens(path: str, parent: str) -> frozenset[str]:
    """The words of a list's path and parent key (cached: SDKs send the same paths)."""
    words = {w.lower() for w in _TOKEN.findall(path + " " + parent)}
    words |= {norm_key(p) for p in re.split(r"[.\[\]]+", path + "." + parent) if p}
    return frozenset(words)


INT8_WORDS = frozenset({"int8", "quantized", "quantised", "feature", "features", "q8"})


def _int8_vector(items: list[Any], words: frozenset[str]) -> bool:
    """Signed bytes, varied, under a key naming an embedding or its quantisation."""
    return (bool(words & (_words("embedding") | INT8_WORDS)) and min(items) >= -128
            and max(items) <= 127 and signed(items) and len(set(items)) * 4 >= len(items))


def _timing_list(node: Node, kinds: frozenset[str]) -> bool:
    items = node.value
    words = tokens(node.path, node.parent)
    # at typing speed (tens to hundreds of ms): a heatmap's dwell per element is longer
    return (bool(words & kinds) and len(items) >= 5 and not words & _words("not_typing")
            and all(type(x) in (int, float) and 0 < x < 2000 for x in items) and varied(items)
            and sorted(items)[len(items) // 2] <= 400)


HOLD = frozenset({"dwell", "hold"})
FLIGHT = frozenset({"flight"})


def typing_sibling(ex: int, node: Node, sibling: str) -> Finding | None:
    """A "dwell"/"hold" series beside a key timing series (``dwell_ms`` next to ``flight_ms``,
    ``ks_dwell`` next to ``ks_flight``): the two halves of one typing rhythm."""
    if not _timing_list(node, HOLD | FLIGHT):
        return None
    return _finding(ex, node, "behavior.keystroke", 0.8,
                    f"series of {len(node.value)} key timing values beside '{sibling}'",
                    "dwell" if tokens(node.path, node.parent) & HOLD else "flight",
                    "structure.keystroke-series")


def typing_pairs(nodes: list[Node]) -> list[tuple[Node, str]]:
    """Among unread lists, a hold list and a flight list in one object: each with the other's
    name (their sibling)."""
    by_parent: dict[tuple[str, str], list[Node]] = {}
    for n in nodes:
        by_parent.setdefault((n.part, n.path.rpartition(".")[0]), []).append(n)
    out = []
    for group in by_parent.values():
        holds = [n for n in group if _timing_list(n, HOLD)]
        flights = [n for n in group if _timing_list(n, FLIGHT)]
        if holds and flights:
            out += [(n, flights[0].key) for n in holds] + [(n, holds[0].key) for n in flights]
    return out


def _finding(ex: int, node: Node, category: str, confidence: float, shape: str,
             hint: str, rule: str) -> Finding:
    where = f" under '{node.path}'" if node.path else ""
    context = f", key context '{hint}'" if hint else ""
    return Finding(ex, node.part, node.path or "$", category, Detector.STRUCTURE, confidence,
                   f"{shape}{where}{context}", list_preview(node.value), wrappers(node.layers),
                   rule)


def list_preview(value: list[Any]) -> str:
    """``preview(str(value))`` without writing out a long list: the text of a list's first
    items is a prefix of the whole list's text (less its closing bracket)."""
    k = 8
    while k < len(value):
        head = repr(value[:k])
        if len(head) - 1 > PREVIEW:
            return head[:PREVIEW] + "…"
        k *= 4
    return preview(str(value))


@cache
def _hint_words(section: str) -> frozenset[str]:
    return frozenset(shapes()[section]["hints"])


def _hint(words: frozenset[str], section: str) -> str:
    found = sorted(words & _hint_words(section))
    return found[0] if found else ""


@cache
def weak_motion_hints() -> frozenset[str]:
    return frozenset(shapes()["motion"].get("weak_hints", ()))


MIN_NAMED_EMBEDDING = 32


@cache
def embedding_words() -> frozenset[str]:
    return _words("embedding")


@cache
def biometric_hints() -> frozenset[str]:
    """The words that name a face or a voice."""
    return _hint_words("face") | _hint_words("voice")


def _words(name: str) -> frozenset[str]:
    """A word list of ``structures.toml``'s ``[words]`` table."""
    return frozenset(shapes()["words"][name])


# A face mesh's point counts (MediaPipe 468/478) are distinctive enough to name it without a
# face key; 68 or 106 points are as likely a swipe, a GPS track or a polygon of that length.
MESH_POINTS = (468, 478)
# flattened, only a mesh: 68 x 3 = 204 floats are as likely anything else beside a face word
MIN_FLAT_MESH = 200
# points with a size are boxes (the faces found in a photo), not landmarks
BOX_FIELDS = frozenset({"w", "h", "width", "height"})
KEYBOARD_WORDS = frozenset({"key", "keys", "keyboard", "kbd"})
POSE_WORDS = frozenset({"head", "pose", "headpose", "face", "device", "phone",
                        "deviceorientation", "gaze"})
MACHINE_WORDS = frozenset({"vehicle", "car", "drone", "aircraft", "uav", "boat", "robot",
                           "camera", "gimbal"})
PLACE_WORDS = frozenset({"landmark", "landmarks"})  # face hints that also name places


def far_from_zero(rows: list[list[Any]]) -> bool:
    """Every row's first two values are 1 or more away from zero (degrees of a place, not a
    face's normalised [0, 1] coordinates)."""
    return all(abs(r[0]) >= 1 and abs(r[1]) >= 1 for r in rows[:50])


def _landmarks(n: int, face: str, words: frozenset[str]) -> bool:
    """``n`` points are a face landmark set: a landmark-set size beside a face key, or a face
    mesh's size beside no key that says what else the points are (a route, a swipe)."""
    if n not in shapes()["face"]["landmark_points"]:
        return False
    if face:
        return True
    other = _hint(words, "motion") or _hint(words, "route") or _hint(words, "keystroke")
    return n in MESH_POINTS and not other


def classify_node(ex: int, node: Node, url_words: frozenset[str] = frozenset()) -> Finding | None:
    s = shapes()
    items, n = node.value, len(node.value)
    if n < 3:
        return _point(ex, node) if n == 2 else None
    first = type(items[0])
    if first not in (int, float, list, dict):
        return None  # lists of strings (tags, apps) have no biometric or behavioural shape
    words = tokens(node.path, node.parent) | url_words
    face, voice = _hint(words, "face"), _hint(words, "voice")
    if voice and words & frozenset(s["voice"]["not_with"]):
        voice = ""
    keys, motion = _hint(words, "keystroke"), _hint(words, "motion")
    strong_typing = bool(words & frozenset(s["keystroke"]["strong_hints"]))
    weak_motion = bool(motion) and not (words & (_hint_words("motion") - weak_motion_hints()))
    numbers, floats = number_counts(items) if first is not list and first is not dict else (0, 0)
    if numbers == n:  # a vector of numbers
        # an embedding is signed and varied; amplitudes in [0, 1], constants and counts are a
        # waveform, a setting or a histogram (landmarks and MFCC statistics need not be signed)
        # (a key that names an embedding may hold non-negative features: a ReLU output)
        embedding = floats * 2 >= n and (signed(items) or (
            bool(words & _words("embedding")) and varied(items)))
        if floats * 2 >= n:
            if face and embedding and n in s["face"]["embedding_lengths"]:
                return _finding(ex, node, "biometric.face", 0.9,
                                f"{n}-long float vector (face embedding size)",
                            face, "structure.face-embedding")
            if voice and embedding and n in s["voice"]["embedding_lengths"]:
                return _finding(ex, node, "biometric.voice", 0.9,
                                f"{n}-long float vector (speaker embedding size)",
                            voice, "structure.voice-embedding")
            if (face or voice) and embedding and n >= MIN_NAMED_EMBEDDING and (
                    words & _words("embedding")):
                # the key says it is an embedding: any length (models differ: 100, 300...)
                cat, hint = ("biometric.face", face) if face else ("biometric.voice", voice)
                return _finding(ex, node, cat, 0.85,
                                f"{n}-long float vector under a key naming an embedding",
                                hint, "structure.named-embedding")
            if (words & _words("mfcc") and n in s["voice"]["mfcc_widths"]
                    and not node.path.endswith("]")):  # a frame of a list is that list's
                # one frame or a per-utterance statistic (mean, std) of MFCCs: the classic
                # speaker-recognition features
                # without a voice or speaker word beside it, a track's audio features for a
                # recommender are as likely: reported below the confidence of a verdict
                spoken = words & (_hint_words("voice") - _words("mfcc"))
                return _finding(ex, node, "biometric.voice", 0.8 if spoken else 0.55,
                                f"{n} float coefficients under a key naming MFCCs"
                                f"{'' if spoken else ' (no voice or speaker context)'}",
                                voice, "structure.mfcc-vector")
            if face and n in s["face"]["blendshape_counts"] and words & _words("blend"):
                return _finding(ex, node, "biometric.face", 0.8,
                                f"{n} face blend-shape coefficients (ARKit/MediaPipe)",
                                face, "structure.face-blendshapes")
            if face and n // 2 in s["face"]["landmark_points"] and n % 2 == 0:
                return _finding(ex, node, "biometric.face", 0.85,
                                f"{n // 2} flattened (x, y) landmark points",
                            face, "structure.face-landmarks")
            if face and n % 3 == 0 and n // 3 > MIN_FLAT_MESH and _landmarks(n // 3, face, words):
                # a mesh's vertices flattened (x0, y0, z0, x1, ...): MediaPipe's 468 x 3
                return _finding(ex, node, "biometric.face", 0.85 if face else 0.75,
                                f"{n // 3} flattened (x, y, z) points (a face mesh size)",
                                face, "structure.face-landmarks")
        if (face or voice) and not floats and _int8_vector(items, words):
            # a quantised template (int8, as on-device models export it)
            cat, hint = ("biometric.face", face) if face else ("biometric.voice", voice)
            if n in s["face" if face else "voice"]["embedding_lengths"]:
                return _finding(ex, node, cat, 0.8,
                                f"{n}-long int8 vector (a quantised embedding's size)",
                                hint, "structure.int8-embedding")
        strong_keys = words & frozenset(s["keystroke"]["strong_hints"])
        weak_keys = words & _words("weak_keys")
        # "flight" at typing speed in ms is only the time between two keys; "dwell" or "hold"
        # alone is as likely a video's or a button's (a dwell list beside a flight list is
        # typing: structure_exchange reads it with its sibling)
        # typing SDKs' own bare "dwell_ms" (a key naming nothing else) still counts
        keyboard = weak_keys & (KEYBOARD_WORDS | {"flight"}) or (
            weak_keys & {"dwell"}
            and {w.lower() for w in _TOKEN.findall(node.path)} <= weak_keys | {"ms", "millis"})
        if (not strong_keys and keyboard and (len(weak_keys) >= 2 or words & {"ms", "millis"})
                and not words & _words("not_typing") and min(items) > 0
                and sorted(items)[n // 2] <= 400 and varied(items) and not monotonic(items)):
            # a key word and another keystroke word ("keyboard.dwell", "key_intervals") or ms
            # ("key_ms") at typing speed (tens to hundreds of ms): a video's dwell_ms, a
            # button's hold_ms and frame_intervals_ms name no key (QA7); time on a feed card,
            # back-off delays and flight durations are longer, key rotation days have no
            # second word
            strong_keys = weak_keys
        if (strong_keys and n >= 5 and all(0 < x < 10**13 for x in items) and varied(items)
                and not words & _words("not_typing")):
            return _finding(ex, node, "behavior.keystroke", 0.85,
                            f"series of {n} key timing values",
                            min(strong_keys), "structure.keystroke-series")
        if motion and not weak_motion and n >= 6 and floats * 2 >= n:
            return _finding(ex, node, "behavior.motion", 0.8,
                            f"series of {n} sensor values",
                            motion, "structure.motion-series")
        return None
    if first is list and n >= 5 and key_event_rows(items, bool(keys)):
        # [["kd", 1700000000140, 96], ["ku", ...]]: rows led by a key-event kind
        return _finding(ex, node, "behavior.keystroke", 0.85,
                        f"{n} key events as [kind, time, ...] rows ('{items[0][0]}', ...)",
                        keys, "structure.keystroke-rows")
    if first is list and all(type(x) is list and x and all_num(x) for x in items):
        width = len(items[0])
        if any(len(x) != width for x in items):
            return None
        if width in (2, 3) and _landmarks(n, face, words) and not (
                face in PLACE_WORDS and coordinates(items) and far_from_zero(items)):
            # "landmarks" alone, holding [lat, lon] pairs far from zero, are places (a map's
            # points of interest, QA7), not a face's points
            return _finding(ex, node, "biometric.face", 0.9 if face else 0.75,
                            f"{n} (x, y{', z' if width == 3 else ''}) points "
                            "(a face landmark set size)",
                            face, "structure.face-landmarks")
        route = _hint(words, "route")
        if route and width in (2, 3, 4) and coordinates(items):
            e7 = " in E7 integers" if type(items[0][0]) is int else ""
            return _finding(ex, node, "location.precise", 0.85,
                            f"{n} (lat, lon) points{e7} with 3+ decimals (a GPS track)", route,
                            "structure.gps-track")
        if voice and width in s["voice"]["mfcc_widths"] and n >= 3:
            return _finding(ex, node, "biometric.voice", 0.85,
                            f"{n} frames of {width} coefficients (MFCC-like)",
                            voice, "structure.mfcc")
        timed_rows = width <= 7 and (time_column(items) or time_column(
            [r[::-1] for r in items[:50]]))
        if motion and n >= 5 and ((width in (3, 4) and not weak_motion)
                                  or (timed_rows and (not weak_motion or measured(items)))
                                  or (words & _words("pointer") and n >= 8
                                      and relative_time(items))):
            return _finding(ex, node, "behavior.motion", 0.85,
                            f"{n} samples of {width} values (sensor series)",
                            motion, "structure.motion-series")
        if (face or voice) and width in s[("face" if face else "voice")]["embedding_lengths"]:
            cat = "biometric.face" if face else "biometric.voice"
            return _finding(ex, node, cat, 0.85, f"{n} vectors of {width} floats (embeddings)",
                            face or voice, "structure.embeddings")
        if keys and 2 <= width <= 5 and n >= 5 and any(
                time_column(cols := [r[i:] for r in items])
                or (strong_typing and offset_column(cols)) for i in range(width)):
            # (rows timed from an offset only under a typing word: Lottie key_frames, ad
            # break intervals and rhythm-game charts rise too, QA8)
            # [[keycode, down_ms, up_ms], ...] under a keystroke key
            return _finding(ex, node, "behavior.keystroke", 0.85,
                            f"{n} key events as rows of {width} numbers with a time column",
                            keys, "structure.keystroke-rows")
        return None
    if first is dict and all(type(x) is dict for x in items):
        fields: set[str] = set()
        for x in items[:20]:
            fields |= numeric_fields(tuple(k for k, val in x.items() if num(val)))
        ks = s["keystroke"]
        has_down = bool(fields & set(ks["down_fields"]))
        has_up = bool(fields & set(ks["up_fields"]))
        has_timing = bool(fields & set(ks["timing_fields"]))
        if not has_down and key_event_types(items) and fields & set(s["motion"]["time_fields"]):
            # DOM/React Native style: {"type": "keydown", "key": "a", "t": 1790002000000}
            has_down = has_up = True
            fields.add("type")
        if (keys and n >= 5 and not (has_down and has_up) and fields & set(
                s["motion"]["time_fields"]) and _one_key_each(items)):
            # {"k": "a", "t": 0}: each event names its key and when, under a key word
            has_down = has_up = True
        if (has_down and has_up) or (has_timing and keys):
            conf = 0.95 if keys else 0.85
            shown = ", ".join(sorted(fields)[:6])
            return _finding(ex, node, "behavior.keystroke", conf,
                            f"{n} key events with timing fields ({shown})",
                            keys, "structure.keystroke-events")
        timed = bool(fields & set(s["motion"]["time_fields"]))
        # {"ax", "ay", "az"}, {"gyroX", ...} name the x, y, z axes; yaw/pitch/roll only of a
        # head or a phone (a car's or a drone's attitude log is the machine's, QA8)
        if not (ORIENTATION[0] <= fields and (not words & POSE_WORDS or words & MACHINE_WORDS)):
            fields |= axes(fields)
        if {"x", "y", "z"} <= fields and (timed or motion):
            return _finding(ex, node, "behavior.motion", 0.85 if motion else 0.75,
                            f"{n} (x, y, z{', t' if timed else ''}) sensor samples", motion,
                            "structure.motion-samples")
        if timed and n >= 5 and (motion or sensor_named(items)) and vector_field(items):
            # Android SensorEvent as SDKs serialise it: {"sensor": "accelerometer",
            # "timestamp": ..., "values": [x, y, z]}
            return _finding(ex, node, "behavior.motion", 0.85,
                            f"{n} timed sensor events with (x, y, z) value vectors",
                            motion or "sensor", "structure.sensor-events")
        if {"x", "y"} <= fields and timed and motion and n >= 5:
            return _finding(ex, node, "behavior.motion", 0.85,
                            f"{n} timed (x, y) touch points",
                            motion, "structure.touch-trajectory")
        if {"x", "y"} <= fields and _landmarks(n, face, words) and not fields & BOX_FIELDS:
            return _finding(ex, node, "biometric.face", 0.9 if face else 0.75,
                            f"{n} (x, y) points (a face landmark set size)",
                            face, "structure.face-landmarks")
    return None


LAT_FIRST = ("latlng", "latlon", "latlong")  # a key naming the order: [lat, lon]


def _point(ex: int, node: Node) -> Finding | None:
    key = norm_key(node.path.rpartition(".")[2].partition("[")[0])
    lat_first = any(k in key for k in LAT_FIRST)
    lon, lat = node.value[::-1] if lat_first else node.value
    if type(lon) is not float or type(lat) is not float or not (
            -180 <= lon <= 180 and -90 <= lat <= 90) or (lat == 0 and lon == 0):
        return None
    if key not in _words("point_keys") and not lat_first:
        return None
    places = max(decimals(repr(lon)), decimals(repr(lat)))
    if min(decimals(repr(lon)), decimals(repr(lat))) < 2:
        return None  # [100.5, 20.0]: a size or an offset as likely as a place
    cat = "location.precise" if places >= 3 else "location.coarse"
    order = "[lat, lon] position (the key says so)" if lat_first else \
        "[lon, lat] position (GeoJSON order)"
    return _finding(ex, node, cat, 0.8, f"a {order} with {places} decimals", "",
                    "structure.geojson-point")


def _one_key_each(items: list[Any]) -> bool:
    """Every event holds one single-character string: the key pressed."""
    return all(sum(type(v) is str and len(v) == 1 for v in x.values()) == 1 for x in items[:50])
