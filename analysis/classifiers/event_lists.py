"""An app's own analytics events, batched under its own word for "events".

Apps that count their own screens and taps send them as a list of small objects, each with the
event's name and when it happened (``{"nastani": [{"name": "statement_view", "ts": 1764...}]}``).
The key rules read ``events[0].name`` as an event's name ("events" + "name"), but an app names
the list in its own language (``nastani``, ``kajadian``, ``iziganeko``, ``eventonan``), and no
list of words holds them all; the shape does not change. An element of a list whose ``name``
(or ``kind``, ``e``, ``ev``) holds a machine name of an event (``screen_view``, ``map.load``,
``tapPay``: words joined by ``_``, ``.``, ``:``, ``/`` or ``-``, or camelCase) beside a time
(epoch seconds or milliseconds, or an ISO 8601 time) is an app event: ``behavior.usage``
(and under any key of the element, an analytics SDK's own name for a lifecycle event:
``app_open``, ``screen_view``, ``session_start``, Firebase's automatically collected events)
(TAXONOMY.md: "analytics events, screens, taps"). A file's name ("scan.jpg") is none, nor a
record a key rule already read (a medicine's or a workout's).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.paths import list_name
from analysis.classifiers.rules import norm_key
from analysis.classifiers.words import tables
from analysis.decoders import Decoded
from analysis.records import Finding

CONFIDENCE = 0.7
RULE = "shape.event-list"
NAME_KEYS = frozenset({"name", "kind", "e", "ev", "evt", "n"})
TIME_KEYS = frozenset({"ts", "t", "time", "timestamp", "at", "when", "datetime", "clienttime",
                       "occurredat", "createdat", "tms", "timems", "epoch"})
_EVENT = re.compile(r"[a-z][a-z0-9]*(?:[_.:/-][a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+")
_HEX = re.compile(r"[0-9a-f]{8}")  # (an own word's UUID, "eid": an ID, no event's name)
_WORD = re.compile(r"[a-z]{3,30}")  # ...or one lower-case word, in a batch of two events or more
_TIME = re.compile(r"1[5-9]\d{8}(?:\d{3})?(?:\.\d+)?|\d{4}-\d\d-\d\dT\d\d:\d\d[^ ]*")
FILES = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".mp4", ".mp3", ".m4a", ".wav", ".heic",
         ".txt", ".csv", ".json", ".zip", ".doc", ".docx", ".webp", ".mov")
_ELEMENT = re.compile(r"(.*\[\d+\])\.([^.\[\]]+)")
# ...and under any key of the element, an app's lifecycle events by the names analytics SDKs
# give them (Firebase's automatically collected events; QA168's Walloon "no": "app_open")
KNOWN = frozenset({"app_open", "app_close", "app_launch", "app_start", "app_background",
                   "app_foreground", "first_open", "session_start", "session_end",
                   "screen_view", "user_engagement", "app_update", "app_remove",
                   "app_exception", "notification_open",
                   "notification_dismiss", "page_view"})


# a list named in English for something else is that (metrics, spans, flags, followers,
# guests, calls, sleep stages, moods, sets, networks, places, apps: the session's review); only
# a list named for events, or in words the rules do not read, is an app's events
EVENT_LISTS = frozenset({"events", "event", "evts", "evs", "analytics", "tracks", "hits", "queue",
                         "queued", "actions", "activities", "interactions", "taps", "clicks",
                         "screens", "log", "logs"})


NOT_EVENT_LISTS = frozenset({
    "followers", "following", "friends", "guests", "contacts", "calls", "calllog", "members",
    "players", "users", "people", "persons", "participants", "attendees", "stages", "moods",
    "sets", "exercises", "workouts", "networks", "wifi", "devices", "peripherals", "places",
    "visits", "geofences", "fences", "apps", "packages", "items", "products", "spans",
    "metrics", "measurements", "flags", "features", "experiments", "consents", "purposes",
    "files", "photos", "media", "songs", "messages", "comments", "readings", "doses", "meals",
    "medications", "steps", "laps", "calendar", "reminders", "alarms", "tasks", "notes"})


def _events_list(element: str) -> bool:
    """The list holding ``element`` ("kajadian[0]") is named for events or in the app's own
    words."""
    name = list_name(element)
    if not name or name in EVENT_LISTS:
        return True
    if name in NOT_EVENT_LISTS:
        return False
    said = tables().translations.get(name)
    if said is not None:
        return said.replace(" ", "") in EVENT_LISTS
    return name not in tables().vocabulary


@lru_cache(maxsize=2048)
def _named_in_own_words(keys: frozenset[str]) -> bool:
    """Whether a key of the set is the lexicon's word for "name" (Breton "anv")."""
    said = tables().translations
    return any(said.get(norm_key(k)) == "name" for k in keys)


def event_lists(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The event names of list elements shaped as app events (module docstring)."""
    keys = decoded.key_set()
    if NAME_KEYS.isdisjoint(keys) and not _named_in_own_words(keys) and not any(
            leaf.text in KNOWN for leaf in decoded.leaves if "]." in leaf.path):
        return []  # most requests: no event's name at all
    names = []
    timed: set[tuple[str, str]] = set()
    for leaf in decoded.leaves:
        if "]." not in leaf.path:
            continue
        m = _ELEMENT.fullmatch(leaf.path)
        if m is None:
            continue
        key = norm_key(m.group(2))
        if key in TIME_KEYS and _TIME.fullmatch(leaf.text.strip()):
            timed.add((str(leaf.part), m.group(1)))
        elif ((key in NAME_KEYS or leaf.text in KNOWN or (
                _EVENT.fullmatch(leaf.text) and _HEX.search(leaf.text) is None
                and tables().translations.get(key) == "name"))
              and type(leaf.value) is str
              and len(leaf.text) <= 64
              and (_EVENT.fullmatch(leaf.text) or _WORD.fullmatch(leaf.text))
              and not leaf.text[-1].isdigit()  # (a handle, "jane_doe92")
              and not leaf.text.lower().endswith(FILES)):
            names.append((leaf, m.group(1)))
    if not names or not timed:
        return []
    if any(norm_key(leaf.key) not in NAME_KEYS for leaf, _ in names):
        # (a lifecycle name under another key only in an element that is an event's: its name,
        # its time, its parameters; not a console's top events with their counts, a setting's
        # flag, a webhook's URL, a purchase's amount: the session's review)
        sizes: Counter[str] = Counter()
        busy: set[str] = set()
        for x in decoded.leaves:  # (one pass: each element's fields and what they hold)
            if "]." in x.path and (m := _ELEMENT.fullmatch(x.path)) is not None:
                sizes[m.group(1)] += 1
                if type(x.value) is bool or "://" in x.text or (
                        type(x.value) in (int, float) and not _TIME.fullmatch(x.text.strip())):
                    busy.add(m.group(1))
        names = [(leaf, element) for leaf, element in names
                 if norm_key(leaf.key) in NAME_KEYS
                 or (sizes[element] <= 3 and element not in busy)]
    names = [(leaf, element) for leaf, element in names if _events_list(element)]
    # (an event's name under the app's own word for "name" (Breton "anv": QA173; not any word
    # no list knows: a parcel's statuses, a pipeline's steps, a timetable's stops, the
    # session's review) only where two elements of the list or more name theirs so: one
    # record's code is a type's as often)
    own = Counter((leaf.key, element.rpartition("[")[0]) for leaf, element in names
                  if norm_key(leaf.key) not in NAME_KEYS and leaf.text not in KNOWN)
    names = [(leaf, element) for leaf, element in names
             if norm_key(leaf.key) in NAME_KEYS or leaf.text in KNOWN
             or own[(leaf.key, element.rpartition("[")[0])] >= 2]
    read = {(f.part, f.path) for f in found}
    batches = Counter(element.rpartition("[")[0] for part, element in timed)
    return [leaf_finding(exchange_id, leaf, "behavior.usage", CONFIDENCE,
                         f"'{leaf.key}' of a list's element names an event in an app's words "
                         "beside the time it happened: an app event", RULE)
            for leaf, element in names
            if (str(leaf.part), element) in timed and (leaf.part, leaf.path) not in read
            and (_EVENT.fullmatch(leaf.text) or (
                leaf.key == "name" and batches[element.rpartition("[")[0]] >= 2
                and "breadcrumbs" not in leaf.path))]
