"""A float vector named as an embedding ("embedding", "vector", "descriptor") but not as a face's
or a voice's, read by the call it is sent to: a face or voice recognition service's own API.

- ``POST /v1/face/search {"embedding": [...]}``: the path names the modality and what the call
  does (identify, enrol, verify, search): a template of that modality.
- ``POST https://api.facegrid.example.net/v2/collections/c1/identify {"probe": {"embedding":
  [...512]}}``: the path says the call identifies someone, the service's host name says by what
  (QA76: a home camera's third-party face identification; a host *starting* with the word, as
  vendors name their APIs: "facegrid", "voiceprint-api"; not "facebook", nor a host ending in
  it, "surface", "invoice").
- ``POST /v2/kyc/selfie {"puntos68": [[x, y], ...68]}``: a face's landmarks by their count in a
  face's identifying call, whatever the key's language.
- ``POST /v1/events/ev_1/faces/f_3/tag {"name": ..., "embedding": [...128]}``: the path names
  faces and the vector has a face or speaker embedding's exact length (FaceNet and dlib 128,
  ECAPA-TDNN 192, 256, ArcFace 512: structures.toml) — a recognised face being named — unless the
  path is about an AR effect (a face filter's recommendations, QA57).

Embedding sizes and model names: structures.toml's header.
"""

from __future__ import annotations

import itertools
import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure import classify_node
from analysis.classifiers.structure_base import (
    _TOKEN,
    MIN_TYPED_VECTOR,
    embedding_words,
    field_set,
    read_in_context,
    tokens,
    word_list,
)
from analysis.classifiers.structure_base import url_words as path_words
from analysis.classifiers.validators_names import person_name
from analysis.decoders import Decoded
from analysis.decoders.leaves import Node
from analysis.records import Finding

# The request path must say it is a biometric call, not only name the medium (an upload to
# /v2/voice-notes/upload holds a waveform, /faceauth.FaceService/Enroll a template; photos
# clustered by whose face, a camera's "familiar faces": blind24)
BIOMETRIC_CALLS = frozenset({"enroll", "enrol", "enrollment", "enrolment", "verify",
                             "verification", "embedding", "embeddings", "template", "templates",
                             "biometric", "biometrics", "liveness", "identify", "identification",
                             "recognize", "recognition", "match", "faceauth", "voiceauth", "faceid",
                             "voiceid", "voiceprint", "faceprint", "kyc", "authenticate",
                             "cluster", "clusters", "clustering", "familiar", "known"})
# Path or sibling words naming a face or a voice without doubt (not "landmarks", "speech",
# "voices", "utterance": sights, text-to-speech, QA8)
STRONG_HINTS = frozenset({"face", "faces", "facial", "faceprint", "faceid", "faceauth",
                          "selfie", "liveness", "facetemplate", "voice", "voiceprint", "voiceid",
                          "voiceauth", "speaker", "speakers", "diarization", "diarisation",
                          "xvector", "dvector", "ivector"})
# a host's first word naming the modality its API recognises
HOST_WORDS = ("face", "voice", "speaker")
NOT_HOSTS = frozenset({"facebook", "facetime"})
# what may follow the modality's word in a recognition vendor's host label ("facegrid", "faceid")
HOST_TAILS = ("", "grid", "id", "api", "auth", "print", "match", "lock", "check", "verify", "rec",
              "recog", "recognition", "guard", "sdk", "scan", "sign", "key", "pass", "ai")
IDENTIFYING = frozenset({"enroll", "enrol", "enrollment", "enrolment", "verify", "verification",
                         "identify", "identification", "recognize", "recognition", "match",
                         "authenticate", "liveness", "kyc", "faceauth", "voiceauth", "faceid",
                         "voiceid"})
NOT_FACES = frozenset({"watch", "watchface", "watchfaces", "font", "fonts", "typeface", "clock",
                       "dial", "dials", "emoji", "sticker", "stickers", "card", "cards", "dice"})
# an AR effect's calls: a face filter's vectors are the effect's (QA57)
EFFECTS = frozenset({"sticker", "stickers", "filter", "filters", "effect", "effects", "mask",
                     "masks", "lens", "lenses", "makeup", "prop", "props", "avatar", "avatars"})
EXACT_LENGTHS = frozenset({128, 192, 256, 512})
MATCHING = frozenset({"probe", "gallery"})
# ...but not a probe of a thing matched against a catalogue: a product's, a photo album's, a
# song's, a car's, a plant's (QA83)
MATCH_THINGS = frozenset({"product", "products", "sku", "skus", "catalog", "catalogue", "photo",
                          "photos", "image", "images", "album", "albums", "audio", "song",
                          "songs", "track", "tracks", "music", "vehicle", "vehicles", "car",
                          "cars", "plate", "plates", "artwork", "artworks", "plant", "plants",
                          "species", "pattern", "patterns", "fabric", "fabrics", "logo", "logos",
                          "document", "documents", "listing", "listings"})
# ...unless a person is matched: a liveness check or a selfie beside the probe (QA82's dating
# app matching a selfie against the profile's photos)
PERSON_SIGNS = frozenset({"liveness", "selfie", "face", "faces", "person", "subject",
                          "identity", "blink", "yaw"})
_LETTERS = re.compile(r"[A-Za-z][a-z]*")


def _match_words(decoded: Decoded) -> set[str]:
    """The words of the call, of its keys and of its short values."""
    words = set(path_words(decoded))
    for leaf in decoded.leaves:
        words |= {x.lower() for x in _LETTERS.findall(leaf.path)}
        if type(leaf.value) is str and len(leaf.text) < 60:
            words |= {x.lower() for x in _LETTERS.findall(leaf.text)}
    return words


# ...and a face's landmarks by their count alone (dlib 68, 106-point, MediaPipe 468/478), as
# [x, y] or [x, y, z] points: under any key in a face's identifying call (blind43's "puntos68"
# sent to /v2/kyc/selfie)
LANDMARK_COUNTS = frozenset({68, 106, 468, 478})
FACE_HINTS = frozenset({"face", "faces", "facial", "faceprint", "faceid", "faceauth", "selfie",
                        "liveness", "facetemplate"})


def _points(items: list[object]) -> bool:
    return len(items) in LANDMARK_COUNTS and all(
        type(p) is list and len(p) in (2, 3) and all(type(x) in (int, float) for x in p)
        for p in items)


def _named_embedding(words: frozenset[str]) -> bool:
    """A vector's words name an embedding, or a cluster's centroid (a face cluster's mean)."""
    return bool(words & embedding_words()) or bool(
        words & word_list("centroid") and words & {"cluster", "clusters", "clustercenter"})


def host_hints(host: str, identifying: bool = True) -> frozenset[str]:
    """The modality a recognition service's host name starts with ("facegrid" -> face)."""
    return frozenset(w for label in host.split(".")[:-2] for part in label.split("-")
                     for w in HOST_WORDS if part.startswith(w) and part not in NOT_HOSTS
                     # (a search by a bare "face"/"voice" host: a shop's or an assistant's)
                     and part[len(w):].rstrip("s") in HOST_TAILS
                     and (identifying or part[len(w):].rstrip("s")))


def named_vector_in_biometric_call(exchange_id: int, decoded: Decoded,
                                   unread: list[Node]) -> list[Finding]:
    """A vector under a key naming an embedding but no face or voice, in a call that names one
    (module docstring): read with the call's words."""
    vectors = [n for n in unread if (len(n.value) >= MIN_TYPED_VECTOR
               and type(n.value[0]) is float and _named_embedding(tokens(n.path, n.parent))
               and not {w.lower() for w in _TOKEN.findall(n.key)} & word_list("other_embeddings"))
               or _points(n.value)]
    if not vectors:
        return []
    words = path_words(decoded)
    hints, where = words & STRONG_HINTS, "request path context"
    called = bool(words & (BIOMETRIC_CALLS | {"search"}))
    by_host = False
    if not hints and called:
        hints = host_hints(decoded.host, bool(words & IDENTIFYING))
        where = f"service host '{decoded.host}'"
        by_host = True
        said = _match_words(decoded)
        if not hints and words & IDENTIFYING and any(
                tokens(n.path, "") & MATCHING for n in vectors) and (
                    not said & MATCH_THINGS or said & PERSON_SIGNS):
            # a probe matched against a gallery is 1:N recognition's vocabulary (ISO/IEC
            # 19795-1), and a face's most often (QA82: an ID-check vendor's /v3/match)
            hints, where, by_host = frozenset({"face"}), "a probe matched to a gallery", False
    # (the effects words bar only this session's routes, the host's and the no-call one: a face
    # call that clusters under an effects service's path is one, C13)
    if not hints or (words & EFFECTS and (by_host or not called)):
        return []
    if not called and (words & NOT_FACES or hints <= {"speaker", "speakers"}):
        return []  # (a conference's or a podcast's speakers: a call or a voice word needed)
    out = []
    for node in vectors:
        if (_points(node.value) and not (called and hints & FACE_HINTS)) or (
                tokens(node.key, "") & (field_set("route", "hints") - {"points"})):
            continue  # (a face's points only in a face's identifying call: "puntos68"; not
            # a route's or a track's)
        if not called and len(node.value) not in EXACT_LENGTHS:
            continue  # (a face-named path alone: an embedding's exact length only)
        found = classify_node(exchange_id, node, hints)
        if found is not None and found.category.startswith("biometric."):
            out.append(read_in_context(found, where))
    return out


# The name a recognised face or voice is tagged with, beside its template
# ({"name": "Arjun Raman", "embedding": [...]}: a home camera naming a household member, QA76)
NAME_KEYS = frozenset({"name", "fullname", "displayname", "personname", "label", "person"})


def names_of_templates(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """A person's name written beside a face or voice template found in ``found``."""
    objects = {(f.part, f.path.rpartition(".")[0]) for f in found
               if f.category in ("biometric.face", "biometric.voice")}
    return [leaf_finding(exchange_id, leaf, "contact.name", 0.75,
                         f"key '{leaf.key}' names the person whose face or voice template is "
                         "sent beside it", "context.template-name")
            for leaf in decoded.leaves if (leaf.part, leaf.path.rpartition(".")[0]) in objects
            and norm_key(leaf.key) in NAME_KEYS and type(leaf.value) is str
            and person_name(leaf.text) and not set(leaf.text.lower().split()) & ROLE_LABELS]


ROLE_LABELS = frozenset({"delivery", "driver", "courier", "visitor", "guest", "unknown",
                         "stranger", "neighbor", "neighbour", "postman", "person", "family",
                         "friend", "cleaner", "nanny", "babysitter"})


# A face tracker's mesh by its count alone, the counts no other shape has (106: Face++'s and
# InsightFace's landmarks; 468/478: MediaPipe Face Mesh), under a key that names points or a
# mesh: an AR effect SDK tracking the user's face ({"effect": "glam_v2", "mesh": [[x, y] x 106]}:
# QA80's short-video app). 68 points (dlib) stay a face's only with a face's word or call.
MESH_COUNTS = frozenset({106, 468, 478})
MESH_KEYS = frozenset({"mesh", "landmarks", "lm", "lms", "kps", "keypoints", "facemesh"})
# (not "points", "pts", "shape" or "contour": a drawing's stroke, a sparkline, a glyph, QA81)


def _series(items: list[object]) -> bool:
    """A series, not a face's points: its first coordinate rising throughout, or values as
    large as timestamps (QA81: a price sparkline's [time, price] pairs)."""
    xs = [p[0] for p in items]  # type: ignore[index]
    return all(b > a for a, b in itertools.pairwise(xs)) or any(
        abs(x) > 1e6 for p in items for x in p)  # type: ignore[attr-defined]


def face_meshes(exchange_id: int, decoded: Decoded, unread: list[Node]) -> list[Finding]:
    out = []
    for node in unread:
        if (len(node.value) not in MESH_COUNTS or not _points(node.value)
                or not tokens(node.key, "") & MESH_KEYS or _series(node.value)
                or tokens(node.path, node.parent) & field_set("face", "not_with")):
            continue
        found = classify_node(exchange_id, node, frozenset({"face"}))
        if found is not None and found.category == "biometric.face":
            out.append(read_in_context(found, f"{len(node.value)} points, a face mesh's count"))
    return out


# The model a vector was made with, named beside it ({"model": "xvector-v3", "xvec": [...]}:
# QA80's voice SDK; "xvec" alone is an axis's or an item's vector as often, QA16): speaker
# models (x-vector, d-vector, i-vector, ECAPA-TDNN, TitaNet, Resemblyzer, WeSpeaker) and face
# models (ArcFace, FaceNet, InsightFace, SphereFace, CosFace, dlib's ResNet)
MODEL_KEYS = frozenset({"model", "modelname", "modelid", "encoder", "backbone", "net", "arch"})
VOICE_MODELS = ("xvector", "x-vector", "dvector", "d-vector", "ivector", "i-vector", "ecapa",
                "titanet", "resemblyzer", "wespeaker", "speakernet")
FACE_MODELS = ("arcface", "facenet", "insightface", "sphereface", "cosface", "adaface",
               "dlib_resnet", "dlib-resnet", "magface")


def named_by_model(exchange_id: int, decoded: Decoded, unread: list[Node]) -> list[Finding]:
    vectors = [n for n in unread if len(n.value) >= MIN_TYPED_VECTOR
               and type(n.value[0]) is float and _named_embedding(tokens(n.path, n.parent))]
    if not vectors or norm_keys(decoded.key_set()).isdisjoint(MODEL_KEYS):
        return []  # (most requests: no embedding-named vector, or no model named beside one)
    said: dict[tuple[str, str], tuple[str, str]] = {}  # object -> (modality, what says so)
    for leaf in decoded.leaves:
        where = (leaf.part, leaf.path.rpartition(".")[0])
        if norm_key(leaf.key) in MODEL_KEYS and type(leaf.value) is str and len(leaf.text) <= 64:
            model = leaf.text.lower()
            hint = ("voice" if model.startswith(VOICE_MODELS) else "face"
                    if model.startswith(FACE_MODELS) else "")
            if hint:
                said[where] = (hint, f"made by the {hint} model '{model}' beside it")
    if not said:
        return []
    out = []
    for node in vectors:
        hint, why = said.get((node.part, node.path.rpartition(".")[0]), ("", ""))
        if not hint:
            continue
        found = classify_node(exchange_id, node, frozenset({hint}))
        if found is not None and found.category.startswith("biometric."):
            out.append(read_in_context(found, why))
    return out
