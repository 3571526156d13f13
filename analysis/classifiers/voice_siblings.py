"""A voice's measures beside a voice reading in one object: ``{"spk": <embedding>, "f0":
207.2}``, ``"f0": {"mean": ..., "sd": ...}``, MFCC means with no voice word of their own, and a
pitch track (``"f0_hz": [0.0, 218.4, ...]``) beside MFCC frames. Voice-quality measures (f0,
formants, shimmer, harmonics-to-noise ratio) are what the speaker-recognition literature reads
a voice by; a human voice's pitch is 50-600 Hz spoken, to about 1,100 Hz sung.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from analysis.classifiers.base import list_path, preview, wrappers
from analysis.classifiers.paths import path_words
from analysis.classifiers.structure_base import MFCC_RULES, url_words
from analysis.classifiers.structure_objects import SETTINGS, VOICE_ONLY, measure_words
from analysis.classifiers.structure_siblings import NOT_VOICES
from analysis.decoders import Decoded, Leaf
from analysis.records import Detector, Finding, Part

SPREAD = frozenset({"sd", "std", "stdev", "var", "iqr", "range"})
SUNG = frozenset({"voice", "vocal", "vocals", "sing", "singing", "singer", "song", "karaoke",
                  "performance", "performances", "speech", "speaker", "speaking", "utterance"})


STATS = frozenset({"mean", "avg", "average", "sd", "std", "stdev", "median", "var"})


def voice_beside_a_voice(exchange_id: int, decoded: Decoded,
                         out: list[Finding]) -> list[Finding]:
    """``out`` with the voice measures (f0, formants, shimmer, HNR; one level down for their
    statistics) and the MFCC statistics with no voice word of their own that sit in the same
    object as a voice reading of 0.75 or more (QA15, the seventeenth set)."""
    voices = {(f.part, f.path.rpartition(".")[0]): f.path for f in out
              if f.category == "biometric.voice" and f.confidence >= 0.75}
    if not voices:
        out = _frames_beside_a_track(exchange_id, decoded, out)
        voices = {(f.part, f.path.rpartition(".")[0]): f.path for f in out
                  if f.category == "biometric.voice" and f.confidence >= 0.75}
        if not voices:
            # a pitch track beside a face's reading: a recorded answer's face and voice
            # analysed together (blind24: action units, head pose and "f0_track")
            faces = {(f.part, f.path.rpartition(".")[0]): f.path for f in out
                     if f.category == "biometric.face" and f.confidence >= 0.75}
            have = {(f.part, f.path) for f in out}
            return out + [t for leaf in decoded.leaves if faces and leaf.array
                          and _measure_key(leaf.key)
                          for t in _pitch_track(exchange_id, leaf, faces, have)]
    out = [dataclasses.replace(
        f, confidence=0.75, evidence=f.evidence.replace(
            " (no voice or speaker context)", f" beside the voice reading '{voice}'"))
           if f.rule == "structure.mfcc-vector" and f.confidence < 0.6
           and (voice := voices.get((f.part, f.path.rpartition(".")[0]))) else f
           for f in out]
    have = {(f.part, f.path) for f in out}
    if not _measure_keys(decoded.key_set()):
        return out  # most requests with a voice: no measure beside it
    for leaf in decoded.leaves:
        if leaf.array and _measure_key(leaf.key):
            out += _pitch_track(exchange_id, leaf, voices, have)
            continue
        if type(leaf.value) not in (int, float) or not _measure_key(leaf.key):
            continue
        # a short list of measures ("formants": [530, 1840, 2480]) is reported once, whole
        path = list_path(leaf.path)
        if (leaf.part, path) in have:
            continue
        have.add((leaf.part, path))
        above, _, key = path.rpartition(".")
        words = measure_words(key.partition("[")[0])
        if key.lower() in STATS:  # "f0": {"mean": 208.7, "sd": 28.4}
            above, _, owner = above.rpartition(".")
            words = measure_words(owner.partition("[")[0])
        voice = voices.get((leaf.part, above))
        # a pitch (its value, its mean) at a human voice's 50-600 Hz; a spread as it is
        pitch = "f0" in words and key.lower() not in SPREAD
        if (voice and words & VOICE_ONLY and not words & SETTINGS and 0 < leaf.value < 5000
                and (not pitch or 50 <= leaf.value <= 600)):
            out.append(Finding(exchange_id, leaf.part, path, "biometric.voice",
                               Detector.STRUCTURE, 0.7, f"'{leaf.key}', a voice measure "
                               f"beside the voice reading '{voice}'", preview(leaf.text),
                               wrappers(leaf.layers), "structure.voice-features"))
    return out


def _frames_beside_a_track(exchange_id: int, decoded: Decoded,
                           out: list[Finding]) -> list[Finding]:
    """MFCC frames read without a voice's context (below 0.6) beside a voice's pitch track in
    one object: a voice analysed, the two readings each other's context (blind23: a singer's
    performance, ``{"f0_hz": [...], "mfcc": [[...], ...]}``)."""
    weak = {(f.part, f.path.rpartition(".")[0]) for f in out
            if f.rule in MFCC_RULES and f.confidence < 0.75}
    # ...a person's voice by the request's words: a guitar, a pump, a dove or an engine has a
    # pitch and MFCCs too (QA56)
    words = url_words(decoded) | {w for f in out for w in path_words(f.path)}
    if not weak or not words & SUNG or words & NOT_VOICES:
        return out
    tracks = {(leaf.part, leaf.path.rpartition(".")[0]): leaf.path for leaf in decoded.leaves
              if leaf.array and "f0" in measure_words(leaf.key) and _voiced(leaf)}
    return [dataclasses.replace(f, confidence=0.75, evidence=(
                f"{f.evidence}; beside the pitch track '{track}'"))
            if f.rule in MFCC_RULES and f.confidence < 0.75
            and (track := tracks.get((f.part, f.path.rpartition(".")[0]))) else f
            for f in out]


def _voiced(leaf: Leaf) -> bool:
    """A pitch track: its voiced frames (0 where unvoiced) at a human voice's 50-1,100 Hz
    (singing included), at least half the frames voiced."""
    if not isinstance(leaf.value, list):
        return False
    voiced = [v for v in leaf.value if type(v) in (int, float) and v]
    return len(voiced) >= max(len(leaf.value) // 2, 1) and all(50 <= v <= 1100 for v in voiced)


def _pitch_track(exchange_id: int, leaf: Leaf, voices: dict[tuple[Part, str], str],
                 have: set[tuple[Part, str]]) -> list[Finding]:
    """A voice's pitch track ("f0_hz": [0.0, 218.4, ...]) beside a voice reading (blind23)."""
    voice = voices.get((leaf.part, leaf.path.rpartition(".")[0]))
    words = measure_words(leaf.key)
    if (not voice or "f0" not in words or words & SETTINGS or (leaf.part, leaf.path) in have
            or not _voiced(leaf)):
        return []
    have.add((leaf.part, leaf.path))
    return [Finding(exchange_id, leaf.part, leaf.path, "biometric.voice", Detector.STRUCTURE,
                    0.7, f"'{leaf.key}', a pitch track of {len(leaf.value)} frames beside the "
                    f"biometric reading '{voice}'", preview(leaf.text), wrappers(leaf.layers),
                    "structure.voice-features")]


@lru_cache(maxsize=4096)
def _measure_key(key: str) -> bool:
    return key.lower() in STATS or bool(measure_words(key) & VOICE_ONLY)


@lru_cache(maxsize=4096)
def _measure_keys(keys: frozenset[str]) -> bool:
    return any(_measure_key(k) for k in keys)
