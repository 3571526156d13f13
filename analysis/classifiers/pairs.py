"""Grading a latitude and a longitude sent together as one point.

TAXONOMY.md grades a location by its decimals: 3 or more is ``location.precise``, fewer
``location.coarse``. A point is one measurement, so its two coordinates share one grade, the
finer of the two: JSON number formatting (RFC 8259 §6 leaves it to the writer; JavaScript's
``Number.prototype.toString`` and Python's ``repr`` print the shortest form) drops trailing zeros,
so a point rounded to 4 decimals is written ``52.52, 13.405`` and its latitude alone would look
coarse. A pair is a latitude finding and a longitude finding in the same object (same part, same
path up to the last key).
"""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Callable, Iterable, Iterator

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.key_scopes import LIST_PLACES, lists_above
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import key_rules
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.validators_geo import decimals, decimals_text, lat, latlon_pair, lon
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

LAT_RULES = frozenset({"key.latitude", "words.latitude", "key.latitude-short",
                       "key.latitude-e7", "profile.location.lat"})
LON_RULES = frozenset({"key.longitude", "words.longitude", "key.longitude-short",
                       "key.longitude-e7", "profile.location.lon"})
# Two-letter names of a coordinate (compact telemetry: {"la": 40.74183, "lo": -73.98931}), read as
# one only beside the other half: alone, "la" is as often a language or a loudness. So are a
# language's words for them where one names something else alone or in another language:
# Limburgish "breid"/"lengde" (a length in Norwegian: QA185), Alemannic "breiti"/"laengi"
# (QA190), Bavarian "breitn"/"laengn" (QA192), Rusyn "shyr"/"dovh" (QA193), Finnish and Kven
# "leveys"/"pituus" (alone a height, as the key rules read it: ``with_short_pairs``, QA196),
# Persian and Mazanderani "arz"/"tul" (a width and a length, a currency's "arz": QA204).
SHORT_LAT = frozenset({"la", "lt", "breid", "breiti", "breitn", "shyr", "leveys", "arz"})
# plain coordinate names holding degrees x 10^7 as integers (protobuf-style telemetry): read
# only as a pair, both integers of that size (QA12: a lone "lat" of 1500000 is a latency)
E7_LAT = frozenset({"lat", "latitude", "la", "lt"})
E7_LON = frozenset({"lon", "lng", "long", "longitude", "lo", "ln", "lg"})
# two-letter names are minified names of anything (a TTL's "lt", a length's "lg"): as integers
# they are a point only in a call or a list about positions (QA16)
SHORT_E7 = frozenset({"la", "lt", "lo", "ln", "lg"})
POSITION_WORDS = frozenset({"location", "locations", "gps", "fix", "fixes", "track", "tracks",
                            "trace", "route", "routes", "position", "positions", "pts",
                            "points", "waypoints", "geo", "coords", "breadcrumbs", "trip",
                            "walk", "walks", "hike", "hikes"})
LEAF_KEY = operator.attrgetter("key")
# objects whose two-letter numbers are a layout's, a sound's or a shape's
NOT_PLACES = frozenset({"layout", "audio", "eq", "equalizer", "box", "rect", "frame", "view",
                        "style", "margin", "margins", "padding", "insets", "mixer", "levels",
                        "sound", "volume", "crop", "canvas", "screen", "ui", "marker",
                        "markers", "pin", "pins"})
SHORT_LON = frozenset({"lo", "ln", "lg", "lengde", "laengi", "laengn", "dovh", "pituus", "tul"})
PRECISE, COARSE = "location.precise", "location.coarse"


def _container(path: str) -> str:
    return path.rpartition(".")[0]


FLAGS = frozenset({"0", "1"})


def lone_flags(findings: list[Finding]) -> list[Finding]:
    """Without a latitude's partner beside it, a bare 0 or 1 under "lat" is a flag, not a
    coordinate: OpenRTB's and the ad SDKs' limit-ad-tracking "lat" (QA33)."""
    flags = [f for f in findings if (f.rule in LAT_RULES or f.rule in LON_RULES)
             and f.value.strip() in FLAGS]
    if not flags:
        return findings
    seen = {(str(f.part), _container(f.path), f.rule in LAT_RULES) for f in findings
            if f.rule in LAT_RULES or f.rule in LON_RULES}
    lone = {id(f) for f in flags
            if (str(f.part), _container(f.path), f.rule not in LAT_RULES) not in seen}
    return [f for f in findings if id(f) not in lone]


def grade_pairs(findings: Iterable[Finding]) -> list[Finding]:
    """Findings with the coarse coordinate of a pair raised to its partner's precise grade."""
    findings = list(findings)
    # a "lat,lon" field is a point of its own, graded by its own decimals
    coords = [f for f in findings if f.category in (PRECISE, COARSE)
              and (f.rule in LAT_RULES or f.rule in LON_RULES) and latlon_pair(f.value) is None]
    if len(coords) < 2 or not any(f.category == COARSE for f in coords):
        return findings
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in coords:
        groups.setdefault((str(f.part), _container(f.path)), []).append(f)
    raised: dict[int, Finding] = {}
    for group in groups.values():
        lats = [f for f in group if f.rule in LAT_RULES]
        lons = [f for f in group if f.rule in LON_RULES]
        if not lats or not lons:
            continue
        for mine, theirs in ((lats, lons), (lons, lats)):
            partner = next((f for f in theirs if f.category == PRECISE), None)
            if partner is None:
                continue
            for f in mine:
                if f.category == COARSE:
                    raised[id(f)] = dataclasses.replace(
                        f, category=PRECISE, evidence=f"{f.evidence}; but graded precise with "
                        f"the other coordinate of its point, '{partner.path}', with "
                        f"{decimals(partner.value)} decimals (a number is written without its "
                        "trailing zeros)")
    return [raised.get(id(f), f) for f in findings]


_DECIMAL = re.compile(r"-?\d{1,3}\.\d+")


def _coordinate(leaf: Leaf, valid: Callable[[str], bool]) -> bool:
    # (a query's or a form's values are text: "arz=36.56332&tul=53.05875", QA204)
    return (type(leaf.value) is float or (
        type(leaf.value) is str and bool(_DECIMAL.fullmatch(leaf.text)))) and valid(leaf.text)


def _e7(leaf: Leaf, limit: float) -> bool:
    return type(leaf.value) is int and 10**6 <= abs(leaf.value) <= limit * 1e7


def _side_by_side(leaves: list[Leaf], is_lat: Callable[[Leaf], bool],
                  is_lon: Callable[[Leaf], bool]) -> Iterator[tuple[Leaf, Leaf]]:
    """A latitude and a longitude in one object, unless an object above says the place is not
    the user's (the latitude rule's ``not_under``: a store, a station, a viewport)."""
    halves: dict[tuple[str, str], dict[str, Leaf]] = {}
    for leaf in leaves:
        side = "lat" if is_lat(leaf) else "lon" if is_lon(leaf) else None
        if side is not None:
            halves.setdefault((leaf.part, _container(leaf.path)), {})[side] = leaf
    void = next(r.not_under for r in key_rules().rules if r.id == "key.latitude") | NOT_PLACES
    for point in halves.values():
        la, lo = point.get("lat"), point.get("lon")
        if la is not None and lo is not None and not void & ancestor_words(la.path):
            yield la, lo


def _point(exchange_id: int, la: Leaf, lo: Leaf, places: int, confidence: float,
           rules: tuple[str, str], what: str) -> list[Finding]:
    """One finding per coordinate of a point, graded by its finer coordinate."""
    category = PRECISE if places >= 3 else COARSE
    return [leaf_finding(exchange_id, leaf, category, confidence,
                         f"key '{leaf.key}' beside '{other.key}' in the same object, {what}: "
                         f"one point with {decimals_text(places)} (3 or more is precise)", rule)
            for leaf, other, rule in ((la, lo, rules[0]), (lo, la, rules[1]))]


def e7_pairs(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """A plain latitude and longitude side by side, both integers in degrees x 10^7
    (``{"lat": 407418300, "lon": -739893100}``), as one point: graded by the decimals of the
    degrees."""
    leaves = decoded.leaves
    if E7_LAT.isdisjoint(map(LEAF_KEY, leaves)):
        return []
    out = []
    about_positions: bool | None = None
    for la, lo in _side_by_side(leaves, lambda x: x.key.lower() in E7_LAT and _e7(x, 90),
                                lambda x: x.key.lower() in E7_LON and _e7(x, 180)):
        if abs(int(la.text)) < 2e7 and abs(int(lo.text)) < 2e7:
            continue  # both within 2 degrees of 0: open sea, no point
        if la.key.lower() in SHORT_E7:
            if about_positions is None:
                about_positions = bool(url_words(decoded) & POSITION_WORDS)
            if not about_positions and not POSITION_WORDS & ancestor_words(la.path):
                continue
        if LIST_PLACES & lists_above(la.path):
            continue  # an entry of a list of clinics or venues: that place's position
        places = max(decimals(f"{int(x.text) / 1e7:.7f}".rstrip("0")) for x in (la, lo))
        # micro-degrees (x 10^6, Android's old GeoPoint) read as well: the point is precise
        # either way; only a longitude past 180 x 10^6 settles the scale
        scale = ("10^7" if abs(int(lo.text)) > 180e6 or abs(int(la.text)) > 90e6
                 else "10^6 or 10^7")
        out += _point(exchange_id, la, lo, places, 0.85, ("key.latitude-e7", "key.longitude-e7"),
                      f"both integers in degrees x {scale}")
    return out


def with_short_pairs(found: list[Finding], exchange_id: int,
                     decoded: Decoded) -> list[Finding]:
    """``found`` and the short pairs' points (below), without a body measure read on a field
    that is a point's half (QA196: Kven "pituus", a height alone, a longitude beside
    "leveys")."""
    pairs = short_pairs(exchange_id, decoded)
    if not pairs:
        return found
    halves = {(f.part, f.path) for f in pairs}
    return [f for f in found if f.category != "health.fitness"
            or (f.part, f.path) not in halves] + pairs


def short_pairs(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """A short (or ambiguous) latitude's and longitude's names side by side in one object, both
    decimal numbers in range, as one point (graded by its finer coordinate)."""
    leaves = decoded.leaves
    if SHORT_LAT.isdisjoint(map(LEAF_KEY, leaves)):  # most requests: one C-level pass
        return []
    out = []
    for la, lo in _side_by_side(leaves, lambda x: x.key in SHORT_LAT and _coordinate(x, lat),
                                lambda x: x.key in SHORT_LON and _coordinate(x, lon)):
        # a layout's or a mixer's pair of small numbers is no point (QA10: "lt": 0.5): two
        # decimals at least on both halves, and not both within 2 degrees of 0 (open sea)
        if min(decimals(la.text), decimals(lo.text)) < 2 or (
                abs(float(la.text)) < 2 and abs(float(lo.text)) < 2):
            continue
        out += _point(exchange_id, la, lo, max(decimals(la.text), decimals(lo.text)), 0.8,
                      ("key.latitude-short", "key.longitude-short"), "both coordinates in range")
    return out


# Calls that send where the phone is: a schema-less protobuf's two adjacent doubles are a point
# only in one (a shift check-in, a fall alert, a geofence exit: blind21)
# (a single point's calls: not a walk's, a route's or a track's, whose summaries send
# distances and speeds as doubles too, QA52)
POINT_CALLS = frozenset({"location", "locations", "gps", "fix", "fixes", "position",
                         "positions", "geo", "checkin", "checkins", "geofence", "geofences",
                         "sos", "emergency", "arrival", "arrive", "arrived", "presence",
                         "geolocation", "clock", "clockin", "punch", "attendance",
                         # an ETA's, a "where am I"'s (blind105-blind116: "/bookings/eta")
                         "eta", "nearby", "locate", "whereami"})
# ...and a live ping's, a beacon's, a heartbeat's ("/trips/…/ping", Spanish "posicion", French
# "suivi", "latido") in a trip's, a walk's or a tracking call, or as a point's own message
# (fields 1 and 2 of a nested message, google.type.LatLng's shape): these words name a bet's
# live odds, a network's ping, a video's heartbeat, a portfolio's position too (the review)
LIVE_CALLS = frozenset({"live", "ping", "beacon", "heartbeat", "hb", "posicion", "suivi",
                        "latido"})
TRACKED = frozenset({"trip", "trips", "ride", "rides", "walk", "walks", "sos", "track",
                     "tracking", "driver", "courier", "rastreo", "trajet", "viaje", "journey",
                     "commute", "shift", "shifts", "delivery", "tracker", "runner",
                     "guardian", "family", "position", "location", "gps", "ubicacion", "geo"})
NOT_TRACKED = frozenset({"admin", "fleet", "vehicle", "vehicles", "incident", "incidents",
                         "station", "stations", "tile", "tiles", "weather", "odds", "bets",
                         "stream", "video", "cartera", "portfolio", "colis", "sante", "salud"})


def numbered_pairs(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """A latitude and a longitude in two adjacent numbered fields of one schema-less protobuf
    message, both doubles in range with 5 or more decimals and not both near 0, in a call about
    positions (above): one point. A list of such records is a track
    (``structure_exchange._keyless_track``): the records of a repeated field are left to it."""
    called = url_words(decoded)
    if not called & POINT_CALLS and not (called & LIVE_CALLS and not called & NOT_TRACKED):
        return []  # most requests (a cached look at the path)
    latlng_only = not called & POINT_CALLS and not called & TRACKED
    fields: dict[tuple[str, str], dict[int, Leaf]] = {}
    for leaf in decoded.leaves:
        if (type(leaf.value) is float and leaf.key.isdigit() and "protobuf" in leaf.layers
                and "[" not in leaf.path):
            fields.setdefault((leaf.part, _container(leaf.path)), {})[int(leaf.key)] = leaf
    # the outermost messages holding a point only: a point nested in the phone's own (a
    # geofence's centre beside its radius) is a place's; a lone double above it (an accuracy)
    # hides nothing
    points: list[tuple[int, Leaf, Leaf]] = []
    for where, numbered in fields.items():
        for n, la in sorted(numbered.items()):
            lo = numbered.get(n + 1)
            # a phone's fix has 5 decimals or more (a metre); a walk's km and km/h, a fall's
            # peak g and seconds, a route's km and minutes have fewer (QA51)
            if (lo is None or not lat(la.text) or not lon(lo.text)
                    or (latlng_only and (n != 1 or not where[1]))
                    or min(decimals(la.text), decimals(lo.text)) < 5
                    or (abs(la.value) < 2 and abs(lo.value) < 2)):
                continue
            points.append((_depth(where), la, lo))
            break
    top = min((depth for depth, _, _ in points), default=0)
    out = []
    for depth, la, lo in points:
        if depth == top:
            out += _point(exchange_id, la, lo, max(decimals(la.text), decimals(lo.text)), 0.75,
                          ("proto.latitude", "proto.longitude"),
                          "adjacent doubles in range in a call about positions")
    return out


def _depth(where: tuple[str, str]) -> int:
    """How deep a message is: ``""`` 0, ``"5"`` 1, ``"5.1"`` 2."""
    return where[1].count(".") + 1 if where[1] else 0
