"""Shared by the structure classifier's modules: the shape data (``rules/structures.toml``),
the words of a list's path, hint look-ups and how a structure finding is written."""

from __future__ import annotations

import dataclasses
import re
from functools import cache, lru_cache
from typing import Any

from analysis.classifiers.base import PREVIEW, preview, wrappers
from analysis.classifiers.rules import load_toml, norm_key
from analysis.classifiers.words import key_words, tables
from analysis.decoders import Decoded, Node
from analysis.records import Detector, Finding

# A shape read with a word from outside the field's own key (the request path, a sibling's
# type or key, a template beside it) is weaker than one its key names.
CONTEXT_WEIGHT = 0.85
MIN_TYPED_VECTOR = 32  # floats: shorter lists are as likely any other measurement


def read_in_context(found: Finding, where: str) -> Finding:
    """``found``, made from a word outside the field's key: weighted down, and its evidence
    says where the word came from (``where``, e.g. "request path context")."""
    return dataclasses.replace(found, confidence=round(found.confidence * CONTEXT_WEIGHT, 2),
                               evidence=found.evidence.replace(", key context '",
                                                               f", {where} '"))


_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def url_segments(decoded: Decoded) -> tuple[str, ...]:
    """The request's URL path segments (``Decoded.url_segments``)."""
    return decoded.url_segments()


@lru_cache(maxsize=4096)
def _segment_words(segments: tuple[str, ...]) -> frozenset[str]:
    # ...and what a foreign one means: "/ajuda/chamado" is a help ticket (QA41)
    return _translated({w.lower() for s in segments for w in _TOKEN.findall(s)})


def _translated(words: set[str]) -> frozenset[str]:
    """``words`` and the English words the foreign ones among them mean
    ([words.translations]: "gorjeta" is a tip, "beschleunigung" an acceleration)."""
    said = tables().translations
    return frozenset(words.union(*(said[w].split() for w in words if w in said)))


def call_words(decoded: Decoded) -> frozenset[str]:
    """The words of the URL path's last segment: the call itself (``/v3/bookings``,
    ``/auth/otp/verify``), as several readings ask whether a request is posted to a collection
    or asks for an action."""
    segments = url_segments(decoded)
    return frozenset(key_words(segments[-1])) if segments else frozenset()


def url_words(decoded: Decoded) -> frozenset[str]:
    """The words of the request's URL path, lower-cased (cached: paths repeat, and several
    readings of one exchange ask)."""
    return _segment_words(url_segments(decoded))


@cache
def shapes() -> dict[str, Any]:
    return load_toml("structures.toml")


@lru_cache(maxsize=4096)
def tokens(path: str, parent: str) -> frozenset[str]:
    """The words of a list's path and parent key (cached: SDKs send the same paths)."""
    words = {w.lower() for w in _TOKEN.findall(path + " " + parent)}
    joined = {norm_key(p) for p in re.split(r"[.\[\]]+", path + "." + parent) if p}
    # ...and each key without its unit: "key_timings_ms" names "keytimings" (QA34)
    words |= joined | {j[:-2] for j in joined if j.endswith("ms") and len(j) > 6}
    return _translated(words)  # "fahrt.beschleunigung" is an acceleration series (QA43)


def finding(ex: int, node: Node, category: str, confidence: float, shape: str,
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
def hint_words(section: str) -> frozenset[str]:
    return frozenset(shapes()[section]["hints"])


def hint(words: frozenset[str], section: str) -> str:
    found = sorted(words & hint_words(section))
    return found[0] if found else ""


@cache
def field_set(section: str, name: str) -> frozenset[str]:
    """A list of ``structures.toml``'s ``[section]`` as a set (built once: the classifiers ask
    for the same lists for every list they read)."""
    return frozenset(shapes()[section].get(name, ()))


@cache
def weak_motion_hints() -> frozenset[str]:
    return frozenset(shapes()["motion"].get("weak_hints", ()))


@cache
def embedding_words() -> frozenset[str]:
    return word_list("embedding")


@cache
def word_list(name: str) -> frozenset[str]:
    """A word list of ``structures.toml``'s ``[words]`` table."""
    return frozenset(shapes()["words"][name])


# A face mesh's point counts (MediaPipe 468/478) are distinctive enough to name it without a
# face key; 68 or 106 points are as likely a swipe, a GPS track or a polygon of that length.
MESH_POINTS = (468, 478)


def landmarks(n: int, face: str, words: frozenset[str]) -> bool:
    """``n`` points are a face landmark set: a landmark-set size beside a face key, or a face
    mesh's size beside no key that says what else the points are (a route, a swipe)."""
    if n not in shapes()["face"]["landmark_points"]:
        return False
    if face:
        return True
    other = hint(words, "motion") or hint(words, "route") or hint(words, "keystroke")
    # a mesh of nobody's face (MediaPipe's canonical model, an avatar's) is no template
    return n in MESH_POINTS and not other and not words & frozenset(
        shapes()["face"]["not_with"])


# MFCCs read without a voice word in their key (0.55, "no voice or speaker context"): the
# request's path may name the voice instead ("/v1/speaker/enroll", "/voiceprint"): then they are
# the speaker's features as surely as under a "voice" key.
MFCC_RULES = frozenset({"structure.mfcc", "structure.mfcc-vector"})
NO_VOICE = " (no voice or speaker context)"


def spoken_call(found: Finding, call_words: frozenset[str]) -> Finding:
    if (found.rule not in MFCC_RULES or NO_VOICE not in found.evidence
            or not call_words & (hint_words("voice") - word_list("mfcc"))):
        return found
    return dataclasses.replace(found, confidence=0.8, evidence=found.evidence.replace(
        NO_VOICE, " (the request's path names a voice or speaker)"))


# words of a list's own key that name a speaker's features whatever object holds them: a
# speaker and an embedding (not a loudspeaker's "speaker_response" or "calibration.speaker",
# nor a voice changer's target voice or a stock TTS voice: QA64)
SPEAKER_OWN = frozenset({"speaker", "voiceprint", "xvector", "ivector", "dvector", "ecapa",
                         "speakerembedding", "voiceembedding", "voiceid"})
PROPS = frozenset({"prop", "props"})
MESH_WORDS = frozenset({"vertices", "vertex", "mesh", "uv", "uvs", "normals", "triangles",
                        "indices", "texcoords", "geometry"})
EMBEDDED = frozenset({"embedding", "embeddings", "emb", "vector", "vec", "xvector", "ivector",
                      "dvector", "ecapa", "voiceprint", "speakerembedding", "voiceembedding"})
NOT_OWN = frozenset({"target", "preset", "presets", "tts", "synthetic", "synth", "stock",
                     "default", "celebrity", "reference", "ref"})


def speakers_own(key: str) -> bool:
    own = tokens(key, "")
    return bool(own & SPEAKER_OWN) and bool(own & EMBEDDED) and not own & NOT_OWN
