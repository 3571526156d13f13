"""Biometric and behavioural shapes of an object (a JSON object, a msgpack map) rather than a
list: many named numbers that together are one measurement.

- Face blend shapes as ARKit sends them: ``ARFaceAnchor.blendShapes`` is a dictionary of 52
  named coefficients (``eyeBlinkLeft``, ``jawOpen``...); MediaPipe's FaceLandmarker gives a list
  of ``{index, score, categoryName}`` with the same names. Twenty or more of the names in one
  object or list are a face's expression (biometric.face), whatever the key above says.
- Digraph latencies (``{"th": 112, "he": 98}``) under a typing word are typing rhythm
  (behavior.keystroke): keystroke-dynamics SDKs summarise a typist by their letter pairs.
- A face detector's named landmarks (``{"left_eye": [x, y], "right_eye": ..., "nose": ...,
  "mouth_left": ..., "mouth_right": ...}``: MTCNN's and RetinaFace's five points, dlib's and
  Face++'s named ones): four or more of a face's named points, each a point, in one object are
  that face's geometry (biometric.face; QA76's ``landmarks5``), whatever the key above says.
- Voice features for speaker identification (``f0_mean_hz``, ``formants_hz``, ``jitter``,
  ``shimmer``, ``hnr_db``): two or more measures only a voice has (f0, formants, shimmer, HNR)
  in one object are a voiceprint summary (biometric.voice); a player's ``pitch`` or a network's
  ``jitter`` is not.

The names come from Apple's ARKit documentation (ARFaceAnchor.BlendShapeLocation), MediaPipe's
face landmarker guide, and the speech-science measures (pitch, formants, jitter, shimmer,
harmonics-to-noise ratio) of voice biometrics; the word lists are in rules/structures.toml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from analysis.classifiers.base import list_path, preview
from analysis.classifiers.rules import load_toml, norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.records import Detector, Finding, Part

MIN_BLENDSHAPES = 20
VOICE_ONLY = frozenset({"f0", "formant", "formants", "shimmer", "hnr"})
VOICE_WORDS = frozenset({"voice", "vocal", "speaker", "speakers", "speech", "voiceprint"})
MIN_DISTINCT_SCORES = 10  # a rig's defaults (all 0.0) or a preset (0 and 1) is no face's frame


def _measured(values: Sequence[object]) -> bool:
    """Coefficients measured on a face: many distinct values, not a rig's defaults."""
    return len({v for v in values if type(v) in (int, float)}) >= MIN_DISTINCT_SCORES


SETTINGS = frozenset({"shift", "offset", "target", "effect", "effects", "preset", "presets",
                      "filter", "filters", "settings", "config", "gain", "threshold", "min",
                      "max", "limit", "level", "rate", "mix", "unit", "units", "method"})
# objects whose measures are of a song, a synthetic voice or a tuner's input, not a speaker's
# own voice (QA11): the one-voice-only-measure route is closed there
NOT_A_SPEAKER = frozenset({"tts", "synth", "synthesis", "synthesizer", "tuner", "song", "songs",
                           "track", "tracks", "karaoke", "reference", "model", "models"})
SPREAD = frozenset({"sd", "std", "stdev", "var", "variance", "range", "delta", "iqr"})
# ("f0_mean_hz", camelCase "f0Mean" and "meanF0Hz": blind32, blind33)
_F0 = re.compile(r"(?:(?:^|[_\W])[fF]|(?<=[a-z])F)0(?:[_\W]|$|[A-Z])")
MIN_DIGRAPHS = 5
# Facial action units (FACS, Ekman & Friesen; OpenFace writes "AU01_r" intensities, "AU01_c"
# presence): five or more of a face's muscle movements measured together
# Only the FACS codes themselves, written as face trackers write them ("AU01", "AU12_r"): a
# run of "au1".."au5" is an enumeration (ad units, astronomical units, gold assays; QA12)
_AU = re.compile(r"AU(\d\d)(?:_[rc])?")
FACS = frozenset({1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 23, 24, 25,
                  26, 27, 28, 41, 42, 43, 44, 45, 46})
MIN_AUS = 5
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


@cache
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_toml("structures.toml")["objects"]
    return (frozenset(norm_key(n) for n in raw["blendshape_names"]),
            frozenset(raw["typing_hints"]), frozenset(raw["voice_measures"]))


def _facs(key: str) -> bool:
    """A facial action unit's key: a FACS code, zero-padded ("AU06", "AU12_r")."""
    m = _AU.fullmatch(key)
    return m is not None and int(m.group(1)) in FACS


def _voice_values(measured: dict[str, object]) -> bool:
    """Values a voice was measured with: not all 0 or 1 (a synthesiser's neutral settings), and
    a pitch or f0, if sent, within a human voice's 50-600 Hz."""
    values = [float(v) for v in measured.values()]  # type: ignore[arg-type]
    if not values or all(v in (0.0, 1.0) for v in values):
        return False
    pitches = [float(v) for k, v in measured.items()  # type: ignore[arg-type]
               if measure_words(k) & {"pitch", "f0"} and not measure_words(k) & SPREAD]
    return all(50 <= p <= 600 for p in pitches)


@lru_cache(maxsize=8192)
def measure_words(key: str) -> frozenset[str]:
    """A key's words, "f0" kept whole ("f0_mean_hz": the fundamental frequency). Cached: the
    voice checks read each key's words several times per object."""
    words = {w.lower() for w in _WORD.findall(key)}  # camelCase split before lower-casing
    return frozenset(words | ({"f0"} if _F0.search(key) else set()))


def _finding(ex: int, part: Part, path: str, category: str, confidence: float,
             evidence: str, value: str, rule: str) -> Finding:
    return Finding(ex, part, path or "$", category, Detector.STRUCTURE, confidence, evidence,
                   preview(value), None, rule)


@lru_cache(maxsize=4096)
def _may_hold(names: frozenset[str]) -> bool:
    """Whether an exchange with these key and parent names can hold one of the shapes: most
    exchanges cannot, and their key sets repeat (cached), so they cost a set and a lookup."""
    blend, typing, measures = _names()
    norms = {norm_key(k) for k in names}
    if len(norms & blend) >= MIN_BLENDSHAPES or "categoryname" in norms:
        return True
    # a typing word inside a name, as the check below reads the path's words
    # ("typing_profile", "digraphLatencyMs": QA15), not only whole names
    if any(len(k) == 2 and k.isalpha() for k in names) and (norms & typing or any(
            t in n for n in norms for t in typing)):
        return True
    if sum(1 for k in names if _facs(k)) >= MIN_AUS:
        return True
    return sum(1 for k in names for w in measure_words(k) if w in measures) >= 2


UNIT_LISTS = frozenset({"aus", "aunames", "aucodes", "aulabels", "aucolumns", "actionunits",
                        "actionunitnames", "facs", "facscodes"})


@lru_cache(maxsize=4096)
def _unit_names(keys: frozenset[str]) -> bool:
    """A key that may list action units' codes ("au_names", "aus", "action_units"; not
    "authorization", "audience", "audio_*": review 10)."""
    return any(norm_key(k) in UNIT_LISTS for k in keys)


def action_unit_rows(ex: int, decoded: Decoded) -> list[Finding]:
    """Facial action units written as columns: a list of FACS codes ("au_names": ["AU01",
    ...]) beside a matrix of rows as wide, each an intensity (0-5) per unit and frame
    (blind24: an interview's per-frame analysis)."""
    if not _unit_names(decoded.key_set()):
        return []
    names: dict[tuple[Part, str], int] = {}
    for leaf in decoded.leaves:
        if type(leaf.value) is str and leaf.path.endswith("]") and _facs(leaf.text):
            where = (leaf.part, list_path(leaf.path).rpartition(".")[0])
            names[where] = names.get(where, 0) + 1
    widths = {where: n for where, n in names.items() if n >= MIN_AUS}
    return [_finding(ex, node.part, node.path, "biometric.face", 0.8,
                     f"{len(node.value)} frames of {width} facial action unit intensities, "
                     f"their FACS codes listed beside them under '{node.path}'",
                     preview(str(node.value[0])), "structure.face-action-units")
            for node in decoded.nodes if widths and node.value and not node.path.endswith("]")
            and (width := widths.get((node.part, node.path.rpartition(".")[0]), 0))
            and all(type(r) is list and len(r) == width and all(
                type(x) in (int, float) and 0 <= x <= 5 for x in r) for r in node.value)]


# A face's named points as face detectors name them (norm_key), and the least of them an
# object must hold; an eye and a nose or a mouth among them
FACE_POINTS = frozenset({"lefteye", "righteye", "eyeleft", "eyeright", "nose", "nosetip",
                         "mouthleft", "mouthright", "leftmouth", "rightmouth", "mouthcenter",
                         "leftmouthcorner", "rightmouthcorner", "lefteyecenter",
                         "righteyecenter", "chin", "lefteyebrow", "righteyebrow", "lefteyeinner",
                         "lefteyeouter", "righteyeinner", "righteyeouter", "upperlip",
                         "lowerlip", "noseleft", "noseright", "lefteyepupil",
                         "righteyepupil"})
MIN_FACE_POINTS = 4
# ...as keys spell them, for a look at the leaves' parents (most {x, y} objects are a screen's)
RAW_POINTS = frozenset({"left_eye", "lefteye", "right_eye", "righteye", "eye_left", "eyeleft",
                        "eye_right", "eyeright"})
_POINT_TAIL = re.compile(r"(?:\[\d\]|\.[xyzXYZ])$")


def face_points(ex: int, decoded: Decoded) -> list[Finding]:
    """Objects of a face's named points (module docstring), one finding each."""
    keys = decoded.key_set()  # (a point's own keys: "left_eye": {"x": ..., "y": ...})
    if len(norm_keys(keys) & FACE_POINTS) < MIN_FACE_POINTS and not (
            "x" in keys and "y" in keys
            and not RAW_POINTS.isdisjoint([leaf.parent.lower() for leaf in decoded.leaves])):
        return []
    held: dict[tuple[Part, str], set[str]] = {}
    for leaf in decoded.leaves:
        if type(leaf.value) not in (int, float) or not _POINT_TAIL.search(leaf.path):
            continue
        point = _POINT_TAIL.sub("", leaf.path)
        above, _, name = point.rpartition(".")
        if norm_key(name) in FACE_POINTS:
            held.setdefault((leaf.part, above), set()).add(norm_key(name))
    return [_finding(ex, part, path, "biometric.face", 0.8,
                     f"{len(names)} of a face's landmarks named as face detectors name them "
                     f"({', '.join(sorted(names)[:5])}), each a point, under '{path or '$'}'",
                     path, "structure.face-named-landmarks")
            for (part, path), names in held.items() if len(names) >= MIN_FACE_POINTS
            and any("eye" in n for n in names) and any(n[:4] in ("nose", "mout") for n in names)
            and not ({w.lower() for w in _WORD.findall(path)} | url_words(decoded)) & NOT_A_FACE]


# a face model that is nobody's (structures.toml [face] not_with)
NOT_A_FACE = frozenset({"canonical", "generic", "stock", "mascot", "puppet", "reference",
                        "avatar", "avatars", "cartoon", "character", "characters", "emoji",
                        "memoji", "bitmoji", "sticker", "stickers", "drawing", "drawings",
                        "doll", "toy", "sprite", "npc", "pet", "pets", "dog", "cat", "animal"})



def classify_objects(ex: int, decoded: Decoded) -> list[Finding]:
    """The findings of the objects in ``decoded`` (module docstring)."""
    if not _may_hold(decoded.key_set() | decoded.parent_set()):
        return action_unit_rows(ex, decoded) + face_points(ex, decoded)
    blend, typing, measures = _names()
    objects: dict[tuple[Part, str], list[tuple[str, object]]] = {}
    named: dict[tuple[Part, str], int] = {}  # list path -> elements naming a blend shape
    scores: dict[tuple[Part, str], list[float]] = {}  # list path -> float fields of elements
    for leaf in decoded.leaves:
        if leaf.array:
            continue
        above = leaf.path.rpartition(".")[0]
        objects.setdefault((leaf.part, above), []).append((leaf.key, leaf.value))
        if type(leaf.value) is str and norm_key(leaf.text) in blend and above.endswith("]"):
            where = (leaf.part, list_path(above))
            named[where] = named.get(where, 0) + 1
        elif type(leaf.value) is float and above.endswith("]"):
            scores.setdefault((leaf.part, list_path(above)), []).append(leaf.value)
    out = []
    for (part, path), n in named.items():
        if n >= MIN_BLENDSHAPES and _measured(scores.get((part, path), [])):
            out.append(_finding(ex, part, path, "biometric.face", 0.85,
                                f"{n} face blend-shape scores named like ARKit's "
                                f"(eyeBlinkLeft, jawOpen...) under '{path}'", path,
                                "structure.face-blendshapes"))
    units: set[tuple[Part, str]] = set()  # lists of action-unit records already reported
    for (part, path), fields in objects.items():
        numbers = [(k, v) for k, v in fields if type(v) in (int, float)]
        if len(numbers) < MIN_DIGRAPHS and len(fields) < 2:
            continue
        aus = sorted(k for k, v in numbers if _facs(k) and 0 <= v <= 5)  # type: ignore[operator]
        if len(aus) >= MIN_AUS:
            listed = list_path(path) if path.endswith("]") else path
            if (part, listed) not in units:
                units.add((part, listed))
                out.append(_finding(ex, part, listed, "biometric.face", 0.8,
                                    f"{len(aus)} facial action unit intensities (FACS: "
                                    f"{', '.join(aus[:5])}...) under '{listed}'",
                                    str(dict(numbers[:6])), "structure.face-action-units"))
            continue
        keys = {norm_key(k) for k, _ in numbers}
        if len(keys & blend) >= MIN_BLENDSHAPES and _measured([v for _, v in numbers]):
            out.append(_finding(ex, part, path, "biometric.face", 0.85,
                                f"{len(keys & blend)} named face blend-shape coefficients "
                                f"(ARKit's ARFaceAnchor.blendShapes) under '{path}'",
                                str(dict(numbers[:6])), "structure.face-blendshapes"))
            continue
        words = {w.lower() for w in _WORD.findall(path)}
        digraphs = [v for k, v in numbers if len(k) == 2 and k.isalpha()]
        if (words & typing and len(digraphs) >= MIN_DIGRAPHS
                and all(0 < float(v) < 2000 for v in digraphs)):  # type: ignore[arg-type]
            out.append(_finding(ex, part, path, "behavior.keystroke", 0.85,
                                f"{len(digraphs)} letter-pair (digraph) latencies under "
                                f"'{path}'", str(dict(numbers[:6])),
                                "structure.keystroke-digraphs"))
            continue
        # measured, not set: a voice changer's pitch_shift/formant_shift are settings
        found = {w for k, _ in fields if not SETTINGS & measure_words(k)
                 for w in measure_words(k) if w in measures}
        # two measures only a voice has (f0, formants, shimmer, HNR): "pitch" and "jitter"
        # also describe playback settings, tuners and network links (QA8); in an object a
        # voice word names, one of them beside two others
        only = len(found & VOICE_ONLY)
        measured = {k: v for k, v in fields if type(v) in (int, float) and not SETTINGS
                    & measure_words(k) and measure_words(k) & found}
        if not words & SETTINGS and _voice_values(measured) and (only >= 2 or (
                only and len(found) >= 3 and words & VOICE_WORDS and not words & NOT_A_SPEAKER
                and not {w for f in fields for w in measure_words(f[0])} & NOT_A_SPEAKER)):
            # one finding per measure: each is sent, and read, on its own
            out += [_finding(ex, part, f"{path}.{key}" if path else key, "biometric.voice",
                             0.75, f"'{key}', one of the voice-quality measures "
                             f"({', '.join(sorted(found))}) in one object under "
                             f"'{path or '$'}'", str(value), "structure.voice-features")
                    for key, value in measured.items()]
    return out + action_unit_rows(ex, decoded) + face_points(ex, decoded)
