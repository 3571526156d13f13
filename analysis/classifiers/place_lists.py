"""A list of places: search results, nearby clinics, branches or stations an app shows the user.

Each element names a place and where it is: a point, and a name or a phone number
(`{"izina": "Ikigo Nderabuzima Kicukiro", "tel": "…", "lat": -1.97, "lon": 30.10}`). In
whatever language the list is named (`resultados`, `ibisubizo`, `matokeo`, `phalangal`:
QA133 to QA141 found them read as the user's position and a person's name and phone), two
elements or more shaped so are the places', not the user's, and not people she named: an
address book has no coordinates, and a track of her own positions has times (a fix's, a
visit's). The key rules already leave out lists named in English for places (`clinics`,
`branches`, `key_scopes.LIST_PLACES`); this reads the shape instead of the name. A value the
device profile matched keeps its finding.
"""

from __future__ import annotations

from collections import defaultdict

from analysis.classifiers.paths import list_name
from analysis.classifiers.rules import norm_key
from analysis.classifiers.words import tables
from analysis.decoders import Decoded
from analysis.records import Detector, Finding

PLACE_PARTS = ("location.precise", "location.coarse")
PEOPLE_PARTS = ("contact.phone", "contact.name")
DROPPED = frozenset((*PLACE_PARTS, *PEOPLE_PARTS))
# ...shown in an analytics event's properties (a search's results logged: every QA round's
# lists were), not an app's own records of people or places, which say whose they are
EVENT_PROPS = frozenset({"props", "properties", "params", "parameters", "eventproperties",
                         "eventparams", "attributes", "attrs", "payload", "extra", "meta"})
# an element holding a time is a fix, a visit or a check-in: hers
TIME_KEYS = frozenset({"ts", "t", "at", "when", "epoch", "tms", "since", "until", "hora", "zeit",
                       "fecha", "data", "datum", "tarehe", "waqt"})
TIME_WORDS = ("time", "date", "update", "seen", "stamp", "recorded", "created")
# ...and a list named for her own positions or people is hers whatever its elements hold
OWN_LISTS = frozenset({"track", "tracks", "route", "routes", "trail", "trails", "fixes",
                       "positions", "points", "waypoints", "history", "locations", "path",
                       "trip", "trips", "visits", "checkins", "members", "family", "friends",
                       "contacts", "guests", "passengers", "travellers", "travelers",
                       "participants", "people", "children", "kids", "doors", "voters",
                       "households", "residents", "neighbours", "neighbors"})


def _timed(key: str) -> bool:
    return key in TIME_KEYS or any(w in key for w in TIME_WORDS)


def _element(path: str) -> str:
    """The nearest list element a field sits in ("a.results[1].loc.lat" -> "a.results[1]"),
    or ""."""
    end = path.rfind("]")
    return path[:end + 1] if end > 0 and path[path.rfind("[", 0, end) + 1:end].isdigit() else ""


def _list_name(element: str) -> str:
    name = list_name(element)
    said = tables().translations.get(name)
    return said.replace(" ", "") if said else name


def place_lists(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the places' points, names and phones (module docstring)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.category in DROPPED and "[" in f.path:
            element = _element(f.path)
            if element:
                kinds[element].add(f.category)
    # (an element with an e-mail address is a person's: a canvasser's doors, QA12's voters)
    places = {e for e, cats in kinds.items() if cats.intersection(PLACE_PARTS)
              and cats.intersection(PEOPLE_PARTS) and "contact.email" not in cats
              and EVENT_PROPS.intersection(norm_key(p.partition("[")[0])
                                           for p in e.split(".")[:-1])}
    if not places:
        return found  # most requests: no list of named points
    timed = {e for e in places for leaf in decoded.leaves
             if leaf.path.startswith(e + ".") and _timed(norm_key(leaf.key))}
    lists: dict[str, list[str]] = defaultdict(list)
    for e in places - timed:
        lists[e.rpartition("[")[0]].append(e)
    shown = {e for name, elements in lists.items()
             if len(elements) >= 2 and _list_name(elements[0]) not in OWN_LISTS
             for e in elements}
    if not shown:
        return found
    return [f for f in found if f.detector is Detector.GROUND_TRUTH
            or f.category not in DROPPED or _element(f.path) not in shown]
