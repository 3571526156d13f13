"""A person's name under the app's own word for one, learned from the study.

An app's API names a person's name in its own language (``higoa``, ``aram``, ``lagyu``,
``tokaitl``), and no list of words holds them all. But the study tells: where the user's name
is found by its value (``identity_echoes.py``: the name a token or a CRM SDK gave, found again;
the device profile's name; a first name beside the person's last), the key it sits under is the
app's word for a person's name, and the other people the same app names under that word (a
family's members, a beneficiary, a recipient, the person a parcel is for) are named there too:
at 0.7 in a list's entries or a kin's object, at 0.55 elsewhere (a song's, a team's, a staff
member's name sits under the same word as often: the session's review).
The blind sets' authors label those names ``contact.name``; most were missed, the word being
unknown (blind160-blind192: 761 missed names, 347 of them under a word the same host had used
for the user's).

What is learned: the last key of a field whose ``contact.name`` was read from its value
(``LEARN_FROM``), per host, not an English key the rules read already as a name of anything
(``name``, ``title``: a shop's and a product's too). What is found: a value under that key
sent to that host, written as a person's full name (``validators_names.person_name``: two to
four capitalised words), none of whose words is a business's or a place's (``first_names``'
lists, the lexicon's words for other things), not in an object that is a place's, a
business's or the app's own (``NOT_PEOPLE_OBJECTS``), nor in a list of contacts (theirs are
``content.contacts``).
A finding says which field taught the word, so the evidence can be checked by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from analysis.classifiers.first_names import NOT_PEOPLE_OBJECTS, PLACE_WORDS
from analysis.classifiers.identity_echoes import LISTS, PLACES
from analysis.classifiers.paths import last_key, parent_key
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators_names import person_name
from analysis.classifiers.words import english, tables
from analysis.records import Detector, Finding, Part

LEARN_FROM = ("echo.identity", "context.first-name", "profile.")
# English keys the rules read already, as a name of a person or of anything (a shop's, a
# product's): what the app names there is theirs to read; a word of another language
# (``nombre``, ``higoa``) is learned, a person's name told from a thing's by its value
READ_ALREADY = frozenset({"name", "fullname", "displayname", "username", "nickname", "title",
                          "label", "firstname", "lastname", "surname", "givenname"})
# what a word of the value may mean and still be part of a person's name
NAME_MEANINGS = frozenset({"name", "first name", "last name", "full name", "father name",
                           "mother name"})
MAX_KEYS = 16  # per study: an app has a word or two for a person's name
CONFIDENCE = 0.7
ELSEWHERE = 0.55  # (below the 0.6 that can decide a claim)
KIN = frozenset({"family", "child", "children", "son", "daughter", "wife", "husband", "spouse",
                 "mother", "father", "parent", "parents", "guardian", "relative", "relatives",
                 "sibling", "brother", "sister", "beneficiary", "recipient", "patient",
                 "dependent", "dependents", "kin", "emergencycontact", "childname"})
RULE = "learned.name-key"
# objects whose people are no one the user names: a place's, a business's, the app's own, a
# contacts list's
NOT_PERSONS = NOT_PEOPLE_OBJECTS | PLACES | LISTS


def learned_keys(found: Iterable[Finding], hosts: Mapping[int, str]) -> dict[tuple[str, str],
                                                                              Finding]:
    """(host, key) -> the finding that taught that the host's app names a person there."""
    out: dict[tuple[str, str], Finding] = {}
    for f in found:
        if f.category != "contact.name" or not (f.rule or "").startswith(LEARN_FROM):
            continue
        key = last_key(f.path)
        name = norm_key(key)
        if len(name) < 2 or name in READ_ALREADY or f.part is not Part.BODY:
            continue
        where = (hosts.get(f.exchange_id, ""), key)
        if where not in out and len(out) < MAX_KEYS:
            out[where] = f
    return out


def _a_person(value: str, above: str) -> bool:
    """Written as a person's name, in an object (``above``) that holds people."""
    words = [w.lower().strip(".,") for w in value.split()]
    meanings = tables().translations
    if not person_name(value) or any(w in PLACE_WORDS or meanings.get(norm_key(w), "name")
                                     not in NAME_MEANINGS for w in words):
        return False
    return not {above, english(above).replace(" ", "")} & NOT_PERSONS


def named_again(keys: Mapping[tuple[str, str], Finding],
                rows: Iterable[tuple[int, str, str, str, str]],
                found: Iterable[Finding]) -> list[Finding]:
    """Findings for the fields (exchange id, part, path, value, host) under a learned key that
    hold a person's name, but for those already read as a name (``found``)."""
    if not keys:
        return []
    taken = {(f.exchange_id, f.part.value, f.path) for f in found
             if f.category == "contact.name"}
    out = []
    for exchange_id, part, path, value, host in rows:
        origin = keys.get((host, last_key(path)))
        if origin is None or part != Part.BODY.value or (exchange_id, part, path) in taken:
            continue
        above = parent_key(path)
        if not _a_person(value.strip(), above):
            continue
        # a person the user lists (a family's members, a list's entries) or one of kin is a
        # person; elsewhere the word names a song's, a team's, a staff member's as often (the
        # review): below a verdict there
        listed = "[" in path or english(above).replace(" ", "") in KIN
        out.append(Finding(
            exchange_id, Part(part), path, "contact.name", Detector.VALUE,
            CONFIDENCE if listed else ELSEWHERE,
            f"written as a person's name under '{last_key(path)}', the key this app sent the "
            f"user's name under at {origin.part.value} '{origin.path}' of request "
            f"{origin.exchange_id} ({origin.evidence})", value.strip(), None, RULE))
    return out
