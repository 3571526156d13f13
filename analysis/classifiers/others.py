"""Records of other people and places in a request, whose details are theirs, not the user's: a
clinician's record (an NPI or a specialty beside the name and phone), a place's record with its
own coordinates (a charging station's phone, e-mail, address and operator), and the entries of
a leaderboard or a ranking (other players' names and IDs).

Findings from the device profile are kept wherever they are: the profile says the value is the
test phone's or the user's. Found by the QA25/QA26 end-to-end testers (a clinician's phone, a
charging station's contact details, other learners' names); the NPI is the US National Provider
Identifier (CMS). A car's VIN and its modem's IMEI stay ``id.hardware``: identifiers of a device
the user owns, as the labelled sets mark them (README "Classifiers").
"""

from __future__ import annotations

import dataclasses
import operator
from functools import lru_cache

from analysis.classifiers.key_scopes import lists_above
from analysis.classifiers.other_users import others_ids
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.places_own import CONTACT, PERSON_WORDS, places_own
from analysis.classifiers.records import NAMES
from analysis.classifiers.ride_parties import (
    COURIER_STEMS,
    COURIERS,
    DETAIL_KEYS,
    DRIVER_STEMS,
    DRIVERS,
    DRIVERS_APPS,
    DRIVERS_OWN,
    DRIVERS_SHOWN,
    PARTIES,
    RIDERS_CALLS,
    RIDERS_SIDE,
    USERS_AS_DRIVERS,
)
from analysis.classifiers.roles import clinicians_by_role, named_people, served_people
from analysis.classifiers.rules import norm_key, norm_keys, object_keys
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.records import Detector, Finding

# A clinician's own record: an NPI (the US National Provider Identifier), or two keys no patient's
# record has (one alone is a referral's specialty, a nurse applicant's, a news taxonomy: QA28)
CLINICIAN_KEYS = frozenset({"npi", "specialty", "speciality", "specialties", "specialities",
                            "credentials", "qualifications", "boardcertified", "medicallicense",
                            "providertype"})
# ...counting a professional register's number as one of them: the UK's GMC, GPhC and NMC, an
# AHPRA or a DEA registration (QA36; alone it is also a nurse's own sign-up, QA37)
REGISTER_KEYS = frozenset({"gmc", "gmcnumber", "gmcno", "gphc", "gphcnumber", "nmcpin",
                           "ahpra", "ahpranumber", "deanumber"})
# A place's own record: an id, a name and its own coordinates, under a key naming a place (a
# user's profile, Segment's traits, a courier or a device have the same keys: QA28)
PLACE_IDS = frozenset({"id", "placeid", "stationid", "venueid", "poiid", "uuid", "slug"})
COORDINATES = frozenset({"lat", "latitude", "lng", "lon", "longitude"})
PLACE_DETAILS = CONTACT | {"location.carrier"}  # a station's "operator" is no mobile network
PLACE_WORDS = frozenset({"station", "stations", "place", "places", "poi", "pois", "site",
                         "sites", "spot", "spots", "charger", "chargers", "store", "stores",
                         "shop", "shops", "restaurant", "restaurants", "hotel", "hotels",
                         "business", "businesses", "facility", "facilities", "garage",
                         "parking", "campground", "campsite", "clinic", "clinics", "pharmacy",
                         "pharmacies", "hospital", "hospitals", "office", "offices", "branch",
                         "branches", "atm", "atms", "stop", "stops", "landmark", "attraction",
                         "attractions", "listing", "listings", "property", "properties",
                         "destination", "dealer", "dealers", "salon", "gym", "museum", "park",
                         "venue", "club", "clubs", "salle", "salles", "loja", "lojas", "tienda",
                         "tiendas", "restaurante", "restaurantes", "school", "schools",
                         "library", "libraries", "university", "campus", "kindergarten",
                         "daycare", "airport", "stadium", "theatre", "theater", "cinema",
                         "college", "preschool", "mosque", "mosques", "church", "churches",
                         "temple", "temples", "synagogue", "gurdwara", "studio", "studios"})
PLACE_NAMES = NAMES | {"title", "displayname"}
# ...and a record saying it is the user's own is never another's (a clinician's own profile)
USERS_OWN = frozenset({"profile", "me", "self", "user", "account", "my", "owner"})
# An entry marked as the user's own in a list of others (a leaderboard's "is_me")
ME_KEYS = frozenset({"isme", "me", "self", "isself", "iscurrentuser", "currentuser", "isyou",
                     "you", "mine", "isuser"})
# Lists of other people: a leaderboard's, a ranking's entries, people tagged in a post (QA29)
OTHERS_LISTS = frozenset({"sharedwith", "shared_with", "coriders", "co_riders", "otherriders",
                          "other_riders", "copassengers", "co_passengers",  # a shared ride (QA90)
                          "top", "leaderboard", "leaders", "ranking", "rankings", "standings",
                          "players", "opponents", "competitors", "others", "podium", "tags",
                          "tagged", "taggedusers", "taggedpeople", "mentions", "mentioned",
                          "seating", "seatingplan", "classmates", "neighbours",  # (QA101)
                          "neighbors"})
PEOPLE = frozenset({"contact.name", "id.user", "contact.phone", "contact.email"})
# ...and their steps in a list of others by its whole name (QA102: colleagues' in a leaderboard;
# not "top_workouts", "personal_rankings", her activity's "tags": the session's review)
FIT_LISTS = frozenset({"leaderboard", "leaders", "standings", "podium", "competitors",
                       "opponents", "classmates"})
LISTED = PEOPLE | {"health.fitness"}
# ...and a dating app's lists of other people's profiles, whose ages and positions are theirs too
# (QA89: "nearby[].age", "grid[].lat" in a profile grid's analytics event): by the list's
# whole name, an entry naming a person (not "nearby_beacons", "map_matches", a gallery's grid of
# photos: the QA89 review)
OTHERS_PROFILES = frozenset({"nearby", "nearbyusers", "nearbyprofiles", "matches", "grid",
                             "swipecards", "suggestedprofiles", "recommendedprofiles",
                             "candidates"})
# ...and "profiles" in an analytics event's properties only (a grid's: QA100; not a streaming
# account's household profiles: blind29), and the profile a like or a match names ("target")
EVENT_PROFILES = frozenset({"profiles"})
OTHER_PROFILE = frozenset({"target", "match", "peer", "candidate", "likeduser", "liked",
                           "matchedwith", "otheruser", "swiped", "viewed"})
OTHER_PROFILE_STEMS = ("target", "match", "peer", "candidate", "liked", "other", "swiped", "viewed")
PERSON_KEYS = frozenset({"userid", "profileid", "memberid", "uid", "name", "displayname",
                         "username", "nickname", "firstname", "handle"})
THEIR_PROFILE = PEOPLE | {"personal.birthdate", "personal.gender", "location.precise",
                          "location.coarse", "personal.sensitive"}
EVENT_PROPERTIES = frozenset({"properties", "props", "params", "parameters", "eventproperties",
                              "attributes", "segmentation"})
NAME_KEYS = frozenset({"name", "firstname", "displayname", "fullname"})
COURIER_DETAILS = PEOPLE | {"location.precise", "location.coarse"}
WATCHED = (CONTACT | LISTED | COURIER_DETAILS | THEIR_PROFILE
           | {"location.carrier", "personal.national_id"})


def _list_words(path: str) -> set[str]:
    """The names of the lists a field sits in, and their words ("leaderboard_snapshot": a
    leaderboard, QA59)."""
    names = lists_above(path)
    return names | {w for name in names for w in key_words(name)}


# A person the user describes in a report (QA116's suspect's sex, age and race) is another
DESCRIBED = frozenset({"suspect", "suspects", "perpetrator", "perpetrators", "assailant",
                       "attacker", "culprit", "intruder"})
DESCRIBED_STEMS = ("suspect", "perpetrat", "assailant", "attacker", "culprit", "intruder")
PATH = operator.attrgetter("path")
TRAITS = frozenset({"personal.gender", "personal.birthdate", "personal.sensitive",
                    "health.fitness", "contact.name"})


def _described(found: list[Finding]) -> list[Finding]:
    """(the object right above the field named for the described person alone: not a "suspect
    case" the user reports of herself, the review)"""
    return [dataclasses.replace(f, confidence=min(f.confidence, 0.55), evidence=(
                f"{f.evidence}; a person the user describes ({above}), not the user"))
            if f.category in TRAITS and (above := _object_name(f.path)) in DESCRIBED else f
            for f in found]


def _object_name(path: str) -> str:
    """The name of the object right above a field, lower-case, without its list index."""
    return path.rpartition(".")[0].rpartition(".")[2].partition("[")[0].lower()


def others_records(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the details of the other people and places above, and without the
    IDs of people in another role than the user's (``other_users.py``)."""
    paths = " ".join(map(PATH, found)).lower()  # (one look: most requests name nobody)
    if any(d in paths for d in DESCRIBED_STEMS):
        found = _described(found)
    if "id.user" in map(operator.attrgetter("category"), found):
        found = others_ids(found, norm_keys(decoded.key_set()))
    found = served_people(named_people(found, decoded), decoded)
    watched = [f for f in found if f.category in WATCHED and f.detector != Detector.GROUND_TRUTH]
    if not watched:
        return found
    keys = norm_keys(decoded.key_set())
    paths = " ".join([f.path for f in watched]).lower()  # one look for the names below
    profiles = _profile_entries(decoded, watched) if "[" in paths or any(
        o in paths for o in OTHER_PROFILE_STEMS) else set()
    listed = bool(profiles) or ("[" in paths and any(
        f.category in LISTED and "[" in f.path and OTHERS_LISTS & _list_words(f.path)
        for f in watched))
    couriers = {(f.part, f.path.rpartition(".")[0]) for f in watched
                if COURIERS & _last_words(f.path.rpartition(".")[0])
                and EVENT_PROPERTIES & ancestor_words(f.path)} if any(
        c in paths for c in COURIER_STEMS) else set()
    # ...and, anywhere, a driver's or a courier's record that describes the one who drives the
    # user (QA90: a ride's "driver" with a plate, a rating, a photo, a relay number), its
    # position inside it too; not the user's own record as a driver (a rental's or an
    # insurer's driver with a birth date, a licence or an e-mail: blind22, blind29)
    drivers = {(f.part, p) for f in watched for p in _self_and_above(f.path.rpartition(".")[0])
               if DRIVERS & _last_words(p) and not PARTIES & _last_words(p)} if any(
        c in paths for c in DRIVER_STEMS) and _riders_side(keys, watched, decoded) and not (
            url_words(decoded) & DRIVERS_APPS) else set()
    own = object_keys(decoded) if couriers or drivers else {}
    if couriers:
        couriers = {w for w in couriers if own.get(w, set()) & NAME_KEYS}
    if drivers:
        drivers = {w for w in drivers if own.get(w, set()) & DRIVERS_OWN
                   and not _names_in(decoded, w) & USERS_AS_DRIVERS}
    # ...and a driver's or a courier's own key in a rider's analytics event (QA90's "driver_name")
    flat = {id(f) for f in watched if drivers_keyed(f.path)} if any(
        c in paths for c in DRIVER_STEMS) and (
        _riders_side(keys, watched, decoded) or keys & DRIVERS_SHOWN) and not (
        url_words(decoded) & DRIVERS_APPS) else set()
    if flat:
        found = [f for f in found if id(f) not in flat]
    if couriers or drivers:
        found = [f for f in found if f.detector == Detector.GROUND_TRUTH
                 or f.category not in COURIER_DETAILS
                 or ((f.part, f.path.rpartition(".")[0]) not in couriers and not any(
                     (f.part, p) in drivers for p in _self_and_above(f.path.rpartition(".")[0])))]
    found = clinicians_by_role(places_own(found, decoded), decoded)
    if not listed and not keys & (CLINICIAN_KEYS | COORDINATES | REGISTER_KEYS):
        return found  # most requests: no record of another person or place can be there
    # objects with coordinates under a key naming a place, before reading every object's keys
    placed: set[tuple[str, str]] = {
        (leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
        if norm_key(leaf.key) in COORDINATES} if keys & COORDINATES else set()
    placed = {w for w in placed if _named_place(w[1])}
    if not listed and not placed and not keys & (CLINICIAN_KEYS | REGISTER_KEYS):
        return found
    own = own or object_keys(decoded)
    clinicians = {where for where, names in own.items()
                  if ("npi" in names or len(names & (CLINICIAN_KEYS | REGISTER_KEYS)) >= 2)
                  and not USERS_OWN & _last_words(where[1])}
    places = {where for where in placed
              if own[where] & PLACE_NAMES and own[where] & PLACE_IDS
              and len(own[where] & COORDINATES) >= 2}
    mine: set[tuple[str, str]] = {
        (leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
        if norm_key(leaf.key) in ME_KEYS and leaf.text.lower() in ("true", "1", "yes")
    } if listed and keys & ME_KEYS else set()
    return [f for f in found if f.detector == Detector.GROUND_TRUTH or f.category not in WATCHED
            or not _theirs(f, clinicians, places, mine, profiles)]


@lru_cache(maxsize=8192)
def _last_words(path: str) -> frozenset[str]:
    return frozenset(key_words(path.rpartition(".")[2].partition("[")[0]))


def _theirs(f: Finding, clinicians: set[tuple[str, str]], places: set[tuple[str, str]],
            mine: set[tuple[str, str]], profiles: set[tuple[str, str]]) -> bool:
    parent = f.path.rpartition(".")[0]
    if f.category in CONTACT and (f.part, parent) in clinicians:
        return True
    if f.category in PLACE_DETAILS and any(
            (f.part, p) in places for p in _self_and_above(parent)) and not (
            PERSON_WORDS & {w for seg in f.path.split(".")[-3:] for w in _last_words(seg)}):
        return True
    return ((f.category in PEOPLE and bool(OTHERS_LISTS & _list_words(f.path)))
            or (f.category == "health.fitness" and bool(FIT_LISTS & lists_above(f.path)))
            or (f.category in THEIR_PROFILE and (f.part, parent) in profiles)) and (
        (f.part, parent) not in mine)


@lru_cache(maxsize=4096)
def drivers_keyed(path: str) -> bool:
    """A key naming a driver's or a courier's detail inside an analytics event's properties."""
    words = key_words(path.rpartition(".")[2].partition("[")[0])
    return (len(words) > 1 and words[0] in DRIVERS and words[-1] in DETAIL_KEYS
            and bool(EVENT_PROPERTIES & ancestor_words(path)))


def _names_in(decoded: Decoded, where: tuple[str, str]) -> set[str]:
    """The names of the keys and objects directly in the object at ``where``."""
    part, path = where
    prefix = path + "." if path else ""
    return {norm_key(leaf.path[len(prefix):].split(".")[0].partition("[")[0])
            for leaf in decoded.leaves if leaf.part == part and leaf.path.startswith(prefix)}


def _riders_side(keys: frozenset[str], watched: list[Finding], decoded: Decoded) -> bool:
    """A trip, a pickup or a rider named in the request's keys, objects or call."""
    return bool(keys & RIDERS_SIDE) or any(
        norm_key(seg.partition("[")[0]) in RIDERS_SIDE for f in watched
        for seg in f.path.split(".")[:-1]) or bool(url_words(decoded) & RIDERS_CALLS)


def _profile_entries(decoded: Decoded, watched: list[Finding]) -> set[tuple[str, str]]:
    """The entries of a list of other people's profiles (above) that name a person."""
    entries: set[tuple[str, str]] = {(f.part, f.path.rpartition(".")[0]) for f in watched
               if f.category in THEIR_PROFILE and (
                   ("[" in f.path
                    and (OTHERS_PROFILES.intersection(lists := set(map(
                        norm_key, lists_above(f.path))))
                         or (EVENT_PROFILES & lists
                             and bool(EVENT_PROPERTIES & ancestor_words(f.path)))))
                   or norm_key(f.path.rpartition(".")[0].rpartition(".")[2]) in OTHER_PROFILE)}
    if not entries:
        return entries
    own = object_keys(decoded)
    return {w for w in entries if own.get(w, set()) & PERSON_KEYS}


RECORD_SUFFIXES = frozenset({"info", "details", "data", "record", "meta", "obj", "object"})


def _named_place(path: str) -> bool:
    """An object whose name ends in a place ("station", "charging_station", "store_info"; not
    "campus_dropoff" or "airport_pickup", a person's stop: QA44)."""
    words = key_words(path.rpartition(".")[2].partition("[")[0])
    return bool(words) and (words[-1] in PLACE_WORDS or (
        len(words) > 1 and words[-2] in PLACE_WORDS and words[-1] in RECORD_SUFFIXES))


def _self_and_above(path: str) -> list[str]:
    """``station.address`` -> ["station.address", "station"]: a detail may sit in an object of
    the place's own (its address)."""
    out = [path]
    while "." in path:
        path = path.rpartition(".")[0]
        out.append(path)
    return out[:3]
