"""Who the user is, learned from the study: a name, an e-mail address, a phone number, an
account's ID or a national number found once under a key that says what it is is the same
thing wherever else the study sends it.

An app's own API names its fields in its own words and languages (``ngaran``, ``igama``,
``nomber`` for a name; ``hugado`` for a player's number), and no list of words holds them all;
but the same app, or an SDK it embeds, usually sends the same value somewhere under a key the
rules read: the account's ID in a bearer token's ``sub`` or an analytics call's ``user_id``, the
name in a CRM SDK's ``traits.name`` beside an e-mail, the phone number under ``phone``. Like a
device profile the tester writes (``device.toml``), the values so found are then looked for
in every field of the study, whole or as a token of a longer text (a log line, a message); a
finding says where the value was learned, so the evidence can be checked by hand.

Only values found by a key rule at a confidence that can decide a claim (0.75+; an e-mail
address by its shape too) are learned, never the device profile's own (its matcher looked for
them everywhere already), and only values specific enough to name one person or one account:
e-mail addresses; phone numbers of eight digits or more; names of two to four words; IDs and
national numbers of six characters or more with a digit; and, learned after those and never
at their cost, a street address with its number and a bank or card account (``SECONDARY``).
A value learned as two different things is not learned. What is found so is reported below
the confidence of the finding it was learned from (at most 0.75), and never where the same
category was already read.

A learned full name is also found written in two fields of one object, its first word in one
and its last in the other (``split_names``: a sign-up's ``naanv``: "Jane", ``titil``: "Doe");
neither word alone elsewhere is read. ``echoes.py`` does the same for a device's hardware IDs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.classifiers.base import (
    COMPRESSIONS,
    GENERATED_ID,
    VALUE_LAYERS,
    echo_finding,
)
from analysis.classifiers.words import english
from analysis.records import Detector, Finding

# ...and, after those, the user's street address and bank or card account, learned the same
# way but never at the cost of an identity (a number that is an account's and a phone's stays
# the phone's; the twenty-second session: +254 fields over the sets)
SECONDARY = frozenset({"contact.address", "financial.payment"})
LEARNED = frozenset({"contact.email", "contact.phone", "contact.name", "id.user",
                     "personal.national_id"}) | SECONDARY
# ...and the readings that make a value no person's: an install's, an ad ID's, a device's own
# (an SDK that sends the install's UUID as its "user_id" when no one is signed in)
DEVICES = frozenset({"id.device", "id.advertising", "id.hardware"})
# the findings to hand to learned_identities (a medical record's number, read by where it
# sits: TAUGHT_BELOW)
IDENTITIES = LEARNED | DEVICES | {"health.medical"}
# lists of other people (an address book's, a guest list's): their entries are content.contacts
# or another person's, never spread to
LISTS = frozenset({"contacts", "addressbook", "phonebook", "contactlist", "invitees",
                   "contactsbackup", "people"})
MIN_CONFIDENCE = 0.75
# readings learned from below that confidence: what they say is the user's by where it sits, not
# by a word (a bearer token's private claim, ``token_subjects.py``); their echoes keep it
TAUGHT_BELOW = frozenset({"token.subject-id", "token.record-number"})
MAX_CONFIDENCE = 0.75
MAX_LEARNED = 64  # forms; a study has one user and a few people around them
RULE = "echo.identity"
_NAME = re.compile(r"[^\W\d_][^\W\d_'.-]*(?:[ '-][^\W\d_][^\W\d_'.-]*){1,3}")
_ALNUM = re.compile(r"\w")


def _forms(category: str, value: str) -> set[str]:
    """The lower-case forms a value is looked for in, or none when it names too little."""
    v = value.strip()
    if not v or v.endswith("…") or len(v) > 80:
        return set()
    if category == "contact.email":
        return {v.lower()} if "@" in v and len(v) >= 6 else set()
    if category == "contact.phone":
        digits = "".join(c for c in v if c.isdigit())
        if len(digits) < 8 or len(set(digits)) < 4:
            return set()
        return {v.lower(), digits, "+" + digits} if v.startswith("+") else {v.lower(), digits}
    if category == "contact.name":
        return {v.lower()} if _NAME.fullmatch(v) and len(v) >= 7 else set()
    if category == "contact.address":
        # (a street and its number: "14 Aput Lane, Milimani"; not a city's or a region's name)
        return {v.lower()} if len(v) >= 12 and " " in v and any(
            c.isdigit() for c in v) and any(c.isalpha() for c in v) else set()
    # an account's ID, a national number: eight characters or more, or letters among its
    # digits ("204817" may be a file's size, "player1" a lobby's slot: the session's review)
    bare = v.replace(" ", "")
    if (len(bare) < 8 and (bare.isdigit() or len(bare) < 7)) or not any(
            c.isdigit() for c in bare) or len(set(bare)) < 4:
        return set()
    return {v.lower()}


def _as_sent(transform: str | None) -> bool:
    """The value is as the user's app has it: wrapped (in a JWT, in base64), never hashed or
    changed (a hashed e-mail is no text to look for)."""
    return not transform or all(t in VALUE_LAYERS or t in COMPRESSIONS
                                for t in transform.split("+"))


def learned_identities(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Each learned value's forms (lower case) -> the finding that named it first."""
    out: dict[str, Finding] = {}
    twice: set[str] = set()
    # the readings by place last: a value a key names (a national number under "cf") is what
    # the key says, the token's claim of it no second meaning
    for f in sorted(findings, key=lambda f: (f.category in SECONDARY, f.rule in TAUGHT_BELOW)):
        if f.category in DEVICES:
            # (an install's UUID; not an account's "u_7Hq2Kx9PzL" that an SDK sends as its
            # "external_device_id")
            if GENERATED_ID.fullmatch(f.value.strip()):
                twice.add(f.value.strip().lower())
            continue
        # (the device profile's own values: its matcher looked for them everywhere, but for
        # its name written in two fields, "Jane" in one and "Doe" beside it: ``split_names``)
        profiled = f.detector is Detector.GROUND_TRUTH and f.category == "contact.name"
        if ((f.category not in LEARNED and f.rule not in TAUGHT_BELOW)
                or (f.detector is Detector.GROUND_TRUTH and not profiled)
                or (f.confidence < MIN_CONFIDENCE and f.rule not in TAUGHT_BELOW)
                or not _as_sent(f.transform) or not _own(f.path)
                or (f.detector is not Detector.KEY and f.category != "contact.email"
                    and not profiled)):
            continue
        for form in _forms(f.category, f.value):
            known = out.get(form)
            if known is not None and known.category != f.category:
                if f.rule not in TAUGHT_BELOW and not {f.category, known.category} & SECONDARY:
                    twice.add(form)  # (a number that is an account's and a phone's: neither)
            elif known is None and len(out) < MAX_LEARNED:
                out[form] = f
    for form in twice:
        out.pop(form, None)
    return out


# objects a value may sit in and still be the user's own: a post's author's ID, a payee's
# account, a merchant's, an order's ID, a driver's phone are someone's or something else's (the
# session's review), so only a top-level field, a token's claims or the user's own object teach
OWN_OBJECTS = frozenset({"authorization", "user", "me", "profile", "account", "customer",
                         "member", "claims",
                         "identity", "auth", "session", "data", "traits", "context", "owner",
                         "person", "patient", "applicant", "signup", "registration", "payer",
                         "sender", "holder", "cardholder", "card", "billing", "contact", "ids"})


def _own(path: str) -> bool:
    above = [seg.partition("[")[0].lower().replace("_", "") for seg in path.split(".")[:-1]]
    return all(seg in OWN_OBJECTS or not seg for seg in above[-2:])


def _list_words(path: str) -> set[str]:
    return {seg.partition("[")[0].replace("_", "").lower() for seg in path.split(".")
            if "[" in seg}


def _pattern(forms: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(x) for x in sorted(forms, key=len, reverse=True))
    return re.compile(f"(?<![\\w@.+-])(?:{alternatives})(?![\\w@-])", re.IGNORECASE)


def identity_echoes(known: dict[str, Finding], rows: Iterable[tuple[int, str, str, str]],
                    found: Iterable[Finding]) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value) that carry a learned value, but
    for those already read as that category (``found``)."""
    if not known:
        return []
    rows = list(rows)
    taken = {(f.exchange_id, f.part.value, f.path, f.category) for f in found}
    pattern = _pattern(known)
    out: list[Finding] = split_names(known, rows, taken)
    for exchange_id, part, path, value in rows:
        if not _ALNUM.search(value) or LISTS & _list_words(path):
            continue
        seen: set[str] = set()  # one finding per category a field carries
        for hit in pattern.finditer(value):
            origin = known.get(hit.group(0).lower())
            if origin is None or origin.category in seen or (
                    (exchange_id, part, path, origin.category) in taken):
                continue
            if (exchange_id, part, path) == (origin.exchange_id, origin.part.value,
                                             origin.path):
                continue  # (the field it was learned from)
            whole = hit.group(0) == value.strip()
            if not whole and origin.category == "contact.name" and len(value) < 40:
                continue  # ("1200 Rosa Parks Blvd", "Farrugia Zammit Advocates": not her)
            seen.add(origin.category)
            how = "is" if whole else "contains"
            out.append(echo_finding(exchange_id, part, path, origin.category,
                                    min(MAX_CONFIDENCE, origin.confidence),
                                    f"value {how} the {origin.category}", origin, hit.group(0),
                                    RULE))
    return out


def _name_ends(known: dict[str, Finding]) -> dict[str, tuple[str, Finding]]:
    """A learned full name's first word -> its last word and the finding that named it."""
    names: dict[str, tuple[str, Finding]] = {}
    for form, f in known.items():
        words = form.split()
        if f.category == "contact.name" and len(words) >= 2:
            names.setdefault(words[0], (words[-1], f))
    return names


def needles(known: dict[str, Finding]) -> set[str]:
    """What to look for in the study's fields: the learned forms, and the first and last words
    of a learned name (``split_names``)."""
    out = set(known)
    for first, (last, _) in _name_ends(known).items():
        out.update((first, last))
    return out


# the keys of a place's parts: "Paris" and "Hilton", "Georgia" and "Washington" there are a
# city's, a hotel's and a state's (the session's review)
PLACES = frozenset({"city", "state", "country", "town", "region", "province", "district",
                    "hotel", "street", "place", "venue", "location", "address", "village",
                    "county", "area", "suburb", "destination", "origin", "station"})


def split_names(known: dict[str, Finding], rows: list[tuple[int, str, str, str]],
                taken: set[tuple[int, str, str, str]]) -> list[Finding]:
    """A learned full name written in two fields of one object, its first word in one and its
    last in the other (a sign-up's ``naanv``: "Jane", ``titil``: "Doe"): both are the name."""
    names = _name_ends(known)
    if not names:
        return []
    objects: dict[tuple[int, str, str], dict[str, list[tuple[str, str]]]] = {}
    for exchange_id, part, path, value in rows:
        v = value.strip().lower()
        if (1 < len(v) <= 40 and " " not in v and not LISTS & _list_words(path)
                and english(path.rpartition(".")[2]) not in PLACES):
            objects.setdefault((exchange_id, part, path.rpartition(".")[0]), {}).setdefault(
                v, []).append((path, value.strip()))
    out = []
    for (exchange_id, part, _), values in objects.items():
        for first, (last, origin) in names.items():
            if first not in values or last not in values or first == last:
                continue
            for path, value in values[first] + values[last]:
                if (exchange_id, part, path, "contact.name") in taken or (
                        (exchange_id, part, path) == (origin.exchange_id, origin.part.value,
                                                      origin.path)):
                    continue
                out.append(echo_finding(
                    exchange_id, part, path, "contact.name", min(MAX_CONFIDENCE,
                                                                 origin.confidence),
                    "the name", origin, value, RULE, ", written in two fields of one object: "
                    "its first word in one, its last beside it"))
    return out
