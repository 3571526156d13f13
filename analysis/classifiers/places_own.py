"""A place's or a business's own details, wherever they sit inside its object: an object (or
a list) named for a salon, a vendor, a restaurant, a store, a clinic, a hotel, a venue, a place
of worship, a list of listings keeps its contact details and its position even inside its own
``contact`` or ``location`` object (QA49: ``salon.contact.phone``, ``listings[0].phone``,
``mosque.location.lat``); a number or an address whose key names a business's desk
(``customer_service_phone``, ``support_email``) is the business's. A check-in's or a visit's
venue is where the user is (QA15); a single ``listing``, a ``business_email`` are the user's own
(QA51). The objects are read as ``others.py`` reads a clinician's (``filed``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.key_scopes import USER_ROLES
from analysis.classifiers.rules import norm_key, norm_keys, object_keys
from analysis.classifiers.structure_base import url_segments, url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.decoders.form import dotted_path
from analysis.records import Detector, Finding

CONTACT = frozenset({"contact.phone", "contact.email", "contact.address", "contact.name"})
CONTAINERS = frozenset({"contact", "contacts", "contactinfo", "contactdetails", "details",
                        "info", "address", "addresses", "phones", "emails", "indirizzo",
                        "adresse", "direccion", "endereco", "kontakt", "contatto", "contacto",
                        "contato"})
# ...whose fields filed under a person are that person's (a school's "student_email", its
# "parent_contact.phone": QA44)
PERSON_WORDS = USER_ROLES | {"students", "parents", "owner", "recipient", "child", "emergency"}
# ...and the objects a place keeps its position in ("mosque.location.lat", QA49)
SPOTS = frozenset({"location", "loc", "geo", "geolocation", "coordinates", "coords", "position",
                   "latlng", "latlon", "point", "geometry", "gps", "ubicacion", "localizacion",
                   "localizacao", "posicion", "coordenadas", "standort"})
# Objects (or lists) that are another party by their name, whatever detail sits inside them,
# also inside its "contact" or "location" object: a list of listings, a salon, a vendor, a place
# of worship (QA49: "salon.contact.phone", "listings[0].phone", "mosque.location.lat"). Narrower
# than PLACE_WORDS: no word here is ever the user's own spot ("destination", "stop", "parking"),
# nor the user's own record (a seller's new "listing", a "business" account, a landlord's own
# app: QA51; a list of "listings" is others')
OWNERS = frozenset({"listings", "salon", "salons", "vendor", "vendors", "merchant",
                    "merchants", "restaurant", "restaurants", "store", "stores", "shop", "shops",
                    "mosque", "mosques", "church", "churches", "temple", "temples", "synagogue",
                    "synagogues", "gurdwara", "clinic", "clinics", "pharmacy", "pharmacies",
                    "outlet", "outlets",  # a remittance's pickup outlet (QA91)
                    "hospital", "hospitals", "hotel", "hotels", "venue", "venues", "dealers",
                    "station", "stations", "museum", "museums", "branch", "branches", "cafe",
                    "cafes", "garage", "garages", "restaurante", "restaurantes", "tiendas",
                    "lojas", "apotheken", "pharmacie", "pub", "pubs", "barber", "barbers",
                    "barbershop", "marina", "marinas", "harbour", "harbor", "ristoranti"})
# (the words key_words translates are read as their English: "apotheke" is a pharmacy)
# ...and a number or an address whose key names the business it reaches
# ("support_email", "customer_service_phone"; the word before the detail's). Not the user's own
# work address ("business_email", "office_email", "company_email": QA51), and a "service" only
# a customer service's
DESKS = frozenset({"support", "helpline", "hotline", "helpdesk", "shop", "merchant", "vendor",
                   "restaurant", "hotel", "salon", "clinic", "pharmacy", "reception",
                   "frontdesk", "branch", "dealer", "site", "garage", "facility", "center",
                   "centre"})  # (not "store": a seller's own store_email, QA52; nor "practice":
# a practitioner's own practice_email, QA54)
# ...and an office only a place's ("school_office_phone"; the user's "office_email" stays)
OFFICES = frozenset({"school", "clinic", "doctor", "doctors", "dental", "medical", "front",
                     "sales", "ticket", "box", "post", "head", "practice"})
SERVICE_DESKS = frozenset({"customer", "client", "guest", "member"})
# (its ZIP or city stays: a pharmacy or a store the user picks tells the user's area, as the
# blind sets label it)
PLACE_OWNED = CONTACT | {"location.precise"}
CONTACT_WORDS = frozenset({"phone", "email", "mail", "address", "name", "fax", "mobile",
                           "telephone", "tel"})
DETAIL_WORDS = CONTACT_WORDS | {"number", "whatsapp"}


@lru_cache(maxsize=8192)
def filed(path: str) -> tuple[str, tuple[str, ...]]:
    """A field's own key and the names of the objects above it, nearest first, a contact
    container inside them skipped (``prescriber.contact.phone``: the prescriber's)."""
    names = [seg.partition("[")[0] for seg in dotted_path(path).split(".")]
    objects = names[-2::-1]
    if objects and norm_key(objects[0]) in CONTAINERS:
        objects = objects[1:]
    return names[-1], tuple(objects)


# An object named for a pickup or a place holding a place's own ID beside its bare contact
# details is that place's record (QA91: a pharmacy's pickup point "odbior" with its
# "apteka_id"); not an order's, a KYC's or a patient's record with a store's, a branch's or a
# clinic's ID (the QA91 review), nor a detail qualified as someone's ("delivery_address")
PLACE_IDS = frozenset(f"{w}id" for w in (
    "store", "outlet", "apteka", "pharmacy", "branch", "clinic", "shop", "merchant",
    "restaurant", "venue", "hotel", "station", "salon", "dealer", "warehouse", "pickuppoint",
    "locker", "depot"))


def places_own(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the contact details and positions of the objects OWNERS names, and the
    numbers and addresses whose key names a business's desk (above). In a check-in the place's
    position is where the user is (QA15: a venue check-in), unless the user's own position is
    sent beside it (blind23: ``"venue": {...}, "me": {"lat": ...}``)."""
    theirs = {id(f) for f in found if f.category in PLACE_OWNED
              and f.detector != Detector.GROUND_TRUTH and _owned(f.path, f.category in CONTACT)}
    if not (PLACE_IDS | STEM_IDS | PLACE_STEM_IDS).isdisjoint(norm_keys(decoded.key_set())):
        theirs |= _place_records(found, decoded)
    if not theirs:
        return found  # (most requests: the check-in is only looked at when it matters)
    if _checking_in(decoded) and not any(f.category == "location.precise" and id(f) not in theirs
                                         for f in found):
        theirs = {id(f) for f in found if id(f) in theirs and f.category in CONTACT}
    return [f for f in found if id(f) not in theirs]


CHECK_IN = frozenset({"checkin", "checkins", "checkedin", "visit", "visits", "arrival",
                      "arrivals", "arrived"})


def _checking_in(decoded: Decoded) -> bool:
    """A check-in by its URL (a "checkin" object is read in ``_owned``; any key named "visits"
    elsewhere in the request says nothing, a review found)."""
    return bool(CHECK_IN & url_words(decoded))


@lru_cache(maxsize=8192)
def _owned(path: str, contact: bool) -> bool:
    key, objects = filed(path)
    words = key_words(key)
    if words[-2:] == ("phone", "number") or words[-2:] == ("phone", "no"):
        words = words[:-1]  # "store_phone_number" (QA51)
    if contact and len(words) > 1 and words[-1] in DETAIL_WORDS and (
            words[-2] in DESKS or (len(words) > 2 and (
                (words[-2] == "service" and words[-3] in SERVICE_DESKS)
                or (words[-2] == "office" and words[-3] in OFFICES)))):
        return True
    objects = objects[1:] if objects and norm_key(objects[0]) in SPOTS else objects
    if not objects or PERSON_WORDS & set(words) or (
            not contact and not CHECK_IN.isdisjoint(map(norm_key, objects))):
        return False
    above = key_words(objects[0])
    return bool(above) and above[-1] in OWNERS


# ...and an object that names a place by its own prefixed ID and name beside coordinates, in
# whatever object it sits ({"station_id", "station_name", "lat", "lon"} in an analytics event's
# properties: QA97's docking station viewed): the coordinates are the place's
STEMS = frozenset(w[:-2] for w in PLACE_IDS) | {"dock", "stop", "charger", "venue"}
COORDINATE_KEYS = frozenset({"lat", "lon", "lng", "latitude", "longitude"})


STEM_IDS = frozenset(f"{s}id" for s in STEMS)
# (the prefixed IDs of a place's flattened record, and the words its name is named with)
PLACE_STEM_IDS = frozenset(f"{s}id" for s in ("centre", "center", "clinic", "office", "branch",
                                               "hospital", "pharmacy", "site", "station",
                                               "venue"))
PLACE_NAME_WORDS = frozenset({"centre", "center", "clinic", "office", "branch", "hospital",
                              "pharmacy", "station", "surgery", "practice", "bank", "library",
                              "museum", "school", "gym"})
# ...read in the call's own last two segments with fewer words (not an analytics "/sessions/",
# a paging "/end", a "/rides/search/results": the fourth review)
THERE_CALLS = frozenset({"alight", "alighted", "board", "boarded", "boarding", "tapin",
                         "tapout", "tap", "pickup", "dropoff", "undock", "undocked", "arrive",
                         "checkin"})
THERE = frozenset({"end", "alight", "alighted", "board", "boarded", "boarding", "tapin",
                   "tapout", "tap", "pickup", "dropoff", "start", "undock", "undocked", "arrive",
                   "trip", "trips", "ride", "rides", "rental", "rentals", "origin",
                   "destination", "from", "to", "sessions"})


def _last_calls(decoded: Decoded) -> set[str]:
    return {w for seg in url_segments(decoded)[-2:] for w in key_words(seg)}


def _place_records(found: list[Finding], decoded: Decoded) -> set[int]:
    """The findings of bare contact details in an object holding a place's ID (above), and the
    coordinates of an object naming a place by its prefixed ID and name."""
    records = object_keys(decoded)
    places = {where for where, keys in records.items()
              if where[1] and keys & PLACE_IDS and _pickup_or_place(where[1], keys)}
    # ...or a place's record flattened into another object, by its prefixed ID and a name that
    # names a place ({"centre_id", "name": "Toronto Biometrics Collection Centre", "address",
    # "phone"} in an appointment: QA108)
    flat = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
            if norm_key(leaf.key) == "name" and type(leaf.value) is str
            and records.get((leaf.part, leaf.path.rpartition(".")[0]), set()) & PLACE_STEM_IDS
            and set(key_words(leaf.text)) & PLACE_NAME_WORDS} if PLACE_STEM_IDS & set(
        norm_keys(decoded.key_set())) else set()
    places |= flat
    # ...and its coordinates, as those of an object naming a place by its prefixed ID and name
    # (QA118: {"pharmacy_id", "name": "Pharmacie …", "lat", "lon"} in an event's properties),
    # the name a place's by its last word or a pharmacy's by its first (not an event's "Gym
    # Session Completed", a "Home Office", a site's or a centre's ID: the fifth review)
    pointed = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
               if norm_key(leaf.key) == "name" and type(leaf.value) is str
               and (leaf.part, leaf.path.rpartition(".")[0]) in flat
               and records[(leaf.part, leaf.path.rpartition(".")[0])] & POINT_STEM_IDS
               and _place_name(key_words(leaf.text))} if flat else set()
    if pointed and any(CHECK_IN & set(key_words(leaf.text)) for leaf in decoded.leaves
                       if type(leaf.value) is str and len(leaf.text) < 40):
        pointed = set()  # (a check-in's event beside it: the user is there)
    named = {where for where, keys in records.items()
             if len(keys & COORDINATE_KEYS) >= 2
             and (where in pointed or any(f"{s}id" in keys and f"{s}name" in keys
                                          for s in STEMS))
             # (a visit's or a check-in's place is where the user was: blind9's footfall; so
             # is a trip's end stop, a boarding, a pickup, a tap-in, an undocking: the third
             # review)
             and not (CHECK_IN | THERE) & set(map(norm_key, re.split(r"[.\[\]]+", where[1])))
             and not (CHECK_IN | THERE_CALLS) & _last_calls(decoded)
             and not {"check_in", "check-in"} & {x.lower() for x in url_segments(decoded)}}
    return {id(f) for f in found if f.category in PLACE_OWNED
            and f.detector != Detector.GROUND_TRUTH
            and (((f.part, f.path.rpartition(".")[0]) in places
                  and set(key_words(f.path.rpartition(".")[2].partition("[")[0])) <= DETAIL_WORDS)
                 or ((f.part, f.path.rpartition(".")[0]) in named and f.category ==
                     "location.precise" and norm_key(f.path.rpartition(".")[2]) in
                     COORDINATE_KEYS))}


POINT_STEM_IDS = PLACE_STEM_IDS - {"siteid", "centerid", "centreid", "officeid"}
PLACE_FIRST = frozenset({"pharmacy", "pharmacie", "farmacia", "apotheke", "apteka", "eczane",
                         "clinique", "clinica", "hospital", "hopital"})
NOT_PLACE_NAMES = frozenset({"home", "my", "session", "completed", "opened", "search",
                             "started", "clock", "viewed", "radio", "backyard", "order",
                             "placed", "arrival", "arrived", "checkin", "visit", "visited",
                             "delivery", "booked", "booking"})


def _place_name(words: tuple[str, ...]) -> bool:
    return bool(words) and not NOT_PLACE_NAMES.intersection(words) and (
        words[-1] in PLACE_NAME_WORDS or words[0] in PLACE_FIRST)


PICKUPS = frozenset({"pickup", "pickuppoint", "pickuplocation", "collection", "collectionpoint",
                     "odbior", "punktodbioru", "abholung", "retrait", "recogida", "retirada"})


def _pickup_or_place(path: str, keys: frozenset[str] | set[str]) -> bool:
    """Named for a place, or for a pickup that has a place's address (a click-and-collect's
    contact is the user's: the QA91 review)."""
    name = path.rpartition(".")[2].partition("[")[0]
    words = key_words(name)
    if bool(words) and words[-1] in OWNERS:
        return True
    return (norm_key(name) in PICKUPS or (bool(words) and words[-1] in PICKUPS)) and any(
        "address" in key_words(k) for k in keys)
