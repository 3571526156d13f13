"""The structure classifier over one exchange: each list the decoders saw (``Decoded.nodes``)
through ``structure.classify_node``; a keyless list (schema-less protobuf) read with the request
path's words, key events that name their keys also as the typed text (``structure_typed``)."""

from __future__ import annotations

import dataclasses
import itertools
import operator
import re
import struct

from analysis.classifiers.biometric_services import vectors_in_biometric_service
from analysis.classifiers.own_sentences import own_words_key
from analysis.classifiers.raw_audio import raw_audio
from analysis.classifiers.series import angle_lists, heart_pairs
from analysis.classifiers.structure import classify_node
from analysis.classifiers.structure_base import (
    _TOKEN,
    MIN_TYPED_VECTOR,
    embedding_words,
    read_in_context,
    spoken_call,
    tokens,
)
from analysis.classifiers.structure_base import url_words as path_words
from analysis.classifiers.structure_calls import (
    BIOMETRIC_CALLS,
    STRONG_HINTS,
    face_meshes,
    named_by_model,
    named_vector_in_biometric_call,
    names_of_templates,
)
from analysis.classifiers.structure_keypairs import inter_key_lists, keystroke_lists
from analysis.classifiers.structure_objects import classify_objects
from analysis.classifiers.structure_siblings import (
    embedding_beside_template,
    embedding_by_sibling_names,
    frames_named_by_kind,
    typing_by_event_name,
    typing_pairs,
    typing_sibling,
)
from analysis.classifiers.structure_typed import typed_text
from analysis.classifiers.validators_geo import decimals
from analysis.classifiers.voice_siblings import voice_beside_a_voice
from analysis.decoders import Decoded
from analysis.decoders.leaves import Node
from analysis.records import Detector, Finding

_KEYLESS = re.compile(r"[\d.\[\]$]*")
TYPING_CALLS = frozenset({"typing", "keystroke", "keystrokes", "keyboard", "keypress"})
TIMING_NAME = re.compile(r"(?i)dwell|hold|flight|^(?:kd|kh|kf|dw|fl|ft)$")
RULE = operator.attrgetter("rule")
# ...and that it uploads positions: a keyless list of lat/lon pairs is a track only in such a call
LOCATION_CALLS = frozenset({"location", "locations", "gps", "trace", "traces", "track", "tracks",
                            "trip", "trips", "route", "routes", "position", "positions", "geo",
                            "fix", "fixes", "breadcrumbs", "ping", "pings", "probe", "probes",
                            "checkin", "geolocation", "waypoints", "walk", "walks"})
TRACK_CONFIDENCE, MIN_FIXES = 0.8, 3
# Without such a call the pairs alone must leave no doubt: more fixes, 5+ decimals (a metre),
# far from zero against their spread (an accelerometer's x/y wander around 0)
UNHINTED_CONFIDENCE = 0.7
UNHINTED_FIXES = 5
UNHINTED_SPREAD = 0.002  # of the mean's magnitude: a trace moves by thousandths of a degree
MAX_PLACES = 9


class StructureClassifier:
    name = "structure"

    def classify(self, exchange_id: int, decoded: Decoded) -> list[Finding]:
        out = []
        unread: list[Node] = []
        url_words = path_words(decoded) if decoded.nodes else frozenset()
        for node in decoded.nodes:
            found = classify_node(exchange_id, node)
            if found is None and (_KEYLESS.fullmatch(node.path) or node.key.isdigit()):
                # a list with no key names (schema-less protobuf, "3.2", or "req.2" in a
                # protobuf unwrapped from a JSON field): the request's path is all it has
                # ("/faceauth.FaceService/Enroll", "/TypingService/UploadStats": QA25)
                hints = (url_words & STRONG_HINTS if url_words & BIOMETRIC_CALLS
                         else url_words & TYPING_CALLS)
                found = classify_node(exchange_id, node, hints) if hints else None
                if found is not None:
                    found = read_in_context(found, "request path context")
            if found is None and (_KEYLESS.fullmatch(node.path) or (
                    node.value and type(node.value[0]) is list and own_words_key(node.key))):
                # (and [lat, lon, t, alt] rows under the app's own word for a route: Kashmiri
                # "waat", QA200; an English word names the route's hints, structures.toml)
                track = _keyless_track(exchange_id, node, bool(url_words & LOCATION_CALLS))
                if track:
                    out += track
                    continue
            if found is None:
                unread.append(node)
            if found is not None:
                out.append(found)
                if found.category == "behavior.keystroke":
                    typed = typed_text(exchange_id, node, url_words)
                    if typed is not None:
                        out.append(typed)
        out += _typed_by_sibling(exchange_id, decoded, unread,
                                 bool(url_words & BIOMETRIC_CALLS))
        out += named_vector_in_biometric_call(exchange_id, decoded, unread)
        out += face_meshes(exchange_id, decoded, unread) if unread else []
        out += named_by_model(exchange_id, decoded, unread) if unread else []
        out += embedding_beside_template(exchange_id, unread, out) if unread and out else []
        if unread:
            out += heart_pairs(exchange_id, unread) + angle_lists(exchange_id, unread,
                                                                  url_words)
            out += keystroke_lists(exchange_id, unread, url_words)
            out += inter_key_lists(exchange_id, unread)
            out += typing_by_event_name(exchange_id, decoded, unread)
            done = {(f.part, f.path) for f in out}
            rest = [n for n in unread if (n.part, n.path) not in done]
            out += embedding_by_sibling_names(exchange_id, decoded, rest, STRONG_HINTS,
                                              bool(url_words & (BIOMETRIC_CALLS | VOICE_CALLS)))
            out += frames_named_by_kind(exchange_id, decoded, rest)
            done = {(f.part, f.path) for f in out}
            out += vectors_in_biometric_service(
                exchange_id, decoded, [n for n in rest if (n.part, n.path) not in done])
        out += classify_objects(exchange_id, decoded)
        out += raw_audio(exchange_id, decoded, out)  # (headerless PCM by its codec: QA85)
        if any(f.category.startswith("biometric.") for f in out):  # (MFCCs by the path's words)
            out = [spoken_call(f, url_words) for f in voice_beside_a_voice(exchange_id, decoded,
                                                                            out)]
            out += names_of_templates(exchange_id, decoded, out)
        # hold/flight lists beside each other or beside a typing list (most exchanges have
        # none: a look at the unread lists' names first)
        timing = [n for n in unread if TIMING_NAME.search(n.key)]
        typing = {(f.part, f.path.rpartition(".")[0]): f.path.rpartition(".")[2] for f in out
                  if f.rule == "structure.keystroke-series"} if timing else {}
        pairs = [(n, typing[(n.part, n.path.rpartition(".")[0])]) for n in timing
                 if (n.part, n.path.rpartition(".")[0]) in typing]
        named = bool(url_words & TYPING_CALLS)
        pairs += typing_pairs([n for n in timing if (n.part, n.path.rpartition(".")[0])
                               not in typing], named) if timing else []
        found_pairs = (typing_sibling(exchange_id, node, sibling, named) for node, sibling in pairs)
        return out + [f for f in found_pairs if f is not None]


# Media sent to a biometric call: a recording to /voiceprint/enroll, a selfie to /face/verify.
# No template itself (the server can make one from it; BIPA, for one, excludes photographs
# from biometric identifiers, as labellers did): content.media, its evidence saying where.
VOICE_CALLS = frozenset({"voice", "voiceprint", "voiceid", "speaker", "voiceauth", "speech",
                         "ownvoice"})  # (a hearing aid's own-voice calibration, blind49)
FACE_CALLS = frozenset({"face", "faceprint", "faceid", "faceauth", "selfie", "liveness"})


def enrolment_media(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with the evidence of a recording or a photo sent to a biometric enrolment or
    verification call saying so."""
    if "value.media-file" not in map(RULE, found):
        return found
    words = path_words(decoded)
    if not words & BIOMETRIC_CALLS:
        return found
    out = []
    for f in found:
        audio = "audio" in f.evidence or "WAV" in f.evidence
        calls = (VOICE_CALLS if audio else FACE_CALLS) & words if f.rule == (
            "value.media-file") else frozenset()
        if calls:
            where = "/".join(sorted(calls | (words & BIOMETRIC_CALLS)))
            f = dataclasses.replace(f, evidence=(
                f"{f.evidence}, sent to a biometric call (request path '{where}'): the server "
                f"can make a {'voice' if audio else 'face'} template of it; no template was "
                "sent"))
        out.append(f)
    return out


TEMPLATE_KEYS = frozenset({"feature", "features", "template", "templates", "vector"})
# Keys of a sibling that says what a vector beside it is ({"feature": ..., "type": "face"});
# not an AR effect's category ("face_sticker", "face_filter": the effect's vector, QA57)
TYPE_KEYS = frozenset({"type", "kind", "modality", "biometric", "category", "template_type",
                       "feature_type", "biometrictype"})
EFFECTS = frozenset({"sticker", "filter", "effect", "effects", "mask", "lens", "makeup", "prop"})


def _typed_by_sibling(exchange_id: int, decoded: Decoded, unread: list[Node],
                      enrolling: bool = False) -> list[Finding]:
    """Vectors no key names, read with a ``type``-like sibling's value (a protobuf blob's
    numbered field with its blob's sibling, in an enrolling call: QA22)."""
    vectors = [n for n in unread if len(n.value) >= MIN_TYPED_VECTOR
               and type(n.value[0]) in (int, float)] if unread else []
    if not vectors:
        return []
    parents = {(n.part, n.path.rpartition(".")[0]) for n in vectors}
    parents |= {(n.part, n.path.rpartition(".")[0].rpartition(".")[0]) for n in vectors
                if n.key.isdigit() and "protobuf" in n.layers}
    hints: dict[tuple[str, str], frozenset[str]] = {}
    for leaf in decoded.leaves:
        above = (leaf.part, leaf.path.rpartition(".")[0])
        if above in parents and leaf.key.lower() in TYPE_KEYS and type(leaf.value) is str:
            said = frozenset(w.lower() for w in _TOKEN.findall(leaf.text))
            hints[above] = hints.get(above, frozenset()) | (frozenset() if said & EFFECTS
                                                            else said)
    out = []
    for node in vectors:
        holder = node.path.rpartition(".")[0]
        words = hints.get((node.part, holder), frozenset()) & STRONG_HINTS
        blob = node.key.isdigit() and "protobuf" in node.layers and enrolling
        if blob and not words:
            words = hints.get((node.part, holder.rpartition(".")[0]), frozenset()) & STRONG_HINTS
        # its own key names a template ("feature"; a mesh's "normals" beside "type": "face" do not)
        named = tokens(node.path, node.parent) & (embedding_words() | TEMPLATE_KEYS) or blob
        found = classify_node(exchange_id, node, words) if words and named else None
        if found is not None:
            out.append(read_in_context(found, "sibling type"))
    return out


def _coordinates(values: list[object], limit: float, places: int) -> bool:
    """Decimals in range, most with ``places`` decimals or more (a fix sent with 5 decimals is
    now and then 40.741 once its trailing zeros are dropped)."""
    if not all(type(v) is float and abs(v) <= limit for v in values):
        return False
    # a float32 reading (21.299999237060547: float noise past 9 decimals, exact in float32) is
    # a sensor's; a fix is a double (40.74183, 52.520118000000004)
    floats = [float(v) for v in values]  # type: ignore[arg-type]  # checked just above
    return sum(decimals(repr(v)) >= places and not _float32(v)
               for v in floats) >= 0.8 * len(floats)


def _float32(v: float) -> bool:
    """A float32 value widened to a double: exact in float32 and noisy past 9 decimals."""
    return decimals(repr(v)) > MAX_PLACES and struct.unpack("<f", struct.pack("<f", v))[0] == v


def _smooth(values: list[float]) -> bool:
    """A path: successive steps keep their direction mostly (a trace), where a measurement's
    noise turns back at every other sample (QA8: fps and frame times)."""
    steps = [b - a for a, b in itertools.pairwise(values) if b != a]
    turns = sum(1 for a, b in itertools.pairwise(steps) if (a > 0) != (b > 0))
    return len(steps) >= 2 and turns <= 0.3 * len(steps)


def _field_order(k: object) -> tuple[int, str]:
    t = str(k)  # (a msgpack map's keys may be integers)
    return (int(t), "") if t.isdigit() else (1 << 30, t)


def _keyless_track(exchange_id: int, node: Node, hinted: bool) -> list[Finding]:
    """Each latitude and longitude of a keyless record list: two adjacent numbered fields
    holding decimals in range, close together and moving, in every record; in a location call
    (``hinted``), or else with more fixes and more decimals, far from zero."""
    need = MIN_FIXES if hinted else UNHINTED_FIXES
    if len(node.value) < need:
        return []
    listed = type(node.value[0]) is list
    if listed:  # (rows as lists: [[lat, lon, t, alt], ...], each read as numbered fields)
        if not all(type(r) is list and 2 <= len(r) <= 6 for r in node.value):
            return []
        rows = [dict(enumerate(r)) for r in node.value]
    elif all(type(r) is dict for r in node.value):
        rows = node.value
    else:
        return []
    places = 4 if hinted else 5
    keys = sorted(rows[0], key=_field_order)
    for a, b in itertools.pairwise(keys):
        lats = [r.get(a) for r in rows]
        lons = [r.get(b) for r in rows]
        if not (_coordinates(lats, 90.0, places) and _coordinates(lons, 180.0, places)):
            continue
        la = [float(v) for v in lats if v is not None]
        lo = [float(v) for v in lons if v is not None]
        moved = len(set(zip(la, lo, strict=True))) >= 2
        spread = max(max(la) - min(la), max(lo) - min(lo))
        if spread > 1 or not moved:
            continue
        mean_la, mean_lo = sum(la) / len(la), sum(lo) / len(lo)
        if not hinted and (abs(mean_la - mean_lo) < 1 or not all(
                abs(m) >= 2 and spread <= UNHINTED_SPREAD * abs(m) for m in (mean_la, mean_lo))
                or not (_smooth(la) and _smooth(lo))):
            # a bid/ask pair moves together, an fps/frame-time pair jitters around a value
            continue
        evidence = (f"fields {a} and {b} of {len(rows)} "
                    + (f"rows under '{node.key}'" if listed else "keyless records")
                    + f" are latitude/longitude pairs ({places}+ decimals, within "
                    f"{spread:.4f} degrees, moving)" + (", request path context" if hinted else ""))
        confidence = TRACK_CONFIDENCE if hinted else UNHINTED_CONFIDENCE
        if listed:  # (the list whole, as a track under a route's word is: structure.gps-track)
            return [Finding(exchange_id, node.part, node.path, "location.precise",
                            Detector.STRUCTURE, confidence, evidence,
                            repr(node.value[0])[:60], None, "structure.keyless-track")]
        return [Finding(exchange_id, node.part, f"{node.path}[{i}].{k}", "location.precise",
                        Detector.STRUCTURE, confidence, evidence, repr(r[k]), None,
                        "structure.keyless-track")
                for i, r in enumerate(rows) for k in (a, b)]
    return []


CLASSIFIER = StructureClassifier()
