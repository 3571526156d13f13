"""Lists read by their siblings.

- Typing rhythm spread over sibling lists: a hold (dwell) list beside a flight list, or beside
  a key-timing series already found (``dwell_ms`` next to ``flight_ms``, ``ks_dwell`` next to
  ``ks_flight``) — the two halves of one typing rhythm (keystroke-dynamics literature's dwell
  and flight times).
- A voice's measures beside a speaker embedding or another voice reading in one object
  (``{"spk": <embedding>, "f0": 207.2}``, ``"f0": {"mean": ..., "sd": ...}``, MFCC means):
  that voice's features.
- An embedding beside a face or voice template in one object (``{"embedding": [...],
  "landmarks5": [...]}``): the same person's template, of the same kind; or beside a key that
  names a face or a voice (``{"emb": [...], "liveness": 0.98}``).
"""

from __future__ import annotations

from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure import classify_node
from analysis.classifiers.structure_base import (
    _TOKEN,
    MIN_TYPED_VECTOR,
    embedding_words,
    read_in_context,
    tokens,
)
from analysis.classifiers.structure_base import finding as _finding
from analysis.classifiers.structure_base import url_words as path_words
from analysis.classifiers.structure_base import word_list as _words
from analysis.classifiers.structure_objects import (
    NOT_A_SPEAKER,
    VOICE_ONLY,
    measure_words,
)
from analysis.classifiers.structure_shapes import varied
from analysis.decoders import Decoded, Leaf, Node
from analysis.records import Finding

# words of a sibling score that a biometric check gave (liveness, a faceprint's or a
# voiceprint's match): "face", "voice", "speaker" alone name counts, voices and loudspeakers
SCORED = frozenset({"liveness", "faceprint", "voiceprint", "faceauth", "voiceauth", "faceid",
                    "voiceid", "diarization", "diarisation"})


def _timing_list(node: Node, kinds: frozenset[str], minimum: int = 5,
                 typing: bool = False) -> bool:
    items = node.value
    words = tokens(node.path, node.parent)
    # ...or the keystroke-dynamics literature's own words in milliseconds ("dwell_ms" beside
    # "flight_ms": QA164); a yoga hold or a drone's flight is neither, nor in ms
    named = words & KEY_WORDS or (words & MS and words & {"dwell", "flight"})
    if len(items) < 5 and (not named or words & OTHER_UNITS or not all(
            type(x) in (int, float) and 30 <= x <= 1000 for x in items)):
        # a short pair (a PIN's four keys) only under a key word, in ms, at a finger's pace:
        # a drone plan's or a yoga session's holds and flights are neither (QA11)
        return False
    if node.key.lower() in ABBREVIATED and not all(type(x) is int and 20 <= x <= 2000
                                                   for x in items):
        return False
    if node.key.lower() in ("dw", "fl") and not (typing or words & KEY_WORDS):
        return False  # a dishwasher's and a floor's watts (QA13), unless typing is named
    # at typing speed (tens to hundreds of ms): a heatmap's dwell per element is longer
    return (bool(words & kinds) and len(items) >= minimum and not words & _words("not_typing")
            and all(type(x) in (int, float) and 0 < x < 2000 for x in items) and varied(items)
            and sorted(items)[len(items) // 2] <= 400)


MS = frozenset({"ms", "msec", "millis", "milliseconds"})
# (typing SDKs' abbreviations, "kd"/"kh"/"dw" and "kf"/"fl"/"ft" for key down/hold/dwell and
# flight, count only as a pair of integer millisecond lists: a game's kill/death counts are
# neither, QA13)
HOLD = frozenset({"dwell", "hold", "kd", "kh", "dw"})
ABBREVIATED = frozenset({"kd", "kh", "kf", "dw", "fl", "ft"})
PAIR_MINIMUM = 4  # key holds of a hold/flight pair (a PIN); a flight list has one fewer
KEY_WORDS = frozenset({"pin", "pad", "keypad", "key", "keys", "keyboard", "typing", "passcode",
                       "code", "password", "keystroke", "keystrokes", "ks"})
OTHER_UNITS = frozenset({"s", "sec", "secs", "seconds", "min", "mins", "minutes", "h", "hours"})
FLIGHT = frozenset({"flight", "kf", "fl", "ft"})  # ("ft" beside "kd": a flight time, blind32)


def typing_sibling(ex: int, node: Node, sibling: str, typing: bool = False) -> Finding | None:
    """A "dwell"/"hold" series beside a key timing series (``dwell_ms`` next to ``flight_ms``,
    ``ks_dwell`` next to ``ks_flight``): the two halves of one typing rhythm."""
    if not _timing_list(node, HOLD | FLIGHT, PAIR_MINIMUM - 1, typing):
        return None
    return _finding(ex, node, "behavior.keystroke", 0.8,
                    f"series of {len(node.value)} key timing values beside '{sibling}'",
                    "dwell" if tokens(node.path, node.parent) & HOLD else "flight",
                    "structure.keystroke-series")


def typing_pairs(nodes: list[Node], typing: bool = False) -> list[tuple[Node, str]]:
    """Among unread lists, a hold list and a flight list in one object: each with the other's
    name (their sibling). ``typing``: the request's path names typing (``/v2/typing``), which
    the short names "dw" and "fl" need."""
    by_parent: dict[tuple[str, str], list[Node]] = {}
    for n in nodes:
        by_parent.setdefault((n.part, n.path.rpartition(".")[0]), []).append(n)
    out = []
    for group in by_parent.values():
        # both halves side by side say typing even for a PIN's four keys (4 holds, 3 flights)
        holds = [n for n in group if _timing_list(n, HOLD, PAIR_MINIMUM, typing)]
        flights = [n for n in group if _timing_list(n, FLIGHT, PAIR_MINIMUM - 1, typing)]
        if holds and flights:
            out += [(n, flights[0].key) for n in holds] + [(n, holds[0].key) for n in flights]
    return out


PLAIN_OWNER = frozenset({"face", "facial", "voice", "speaker", "person", "user", "id"})
# ...and how it is written ("template_b64", "embedding_f32": blind24)
ENCODED = frozenset({"b", "64", "b64", "base64", "bin", "bytes", "raw", "blob", "f32", "f16",
                     "fp32", "fp16", "float32", "float16"})


def embedding_beside_template(exchange_id: int, unread: list[Node],
                               found: list[Finding]) -> list[Finding]:
    """An embedding-named vector in the same object as a face or voice template already found
    ({"embedding": [...], "landmarks5": [...]}): the same person's, of the same kind."""
    kinds = {(f.part, f.path.rpartition(".")[0]): f.category for f in found
             if f.category in ("biometric.face", "biometric.voice")}
    out = []
    for node in unread:
        kind = kinds.get((node.part, node.path.rpartition(".")[0]))
        # the vector's own name says no more than "embedding" (or a face/voice word): a
        # photo's "clip_embedding" or a segment's "sentence_embedding" embed something else
        # (or a blend-shape vector: a face tracker's frame {"lm": [...], "bs": [52 weights]})
        named = embedding_words() | (_words("blend") if kind == "biometric.face" else set())
        own = {w.lower() for w in _TOKEN.findall(node.key)} - named - PLAIN_OWNER - ENCODED
        if (kind is None or len(node.value) < MIN_TYPED_VECTOR or type(node.value[0]) is not float
                or not tokens(node.path, node.parent) & named or own):
            continue
        hint = frozenset({"face"} if kind == "biometric.face" else {"voice"})
        template = classify_node(exchange_id, node, hint)
        if template is not None and template.category == kind:
            out.append(read_in_context(template, "beside a template:"))
    return out


def embedding_by_sibling_names(exchange_id: int, decoded: Decoded, unread: list[Node],
                               strong: frozenset[str], enrolling: bool = False) -> list[Finding]:
    """An embedding-named vector whose object names a face or a voice in a sibling's key
    ({"emb": [...], "liveness": 0.98}): read with that word, as a key context."""
    vectors = [n for n in unread if len(n.value) >= MIN_TYPED_VECTOR and n.path
               and not n.path.endswith("]") and type(n.value[0]) is float
               and tokens(n.path, n.parent) & embedding_words()
               and not {w.lower() for w in _TOKEN.findall(n.key)} & _words("other_embeddings")]
    if not vectors:
        return []
    containers = {(n.part, n.path.rpartition(".")[0]) for n in vectors}
    named: dict[tuple[str, str], set[str]] = {}
    measures: dict[tuple[str, str], set[str]] = {}
    others: set[tuple[str, str]] = set()  # objects that say they are no speaker's
    for leaf in decoded.leaves:
        where = (leaf.part, leaf.path.rpartition(".")[0])
        if where not in containers:
            continue
        if _not_a_speaker(leaf):
            others.add(where)
        if type(leaf.value) not in (int, float):
            continue
        # a score the biometric check gave ("liveness": 0.98), not a name, a flag or a count
        # ("voice": "alloy", "hasFaces": true, "faceCount": 2: QA14)
        if type(leaf.value) is float:
            named.setdefault(where, set()).update(w.lower() for w in _TOKEN.findall(leaf.key))
        # ...or a measure only a voice has, at a voice's pitch ("formants": [610, 1720,
        # 2650] beside "emb"), in an enrolling or verifying call or with a second such
        # measure (a bird's call, an instrument or a machine has an f0 too: QA16)
        if measure_words(leaf.key) & VOICE_ONLY and _voice_range(leaf):
            measures.setdefault(where, set()).add(leaf.key)
    out = []
    for node in vectors:
        where = (node.part, node.path.rpartition(".")[0])
        words = frozenset(named.get(where, ())) & (strong & SCORED)
        found = classify_node(exchange_id, node, words) if words else None
        context = "a sibling's key:"
        if (found is None and where in measures and where not in others
                and (enrolling or len(measures[where]) >= 2)):
            found = classify_node(exchange_id, node, frozenset({"voice"}))
            context = f"a sibling voice measure '{min(measures[where])}', key context"
        if found is not None and found.category.startswith("biometric."):
            out.append(read_in_context(found, context))
    return out


# what says an embedding and its measures are no person's voice: a bird's, an instrument's, a
# machine's sound (QA16), a song's or a synthesiser's (structure_objects.NOT_A_SPEAKER)
NOT_VOICES = NOT_A_SPEAKER | frozenset({"species", "bird", "birds", "instrument", "instruments",
                                        "machine", "engine", "vibration", "noise", "animal",
                                        "animals", "violin", "guitar", "piano"})


def _not_a_speaker(leaf: Leaf) -> bool:
    words = {w.lower() for w in _TOKEN.findall(leaf.key)}
    if type(leaf.value) is str and len(leaf.text) <= 40:
        words |= {w.lower() for w in _TOKEN.findall(leaf.text)}
    return bool(words & NOT_VOICES)


def _voice_range(leaf: Leaf) -> bool:
    """A pitch (f0) within a human voice's 50-600 Hz; other measures as they are."""
    if "f0" not in measure_words(leaf.key) or type(leaf.value) not in (int, float):
        return True
    return 50 <= float(leaf.value) <= 600


# An event whose name says typing ({"n": "comment_typing", "kd": [[code, down, up], ...],
# "ikg_ms": [...]}: QA47, the founding case's comment rhythm): its lists are read as a typing
# call's, the event's name standing for the key words the lists' short names lack.
EVENT_KEYS = frozenset({"n", "name", "event", "ev", "eventname", "en", "type", "action",
                        "eventtype"})  # (as norm_key writes them)
# (not "keyboard", "keypress": a shortcut's counts, a keyboard's height, a click's volume: QA48)
TYPING_EVENT_WORDS = frozenset({"typing", "keystroke", "keystrokes"})
# ...and a key event named with its timing ("keydown_timing": QA49; not a key frame's, a fetched
# key's, a game's input latency: QA51), or a key's hold, dwell or flight times ("key_hold_times")
KEY_EVENT_WORDS = frozenset({"keydown", "keyup", "keypress", "keypresses", "keystroke"})
TIMING_WORDS = frozenset({"timing", "timings", "dynamics", "rhythm", "intervals", "cadence",
                          "biometrics", "flight", "dwell", "durations", "deltas", "hold"})
KEY_TIMES = frozenset({"hold", "dwell", "flight"})


def _typing_event(text: str) -> bool:
    words = {w.lower() for w in _TOKEN.findall(text)}
    if "key" in words:  # camelCase: "keyDownTiming" is key + down (a review)
        words |= {"key" + w for w in ("down", "up", "press") if w in words}
    return bool(TYPING_EVENT_WORDS & words or (KEY_EVENT_WORDS & words and TIMING_WORDS & words)
                or ("key" in words and KEY_TIMES & words))


def typing_by_event_name(exchange_id: int, decoded: Decoded,
                         unread: list[Node]) -> list[Finding]:
    """behavior.keystroke for the unread lists of an event named for typing (above), read with
    the event's name as their key context and weighted down for it (``read_in_context``)."""
    if not unread or EVENT_KEYS.isdisjoint(norm_keys(decoded.key_set())):
        return []  # most requests: no event name beside the lists (a cached look)
    objects = {node.path.rpartition(".")[0] for node in unread}
    named = {parent for leaf in decoded.leaves
             if type(leaf.value) is str and len(leaf.text) <= 64
             and (parent := leaf.path.rpartition(".")[0]) in objects
             and norm_key(leaf.key) in EVENT_KEYS and _typing_event(leaf.text)}
    out = []
    for node in unread:
        if node.path.rpartition(".")[0] in named:
            found = classify_node(exchange_id, node, frozenset({"typing"}))
            if found is not None and found.category == "behavior.keystroke":
                out.append(read_in_context(found, "event name context"))
    return out


# The key naming what an object holds ({"type": "mfcc", "frames": [[...], ...]}, QA60): its
# value is the frames' name, as a key of theirs would be
KIND_KEYS = frozenset({"type", "kind", "feature", "features", "format", "representation",
                       "featuretype", "encoding", "sensor", "sensortype"})
FEATURE_NAMES = frozenset({"mfcc", "mfccs", "cepstral"})
# ...and a motion sensor's samples named by their sensor ({"sensor": "accelerometer", "samples":
# [[x, y, z], ...]}: QA70's fitness band), read as if their key named it
SENSOR_NAMES = frozenset({"accelerometer", "gyroscope", "accel", "gyro", "linearacceleration",
                          "linearaccel"})  # (not "imu": a drone's, QA73)


def frames_named_by_kind(exchange_id: int, decoded: Decoded, unread: list[Node]) -> list[Finding]:
    """Frames of numbers whose object names them MFCCs or a motion sensor's in a kind key: read
    as if their key said so (a voice's features only with a voice word in the key or the call:
    spoken_call)."""
    frames = [n for n in unread if len(n.value) >= 3 and type(n.value[0]) is list]
    if not frames:
        return []
    named: dict[tuple[str, str], str] = {}
    for leaf in decoded.leaves:
        if type(leaf.value) is str and norm_key(leaf.key) in KIND_KEYS:
            kind = norm_key(leaf.text)
            if kind in FEATURE_NAMES or kind in SENSOR_NAMES:
                named[(leaf.part, leaf.path.rpartition(".")[0])] = (
                    "mfcc" if kind in FEATURE_NAMES else "accelerometer")
    out = []
    for node in frames:
        word = named.get((node.part, node.path.rpartition(".")[0]))
        if word:
            # (with the call's words and the object's: a drone's or a vehicle's telemetry is
            # no one's motion, QA73)
            found = classify_node(exchange_id, node, frozenset({word}) | path_words(decoded)
                                  | _siblings(decoded, node))
            if found is not None:
                out.append(read_in_context(found, "a sibling's kind"))
    return out


def _siblings(decoded: Decoded, node: Node) -> frozenset[str]:
    """The names of the fields and objects beside a list ("vehicle" beside its "frames")."""
    obj = node.path.rpartition(".")[0]
    prefix = f"{obj}." if obj else ""
    return frozenset(norm_key(leaf.path[len(prefix):].partition(".")[0].partition("[")[0])
                     for leaf in decoded.leaves
                     if leaf.part == node.part and leaf.path.startswith(prefix))
