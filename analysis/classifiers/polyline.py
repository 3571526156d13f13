"""A route or track sent as an Encoded Polyline: the places the phone went or is going.

Google's Encoded Polyline Algorithm Format (Google Maps Platform documentation, "Encoded
Polyline Algorithm Format"; also OSRM's and Mapbox's ``polyline`` geometry): the points'
latitudes and longitudes, each the difference from the previous point's (the first from 0),
times 10^5 rounded to an integer, shifted left one bit and inverted when negative (zig-zag),
cut into 5-bit chunks least significant first, each chunk but a value's last OR'd with 0x20,
plus 63: every character is in 63..126 (``?`` to ``~``).

Many strings are made of those characters (letters and ``_``: tokens, IDs, words), so a value
is read only under a key that names a polyline or a route's path, and only when it decodes
strictly: every character valid; the last value ends at a chunk below 0x20; an even number of
values, at least two points; at most 6 chunks a value (the largest step, 360 degrees x 10^5 in
zig-zag, fits in 27 bits); every point a latitude within +-90 and a longitude within +-180;
consecutive points less than 10 degrees apart in each coordinate (a route is a line of nearby
points; the format documentation's own example steps 5.5 degrees of longitude); and the first
point more than a degree from (0, 0), where short runs of capitals (``ABCD``) land. The keys:
any whose name has ``polyline`` in it (``polyline``, ``encoded_polyline``,
``overview_polyline``, ``routePolyline``), a path's or a route's encoded name (``path``,
``encodedPath``, ``encoded_route``, ...), and ``points``/``pts``/``geometry`` only below a
key naming a route, trip, path, track, leg or polyline (Directions' ``overview_polyline.points``,
OSRM's and Mapbox's ``routes[0].geometry``). A Static Maps ``path`` value's ``enc:`` prefix
(and style before it) is skipped. Not read: the
precision-6 variant (``polyline6``), HERE's flexible polyline, GeoJSON, and a polyline cut
exactly at a point's end (indistinguishable from a shorter route).

The call on whose place it is: a route an app records (a run, a ride's track) or plans from the
device (directions from where the user is) is the user's own position, so a polyline the phone
sends is ``location.precise`` (``location.coarse`` when no coordinate has 3 decimals or more:
TAXONOMY.md). As the latitude key rule does, a polyline below a place that is not the user's (a
store, a station, a listing: that rule's ``not_under`` words) is not reported. The evidence
names the decode: how many points, the first rounded to a tenth of a degree (the evidence is
shown unmasked in reports; the value itself is masked unless ``--show-values``).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import key_rules
from analysis.decoders import Decoded
from analysis.records import Finding

RULE = "key.encoded-polyline"
CONFIDENCE = 0.85
MAX_TEXT = 1 << 18  # characters decoded at most (tens of thousands of points)
MAX_STEP = 10 * 10**5  # per coordinate between consecutive points, in 10^-5 degrees
NEAR_ZERO = 10**5  # the first point within a degree of (0, 0): no route
# key names (lower-case, without "_" and "-") that hold a polyline by themselves...
PATH_KEYS = frozenset({"path", "encodedpath", "routepath", "trippath", "trackpath",
                       "encodedroute", "encodedtrack", "encodedtrip", "encodedpoints",
                       "encodedline"})
# ...and those that do only below a key naming a route
POINT_KEYS = frozenset({"points", "pts", "encoded", "line", "geometry"})  # (OSRM, Mapbox)
ROUTE_WORDS = frozenset({"route", "routes", "trip", "trips", "path", "paths", "track", "tracks",
                         "leg", "legs", "polyline", "polylines", "journey", "journeys",
                         "ride", "rides", "directions", "navigation", "trail", "trails"})
Point = tuple[int, int]  # latitude, longitude in 10^-5 degrees


@lru_cache(maxsize=4096)
def route_key(key: str) -> int:
    """2: the key names a polyline by itself; 1: only below a route; 0: not a polyline's."""
    name = key.lower().replace("_", "").replace("-", "")
    if "polyline" in name or "polilin" in name or name in PATH_KEYS:
        return 2  # (Portuguese and Spanish "polilinha", "polilinea": QA66)
    return 1 if name in POINT_KEYS else 0


@lru_cache(maxsize=1024)
def _explicit(key: str) -> bool:
    name = key.lower().replace("_", "").replace("-", "")
    return "polyline" in name or "polilin" in name or name.startswith("encoded")


@lru_cache(maxsize=1024)
def _any_route_key(keys: frozenset[str]) -> bool:
    return any(map(route_key, keys))


# the format's characters that are no letter: a string of letters only under a bare "path"
# or "points" is a name more often than a route ("RouteEditVC" decodes as one: review); only a
# key naming a polyline or an encoded path is read then
SYMBOLS = frozenset("?@[\\]^_`{|}~")


def decode(text: str) -> list[Point] | None:
    """The points of an Encoded Polyline read strictly (see above), or None."""
    if len(text) > MAX_TEXT:
        return None
    values: list[int] = []
    value = shift = 0
    for ch in text:
        c = ord(ch) - 63
        if not 0 <= c < 64:
            return None
        value |= (c & 0x1F) << shift
        if c & 0x20:
            shift += 5
            if shift > 25:  # a seventh chunk: no coordinate or step is that large
                return None
        else:
            values.append(~(value >> 1) if value & 1 else value >> 1)
            value = shift = 0
    if shift or len(values) < 4 or len(values) % 2:
        return None
    points: list[Point] = []
    lat = lon = 0
    for i in range(0, len(values), 2):
        dlat, dlon = values[i], values[i + 1]
        if points and (abs(dlat) >= MAX_STEP or abs(dlon) >= MAX_STEP):
            return None
        lat, lon = lat + dlat, lon + dlon
        if abs(lat) > 90 * 10**5 or abs(lon) > 180 * 10**5:
            return None
        points.append((lat, lon))
    if abs(points[0][0]) < NEAR_ZERO and abs(points[0][1]) < NEAR_ZERO:
        return None
    return points


def _decimals(points: list[Point]) -> int:
    """The most decimals any coordinate has (of 5, trailing zeros dropped)."""
    most = 0
    for v in (abs(c) for point in points for c in point):
        places = 5
        while places and v % 10 == 0:
            v //= 10
            places -= 1
        most = max(most, places)
        if most == 5:
            break
    return most


def encoded_polylines(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """A finding for each string under a polyline's or a route's key that decodes as one."""
    if not _any_route_key(decoded.key_set()):
        return []
    out = []
    void: frozenset[str] | None = None
    for leaf in decoded.leaves:
        kind = route_key(leaf.key)
        if not kind or type(leaf.value) is not str or leaf.wrapped or "raw" in leaf.layers:
            continue
        above = ancestor_words(leaf.path)
        if kind == 1 and not ROUTE_WORDS & above:
            continue
        text = leaf.text.strip()
        if "enc:" in text:  # Static Maps: path=color:...|weight:5|enc:<polyline>
            text = text.rpartition("enc:")[2]
        elif SYMBOLS.isdisjoint(text) and not _explicit(leaf.key):
            continue
        points = decode(text)
        if points is None:
            continue
        if void is None:
            void = next(r.not_under for r in key_rules().rules if r.id == "key.latitude")
        if void & above:
            continue
        places = _decimals(points)
        lat, lon = points[0]
        out.append(leaf_finding(
            exchange_id, leaf, "location.precise" if places >= 3 else "location.coarse",
            CONFIDENCE, f"key '{leaf.key}' is a route's and its value decodes strictly as an "
            f"Encoded Polyline (Google's format): {len(points)} points, the first near "
            f"({lat / 10**5:.1f}, {lon / 10**5:.1f}), consecutive points under 10 degrees "
            f"apart; {places} decimals (3 or more is precise); a route the app recorded or "
            "planned on the phone is its user's position", RULE))
    return out
