"""A heart rate's samples under a key naming them, read by the key classifier (QA38: a list of
16 or more numbers is one field, which no key rule reads): the reading of a heart-rate key, when
most samples are beats per minute a heart can have (25-250; a stream may start with zeros
before the strap reads). Other series (a layer's "weights", a back-off's "steps", a metronome's
"bpm" presets: QA39) are the structure classifier's, by their shape, or nothing.
"""

from __future__ import annotations

import dataclasses
import itertools

from analysis.classifiers import keys
from analysis.classifiers.base import compose, leaf_finding, preview
from analysis.classifiers.paths import path_words
from analysis.classifiers.words import key_words
from analysis.decoders import Leaf
from analysis.decoders.leaves import Node
from analysis.records import Detector, Finding

HEART_WORDS = frozenset({"heart", "heartrate", "hr", "pulse", "puls", "polso", "pulso"})
TYPING_WORDS = frozenset({"typing", "keystroke", "keystrokes", "wpm"})
SERIES_WORDS = frozenset({"hrv", "rmssd", "sdnn", "ibi"})


def series_leaf(exchange_id: int, leaf: Leaf) -> Finding | None:
    """A heart rate's series read by its key (above), or a typing rhythm's: the keystroke
    reading of its key holds for the whole list (QA57: a comment's ``typing_rhythm`` of 36
    offsets was read at 12 values, as list elements, and missed at 16 and more), or a ring's
    HRV or inter-beat intervals (blind25)."""
    items = leaf.value
    if not isinstance(items, list) or not items or type(items[0]) not in (int, float):
        return None
    words = {*key_words(leaf.key)}
    template = _packed_template(exchange_id, leaf)
    if template is not None:
        return template
    first = next((v for v in items if v), items[0])  # (a series' leading 0 is no value)
    if words & TYPING_WORDS:
        return _read_whole(exchange_id, leaf, first, "behavior.keystroke", "")
    if words & SERIES_WORDS:
        return _read_whole(exchange_id, leaf, first, "health.fitness", "")
    if not HEART_WORDS & (words | {*key_words(leaf.parent)}):
        return None
    beats = sum(1 for v in items if type(v) in (int, float) and 25 <= v <= 250)
    if beats * 5 < len(items) * 4:  # (a stream may start with zeros before the strap reads)
        return None
    sample = next(v for v in items if type(v) in (int, float) and 25 <= v <= 250)
    note = f", {beats} of them 25-250 beats per minute"
    found = _read_whole(exchange_id, leaf, sample, "health.fitness", note)
    if (found is None and HEART_WORDS & words and SAMPLE_WORDS & words
            and not NOT_HEARTS & words and not NOT_HEARTS & path_words(leaf.path)):
        # a key naming a heart rate's samples that no key rule lists ("hr_samples", QA60)
        return leaf_finding(exchange_id, leaf, "health.fitness", 0.75,
                            f"key '{leaf.key}' names a heart rate; a series of "
                            f"{len(items)} values{note}", "series.heart-rate")
    return found


# ...and only a key naming the samples of a heart rate ("hr_samples", "heart_bpm"): "hr" is an
# hour as often ("temp_by_hr", "visits_by_hr"), "pulse" a survey's, "heart" a like (QA62)
SAMPLE_WORDS = frozenset({"samples", "sample", "series", "stream", "bpm", "beats", "rate",
                          "readings", "trace"})
# another being's heart, a game's or a music's beats, anywhere above the key (QA65: a horse's,
# an opponent's)
NOT_HEARTS = frozenset({"pet", "pets", "dog", "dogs", "cat", "cats", "horse", "horses",
                        "animal", "animals", "game", "npc", "bot", "bots", "opponent",
                        "opponents", "avatar", "avatars", "character", "video", "music",
                        "song", "track", "metronome", "tempo", "preset", "presets", "temp",
                        "temps", "temperature", "by", "visits", "headcount", "scores",
                        "counts", "likes", "survey"})


def _read_whole(exchange_id: int, leaf: Leaf, sample: object, category: str,
                note: str) -> Finding | None:
    """The key classifier's reading of one of the series' values, for the whole series, when
    it is ``category``."""
    probe = dataclasses.replace(leaf, value=sample, array=False, text=str(sample))
    found = keys.CLASSIFIER.leaf(exchange_id, probe)
    if found is None or found.category != category:
        return None
    return dataclasses.replace(found, value=preview(leaf.text), evidence=(
        f"{found.evidence}; a series of {len(leaf.value)} values{note}"))


TEMPLATE_RULES = frozenset({"words.face-template", "words.voice-template"})


def _packed_template(exchange_id: int, leaf: Leaf) -> Finding | None:
    """A template sent packed under a key naming it ("faceprint": "<hex>") that a wrapper
    decoder read as numbers: what the key says it is, whatever the bytes happen to read as
    (an encrypted or int8 template is no float vector: QA63)."""
    if not leaf.layers or leaf.layers[-1] not in ("hex", "base64", "base64url"):
        return None
    if all(type(x) is float and -10 <= x <= 10 for x in leaf.value[:64]):
        return None  # a float vector the structure classifier reads with its shape (QA65)
    rules = keys.rules_for(leaf.key, leaf.parent, leaf.part)[1]
    rule = next((r for r in rules if r.id in TEMPLATE_RULES), None)
    if rule is None:
        return None
    return Finding(exchange_id, leaf.part, leaf.path, rule.category, Detector.KEY,
                   rule.confidence, f"key '{leaf.key}' names a {rule.what.split(' key')[0]}; "
                   f"its packed value ({leaf.layers[-1]}) decodes to {len(leaf.value)} numbers",
                   preview(leaf.text), compose(None, leaf), rule.id)


def heart_pairs(exchange_id: int, nodes: list[Node]) -> list[Finding]:
    """A heart rate's samples as [time, bpm] pairs under a key (or an object) naming a heart
    rate's samples (``"heart_rate": {"samples": [[1765432100, 72], ...]}``: QA79's wellness
    app): the times rising, most values 25-250 beats per minute."""
    out = []
    for node in nodes:
        items = node.value
        if len(items) < 3 or not all(type(p) is list and len(p) == 2 and all(
                type(x) in (int, float) for x in p) for p in items):
            continue
        words = {*key_words(node.key), *key_words(node.parent)}
        if not HEART_WORDS & words or NOT_HEARTS & (words | path_words(node.path)):
            continue
        if not (HEART_WORDS - {"hr"} & words or SAMPLE_WORDS & words):
            continue  # ("hr" alone is an hour's as often: QA62)
        times = [p[0] for p in items]
        beats = sum(1 for p in items if 25 <= p[1] <= 250)
        if any(b <= a for a, b in itertools.pairwise(times)) or beats * 5 < len(items) * 4:
            continue
        out.append(Finding(exchange_id, node.part, node.path, "health.fitness", Detector.KEY,
                           0.75, f"{len(items)} [time, value] pairs under '{node.path}', a "
                           f"heart rate's samples by their key, {beats} of them 25-250 beats "
                           "per minute", preview(str(items[:3])), None, "series.heart-pairs"))
    return out


# A head's or a phone's orientation over time as parallel lists of angles, one per axis
# (``"head": {"dt_ms": 40, "yaw": [...], "pitch": [...], "roll": [...]}``: QA85's captioning
# glasses sending head motion to an analytics SDK), yaw/pitch/roll or the W3C
# DeviceOrientationEvent's alpha/beta/gamma (all three: a fund's alpha and beta are none), of
# one length, moving, in an object a head, a headset, a viewport or the phone names. Not a
# vehicle's, a drone's, a robot arm's or a camera gimbal's attitude log, by the object's or the
# call's words (a machine's, not the user's: the QA85 review).
ANGLE_SETS = ((frozenset({"yaw", "pitch", "roll"}), 2), (frozenset({"alpha", "beta", "gamma"}), 3))
HUMAN = frozenset({"head", "hmd", "headset", "glasses", "viewport", "gaze", "pose", "headpose",
                   "device", "phone", "orientation", "deviceorientation", "motion", "imu",
                   "sensor", "sensors", "look", "view"})
MACHINES = frozenset({"vehicle", "car", "drone", "aircraft", "uav", "boat", "robot", "camera",
                      "gimbal", "plane", "ship", "telescope", "antenna", "panel", "solar", "quad",
                      "quadcopter", "copter", "multirotor", "fpv", "flight", "flights", "arm",
                      "joint", "effector", "servo", "mount", "sun", "vessel", "yacht", "rocket",
                      "bone", "animation", "avatar", "replay", "cam"})
MIN_ANGLES = 8


def angle_lists(exchange_id: int, nodes: list[Node], calls: frozenset[str]) -> list[Finding]:
    """behavior.motion findings for parallel angle lists (above); ``calls``: the URL's words."""
    if calls & MACHINES:
        return []
    groups: dict[tuple[str, str], list[Node]] = {}
    for node in nodes:
        if node.key.lower() in ANGLE_SETS[0][0] | ANGLE_SETS[1][0]:
            groups.setdefault((node.part, node.path.rpartition(".")[0]), []).append(node)
    out = []
    for (_, parent), group in groups.items():
        keys, words = {n.key.lower() for n in group}, path_words(parent)
        if (not any(len(keys & axes) >= least for axes, least in ANGLE_SETS)
                or MACHINES & words or not HUMAN & words):
            continue
        lengths = {len(n.value) for n in group}
        if len(lengths) != 1 or min(lengths) < MIN_ANGLES or not all(  # (numbers only)
                all(type(x) in (int, float) for x in n.value) and len(set(n.value)) > 2
                for n in group):
            continue
        axes = "/".join(sorted(keys))
        out += [Finding(exchange_id, n.part, n.path, "behavior.motion", Detector.STRUCTURE, 0.8,
                        f"{len(n.value)} {n.key} angles beside the {axes} lists of one "
                        "object (an orientation over time)", preview(str(n.value[:4])), None,
                        "structure.angle-lists") for n in group]
    return out
