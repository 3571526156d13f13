"""A postal address's lines by the object they sit in: ``line1`` and ``line2`` say nothing alone (a
poem's, a receipt's, a chart's lines), but beside a city, a postcode, a state or a country they
are the street lines of an address (the shape of Stripe's, Shopify's and most shops' address
objects; blind17's order and profile requests), and that object's state, region or country is
where the user lives (``location.coarse``), not the phone's region setting (``device.info``).
Not in a store's, a venue's or a station's record: the same places ``key.address`` leaves alone
(its ``not_under``).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.others import PLACE_WORDS
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.rules import key_rules, norm_key, norm_keys, object_keys
from analysis.classifiers.validators import validate
from analysis.classifiers.words import english_name
from analysis.decoders import Decoded
from analysis.records import Finding

LINE_KEYS = frozenset({"line1", "line2", "line3", "addr1", "addr2", "street1", "street2",
                       "addressline"})
# a city or a postcode, and one more (a country and a region alone frame a campaign's or a
# notification's lines as well: QA28)
PLACE_SIBLINGS = frozenset({"city", "town", "locality", "zip", "zipcode", "postcode",
                            "postalcode", "tk", "poli"})  # (Greek T.K. and town beside a street)
ADDRESS_SIBLINGS = PLACE_SIBLINGS | {"state", "province", "region", "country", "countrycode"}
# ...and not a pickup point's, a locker's, an event's, a dealer's or a search result's address,
# nor a parcel's sender or a return address (QA28), beside the places key.address leaves alone
NOT_THE_USERS = frozenset({"pickup", "pickuppoint", "locker", "lockers", "event", "events",
                           "dealer", "dealers", "result", "results", "return", "returns",
                           "sender", "origin", "from", "venue", "merchant", "pharmacy", "clinic",
                           "hospital", "branch", "warehouse", "point", "points", "seller",
                           "station", "depot", "hub", "employer", "employers", "landlord",
                           "school", "university", "locations", "saved"}) | (
                               PLACE_WORDS - {"property", "properties", "destination"})
# (an employer's state: blind23; a gym's, a museum's, a charger's or a saved place's: QA74;
# an insured property is the user's home, blind37)
REGION_KEYS = frozenset({"state", "province", "region", "country", "countrycode"})
AREA_KEYS = REGION_KEYS | {"city", "town", "locality", "county", "district"}
CONFIDENCE = 0.75


# ...and a street's own key: the region beside it is the address's too ({"street": ...,
# "city": ..., "country": "GR"} is no phone's region setting; blind38's Greek "odos", "xora")
STREET_KEYS = frozenset({"street", "streetaddress", "streetname", "address1", "addressline1"})


@lru_cache(maxsize=4096)
def _lines(keys: frozenset[str]) -> bool:
    norms = {_unprefixed(english_name(k)) for k in norm_keys(keys)}
    return bool(norms & (LINE_KEYS | STREET_KEYS)) and bool(norms & PLACE_SIBLINGS)


# an address's fields prefixed with whose address it is ("ship_line1", "ship_state",
# "billing_city": blind49's hearing-aid order)
PREFIXES = ("shipping", "ship", "billing", "bill", "home", "mailing", "delivery")


@lru_cache(maxsize=4096)
def _unprefixed(name: str) -> str:
    for prefix in PREFIXES:
        rest = name[len(prefix):]
        if name.startswith(prefix) and rest in LINE_KEYS | PLACE_SIBLINGS | REGION_KEYS:
            return rest
    return name


def _street(text: str) -> bool:
    """A street line: words with a house or a flat number ("12 Harbor Street", "Apt 4")."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text) and validate(
        "words", text)


@lru_cache(maxsize=1)
def _not_under() -> frozenset[str]:
    return next(r.not_under for r in key_rules().rules if r.id == "key.address")


# A country the phone's region setting key reads (key.device-country) is where the user lives
# when the record has the user's state, city or postcode beside it, or is the user's account
# (a sign-up's e-mail and password, a profile's names and birth date): blind24-40's sign-ups,
# consent records' jurisdictions; QA76's sign-up. Not in a device's own record (its OS, model).
PLACE_KEYS = frozenset({"state", "province", "region", "city", "town", "zip", "zipcode",
                        "postcode", "postalcode", "county", "district"})
ACCOUNT_KEYS = frozenset({"email", "password", "firstname", "lastname", "fullname", "birthdate",
                          "dateofbirth", "dob", "phone", "username", "birthday"})
DEVICE_KEYS = frozenset({"os", "osname", "osversion", "platform", "model", "devicemodel",
                         "manufacturer", "brand", "sdkversion", "appversion", "carrier"})


@lru_cache(maxsize=4096)
def _english_keys(keys: frozenset[str]) -> frozenset[str]:
    """A request's key names as the rules name them, translated ("cidade": city), cached."""
    return frozenset(english_name(k) for k in norm_keys(keys))


def place_countries(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The phone-region readings of ``found`` that are the user's country (above), as such."""
    countries = [f for f in found if f.rule == "key.device-country"]
    if not countries or _english_keys(decoded.key_set()).isdisjoint(PLACE_KEYS | ACCOUNT_KEYS):
        return []  # (an SDK's device context: no region, city or account field anywhere)
    own = object_keys(decoded)
    out = []
    for f in countries:
        beside = {english_name(k) for k in own.get((f.part, f.path.rpartition(".")[0]), ())}
        if beside & DEVICE_KEYS or NOT_THE_USERS & ancestor_words(f.path):
            continue
        if beside & PLACE_KEYS or len(beside & ACCOUNT_KEYS) >= 2:
            out.append(dataclasses.replace(
                f, category="location.coarse", rule="context.place-country",
                confidence=CONFIDENCE, evidence=f"key '{f.path.rpartition('.')[2]}' is the "
                "country of the user's record (beside its region, city or postcode, or the "
                "account's own fields)"))
    return out


def address_lines(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    countries = place_countries(decoded, found)
    if not _lines(decoded.key_set()):
        return countries  # most requests: no address line and city side by side
    own = {where: {_unprefixed(english_name(k)) for k in keys}
           for where, keys in object_keys(decoded).items()}
    have = {(f.part, f.path) for f in found if f.category == "contact.address"}
    streets = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
               if _unprefixed(english_name(norm_key(leaf.key))) in LINE_KEYS | STREET_KEYS
               and type(leaf.value) is str and _street(leaf.text)}
    out = []
    for leaf in decoded.leaves:
        where = (leaf.part, leaf.path.rpartition(".")[0])
        beside = own[where] & ADDRESS_SIBLINGS
        key = _unprefixed(english_name(norm_key(leaf.key)))
        if (type(leaf.value) is not str or where not in streets or len(beside) < 2
                or not beside & PLACE_SIBLINGS
                or (_not_under() | NOT_THE_USERS) & ancestor_words(leaf.path)):
            continue
        if key in LINE_KEYS and (leaf.part, leaf.path) not in have and validate(
                "words", leaf.text):
            out.append(leaf_finding(
                exchange_id, leaf, "contact.address", CONFIDENCE,
                f"key '{leaf.key}' is an address line beside {', '.join(sorted(beside))}",
                "context.address-line"))
        elif key in REGION_KEYS and 2 <= len(leaf.text) <= 40 and validate("words", leaf.text):
            out.append(leaf_finding(
                exchange_id, leaf, "location.coarse", CONFIDENCE,
                f"key '{leaf.key}' is the region of a postal address (beside its street lines)",
                "context.address-region"))
    placed = {(f.part, f.path) for f in out}
    return out + [f for f in countries if (f.part, f.path) not in placed]


def with_address_regions(found: list[Finding], regions: list[Finding],
                         addresses: bool = True) -> list[Finding]:
    """``found`` with an address's region read as a place: not also as the phone's region
    setting (``device.info``) or its street (``contact.address``). A country, a state or a
    city alone under an address object (``billing_address.country``, which key.address reads
    by its object) is that place too: no street, no contact address (blind21). ``addresses``:
    whether key.address read any field (the caller knows its rules)."""
    if addresses:
        found = [_region(f) if f.rule == "key.address" and norm_key(
            f.path.rpartition(".")[2].partition("[")[0]) in AREA_KEYS else f for f in found]
    placed = {(f.part, f.path) for f in regions if f.category == "location.coarse"}
    if not placed:
        return found + regions
    return [f for f in found if (f.part, f.path) not in placed
            or f.category not in ("device.info", "contact.address")] + regions


def _region(f: Finding) -> Finding:
    return dataclasses.replace(f, category="location.coarse", rule="context.address-region",
                               evidence=f"{f.evidence}; a region or a city of the address "
                               "alone, no street")
