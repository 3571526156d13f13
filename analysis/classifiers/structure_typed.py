"""What key events spell: a keystroke series whose events name their keys (``"k": "h"``) is
also the text the user typed (``content.text``, TAXONOMY.md). Event kinds are the DOM's
``keydown``/``keyup``/``keypress`` (UI Events, W3C) and Android's ``KeyEvent`` actions as SDKs
serialise them.
"""

from __future__ import annotations

from typing import Any

from analysis.classifiers.base import preview, wrappers
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words
from analysis.decoders import Node
from analysis.records import Detector, Finding

KEY_EVENT_TYPES = frozenset({"keydown", "keyup", "keypress", "key_down", "key_up", "down", "up",
                             "press", "release", "keydownevent", "keyupevent"})
EVENT_TYPE_KEYS = frozenset({"type", "event", "action", "kind", "evt", "e", "eventtype"})


def key_event_types(items: list[Any], hinted: bool = False) -> set[str]:
    """The key-event kinds named in a list of event objects ("keydown", "keyup"); under a key
    word (``hinted``) also in a "k" field (QA184: ``"key_events": [{"k": "down", "t": 0}]``,
    where "k" more often names the key pressed)."""
    names = EVENT_TYPE_KEYS | {"k"} if hinted else EVENT_TYPE_KEYS
    kinds = {str(v).lower() for x in items[:20] for k, v in x.items()
             if type(v) is str and norm_key(str(k)) in names}
    return kinds & KEY_EVENT_TYPES


# ...but digits typed on a PIN pad are a PIN (blind26: an alarm panel's arming keypad); on a
# keypad or a numpad only in a call that arms, unlocks or logs in (a dialler's keypad types a
# number, a tip's numpad an amount: review 10)
PIN_PADS = frozenset({"pinpad", "pin", "passcode", "pincode"})
KEYPADS = frozenset({"keypad", "numpad"})
PIN_CALLS = frozenset({"arm", "disarm", "unlock", "lock", "login", "signin", "auth", "verify",
                       "pin", "passcode", "unlocks"})


def _pin_pad(node: Node, called: frozenset[str]) -> bool:
    words = set(key_words(node.key.partition("[")[0]))
    return bool(words & PIN_PADS) or bool(words & KEYPADS and called & PIN_CALLS)
DOWN_KINDS = frozenset({"keydown", "key_down", "down"})
PRESS_KINDS = frozenset({"keypress", "press"})


EVENT_CODES = frozenset("dup")  # a key event's kind as one letter: down, up, press


def typed_text(ex: int, node: Node, called: frozenset[str] = frozenset()) -> Finding | None:
    """Key events that name their keys spell what the user typed (``content.text``); with both
    key-down and key-up events in the list, each key is read once, from its key-down."""
    chars = []
    kinds = key_event_types(node.value) if node.value and all(
        isinstance(x, dict) for x in node.value) else set()
    # one kind of event is read: key-downs when there are (a browser sends keydown, keypress
    # and keyup for each key), else key presses
    reads = (DOWN_KINDS if kinds & DOWN_KINDS else PRESS_KINDS) if len(kinds) > 1 else None
    for item in node.value:
        if not isinstance(item, dict):
            return None
        if reads is not None and not any(type(v) is str and v.lower() in reads
                                         for v in item.values()):
            continue
        one = [v for v in item.values() if isinstance(v, str) and len(v) == 1]
        if len(one) != 1:
            return None
        chars.append(one[0])
    text = "".join(chars)
    if sum(c.isalnum() for c in text) < 2 or set(text.lower()) <= EVENT_CODES:
        return None  # (one-letter event kinds, "d"/"u", spell nothing: QA80)
    # what the keys spell may be an e-mail address: that, not free text (typed digits may be a
    # PIN, a date or an amount as well as a phone number: left as text, QA16)
    category, what = (("contact.email", "an e-mail address") if validate("email", text)
                      else ("secret.credential", "the PIN typed on a keypad")
                      if validate("pin_digits", text) and _pin_pad(node, called)
                      else ("content.text", "the typed text"))
    return Finding(ex, node.part, node.path or "$", category, Detector.STRUCTURE, 0.8,
                   f"the {len(chars)} key events under '{node.path}' name their keys: together "
                   f"they spell {what}", preview(text), wrappers(node.layers),
                   "structure.typed-text")
