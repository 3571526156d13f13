"""A purchase's amount sent again under the app's own word, learned from the study.

An app's own API names a price, a fee or a total in its language (``rashi``, ``errig``,
``alaga``, ``suuma``) and no list of words holds them all; but a purchase is usually reported
to an SDK too, under the words the rules read (an attribution event's ``revenue`` beside its
``currency``, an analytics event's ``price``). The amount so found, sent again by the same study
under a key no rule knows, is the same purchase's amount (over every set: 711 amounts so found,
against 64 numbers that were something else: a banner's height, a sensor's reading, a list
price equal to the paid one).

Learned: amounts of 100 or more (a count, a size or a minute is smaller as often) read as
``financial.purchase`` by a key at a confidence that can decide a claim. Found: the same number,
whole, in a body or a query under a key none of the rules' words or the lexicon's is, outside an
ad's, a device's, a position's or a stack's object. Reported at 0.55, below the 0.6 that can
decide a claim: a number equal to a price may still be a weight or a code, and the finding says
where the amount was learned so that can be checked by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.classifiers.base import echo_finding
from analysis.classifiers.paths import last_key, path_words
from analysis.classifiers.rules import norm_key
from analysis.classifiers.words import key_words, tables
from analysis.records import Detector, Finding, Part

CATEGORY = "financial.purchase"
CONFIDENCE = 0.55
MIN_LEARNED = 0.6
MIN_AMOUNT = 100.0
MAX_LEARNED = 32
RULE = "echo.amount"
_NUMBER = re.compile(r"\d{3,9}(?:\.\d{1,2})?")
# objects whose numbers are an ad slot's, a device's, a position's, a crash's or a media file's
NOT_AMOUNTS = frozenset({"imp", "banner", "video", "native", "device", "geo", "location",
                         "exception", "stack", "frames", "frame", "screen", "display", "size",
                         "dimensions", "battery", "memory", "storage", "audio", "image",
                         "accelerometer", "gyroscope", "samples", "sensor"})
PARTS = frozenset({Part.BODY.value, Part.QUERY.value})
NOT_AMOUNT_KEYS = frozenset({"tmax", "kilo", "kilos", "gram", "grams", "litre", "litres"})
UNITS = frozenset({"max", "min", "cm", "mm", "km", "kg", "m", "s", "ms", "pct"})
# what a word may mean and still name an amount paid (the lexicon's phrases for money)
MONEY = frozenset({"amount", "price", "total", "cost", "fee", "payment", "deposit", "tip",
                   "sum", "money", "paid", "pay", "charge", "fare", "bill"})


def _amount(text: str) -> float | None:
    t = text.strip()
    return float(t) if _NUMBER.fullmatch(t) and float(t) >= MIN_AMOUNT else None


def learned_amounts(found: Iterable[Finding]) -> dict[float, Finding]:
    """Each purchase amount a key named (above) -> the finding that named it first."""
    out: dict[float, Finding] = {}
    for f in found:
        if (f.category == CATEGORY and f.detector is Detector.KEY
                and f.confidence >= MIN_LEARNED and not f.transform
                and (amount := _amount(f.value)) is not None and amount not in out
                and len(out) < MAX_LEARNED):
            out[amount] = f
    return out


def needles(known: dict[float, Finding]) -> set[str]:
    """The texts a store's LIKE scan looks for (the whole number's digits)."""
    return {str(int(a)) for a in known}


def _unknown_key(path: str) -> bool:
    """The last key is in the app's own words, or in words for money the rules did not read
    as a purchase there ("rashi", "suuma"): not a limit's, a size's or a time's
    ("weeklyLimit", "height_cm", "max_walk"), nor OpenRTB's ``tmax`` (an auction's time
    limit)."""
    raw = last_key(path)
    key = norm_key(raw)
    if len(key) < 3 or key.isdigit() or key in NOT_AMOUNT_KEYS:
        return False
    words = tables()
    for w in {key, *key_words(raw)}:
        meaning = words.translations.get(w)
        if w in UNITS or (meaning is not None and meaning not in MONEY) or (
                meaning is None and w in words.vocabulary and w not in MONEY):
            return False
    return True


def amount_echoes(known: dict[float, Finding], rows: Iterable[tuple[int, str, str, str]],
                  found: Iterable[Finding]) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value) holding a learned amount under
    the app's own word, but for those already read as a purchase (``found``)."""
    if not known:
        return []
    taken = {(f.exchange_id, f.part.value, f.path) for f in found if f.category == CATEGORY}
    out = []
    for exchange_id, part, path, value in rows:
        amount = _amount(value)
        origin = known.get(amount) if amount is not None else None
        if (origin is None or part not in PARTS or (exchange_id, part, path) in taken
                or not _unknown_key(path) or NOT_AMOUNTS & path_words(path)):
            continue
        out.append(echo_finding(exchange_id, part, path, CATEGORY, CONFIDENCE, "the amount",
                                origin, value.strip(), RULE,
                                ", sent again under the app's own word"))
    return out
