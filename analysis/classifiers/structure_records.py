"""A list of objects by its fields: key events with down/up or timing fields (or DOM-style
``keydown``/``keyup`` types), x/y/z sensor samples (also ``ax``/``gyroX``-style axes and a head's
or a phone's yaw/pitch/roll), Android SensorEvent lists, timed touch points and face landmark
points as ``{x, y}`` objects. Field lists are in ``rules/structures.toml``."""

from __future__ import annotations

import itertools
from typing import Any

from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import field_set, shapes
from analysis.classifiers.structure_base import finding as _finding
from analysis.classifiers.structure_base import landmarks as _landmarks
from analysis.classifiers.structure_shapes import (
    ORIENTATION,
    axes,
    num,
    numeric_fields,
    sensor_named,
    vector_field,
)
from analysis.classifiers.structure_typed import key_event_types
from analysis.decoders import Node
from analysis.records import Finding

# points with a size are boxes (the faces found in a photo), not landmarks
BOX_FIELDS = frozenset({"w", "h", "width", "height"})
POSE_WORDS = frozenset({"head", "pose", "headpose", "face", "device", "phone",
                        "deviceorientation", "gaze"})
GENERIC_DOWN = frozenset({"down", "downms"})
KEY_FIELDS = frozenset({"key", "k", "c", "ch", "keychar", "keycode", "code", "char", "character",
                        "which", "digit",
                        "keyname", "keyid", "type", "t", "kc"})
MACHINE_WORDS = frozenset({"vehicle", "car", "drone", "aircraft", "uav", "boat", "robot",
                           "camera", "gimbal"})


def classify_records(ex: int, node: Node, words: frozenset[str], keys: str, motion: str,
                     face: str) -> Finding | None:
    """The finding for a list of objects (``node.value``), or None."""
    s = shapes()
    items, n = node.value, len(node.value)
    fields: set[str] = set()
    for x in items[:20]:
        fields |= numeric_fields(tuple(k for k, val in x.items() if num(val)))
    ks = s["keystroke"]
    has_down = bool(fields & field_set("keystroke", "down_fields"))
    has_up = bool(fields & field_set("keystroke", "up_fields"))
    has_timing = bool(fields & field_set("keystroke", "timing_fields"))
    if not has_down and key_event_types(items, bool(keys)) and fields & field_set(
            "motion", "time_fields"):
        # DOM/React Native style: {"type": "keydown", "key": "a", "t": 1790002000000}
        has_down = has_up = True
        fields.add("type")
    if (keys and n >= 5 and not (has_down and has_up) and fields & set(
            s["motion"]["time_fields"]) and _one_key_each(items)):
        # {"k": "a", "t": 0}: each event names its key and when, under a key word
        has_down = has_up = True
    # "down" and "up" spelled out are a speed test's too ({"down_ms": 30, "up_ms": 40}: QA59's
    # review): then key events name their key, or sit under a key word
    downs = fields & field_set("keystroke", "down_fields")
    named = keys or not downs <= GENERIC_DOWN or any(
        norm_key(str(k)) in KEY_FIELDS for x in items[:20] for k in x)
    if (has_down and has_up and named) or (has_timing and keys):
        conf = 0.95 if keys else 0.85
        shown = ", ".join(sorted(fields)[:6])
        return _finding(ex, node, "behavior.keystroke", conf,
                        f"{n} key events with timing fields ({shown})",
                        keys, "structure.keystroke-events")
    if keys in ks["strong_hints"] and n >= 10 and (held := _held_pairs(items)) is not None:
        # unnamed fields (a schema-less protobuf's numbers) of a call about typing: two times
        # a key's hold apart in every event, the first growing (QA25: TypingService/UploadStats)
        return _finding(ex, node, "behavior.keystroke", 0.8,
                        f"{n} events whose fields '{held[0]}' and '{held[1]}' are 15-600 ms "
                        "apart in each (a key's down and up times), in a call about typing",
                        keys, "structure.keystroke-events")
    timed = bool(fields & field_set("motion", "time_fields"))
    if words & field_set("motion", "not_with"):
        return None  # a thing's samples: a door sensor's vibration, a robot's trace (QA19)
    # {"ax", "ay", "az"}, {"gyroX", ...} name the x, y, z axes; yaw/pitch/roll only of a
    # head or a phone (a car's or a drone's attitude log is the machine's, QA8)
    if not (ORIENTATION[0] <= fields and (not words & POSE_WORDS or words & MACHINE_WORDS)):
        fields |= axes(fields)
    if {"x", "y", "z"} <= fields and (timed or motion):
        return _finding(ex, node, "behavior.motion", 0.85 if motion else 0.75,
                        f"{n} (x, y, z{', t' if timed else ''}) sensor samples", motion,
                        "structure.motion-samples")
    pose = fields & ORIENTATION[0]
    if (len(pose) >= 2 and timed and n >= 5 and words & POSE_WORDS
            and not words & MACHINE_WORDS):
        # two of a head's angles over time ({"t", "yaw", "pitch"} under "headPose")
        return _finding(ex, node, "behavior.motion", 0.8,
                        f"{n} timed {'/'.join(sorted(pose))} angles of a head or a phone",
                        motion or "pose", "structure.motion-samples")
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


def _one_key_each(items: list[Any]) -> bool:
    """Every event holds one single-character string: the key pressed."""
    return all(sum(type(v) is str and len(v) == 1 for v in x.values()) == 1 for x in items[:50])


def _held_pairs(items: list[Any]) -> tuple[str, str] | None:
    """Two numbered fields (a, b) (a schema-less message's: named fields have their own
    readings) of key-down and key-up times in ms: a never falling from one event to the next, a
    typist's pace between events (median step 40-1,500 ms), and b a key's hold after a in nine
    events of ten (15-600 ms, median 40-300 ms). Lesson and round numbers, ranks and scores,
    sessions in seconds and caption cues are not (QA27)."""
    if not all(type(x) is dict for x in items):
        return None
    ints = [k for k, v in items[0].items()
            if type(v) is int and type(k) is str and k.isdigit()]  # (msgpack keys may be ints)
    for a in ints:
        starts = [x.get(a) for x in items]
        if not all(type(t) is int for t in starts):
            continue
        steps = sorted(q - p for p, q in itertools.pairwise(starts))  # type: ignore[operator]
        if steps[0] < 0 or not 40 <= steps[len(steps) // 2] <= 1500:
            continue
        for b in ints:
            holds = sorted(x[b] - x[a] for x in items if b != a and type(x.get(b)) is int)
            if (sum(1 for h in holds if 15 <= h <= 600) >= 0.9 * len(items)
                    and 40 <= holds[len(holds) // 2] <= 300):
                return a, b
    return None
