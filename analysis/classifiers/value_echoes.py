"""A position, an order's number, a password or a phone's model found once under a key that
names it is the same thing wherever else the study sends that value.

An app names its fields in its own words, and a schema-less protobuf names none; but the same
study usually sends the same value once under a word the rules read: a check-in's ``lat`` and
``lon`` and, later, the same six-decimal numbers as fields 4.1 and 4.2 of a protobuf beat; an
order's ``order_id`` and the same "SL-2026-10388" under the app's ``skazanka``, in a URL path and
in a support message; a sign-up's ``password`` and the same string under a log-in's ``ki``; an
SDK's ``model`` and the app's own ``system``. Over the blind sets 205-214 (their labels, read
after their first runs), 145 of the fields no rule read carried such a value.

What is learned, by a key rule at a confidence that can decide a claim (0.75+; a phone's model
0.7, what its key alone gives), never the device profile's values (its matcher looked for them
everywhere), never a bare number (an amount: ``amount_echoes.py``'s, below a verdict):
- a latitude or longitude with five decimals or more (a number that specific is one place),
  not a list's (a route's waypoints are the places it passes: a clinic's, a hall's);
- an order's or a booking's number of six characters or more with a digit and a letter or a
  separator (a bare short number is as likely a count);
- a password: a credential of 8 to 40 characters with a letter, no space, not a JWT nor a hex
  ID (a token, a JWT or a session ID is read by its shape wherever it is sent);
- a phone's model or OS with a letter, a digit and six characters or more ("SM-A546E",
  "Android 14"), not echoed into a product's, a listing's requirement, a case's or a
  changelog's field (the session's review).
Found: the same value as a whole field (a position and a model only so), or as a token of a
longer text (an order's number; a password in a log line only). An order's number shaped as a
version ("2.14.0-rc1") is not learned. A field already read as the same
category keeps its reading. Reported at the confidence it was learned at, at most 0.7, with
where it was learned so the evidence can be checked by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.classifiers.base import echo_finding
from analysis.classifiers.echoes import token_pattern
from analysis.classifiers.paths import path_words
from analysis.records import Detector, Finding

CONFIDENCE = 0.7
# (a phone's model is read at 0.7 by its key alone: a model is one phone's as much as a key says)
MIN_CONFIDENCE = {"device.info": 0.7}
MAX_LEARNED = 64
RULE = "echo.value"
# category -> the rules that teach it, how a value must look, and the noun of the evidence
_COORDINATE = re.compile(r"-?\d{1,3}\.\d{5,12}")
_ORDER = re.compile(r"(?=.*\d)(?=.*[A-Za-z\-/_.])[\w\-/.]{6,40}")
# a password, not a token: a JWT, a hex or base64 session ID is read by its shape wherever it is
# sent (and a study's hundreds of them would crowd out every other learned value)
_SECRET = re.compile(r"(?=.*[A-Za-z])(?!eyJ)(?![0-9a-fA-F-]{16,}$)\S{8,40}")
# a phone's model or OS with its version ("SM-A546E", "Pixel 8", "Android 14")
_MODEL = re.compile(r"(?=.*\d)(?=.*[A-Za-z])[\w .,\-()]{6,40}")
# a version is no order's number ("2.14.0-rc1")
_VERSION = re.compile(r"v?\d+(?:\.\d+)+(?:[-+][\w.]+)?")
LEARNED: dict[str, tuple[frozenset[str], re.Pattern[str], str, bool]] = {
    "location.precise": (frozenset({"key.latitude", "key.longitude"}), _COORDINATE,
                         "position", False),
    "financial.purchase": (frozenset({"key.order", "key.purchase"}), _ORDER, "order's number",
                           True),
    "secret.credential": (frozenset({"key.credential"}), _SECRET, "credential", True),
    "device.info": (frozenset({"key.phone-model", "key.os-name"}), _MODEL, "phone's model or OS",
                    False),
}
# a model or an OS named for a product, a listing's requirement, a case that fits it, an ad's
# title, a changelog's target: not the phone's (the session's review)
NOT_THE_PHONE = frozenset({"product", "products", "listing", "listings", "ad", "ads", "item",
                           "items", "requirement", "requirements", "requires", "changelog",
                           "title", "case", "fits", "compatible", "supported", "minimum"})
_NUMBER = re.compile(r"-?[\d.,]+")
# a route's points after its first are where it goes (a clinic's, a hall's position), not
# where the phone is: not learned
_DESTINATION = re.compile(r"(?i)(?:waypoints|stops|destinations|route|via|legs)\[[1-9]")


def learned_values(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Each learned value (lower case) -> the finding that named it first; a value learned
    as two different things is not learned."""
    out: dict[str, Finding] = {}
    twice: set[str] = set()
    for f in findings:
        how = LEARNED.get(f.category)
        if (how is None or f.rule not in how[0] or f.detector is Detector.GROUND_TRUTH
                or f.confidence < MIN_CONFIDENCE.get(f.category, 0.75) or f.value.endswith("…")):
            continue
        value = f.value.strip()
        if f.category == "financial.purchase" and (_NUMBER.fullmatch(value)
                                                    or _VERSION.fullmatch(value)):
            continue  # (an amount under "purchase", a reading: amount_echoes.py's, at 0.55)
        if not how[1].fullmatch(value) or (f.category == "location.precise"
                                           and _DESTINATION.search(f.path)):
            continue
        known = out.get(value.lower())
        if known is not None and known.category != f.category:
            twice.add(value.lower())
        elif known is None and len(out) < MAX_LEARNED:
            out[value.lower()] = f
    for value in twice:
        out.pop(value, None)
    return out


def needles(known: dict[str, Finding]) -> tuple[set[str], set[str]]:
    """What to look for in the study's fields: the values found only as a whole field (a
    position, a model: an equality lookup) and those found inside a text too (an order's number,
    a password: a substring search)."""
    whole = {v for v, f in known.items() if not LEARNED[f.category][3]}
    return whole, set(known) - whole


def value_echoes(known: dict[str, Finding], rows: Iterable[tuple[int, str, str, str]],
                 found: Iterable[Finding]) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value) that carry a learned value,
    but for those already read as its category (``found``)."""
    if not known:
        return []
    taken = {(f.exchange_id, f.part.value, f.path, f.category) for f in found}
    tokens = [v for v, f in known.items() if LEARNED[f.category][3]]
    pattern = token_pattern(tokens) if tokens else None
    out: list[Finding] = []
    seen: set[tuple[int, str, str]] = set()
    for exchange_id, part, path, value in rows:
        if (exchange_id, part, path) in seen:
            continue  # (a field both lookups returned)
        seen.add((exchange_id, part, path))
        text = value.strip()
        origin = known.get(text.lower())
        hit = text
        if origin is None and pattern is not None and len(text) > 6:
            m = pattern.search(text)
            origin = known.get(m.group(0).lower()) if m is not None else None
            hit = m.group(0) if m is not None else text
            if origin is not None and origin.category == "secret.credential" and not (
                    "=" in text or ": " in text):
                origin = None  # (a password in prose is a word as often: a log line only)
        if (origin is None or (exchange_id, part, path, origin.category) in taken
                # (a model among a list's values is the list's: an SDK's "extinfo" array, read
                # whole by its key rules)
                or (origin.category == "device.info" and (
                    path.endswith("]") or path_words(path) & NOT_THE_PHONE))
                or (exchange_id, part, path) == (origin.exchange_id, origin.part.value,
                                                 origin.path)):
            continue
        how = "is" if hit == text else "contains"
        out.append(echo_finding(exchange_id, part, path, origin.category,
                                min(CONFIDENCE, origin.confidence),
                                f"value {how} the {LEARNED[origin.category][2]}", origin, hit,
                                RULE))
    return out
