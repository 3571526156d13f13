"""A chat frame typed by the name of its own field: ``{"jinih": "pasan", "pasan": "…"}``.

Chat sockets tag each frame with its kind and put the payload under a field of that name
(``{"type": "message", "message": "…"}``), and apps that name their fields in their own
language do the same in their words: Minangkabau ``{"jinih": "pasan", "pasan": "…"}``, Niuean
``{"tuaga_tohi": "tohi", "tohi": "…"}``, Chuvash ``{"tĕs": "samakh", "samakh": "…"}`` (QA147,
QA148, QA151: a patient's message to a nurse, a daughter's to a driver). A frame sent up a
socket whose one field's value names another field of the same object, and that field holds a
sentence (four words or more, mostly letters), carries that sentence as its message: what the
user typed (TAXONOMY.md ``content.text``), whatever the language; the frame's other fields
(a position, a time) are left to their own readings.
"""

from __future__ import annotations

from analysis.classifiers.base import leaf_finding
from analysis.decoders import Decoded
from analysis.records import Finding, Part

CONFIDENCE = 0.7
RULE = "context.socket-message"
# ...not a frame of the socket's own kinds (an error's, a status's, a notice's text)
SYSTEM_KINDS = frozenset({"error", "errors", "status", "system", "notice", "notification", "ack",
                          "ping", "pong", "presence", "typing", "event", "log", "debug",
                          "warning", "warn", "info", "alert", "heartbeat", "exception", "close"})


def sentence(text: str) -> bool:
    """Printable words, four or more, mostly letters: an entry's text, not an ID, a hash, a
    name (a sticker's "Happy Cat Dance", QA27) or the bytes of a field that is no string (a
    numbered field has no key to vouch for it). Also ``written.py``'s test of a text."""
    words = text.split()
    letters = sum(c.isalpha() for c in text)
    flat = text.replace("\n", " ").replace("\r", " ").replace("\t", " ")  # a multi-line entry
    return len(words) >= 4 and flat.isprintable() and letters >= 0.6 * (len(text) - len(words) + 1)


def named_frames(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``content.text`` for a socket frame's sentence under the field its type names."""
    if not decoded.socket:
        return []
    by_parent: dict[str, dict[str, str]] = {}
    for leaf in decoded.leaves:
        if leaf.part == Part.BODY and type(leaf.value) is str and not leaf.array:
            by_parent.setdefault(leaf.path.rpartition(".")[0], {})[leaf.key] = leaf.text
    named: set[str] = set()
    for parent, fields in by_parent.items():
        for key, value in fields.items():
            target = value.strip()
            if (target != key and len(target) <= 40 and target.lower() not in SYSTEM_KINDS
                    and sentence(fields.get(target, ""))):
                named.add(f"{parent}.{target}" if parent else target)
    if not named:
        return []
    have = {f.path for f in found if f.category == "content.text"}
    return [leaf_finding(exchange_id, leaf, "content.text", CONFIDENCE,
                         f"a frame sent up a socket, typed by the name of its field '{leaf.key}',"
                         " holds a sentence there: its message", RULE)
            for leaf in decoded.leaves
            if leaf.path in named and leaf.path not in have and leaf.part == Part.BODY]
