"""Fields written into a log line as ``key=value`` pairs: a crash reporter's breadcrumb
(``WifiSetup: joined ssid='Ziggo-4F2A' bssid=e8:48:b8:3c:7d:21 rssi=-52``, ``DeviceSettings
address='Van Woustraat 112-2, 1073 LT Amsterdam'``: QA90's doorbell app, to a crash SDK
abroad) or a log record's message. Each pair is read as the key rules read a field of that name
(``rules/keys.toml``: a Wi-Fi network by ``ssid``/``bssid``, an address by ``address``, an
e-mail by ``email``), and the finding is the log line's, its evidence naming the pair.

Only the categories a log line can leak about the person or the phone are kept: not the device's
own state or the app's usage (a breadcrumb's ``rssi=-52``, ``screen=Home``), which the line
already is. Pairs are written ``key=value``, ``key='quoted value'`` or ``key="quoted value"``
(logfmt, and how Android and iOS loggers interpolate).
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers import keys
from analysis.classifiers.base import leaf_finding
from analysis.classifiers.health_named import condition_alone
from analysis.classifiers.log_fix_words import (
    ANDROID_FIX,
    FIX_WORDS,
    LATLON_PAIR,
    NOT_FIXES,
    PAIR_POSITIONS,
    PHONE_WORDS,
    SELF_NAMED,
    TIMING_WORDS,
    TIMINGS,
    business_line,
    place_card,
    place_pin,
    spaced_number,
)
from analysis.classifiers.log_pair_words import (
    ALIAS_WORDS,
    ALIASES,
    ALLERGY_KEYS,
    ARRIVALS,
    BOOKED,
    BRANCH_VIEWS,
    CARE_PLACE_PAIR,
    CARE_PLACES,
    CARE_WORDS,
    CARERS,
    CONDITION_PAIRS,
    CONTACTS,
    DIAGNOSED,
    FENCE_DEFINED,
    FENCES,
    HEALTH_PAIRS,
    KEPT,
    NAMED_PAIR,
    NOT_BRANCH_LINES,
    NOT_DIAGNOSES,
    NOT_HEALTH_LINES,
    NOT_SO,
    OTHER_PARTY,
    OTHER_PARTY_KEYS,
    OTHER_SIDE,
    OWN_AT_PLACE,
    OWN_PLACE,
    OWN_SALE,
    OWN_VISITS,
    PARTY_PAIR,
    PHARMACY_OPENERS,
    PROVIDERS,
    SCORED,
    SELLER_PAIR,
    SERVERS_NAMED,
    SHARED_FIXES,
    SOMEONE_ELSES,
    SPEAKER_LINES,
    WALLET_RULES,
    logged_credential,
)
from analysis.classifiers.log_quoted import RULES, SERVED, quoted_finding, served_name, shaped_pair
from analysis.classifiers.roles import CLINICIAN_ROLES, HIRING_ROLES, MANAGERS, NAMED_OTHERS
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words
from analysis.decoders import Leaf
from analysis.records import Finding

# the keys a log line is sent under (as logged_text.py reads them)
LINE_KEYS = frozenset({"message", "msg", "log", "line", "logline", "text", "description",
                       "event", "breadcrumb", "value", "reason"})
# ...and a breadcrumb's or a log record's minified keys ("m": QA92's crash SDK)
SHORT_LINE_KEYS = frozenset({"m", "l", "t", "name"})
PAIRED_LINE_KEYS = LINE_KEYS | SHORT_LINE_KEYS  # (the only names leaf_pairs reads)
# ...and a schema-less protobuf's numbered field holding a line ("submit aadhaar_numbar=5842…
# failed": QA200's crash report, a breadcrumb at field 5[2].2), which no name says is a log's
_PAIR = re.compile(r"""(?<![\w./-])([A-Za-z_][\w.-]{1,40})=(?:'([^'\n]{1,300})'|"""
                   r""""([^"\n]{1,300})"|([^\s,;'"&)\]}]{1,200}))""")
# ...and a place's or a thing's categories only when the line is about no other party
PLACE_KINDS = frozenset({"location.precise", "location.coarse", "location.wifi", "location.ip",
                         "id.hardware", "contact.address"})
MAX_PAIRS = 12
# ...and a courier's line naming the customer it goes to (QA94: "Nav start to='…' customer='…'";
# not a shopper's own "customer_email=" or "CheckoutVM customer address=": the review)
_SERVED = re.compile(r"(?i)\bcustomer=['\"]")
COURIER_WORDS = frozenset({"nav", "route", "deliver", "delivery", "pickup", "dropoff", "courier",
                           "rider", "driver"})
# ...a bare "ip" is any host's; "lat=1" a flag (OpenRTB's limit-ad-tracking); nor a pair named
# for another person's role (roles.py: "hr_email", "manager_phone", "recipient_phone")
THEIRS = CLINICIAN_ROLES | HIRING_ROLES | MANAGERS | NAMED_OTHERS
HOST_IPS = frozenset({"ip", "ipaddr", "ipaddress", "addr", "serverip", "hostip", "remoteip",
                      "peerip", "relayip", "dnsip"})
DEVICE_IPS = frozenset({"clientip", "publicip", "myip", "externalip", "deviceip", "userip",
                        "wanip", "sourceip", "srcip", "remoteaddr"})
COORDINATES = frozenset({"lat", "lng", "lon", "latitude", "longitude"})
# a log record's own keys and places, for a quoted address (not a product's description)
LOG_RECORDS = frozenset({"breadcrumbs", "breadcrumb", "logs", "log", "exception",
                         "exceptions", "error", "errors", "crumbs", "events"})
# the words of a line: camelCase and snake_case split ("ChatInput.send": chat, input, send)
LINE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# ...and a postal address quoted whole in a log or an error line ("No result for 'Van Woustraat
# 112-2, 1073 LT Amsterdam'": QA90's geocoder error, to a crash SDK abroad)
_QUOTE = re.compile(r"(?<![A-Za-z])'([^'\n]{8,120})'" + r'|(?<![A-Za-z])"([^"\n]{8,120})"')
# ...and no pair whose name says nothing alone ("ssn field validated (last4=6431)": the line
# says whose last four, the pair does not; documents_in_text.py reads such lines)
VAGUE = frozenset({"last4", "last", "lastfour", "number", "no", "num", "id", "value", "val",
                   "code", "type", "key"})


class Seen:
    """The (part, path, category) already found in a request, made at the first need: a log
    line's finding is added only where nothing read that category there."""

    def __init__(self, found: list[Finding]) -> None:
        self.found = found
        self.have: set[tuple[str, str, str]] | None = None

    def new(self, leaf: Leaf, category: str) -> bool:
        """Whether ``category`` is new at ``leaf``'s field; it is marked found."""
        if self.have is None:
            self.have = {(x.part, x.path, x.category) for x in self.found}
        where = (leaf.part, leaf.path, category)
        if where in self.have:
            return False
        self.have.add(where)
        return True


def leaf_pairs(exchange_id: int, leaf: Leaf, key: str, seen: Seen) -> list[Finding]:
    """Findings for the ``key=value`` pairs of one log line (above), its document's number
    beside its type and an address quoted in it; ``key`` is the leaf's key, normalised."""
    if (len(leaf.text) > 4096
            or not (key in LINE_KEYS or key.isdigit() or (key in SHORT_LINE_KEYS and (
                "breadcrumbs" in leaf.path or "logs" in leaf.path)))
            or leaf.text.lstrip().startswith(("http://", "https://", "{", "["))):
        return []  # (a URL's query is decoded as such; a JSON string is decoded)
    if "=" not in leaf.text and "'" not in leaf.text and '"' not in leaf.text:
        return []
    out: list[Finding] = []
    around = {w.lower() for w in LINE_WORDS.findall(f"{leaf.path} {leaf.text[:1024]}")}
    opening = [w.lower() for w in LINE_WORDS.findall(leaf.text[:40])[:2]]
    # (a geofence's arrival or exit is where the user is: QA106, "Geofence arrival lat=…")
    fenced = FENCES if opening[:1] == ["geofence"] and set(opening[1:]) & ARRIVALS and not (
        around & (SHARED_FIXES | FENCE_DEFINED)) else set()
    if "place=" in leaf.text and OWN_PLACE.search(leaf.text) and not around & SOMEONE_ELSES:
        fenced = fenced | {"place"}  # (the user's saved place: OWN_PLACE)
    others = (card := place_card(leaf.text)) or bool(around & OTHER_PARTY - fenced) or (
        opening[:1] != [] and opening[0] in PHARMACY_OPENERS and not around & OWN_AT_PLACE
    ) or bool(around & COURIER_WORDS and _SERVED.search(leaf.text)) or place_pin(leaf.text)
    # ...a line about the rider or courier it names ("Rider pos rider=rd_77120 lat=…": QA99)
    if opening and opening[0] in SERVERS_NAMED and f"{opening[0]}=" in leaf.text[:200].lower():
        others = True
    provided = card or (bool(around & PROVIDERS) and (
        bool(NAMED_PAIR.search(leaf.text))
        or (len(opening) == 2 and opening[0] in CARERS and opening[1] not in BOOKED)))
    if (opening[:1] == ["branch"] and opening[1:] and opening[1] in BRANCH_VIEWS
            and not around & (BOOKED | OWN_VISITS | NOT_BRANCH_LINES)):
        others = provided = True  # (a branch's card: QA119)
    if ("='" in leaf.text or '="' in leaf.text) and (PARTY_PAIR.search(leaf.text) or (
            SELLER_PAIR.search(leaf.text) and not around & OWN_SALE) or (
            (care := CARE_PLACE_PAIR.search(leaf.text))
            and set(key_words(care.group(1))) & CARE_PLACES
            and not around & (BOOKED | OWN_VISITS))):
        others = provided = True
    for m in list(_PAIR.finditer(leaf.text))[:MAX_PAIRS] if "=" in leaf.text else ():
        name = m.group(1).rpartition(".")[2]
        value = next(g for g in m.groups()[1:] if g is not None)
        named = norm_key(name)
        alias = ALIASES.get(named) if around & ALIAS_WORDS.get(named, frozenset()) else None
        if ((named in VAGUE and alias is None) or (named in HOST_IPS and named not in DEVICE_IPS)
                or OTHER_PARTY_KEYS.intersection(key_words(name))  # "pet_birthday"
                or THEIRS.intersection(key_words(name))  # "hr_email" (QA92)
                or (named in COORDINATES and "." not in value)):
            continue
        if (PHONE_WORDS.intersection(key_words(name)) and not others and not provided
                and not business_line(around)
                and (more := spaced_number(value, leaf.text, m.end()))):
            value += more  # "+91 98450 31274": a number written in groups
        pair = dataclasses.replace(leaf, key=alias or name, parent=leaf.key,
                                   value=value, text=value, layers=(*leaf.layers, "log-pair"))
        f = keys.CLASSIFIER.leaf(exchange_id, pair)
        if (f is None or f.category not in KEPT) and (m.group(2) or m.group(3)) and not (
                others or provided):
            f = quoted_finding(exchange_id, pair, name, around, tuple(  # (log_quoted.py)
                w.lower() for w in LINE_WORDS.findall(leaf.text[:48])[:3])) or f
        elif f is None and not provided:  # (an e-mail, a national number: log_quoted.py)
            f = shaped_pair(exchange_id, pair, named)
        if f is None and named in SERVED and (m.group(2) or m.group(3)):
            f = served_name(exchange_id, pair, name, around)  # (a rider's name: QA119)
        if (named in DIAGNOSED and not around & NOT_DIAGNOSES
                and (named not in CONDITION_PAIRS or around & CARE_WORDS)
                and (terms := next(filter(None, map(condition_alone, value.split(",")[:8])),
                                   ()))):
            f = leaf_finding(exchange_id, pair, "health.medical", 0.7, f"names a condition "
                             f"({len(terms)} term{'s' * (len(terms) > 1)})", "text.logged-health")
        credential = (f is not None and f.category == "secret.credential"
                      and (f.rule == "key.entry-code"  # (a house's gate or alarm code: QA112)
                           or logged_credential(set(key_words(alias or name)), value, around)))
        if (f is None or (f.category not in KEPT and not credential and f.rule not in RULES)
                or f.confidence < 0.6
                or (others and f.category in PLACE_KINDS)
                or (provided and f.category in CONTACTS)
                or (f.category == "health.medical" and f.rule != "text.logged-health"
                    and (not HEALTH_PAIRS & set(key_words(alias or name))
                         or set(key_words(name)) & SCORED
                         # ("allergy" only as itself, not "allergy_alerts", a forecast's)
                         or ("allergy" in key_words(name) and named not in ALLERGY_KEYS)
                         or around & NOT_HEALTH_LINES
                         or value.strip().lower() in NOT_SO))
                or (f.rule == "key.pregnant-flag-fr" and around & SPEAKER_LINES)
                or (f.rule in WALLET_RULES and OTHER_SIDE.search(leaf.text))
                or not seen.new(leaf, f.category)):
            continue
        out.append(dataclasses.replace(
            f, path=leaf.path, value=leaf.text[:200],
            # (the pair's name, not its value: evidence is shown unmasked, QA92)
            evidence=f"a log line writes {name}=…: {f.evidence}"))
    # (a pair of coordinates and a timing series both hold commas: most lines have none)
    series = "," in leaf.text
    placed = series and next((m.group(1) for m in LATLON_PAIR.finditer(leaf.text[:2048])
                   if norm_key(m.group(1)) in PAIR_POSITIONS
                   and abs(float(m.group(2))) <= 90 and abs(float(m.group(3))) <= 180
                   # (a GPS fix, not a scale's or an anchor's "0.5000,0.5000": value.py)
                   and max(abs(float(m.group(2))), abs(float(m.group(3)))) > 1
                   and not (m.group(2).endswith("0") and m.group(3).endswith("0"))), None)
    if (placed and not others and (norm_key(placed) in SELF_NAMED or around & FIX_WORDS)
            and not around & NOT_FIXES and seen.new(leaf, "location.precise")):
        out.append(leaf_finding(exchange_id, leaf, "location.precise", 0.8,
                                f"a log line writes {placed}=…: a \"lat,lon\" pair with four "
                                "decimals or more", "text.logged-position"))
    if (series and not others and "Location[" in leaf.text and not around & SHARED_FIXES
            and (fix := ANDROID_FIX.search(leaf.text[:2048]))
            and seen.new(leaf, "location.precise")):
        out.append(leaf_finding(exchange_id, leaf, "location.precise", 0.8,
                                f"a log line writes Android's Location[{fix.group(1)} …]: a "
                                "position fix with three decimals or more",
                                "text.logged-position"))
    timed = series and next((m.group(1) for m in TIMINGS.finditer(leaf.text[:2048])
                  if set(key_words(m.group(1))) & TIMING_WORDS), None)
    if timed and seen.new(leaf, "behavior.keystroke"):
        out.append(leaf_finding(exchange_id, leaf, "behavior.keystroke", 0.8,
                                f"a log line writes {timed}=…: a series of key timings",
                                "text.logged-keystrokes"))
    if "type=" in leaf.text and (document := _typed_document(exchange_id, leaf)) and (
            seen.new(leaf, document.category)):
        out.append(document)
    if not others and not provided and ("'" in leaf.text or '"' in leaf.text) and (
            key in ("message", "msg", "log", "line", "logline", "breadcrumb", "name")
            or around & LOG_RECORDS) and (address := _quoted_address(exchange_id, leaf)) and (
            seen.new(leaf, address.category)):
        out.append(address)
    return out


# A document's number in a line that names its type (QA91's KYC retry: "doc_type=passport
# doc_no=P4829173B"; a bare doc_no is a delivery note's as often: the QA91 review)
_DOC_TYPE = re.compile(r"(?i)\b(?:doc|document|id)_?type=['\"]?(passport|national_?id|id_?card|"
                       r"driving_?licen[cs]e|drivers?_?licen[cs]e|residence_?permit|"
                       r"emirates_?id)\b")
_DOC_NO = re.compile(r"(?i)\b(?:doc|document)_?(?:no|num|number)=['\"]?([A-Z0-9-]{6,20})\b")


def _typed_document(exchange_id: int, leaf: Leaf) -> Finding | None:
    if "=" not in leaf.text or not _DOC_TYPE.search(leaf.text):
        return None
    number = _DOC_NO.search(leaf.text)
    if number is None or not validate("national_id_value", number.group(1)):
        return None
    return leaf_finding(exchange_id, leaf, "personal.national_id", 0.8,
                        "a log line writes a document's number beside its type (doc_type=…)",
                        "text.logged-document")


def _quoted_address(exchange_id: int, leaf: Leaf) -> Finding | None:
    """contact.address for a postal address quoted whole in the line (above)."""
    for m in _QUOTE.finditer(leaf.text[:1024]):
        quoted = m.group(1) or m.group(2)
        if any(c.isdigit() for c in quoted) and validate("postal_address", quoted):
            return leaf_finding(exchange_id, leaf, "contact.address", 0.7,
                                "a log line quotes a postal address (house number, street "
                                "and town)", "text.logged-address")
    return None
