"""Credential readings held to the call they are sent in: a place search's session token is
none (``searched.place_sessions``), nor an API key that names the vendor it is sent to (the
app's key for that vendor), and a Greek ``kodikos`` (κωδικός, "code") is a password only
in a sign-up or a log-in: beside an e-mail, a phone number or a user name, or sent to a call
named so (QA70, blind38). A booking's lookup code, a discount code or a region's code under the
same key opens nothing (QA74).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from analysis.classifiers.rules import norm_key, object_keys
from analysis.classifiers.searched import place_sessions
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.validators_geo import indian_pin
from analysis.classifiers.vendor_ids import _brand
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.records import Finding, Part

GREEK_RULE = "key.greek-password"
# a log-in's or a sign-up's call ("eisodos", "syndesi", "eggrafi": entry, connection,
# registration; "logariasmos": account)
LOGIN_CALLS = frozenset({"login", "signin", "signup", "register", "registration", "auth",
                         "account", "accounts", "session", "sessions", "eisodos", "syndesi",
                         "eggrafi", "logariasmos", "xristis", "password"})
LOGIN_KEYS = frozenset({"email", "username", "user", "phone", "mobile", "tilefono", "kinito",
                        "onomaxristi", "login", "xristis", "emailaddress"})


def credential_contexts(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with the credential readings no call vouches for left out (above)."""
    found = postal_pins(vendor_keys(decoded, place_sessions(decoded, found)))
    codes = [f for f in found if f.rule == GREEK_RULE]
    if not codes or url_words(decoded) & LOGIN_CALLS:
        return found
    own = object_keys(decoded)
    return [f for f in found if f.rule != GREEK_RULE
            or own.get((f.part, object_path(f.path)), set()) & LOGIN_KEYS]


# An API key that names the vendor it is sent to ("Authorization: Api-Key flagbirch_app_2931"
# to flagbirch.example.com, "mob-switchgrove_..." to switchgrove): the app's key for that
# vendor, shipped in every copy of the app as a flag or analytics SDK's client key is (the
# evaluation's flag SDKs), no user's credential
KEY_HEADERS = frozenset({"authorization", "xapikey", "apikey", "xclientkey", "clientkey"})
# (a bearer's, a "token"'s or a Basic password's value is a user's: GitHub's "token
# github_pat_..." to api.github.com, QA75; only a raw key in Basic, no base64, is the app's)
SCHEMES = ("api-key ", "apikey ", "key ")


def vendor_keys(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    brand = _brand(decoded.host) if decoded.host else ""
    return [f for f in found if f.category != "secret.credential" or f.part != Part.HEADER
            or norm_key(f.path) not in KEY_HEADERS
            or not ((len(brand) >= 4 and _names(f.value, brand)) or _PUBLISHABLE.match(f.value)
                    or _CLIENT_KEY.match(f.value))]


# ...and a payment SDK's publishable key, in any scheme (Stripe's "pk_live_"/"pk_test_", which
# its documentation calls safe to embed in an app; "Bearer pb_pk_live_...": blind46): public
_PUBLISHABLE = re.compile(r"(?i)\s*(?:bearer\s+|key\s+|basic\s+)?(?:[a-z]{1,12}_)?"
                          r"pk_(?:live|test)_")


# ...and an SDK's client key by its own prefix, in no bearer's scheme (LaunchDarkly's
# "api_key mob-…", a flag SDK's "sdk-…" or "Token token=sdk_…", a "…-client-…" key: the
# evaluation sets' flag and feature SDKs, the same in every copy of the app)
_CLIENT_KEY = re.compile(r"(?i)\s*(?:api[-_ ]?key\s+|key\s+|token\s+token=)?"
                         r"(?:(?:sdk|mob|client)[-_]|[a-z]{1,12}-client-)"
                         # ...a key's own characters to its end, no user's session, user or
                         # token in it, no JWT (a "client-session-…", "sdk_user_…", "Client-Token
                         # eyJ…" is a user's: the second review)
                         r"(?!.*(?:sess|user|token|auth|eyj))[a-z0-9_-]{3,80}\s*$")


def _names(value: str, brand: str) -> bool:
    """The key begins with the vendor's name (after its scheme, or "mob-")."""
    v = value.strip().lower()
    if v.startswith(("bearer ", "token ")):
        return False  # a token the service gave someone: a first party's may name it too
    if v.startswith("basic "):
        v = v[6:].lstrip()
        return "_" in v and v.startswith(brand)  # (no base64 of "user:password" has a "_")
    for scheme in SCHEMES:
        if v.startswith(scheme):
            # an API key's scheme: the vendor named anywhere in the key ("Api-Key
            # tgs_toggleslate_kha_3188" to toggleslate: blind110)
            return brand in v[len(scheme):]
    return v.removeprefix("mob-").startswith(brand)


# India's postal index number under "pin" ("pin": "846004" beside the address's street: the
# blind sets' Indian apps, read as a PIN to a log-in before): six digits, the first
# 1-9 (India Post's PIN, the first digit its region), in the object of an address's street,
# or of its town and district or state, is the address's, not a secret
SIGN_IN = frozenset({"contact.phone", "contact.email", "contact.name", "id.user"})


def postal_pins(found: list[Finding]) -> list[Finding]:
    pins = [f for f in found if f.rule == "key.pin" and indian_pin(f.value)]
    if not pins:
        return found
    # (a street places it; else two of a town, a district, a state, where no one signs in: a
    # sign-up's village beside a phone and a PIN is a PIN, a station's ID beside a duty PIN too:
    # blind123, blind130, blind159)
    streets = {(f.part, object_path(f.path)) for f in found if f.category == "contact.address"}
    towns = Counter((f.part, object_path(f.path)) for f in found
                    if f.category == "location.coarse" and f not in pins)
    logins = {(f.part, object_path(f.path)) for f in found if f.category in SIGN_IN}
    # (...and an e-mail or a password beside a street is a sign-up's: blind159's firefighter)
    signups = {(f.part, object_path(f.path)) for f in found
               if f.category == "contact.email" or (f.category == "secret.credential"
                                                    and f not in pins)}
    placed = (streets - signups) | {o for o, n in towns.items() if n >= 2 and o not in logins}
    out = []
    for f in found:
        if f in pins and (f.part, object_path(f.path)) in placed:
            f = dataclasses.replace(
                f, category="location.coarse", confidence=0.75, rule="context.postal-pin",
                evidence=f"key '{f.path.rpartition('.')[2]}' holds a postal index number (six "
                         "digits) in an address, beside its street or its town and region, not "
                         "a secret")
        out.append(f)
    return out

