"""Context rules: a field no key rule names, read by the objects it sits in (``[[rule]]``s of
``rules/keys.toml`` with ``under``: ``{"device": {"dx": 1080}}`` describes the phone,
``{"address": {"Ort": "Berlin"}}`` is a place). An object's name is read as the English word
the rules use (``[words.translations]``: "endereco" is an "address"), and a compound name of
the user's address by its last word ("current_address", "Lieferadresse")."""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.rules import KeyRule, norm_key
from analysis.classifiers.words import english_name, key_words, tables
from analysis.decoders.form import dotted_path


@lru_cache(maxsize=8192)
def context_rule_for(key: str, path: str) -> KeyRule | None:
    """The context rule for a field no key rule names, by the objects it sits in: the first
    rule one of whose container names is the name of an object above the field."""
    # the objects above the field, nearest first, up to the nearest list: an element of a list
    # inside the device object (a sensor, a disk) describes that element, not the phone; the
    # list's own name still counts (apps[3].package is about the apps)
    above = []
    for seg in reversed(dotted_path(path).split(".")[:-1]):  # (a form's brackets: objects)
        above.append(_container(seg.partition("[")[0]))  # ("endereco" is "address")
        if "[" in seg:
            break
    return _context_rule(key, tuple(above))


@lru_cache(maxsize=8192)
def _container(seg: str) -> str:
    """An object's name as the context rules name containers; the user's address by a compound
    name ("current_address", "Aktuelle_Anschrift", "Lieferadresse": blind24, QA56), not a
    merchant's, a server's or a bank's."""
    name = english_name(norm_key(seg))
    if name in tables().containers:
        return name
    suffix = next((x for x in ("address", "adresse", "anschrift") if name.endswith(x)), "")
    if not suffix:
        return name
    words = key_words(seg)
    # "current_address" by its words; "lieferadresse" (one word) by what comes before the
    # suffix; never "bankaddress", "Firmenadresse" (review 10)
    before = set(words[:-1]) if len(words) > 1 else {name[:-len(suffix)]} - {""}
    return "address" if before <= HERS else name


HERS = frozenset({"current", "home", "my", "user", "delivery", "shipping", "mailing", "postal",
                  "residential", "new", "previous", "primary", "permanent", "aktuelle", "neue",
                  "liefer", "rechnungs", "wohn", "melde"})


@lru_cache(maxsize=8192)
def _context_rule(key: str, above: tuple[str, ...]) -> KeyRule | None:
    """``context_rule_for`` by the key and the names of the objects above it: the rules are
    tried once per such pair, not once per path (paths differ by list indices and by what
    lies further up; real captures bring thousands)."""
    t = tables()
    if not t.context or not above:
        return None
    words = frozenset(key_words(key))
    if not words or key.isdigit():
        return None
    # a negative word set voids a context rule unless the key is one of the rule's own words:
    # "key" is an event's name in Countly's events[].key, though a key named "...key" is not
    negative = any(s <= words for s in t.negative)
    for c in t.context:
        if c.direct and above[0] not in c.under:
            continue
        if c.under.intersection(above) and not c.unless & words and (
                not c.only or c.only & words) and (not negative or words <= c.only):
            return c.rule
    return None
