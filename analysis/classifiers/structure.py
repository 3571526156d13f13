"""Structure classifier (``detector = structure``): arrays and series that are biometric or
behavioural data by their shape — face embeddings and landmark sets, speaker embeddings and MFCC
frames, key-event timing series, touch and motion sensor series. Shapes and hint words are data
(``rules/structures.toml``); each finding states the shape, the length and the key context.
"""

from __future__ import annotations

import re
from typing import Any

from analysis.classifiers.rules import norm_key
from analysis.classifiers.sleep_stages import sleep_stage_list
from analysis.classifiers.structure_base import (
    _TOKEN,
    MESH_WORDS,
    PROPS,
    field_set,
    shapes,
    speakers_own,
    tokens,
    weak_motion_hints,
)
from analysis.classifiers.structure_base import finding as _finding
from analysis.classifiers.structure_base import hint as _hint
from analysis.classifiers.structure_base import hint_words as _hint_words
from analysis.classifiers.structure_base import landmarks as _landmarks
from analysis.classifiers.structure_base import word_list as _words
from analysis.classifiers.structure_records import classify_records
from analysis.classifiers.structure_shapes import (
    all_num,
    coordinates,
    key_event_rows,
    measured,
    monotonic,
    number_counts,
    offset_column,
    relative_time,
    short_sensor_rows,
    signed,
    time_column,
    typed_key_rows,
    varied,
)
from analysis.classifiers.validators_geo import decimals, decimals_text
from analysis.decoders import Node
from analysis.records import Finding

INT8_WORDS = frozenset({"int8", "quantized", "quantised", "feature", "features", "q8"})


def _int8_vector(items: list[Any], words: frozenset[str]) -> bool:
    """Signed bytes, varied, under a key naming an embedding or its quantisation."""
    return (bool(words & (_words("embedding") | INT8_WORDS)) and min(items) >= -128
            and max(items) <= 127 and signed(items) and len(set(items)) * 4 >= len(items))


MIN_NAMED_EMBEDDING = 32


# flattened, only a mesh: 68 x 3 = 204 floats are as likely anything else beside a face word
MIN_FLAT_MESH = 200
KEYBOARD_WORDS = frozenset({"key", "keys", "keyboard", "kbd"})
PLACE_WORDS = frozenset({"landmark", "landmarks"})  # face hints that also name places


def far_from_zero(rows: list[list[Any]]) -> bool:
    """Every row's first two values are 1 or more away from zero (degrees of a place, not a
    face's normalised [0, 1] coordinates)."""
    return all(abs(r[0]) >= 1 and abs(r[1]) >= 1 for r in rows[:50])


TRACKED = frozenset({"faces", "frames", "tracks", "tracking", "tracked"})
_SHORT_LM = re.compile(r"(?i)lm(?:k|ks)?\d*")
# what a language model's or a learning platform's lists are (QA13)
NOT_LANDMARKS = frozenset({"logits", "probs", "scores", "weights", "grades", "progress", "asr",
                           "model", "language", "tokens", "vocab"})
# lists of [character, start, end] rows that are no typing: notes, spans, sections (QA12)
NOT_KEY_ROWS = frozenset({"melody", "notes", "note", "spans", "span", "styles", "style", "ranges",
                          "chapters", "segments", "sections", "chords", "lyrics", "marks",
                          "highlights", "annotations", "index", "hours", "splits", "laps",
                          "sprites", "pages", "buckets", "slots", "seats", "scores", "zones",
                          "tiers", "times", "timestamps", "bookmarks", "cues", "markers",
                          "durations", "results", "sets", "ladder", "glyphs"})


def classify_node(ex: int, node: Node, url_words: frozenset[str] = frozenset()) -> Finding | None:
    s = shapes()
    items, n = node.value, len(node.value)
    if n < 3:
        return _point(ex, node) if n == 2 else None
    if (stages := sleep_stage_list(ex, node)) is not None:
        return stages
    first = type(items[0])
    if first not in (int, float, list, dict):
        return None  # lists of strings (tags, apps) have no biometric or behavioural shape
    words = tokens(node.path, node.parent) | url_words
    face, voice = _hint(words, "face"), _hint(words, "voice")
    if (voice and words & field_set("voice", "not_with") and not words & _words("mfcc")
            and not speakers_own(node.key)):
        # (MFCCs are a voice's features whatever holds them: "audio_features", QA43; and a
        # key naming a speaker's embedding is one under a voice effect's object, QA61)
        voice = ""
    # (an AR prop's own mesh, its vertices or UVs, is nobody's face, QA64; a face tracked
    # under a prop is the user's, QA61)
    prop_mesh = (bool(words & PROPS) and bool(tokens(node.key, "") & MESH_WORDS)
                 and not TRACKED & words)  # (a face tracked in a prop's frames is one, QA65)
    if face and (words & field_set("face", "not_with") or prop_mesh):
        face = ""
    keys, motion = _hint(words, "keystroke"), _hint(words, "motion")
    if motion and words & field_set("motion", "not_with"):
        motion = ""  # a thing's sensor series: a robot's, a door's, a thermostat's (QA19)
    strong_typing = bool(words & field_set("keystroke", "strong_hints"))
    weak_motion = bool(motion) and not (words & (_hint_words("motion") - weak_motion_hints()))
    numbers, floats = number_counts(items) if first is not list and first is not dict else (0, 0)
    if (numbers == n and not face and _SHORT_LM.fullmatch(node.key) and n % 2 == 0
            and n // 2 in s["face"]["landmark_points"] and all(x >= 0 for x in items)
            and not words & NOT_LANDMARKS):
        # a face tracker's own short name ("lm", "lm106", "lmks") on exactly a landmark set's
        # x, y values: read as the key's, never inherited by a field below it (QA13)
        return _finding(ex, node, "biometric.face", 0.8,
                        f"{n // 2} flattened (x, y) landmark points under a tracker's name",
                        node.key, "structure.face-landmarks")
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
                    words & _words("embedding")) and not (
                    {w.lower() for w in _TOKEN.findall(node.key)} & _words("other_embeddings")):
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
        strong_keys = words & field_set("keystroke", "strong_hints")
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
    if (first is list and (n >= 5 or keys) and not words & NOT_KEY_ROWS
            and typed_key_rows(items)):
        # without a typing word nearby, below a verdict's threshold (0.6): rows of one
        # character and two numbers are common enough (QA14)
        # ...but the compact key-event string ("h:0:96|e:210:302|...", decoder key-events)
        # is the format of keystroke SDKs alone, under any key name (QA20)
        packed = "key-events" in node.layers and n >= 5 and any(
            str(row[0]).isalpha() or row[0] == "*" for row in items)  # letters, or masked
        return _finding(ex, node, "behavior.keystroke", 0.85 if keys or packed else 0.55,
                        f"{n} typed keys as [key, down, up] rows with their hold times"
                        + (" (a compact key-event string)" if packed and not keys else ""),
                        keys, "structure.keystroke-rows")
    if first is list and all(type(x) is list and x and all_num(x) for x in items):
        width = len(items[0])
        if any(len(x) != width for x in items):
            return None
        if width in (2, 3) and not prop_mesh and _landmarks(n, face, words) and not (
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
            # as for one frame (above): without a voice or speaker word beside "mfcc", a
            # sound's features (a doorbell chime a camera learns, QA30) are as likely
            spoken = words & (_hint_words("voice") - _words("mfcc"))
            return _finding(ex, node, "biometric.voice", 0.85 if spoken else 0.55,
                            f"{n} frames of {width} coefficients (MFCC-like)"
                            f"{'' if spoken else ' (no voice or speaker context)'}",
                            voice, "structure.mfcc")
        timed_rows = width <= 7 and (time_column(items) or time_column(
            [r[::-1] for r in items[:50]]))
        if motion and n >= 5 and ((width in (3, 4) and not weak_motion)
                                  or (timed_rows and (not weak_motion or (
                                      measured(items) and width >= 4)))
                                  or (words & _words("pointer") and n >= 8
                                      and relative_time(items))
                                  or short_sensor_rows(items, words)):
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
        return classify_records(ex, node, words, keys, motion, face)
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
    return _finding(ex, node, cat, 0.8, f"a {order} with {decimals_text(places)}", "",
                    "structure.geojson-point")


