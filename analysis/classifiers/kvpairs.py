"""Key/value pair lists: a field named by a sibling's value rather than by its own key.

Telemetry formats send properties as lists of pairs — OpenTelemetry OTLP/JSON
(``attributes: [{"key": "net.host.carrier.mcc", "value": {"stringValue": "310"}}]``, the OTLP
specification's ``KeyValue``/``AnyValue``), Firebase Analytics' uploaded event params
(``{"key": "item_name", "string_value": ...}``), custom-field lists (``{"name": ..., "value":
...}``) — so the value's own key is only ``stringValue`` or ``value``. The pair's name is the
key that says what the value is; the finding keeps the value's real path.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.decoders import Leaf

NAME_KEYS = frozenset({"key", "name", "k", "field", "attribute", "property", "type",
                       # a questionnaire's answers ({"question_id": "chief_complaint",
                       # "answer": ...}, QA25) and a form's fields
                       "question_id", "questionid", "question_key", "questionkey",
                       "field_id", "fieldid"})
QUESTION_KEYS = frozenset({"question_id", "questionid", "question_key", "questionkey"})
# ...but a quiz's, a game's or a security question's answer is no answer about the user's own
# body, place or phone (QA27: "capital_city", "date_of_birth" of a trivia game, a security
# question's "city_of_birth"), in the path or the request's URL
NOT_ABOUT_THE_USER = frozenset({"security", "securityquestions", "quiz", "quizzes", "trivia",
                                "game", "games", "captcha", "puzzle", "challenge", "kba",
                                "recovery", "exam", "exams", "lesson", "lessons", "flashcards",
                                "cases"})
_WORD = re.compile(r"[a-z]+")
# The value of a pair: directly, or typed under it (OTLP AnyValue, Firebase params).
VALUE_KEYS = frozenset({"value", "val", "v", "stringvalue", "string_value", "intvalue",
                        "int_value", "doublevalue", "double_value", "boolvalue", "bool_value",
                        "floatvalue", "float_value", "string", "int", "double", "answer",
                        *("celsius", "fahrenheit", "pct", "percent", "mmhg", "mgdl", "mmoll")})
# ...a reading's value under its unit ({"type": "spo2", "pct": 97}, {"type":
# "body_temperature", "celsius": 38.4}: QA61), only for a body's measure: a transfer's
# {"name": "Contacts", "percent": 100}, a profile's completeness, an audience's "age" share
# are no readings (QA64)
UNIT_KEYS = frozenset({"celsius", "fahrenheit", "pct", "percent", "mmhg", "mgdl", "mmoll"})
BODY_MEASURES = re.compile(r"(?i)(spo2|oxygen|saturation|temperature|temp|bodyfat|fat|"
                           r"hydration|water|blood|pressure|systolic|diastolic|glucose|sugar|"
                           r"muscle|bone|bmi|heart|pulse|hrv|respiration|breath)")
# ...as sent (a set lookup per leaf decides whether an exchange has any pair at all)
VALUE_KEYS_AS_SENT = VALUE_KEYS | {"stringValue", "intValue", "doubleValue", "boolValue",
                                   "floatValue", "Value", "StringValue", "mmHg", "mgDl",
                                   "mgdL", "Celsius", "Fahrenheit", "Pct", "Percent",
                                   "source"}  # (an extended ID's name: EID below)
MAX_NAME = 80
# An OpenRTB extended ID ({"source": "hashed_email", "id": <sha256>} in ``user.eids``) is named
# by its source when the source names a contact's hash (QA85); a domain's ("liveramp.com") is
# the ID's vendor, no name
EID = "eid:"
EID_LISTS = re.compile(r"(?i)(^|[._])(eids|ext_?ids|user_?ids|extended_?ids)\[\d+\]$")
EID_SOURCES = re.compile(r"(?i)^(hashed_?email|email_?sha256|sha256_?email|hem|email|"
                         r"hashed_?phone|phone_?sha256|phone)$")


def pair_names(leaves: list[Leaf]) -> dict[str, str]:
    """Container path -> the pair's name, for list elements that are name/value pairs."""
    # A pair's name by precedence: its "name"/"key"/"field" first, then its "type", then the
    # id of the question it answers (a survey's opaque "q_why" beside "type": "text")
    ranked: dict[str, tuple[int, str]] = {}
    for leaf in leaves:
        key = leaf.key.lower()
        if key in NAME_KEYS and type(leaf.value) is str:
            container = leaf.path[:-len(leaf.key) - 1]
            if container.endswith("]") and 0 < len(leaf.text) <= MAX_NAME and " " not in leaf.text:
                rank = 2 if key in QUESTION_KEYS else 1 if key == "type" else 0
                if container not in ranked or rank < ranked[container][0]:
                    ranked[container] = (rank, leaf.text)
        elif (key == "source" and type(leaf.value) is str and EID_SOURCES.match(leaf.text)
              and EID_LISTS.search(leaf.path[:-len(leaf.key) - 1])):
            ranked.setdefault(leaf.path[:-len(leaf.key) - 1], (3, EID + leaf.text))
    names = {container: name for container, (_, name) in ranked.items()}
    questions = any(rank == 2 for rank, _ in ranked.values())
    if questions:
        url = " ".join(leaf.text for leaf in leaves
                       if leaf.part == "url" and leaf.path != "host").lower()
        names = {c: n for c, n in names.items()
                 if not NOT_ABOUT_THE_USER.intersection(_WORD.findall(f"{url} {c.lower()}"))}
    return names


def named_leaf(leaf: Leaf, names: dict[str, str]) -> Leaf | None:
    """``leaf`` read under its pair's name (``attributes[2].value.stringValue`` -> key
    ``net.host.carrier.mcc``), or None when it is no pair's value."""
    key = leaf.key.lower()
    container = leaf.path[:-len(leaf.key) - 1]
    if key == "id":  # {"source": ..., "id": ...} or OpenRTB's {"source": ..., "uids": [{"id"}]}
        eid = names.get(container) or names.get(container.rpartition(".uids[")[0], "")
        if eid.startswith(EID):
            return dataclasses.replace(leaf, key=eid[len(EID):], parent="")
    if key not in VALUE_KEYS:
        return None
    name = names.get(container)
    if name is not None and name.startswith(EID):
        return None
    if name is None and container.endswith((".value", ".val")):
        container = container.rpartition(".")[0]  # {"value": {"stringValue": ...}}
        name = names.get(container)
    if name is None or (key in UNIT_KEYS and not BODY_MEASURES.search(name)):
        return None
    return dataclasses.replace(leaf, key=name, parent="")
