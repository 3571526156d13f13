"""A town or a district the study names by a key, sent again under the app's own word.

An SDK's profile or a form names the user's town under a key the rules read (``city``,
``traits.city``, the lexicon's ``kahnimw``, ``machi``); the same app sends it again in its own
words (``khantan``, ``nunalik``, ``aduwar``), which no list holds. The place so learned, found
again as a whole field's value under a key neither the rules, the lexicon nor English names,
in a field no reading named, is the same coarse location (over every set: 368 such fields
against 20 that were something else: a trip's origin, a search, a device's maker named like a
place).

Learned: a place's name (letters, four or more, up to three words, not written in capitals
like a code) read as ``location.coarse`` by a key at 0.6 or more. Found at 0.6, naming the
field it was learned from; not under a trip's ends (``from``, ``to``), which are a search's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.classifiers.base import echo_finding
from analysis.classifiers.own_sentences import own_words_key
from analysis.classifiers.paths import last_key
from analysis.records import Detector, Finding, Part

CATEGORY = "location.coarse"
CONFIDENCE = 0.6
MAX_LEARNED = 32
RULE = "echo.place"
_PLACE = re.compile(r"[^\W\d_][^\W\d_ '’.-]{3,}(?: [^\W\d_][^\W\d_'’.-]+){0,2}")
TRIP_ENDS = frozenset({"from", "to", "origin", "destination", "dest", "departure", "arrival"})
PARTS = frozenset({Part.BODY.value, Part.QUERY.value})


def learned_places(found: Iterable[Finding]) -> dict[str, Finding]:
    """Each place's name a key read as the user's coarse location -> the finding."""
    out: dict[str, Finding] = {}
    for f in found:
        v = f.value.strip()
        if (f.category == CATEGORY and f.detector is Detector.KEY and f.confidence >= 0.6
                and (f.rule or "").startswith(("key.", "words.")) and not f.transform
                and _PLACE.fullmatch(v) and not v.isupper() and v.lower() not in out
                and len(out) < MAX_LEARNED):
            out[v.lower()] = f
    return out


def place_echoes(known: dict[str, Finding], rows: Iterable[tuple[int, str, str, str]],
                 taken: set[tuple[int, str, str]]) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value) whose whole value is a learned
    place, under the app's own word, that no reading named (``taken``: the (exchange id,
    part, path) of every field a finding names)."""
    if not known:
        return []
    out = []
    for exchange_id, part, path, value in rows:
        origin = known.get(value.strip().lower())
        key = last_key(path)
        if (origin is None or part not in PARTS or (exchange_id, part, path) in taken
                or key.lower() in TRIP_ENDS or not own_words_key(key)):
            continue
        out.append(echo_finding(exchange_id, part, path, CATEGORY, CONFIDENCE, "the place",
                                origin, value.strip(), RULE,
                                ", sent again under the app's own word"))
    return out
