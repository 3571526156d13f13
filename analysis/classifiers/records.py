"""Readings over a record (an object in a list) rather than one field: what a field is follows
from what its record holds.

- The trend arrow of a glucose reading (``readings[3].trend``) is as medical as the reading
  (TAXONOMY.md health.medical: "a reading and what it says"), and the title of a history entry
  whose URL was found (``records[2].title``) is as much the page visited (behavior.browsing).
  Such a sibling is named by a few words only, and takes the finding's category at no more
  than its confidence.
- A list of records each naming a different app package (``[{"package": "com.example.maps",
  "mb": 120}, ...]``: per-app data usage, battery or screen time) is the phone's apps
  (device.apps), as an installed-apps list is; one app's own package name is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.validators_net import cell_number
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Detector, Finding, Part

# category of a field found in a record -> key names of siblings that say more of the same
SIBLINGS: dict[str, frozenset[str]] = {
    "health.medical": frozenset({"trend", "trendarrow", "direction", "arrow", "trendrate",
                                 "rateofchange"}),
    "behavior.browsing": frozenset({"title", "pagetitle", "name"}),
    # a cell's identity beside its network's codes (mcc/mnc): the cell the phone is on (not
    # the physical cell ID, "pci": one of 504, reused every few kilometres)
    "location.carrier": frozenset({"ci", "cid", "cellid", "lac", "tac", "eci", "nci", "enb"}),
}
SIBLING_CONFIDENCE = 0.65
CELL_SOURCES = frozenset({"mcc", "mnc", "mccmnc", "plmn", "lac", "cellid", "lacid"})
# outside a record list, a cell's ID needs its area code beside it: a lone "mcc" beside a
# campaign's "cid" says no cell (QA16)
AREA_SOURCES = frozenset({"lac", "lacid"})
# an area code is 16 bits (LAC) or 24 (NR TAC); an IMEI's 8-digit type allocation code is none
AREA_KEYS = frozenset({"lac", "tac"})
# a cell's "cid" beside its area code or its network's codes, in any object (a form's top level
# too): the cell's ID, not the device ID the key alone suggests (Android's CellIdentityGsm)
CELL_NOT_DEVICE = "key.cid"


PACKAGE_KEYS = frozenset({"package", "packagename", "pkg", "pkgname", "bundleid", "bundle",
                          "pn", "apppackage", "packageid"})
PACKAGE = re.compile(r"[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)+")
MIN_PACKAGES = 3
APPS_WORDS = frozenset({"apps", "applications", "packages"})  # a list's name saying so
# lists of packages that are no apps on the phone: an SDK's adapters and modules, a stack
# trace's frames (QA8; a share sheet's targets are the phone's apps that take a share, QA80,
# when they are different apps, not one app's own deep-link targets, QA32)
NOT_APPS = frozenset({"sdk", "sdks", "adapter", "adapters", "mediation", "network", "networks",
                      "frames", "frame", "stack", "stacktrace", "trace",
                      "integrations", "dependencies", "modules", "plugins", "libs",
                      "libraries", "exception", "threads",
                      # a store's or a search's apps, not the phone's (QA35)
                      "featured", "recommended", "suggested", "similar", "top", "popular",
                      "results", "catalog", "catalogue", "trending", "offering", "offerings"})
_WORDS = re.compile(r"[a-z]+")
_RECORD = re.compile(r"(.*\[\d+\])\.([^.\[\]]+)")


@lru_cache(maxsize=4096)
def _cell_keys(keys: frozenset[str]) -> bool:
    return any(norm_key(k) in SIBLINGS["location.carrier"] for k in keys)


@lru_cache(maxsize=4096)
def _package_keys(keys: frozenset[str]) -> bool:
    return any(norm_key(k) in PACKAGE_KEYS for k in keys)


def record_readings(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with the findings for the siblings of found fields and for per-app records
    (module docstring); a cell's ID read as a device ID is read as the cell's instead."""
    by_record: dict[tuple[Part, str], Finding] = {}
    keys: frozenset[str] | None = None
    for f in found:
        if f.category not in SIBLINGS or f.confidence < 0.6:
            continue
        if f.category == "location.carrier":
            if keys is None:
                keys = decoded.key_set()
            if not _cell_keys(keys):
                continue  # most carrier findings: no cell's ID anywhere in the request
            # a cell's ID only beside the network's codes, not beside a carrier's name (QA12)
            parent, _, last = f.path.rpartition(".")
            if norm_key(last) in (CELL_SOURCES if parent.endswith("]") else AREA_SOURCES):
                by_record.setdefault((f.part, parent), f)
        elif "]." in f.path and (m := _RECORD.fullmatch(f.path)) is not None:
            by_record.setdefault((f.part, m.group(1)), f)
    if not by_record and not _package_keys(
            keys if keys is not None else decoded.key_set()):
        return found  # most exchanges: no record finding, no package list
    have = {(f.part, f.path) for f in found if f.rule != CELL_NOT_DEVICE}
    out: list[Finding] = []
    packages: dict[tuple[Part, str], list[Leaf]] = {}
    for leaf in decoded.leaves:
        if leaf.array or (leaf.part, leaf.path) in have or type(leaf.value) not in (str, int):
            continue
        m = _RECORD.fullmatch(leaf.path)
        parent, _, last = leaf.path.rpartition(".")
        source = by_record.get((leaf.part, m.group(1) if m is not None else parent))
        if source is not None and source.category == "location.carrier":
            m = None  # an object's fields, records or not
            key = norm_key(last)
            number = cell_number(leaf.text)
            if (key in SIBLINGS[source.category] and number is not None
                    and (key not in AREA_KEYS or number < 1 << 24)):
                out.append(leaf_finding(
                    exchange_id, leaf, source.category, 0.8,
                    f"key '{leaf.key}' beside '{source.path.rpartition('.')[2]}' in the same "
                    "object: the ID of the cell the phone is on", "context.record"))
            continue
        if m is None:
            continue
        key = norm_key(m.group(2))
        if source is not None and key in SIBLINGS[source.category] and leaf.text.strip():
            out.append(leaf_finding(
                exchange_id, leaf, source.category, min(source.confidence, SIBLING_CONFIDENCE),
                f"key '{leaf.key}' beside '{source.path.rpartition('.')[2]}' in the same "
                f"record ({source.category})", "context.record"))
        elif key in PACKAGE_KEYS and PACKAGE.fullmatch(leaf.text):
            lst = m.group(1).rpartition("[")[0]
            packages.setdefault((leaf.part, lst), []).append(leaf)
    for (_, lst), rows in packages.items():
        if len({leaf.text for leaf in rows}) >= MIN_PACKAGES and not (
                set(_WORDS.findall(lst.lower())) & NOT_APPS):
            out += [leaf_finding(exchange_id, leaf, "device.apps", SIBLING_CONFIDENCE,
                                 f"one of {len(rows)} records naming different app packages "
                                 "(a per-app list of the phone's apps)", "context.record")
                    for leaf in rows]
    if not out:
        return found
    cells = {(f.part, f.path) for f in out if f.category == "location.carrier"}
    return [f for f in found if f.rule != CELL_NOT_DEVICE or (f.part, f.path) not in cells] + out


# A record naming a server by its host ({"host": "edge-sg1.example", "ip": ..., "lat": ...,
# "rtt_ms": 182}: a latency probe's, a CDN edge list's): its address and coordinates are that
# server's, not the phone's (QA17). Only readings by key or shape: the device profile's own
# address beside a host is still the phone's.
HOST_KEYS = frozenset({"host", "hostname", "fqdn", "server", "servername", "edge", "pop",
                       "datacenter", "endpoint"})
SERVER_PLACED = frozenset({"location.ip", "location.precise", "location.coarse"})


def _hostname(text: str) -> bool:
    t = text.strip().lower()
    return "." in t and " " not in t and any(c.isalpha() for c in t) and len(t) <= 253


# ...and an object that is a place's own record — its id and its name beside the coordinates
# ({"clinic": {"id": ..., "name": "Harbor Clinic", "lat": ...}}: QA18), under no key saying
# it is the user's — is that place's position and address.
PLACE_SIBLINGS = frozenset({"id", "placeid", "venueid", "poiid", "uuid", "slug"})
USERS_OWN = frozenset({"user", "me", "self", "profile", "account", "customer", "rider",
                       "driver", "courier", "member", "patient", "device", "location", "position",
                       "current", "gps", "fix", "pickup", "dropoff", "origin", "home", "work",
                       # a check-in's venue is where the user is (README "Classifiers")
                       "checkin", "venue", "visit", "arrival", "here"})
PLACE_PLACED = frozenset({"location.precise", "location.coarse", "contact.address"})


def servers_not_the_phone(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the server-placed categories read beside a host name (a server's
    address, not the phone's) and without places read in a record of some other place."""
    if not any(f.category in SERVER_PLACED and f.detector != Detector.GROUND_TRUTH
               for f in found):
        return found
    hosts: set[tuple[str, str]] = set()
    if _host_keys(decoded.key_set()):
        hosts = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
                 if norm_key(leaf.key) in HOST_KEYS and type(leaf.value) is str
                 and _hostname(leaf.text)}
    places = _place_records(decoded) if _place_keys(decoded.key_set()) else set()
    if not hosts and not places:
        return found
    return [f for f in found if f.detector == Detector.GROUND_TRUTH
            or not ((f.category in SERVER_PLACED and (f.part, f.path.rpartition(".")[0]) in hosts)
                    or (f.category in PLACE_PLACED
                        and (f.part, f.path.rpartition(".")[0]) in places))]


def _place_records(decoded: Decoded) -> set[tuple[str, str]]:
    named: set[tuple[str, str]] = set()
    ided: set[tuple[str, str]] = set()
    people: set[tuple[str, str]] = set()  # a first or last name beside "nom": a person (QA39)
    for leaf in decoded.leaves:
        where = (leaf.part, leaf.path.rpartition(".")[0])
        key = norm_key(leaf.key)
        if key in NAMES and type(leaf.value) is str:
            named.add(where)
        elif key in PLACE_SIBLINGS:
            ided.add(where)
        elif key in PERSON_NAMES:
            people.add(where)
    return {(part, path) for part, path in (named & ided) - people
            if not USERS_OWN & set(key_words(path.rpartition(".")[2].partition("[")[0]))}


# a place's name (QA38: "nome", "nom"; others.py's place records read the same names)
NAMES = frozenset({"name", "nome", "nom", "nombre"})
PERSON_NAMES = frozenset({"firstname", "lastname", "surname", "givenname", "familyname",
                          "prenom", "sobrenome", "apellido", "apellidos", "cognome", "vorname",
                          "nachname"})


@lru_cache(maxsize=4096)
def _place_keys(keys: frozenset[str]) -> bool:
    """A name, an id and a coordinate among the request's keys: a place record may be there."""
    norms = norm_keys(keys)
    return bool(norms & NAMES) and bool(norms & PLACE_SIBLINGS) and bool(
        norms & {"lat", "latitude", "lng", "lon", "longitude", "address"})


@lru_cache(maxsize=4096)
def _host_keys(keys: frozenset[str]) -> bool:
    return any(norm_key(k) in HOST_KEYS for k in keys)


# A list of package names sent bare (["com.example.remotedesk", ...] under "installed" or
# "risky_apps"): three or more different reverse-DNS names, in a list no SDK, library or stack
# trace is named for, are the phone's apps (QA18), as the per-app records above are.
# The phone's description (device.info) read by key in an object about another thing: a hub's
# LAN address, a warranty's model, a door sensor's battery (QA19), a paired accessory's.
OTHER_THINGS = frozenset({"hub", "bridge", "gateway", "router", "warranty", "accessory",
                          "accessories", "paired", "peripheral", "peripherals", "sensor",
                          "sensors", "lock", "locks", "thermostat", "bulb", "bulbs", "plug",
                          "plugs", "tv", "receiver", "vehicle", "car", "robot", "vacuum",
                          "printer", "devices", "appliance", "appliances", "headunit",
                          "dashcam", "drone", "scooter", "doorbell", "headset", "earbuds",
                          "controller", "pump", "toothbrush"})  # (QA77, blind45)
# a car's make names the car, and its model beside it is the car's (blind35: a car's voice
# assistant registering a Subaru Outback): no phone's make or model
CAR_MAKES = frozenset({"toyota", "honda", "ford", "chevrolet", "nissan", "bmw", "mercedes",
                       "mercedesbenz", "audi", "volkswagen", "vw", "subaru", "mazda", "hyundai",
                       "kia", "tesla", "volvo", "peugeot", "renault", "fiat", "skoda", "seat",
                       "opel", "jeep", "dodge", "gmc", "lexus", "porsche", "mitsubishi",
                       "citroen", "dacia", "landrover", "jaguar", "cupra", "polestar", "rivian",
                       "byd", "chrysler", "buick", "cadillac", "acura", "infiniti", "genesis"})
MAKE_MODEL = frozenset({"make", "model", "brand", "manufacturer", "trim", "year"})


def other_things(found: list[Finding]) -> list[Finding]:
    if not any(f.category == "device.info" for f in found):
        return found
    cars = {f.path.rpartition(".")[0] for f in found if f.category == "device.info"
            and f.path.rpartition(".")[2].lower() in ("make", "brand", "manufacturer")
            and f.value.lower().replace("-", "").replace(" ", "") in CAR_MAKES}
    return [f for f in found if f.category != "device.info" or f.detector == Detector.GROUND_TRUTH
            or not (("." in f.path and OTHER_THINGS & _above(f.path)) or (cars and (
                f.path.rpartition(".")[0] in cars
                and f.path.rpartition(".")[2].lower() in MAKE_MODEL)))]


@lru_cache(maxsize=8192)
def _above(path: str) -> frozenset[str]:
    segs = [seg.partition("[")[0] for seg in path.split(".")[:-1]]  # (and each whole: headUnit)
    return frozenset(w for seg in segs for w in key_words(seg)) | {norm_key(s) for s in segs}
