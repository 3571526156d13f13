"""Key-down and key-up times as two lists side by side, the way keystroke-dynamics SDKs pack a
typing sample to save space (``{"kd": [204, 315, ...], "ku": [275, 421, ...]}``: QA80's
anti-fraud SDK watching a comment being typed): one list under a key-down name, one under a
key-up name (structures.toml [keystroke] down_fields / up_fields), of equal length, the downs
rising, and every key held for a human's dwell time (20-1,000 ms: keystroke-dynamics studies
measure dwell times of 50-300 ms). Two such lists are a keystroke rhythm (behavior.keystroke),
reported once, at the object holding them."""

from __future__ import annotations

import itertools

from analysis.classifiers.base import preview
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import field_set, tokens
from analysis.decoders.leaves import Node
from analysis.records import Detector, Finding, Part

MIN_KEYS = 5
DWELL_MS = (20, 1000)
KEY_ENDS = ("keydown", "keydownts", "keyup", "keyupts")  # ("ks_keydown", "typing_keyup")


def _numbers(items: list[object]) -> bool:
    return all(type(x) in (int, float) for x in items)


# names only a key's press and release have; the generic ones ("down"/"up", "d"/"u", "pt"/"rt",
# "press"/"release": a hike's descent and ascent, a swim's splits, a beacon's timings, QA81)
# only beside a typing word in the call, the path or a sibling's key
KEY_DOWNS = frozenset({"kd", "keydown", "keydownts", "keydowntimes", "keydownms"})
KEY_UPS = frozenset({"ku", "keyup", "keyupts", "keyuptimes", "keyupms"})
# ...or beside a field being typed in (a password's, a PIN's, a keyboard's: QA83)
FIELDS = frozenset({"kb", "password", "passwd", "pin", "otp", "username", "email", "textfield",
                    "input"})
# Inter-key intervals under the name keystroke-dynamics papers give them ("iki_ms": QA82), as
# the list's whole name only ("iki" is Turkish two, Lithuanian until, a Japanese breath, an
# island: QA83), at a typist's speed; a hold or dwell list beside them is the same typing's
IKI_KEYS = frozenset({"iki", "ikis", "ikims", "ikisms", "interkeyintervals", "interkeyms"})
HOLD_KEYS = frozenset({"hold", "holdms", "holds", "dwell", "dwellms", "dwells"})


def inter_key_lists(exchange_id: int, unread: list[Node]) -> list[Finding]:
    ikis = [n for n in unread if norm_key(n.key) in IKI_KEYS and len(n.value) >= MIN_KEYS
            and _numbers(n.value) and 0 < sorted(n.value)[len(n.value) // 2] <= 1000]  # type: ignore[type-var,operator]
    if not ikis:
        return []
    objects = {(n.part, n.path.rpartition(".")[0]) for n in ikis}
    holds = [n for n in unread if norm_key(n.key) in HOLD_KEYS and _numbers(n.value)
             and (n.part, n.path.rpartition(".")[0]) in objects]
    return [Finding(exchange_id, n.part, n.path, "behavior.keystroke", Detector.STRUCTURE, 0.8,
                    f"{len(n.value)} {'inter-key intervals' if n in ikis else 'key hold times'} "
                    f"under '{n.path}', a typist's rhythm", preview(str(n.value[:6])), None,
                    "structure.inter-key-intervals") for n in ikis + holds]


def keystroke_lists(exchange_id: int, unread: list[Node],
                    url_words: frozenset[str] = frozenset()) -> list[Finding]:
    typing = field_set("keystroke", "strong_hints")
    downs_named, ups_named = KEY_DOWNS, KEY_UPS
    if url_words & typing or any(tokens(n.path, n.parent) & (typing | FIELDS) for n in unread):
        downs_named = KEY_DOWNS | field_set("keystroke", "down_fields")
        ups_named = KEY_UPS | field_set("keystroke", "up_fields")
    by_object: dict[tuple[Part, str], dict[str, Node]] = {}
    for node in unread:
        key = norm_key(node.key)
        if len(node.value) >= MIN_KEYS and (key in downs_named or key in ups_named
                                            or key.endswith(KEY_ENDS)):
            by_object.setdefault((node.part, node.path.rpartition(".")[0]), {})[key] = node
    out = []
    for (part, obj), lists in by_object.items():
        downs = [n for k, n in lists.items() if k in downs_named or k.endswith(KEY_ENDS[:2])]
        ups = [n for k, n in lists.items() if k in ups_named or k.endswith(KEY_ENDS[2:])]
        pair = next(((d, u) for d in downs for u in ups if len(d.value) == len(u.value)
                     and _numbers(d.value) and _numbers(u.value)), None)
        if pair is None:
            continue
        down, up = pair
        held = [float(b) - float(a)  # type: ignore[arg-type]
                for a, b in zip(down.value, up.value, strict=True)]
        rising = all(b > a for a, b in itertools.pairwise(down.value))  # type: ignore[operator]
        if not rising or not all(DWELL_MS[0] <= h <= DWELL_MS[1] for h in held):
            continue
        out.append(Finding(exchange_id, part, obj or down.path, "behavior.keystroke",
                           Detector.STRUCTURE,
                           0.8, f"key-down and key-up times of {len(held)} keys side by side "
                           f"('{down.key}', '{up.key}'), each held {min(held):.0f}-"
                           f"{max(held):.0f} ms: a typing rhythm", preview(str(down.value[:6])),
                           None, "structure.keystroke-lists"))
    return out
