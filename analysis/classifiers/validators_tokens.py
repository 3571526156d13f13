"""Validators of the ninth session's readings: a payment API's card or payment-method token
(Stripe-style ``tok_``/``pm_``/``src_``/``card_`` prefixes, Square's ``cnon:`` nonce) and an
Italian address's street (QA50-QA54; each narrowed by a hunt for overreach: a campaign's
``src_newsletter0325`` is no token, an address's ``"via": "autocomplete"`` no street).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from analysis.decoders.base import DecodeError
from analysis.decoders.jwt import Jwt

_CARD_TOKEN = re.compile(r"(?:tok|src|card|pm|btok|ba)_(?:[a-z]{2,4}_)?([A-Za-z0-9]{8,})"
                         r"|cnon:([A-Za-z0-9_-]{16,})")  # (Square's card nonce: QA51)


def card_token(value: str) -> bool:
    """A payment API's token for a card or a payment method ("tok_...", "pm_...", maybe with a
    mode or country segment, "tok_mx_..."): a random string with digits, not a source's name
    ("src_push_weekly_digest", "card_recommendations_home": QA51)."""
    m = _CARD_TOKEN.fullmatch(value.strip())
    if m is None:
        return False
    if m.group(2) is not None:
        return True
    # random: letters and digits mixed throughout, 14 characters or more after "tok_"/"pm_",
    # 24 after a source's or a card's prefix as payment APIs make them (a whiteboard's
    # "card_5f2e8c7a91b3", a campaign's "src_campaign2024spring05" are none: QA52, QA54)
    body = m.group(1)
    turns = sum(a.isdigit() != b.isdigit() for a, b in itertools.pairwise(body))
    least = 14 if value.lstrip().startswith(("tok_", "pm_", "btok_")) else 24
    return len(body) >= least and turns >= 3


_ITALIAN_STREET = re.compile(r"(?i)(?:via|viale|piazza|piazzale|corso|strada|vicolo|largo|"
                             r"lungomare|contrada|borgo)\s+\w")


# ...or a street with a house number of its own ("350 Fifth Avenue", "Via Roma, 12"), not a
# version ("Google Places v3": a review)
_HOUSE_NUMBERED = re.compile(r"^\d{1,5}[A-Za-z]?\s+[A-Za-z]{3,}|[A-Za-z]{3,},?\s+\d{1,5}[A-Za-z]?$")


def italian_street(value: str) -> bool:
    """A street as an address's "via" holds it ("Via Palermo", "350 Fifth Avenue"), not how
    the address was entered ("autocomplete": QA54)."""
    v = value.strip()
    return bool(_ITALIAN_STREET.match(v) or _HOUSE_NUMBERED.search(v))


def pin_digits(value: str) -> bool:
    """A PIN: 4 to 8 digits."""
    v = value.strip()
    return v.isdigit() and 4 <= len(v) <= 8


# The US states, DC and Puerto Rico by their USPS codes (ISO 3166-2:US), less the codes that
# are English words or common abbreviations under a "state" key ("OK", "IN", "OR", "ME", "HI",
# "ID", "DE", "GA", "CO", "AS", "PA": a status, a Google Analytics flag, an ID...)
US_STATES = frozenset({"AK", "AL", "AR", "AZ", "CA", "CT", "DC", "FL", "IA", "IL", "KS", "KY",
                       "LA", "MA", "MD", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH",
                       "NJ", "NM", "NV", "NY", "OH", "PR", "RI", "SC", "SD", "TN", "TX", "UT",
                       "VA", "VT", "WA", "WI", "WV", "WY"})
WORD_CODES = frozenset({"OK", "IN", "OR", "ME", "HI", "ID", "DE", "GA", "CO", "AS", "PA"})
ISO_STATES = US_STATES | WORD_CODES
US_STATE_NAMES = frozenset({"alabama", "alaska", "arizona", "arkansas", "california", "colorado",
                            "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho",
                            "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
                            "maine", "maryland", "massachusetts", "michigan", "minnesota",
                            "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
                            "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
                            "vermont", "virginia", "washington", "wisconsin", "wyoming",
                            "new york", "new jersey", "new mexico", "new hampshire",
                            "north carolina", "south carolina", "north dakota", "south dakota",
                            "rhode island", "west virginia", "district of columbia"})


def us_state(value: str) -> bool:
    """A US state by its code or name ("NY", "US-NY", "New York"); not a status word."""
    v = value.strip()
    if v[:3].upper() == "US-":  # ISO 3166-2: no code is a word there (review 10)
        return v[3:].upper() in ISO_STATES
    return v in US_STATES or (v.lower() in US_STATE_NAMES and v[:1].isupper())


_REGION_CODE = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?")


def region_code(value: str) -> bool:
    """An ISO 3166-1 alpha-2 country code or an ISO 3166-2 subdivision code ("US", "US-NY")."""
    return bool(_REGION_CODE.fullmatch(value.strip()))


def mood_value(value: str) -> bool:
    """A mood as a person logs it: a word, or a rating (a whole number, or 1 or more); not a
    flag, nor a song's 0-1 mood score (QA8)."""
    t = value.strip().lower()
    if t in ("", "true", "false", "null", "none"):
        return False
    try:
        number = float(t)
    except ValueError:
        return True
    return number.is_integer() or number >= 1


_CARD_WORDS = re.compile(r"(?i)\b(?:visa|mastercard|master card|amex|american express|"
                         r"discover|maestro|jcb|unionpay|diners|card|ending|in|with)\b")
_MASKS = "*xX•#·∙∗"


_ID_GROUPS = re.compile(r"\d{5}-\d{7}-\d")


def card_digits(value: str) -> bool:
    """Card digits: 12-19 of them, or a masked number keeping some ("4242 **** 4242",
    "424242XXXXXX4242", "Visa •••• 4242", "Visa ending in 4242": QA74); not a student
    card's "SLV25E104417", nor a map's "pan"."""
    v = _CARD_WORDS.sub("", value).strip(" .-:")
    digits = sum(c.isdigit() for c in v)
    masked = sum(c in _MASKS for c in v)
    if not v or not all(c.isdigit() or c in _MASKS or c in " -." for c in v):
        return False
    if _ID_GROUPS.fullmatch(v):
        return False  # (a CNIC's 5-7-1 groups, an identity card's number: QA125)
    return digits >= 4 and (digits + masked >= 12 or (masked >= 2 and digits <= 4))


def card_number(value: str) -> bool:
    """What a card's number field shows: its digits (above), or a part of them: its last four
    ("4242", "Visa ending in 4242") or its first six or eight, the issuer's BIN an airline's
    instalment lookup sends (the corpus's Azul captures: "CreditCardNumber=547829")."""
    v = _CARD_WORDS.sub("", value).strip(" .-:")
    return card_digits(value) or (v.isascii() and v.isdigit() and (
        len(v) in (4, 6, 8) or 12 <= len(v) <= 19))  # (not an employee card's "00421": QA75)


_NUMBER = re.compile(r"-?\d{1,9}(?:\.\d+)?")
YES_NO = frozenset({"true", "false", "yes", "no", "y", "n", "0", "1", "unsure", "unknown",
                    "oui", "non", "vrai", "faux"})  # (French: QA118's "enceinte": "oui")


def gestation_week(value: str) -> bool:
    """A pregnancy's week: 1 to 42, maybe with its unit or days ("21w", "21+3")."""
    m = _WEEK.fullmatch(value.strip().lower())
    return m is not None and 1 <= int(m.group(1)) <= 42


_WEEK = re.compile(r"(\d{1,2})(?:\.0)?(?:\s*(?:w|wk|wks|weeks?)|\+\d)?")  # 21, "21w", "21+3"


TOKEN_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "card_token": card_token, "italian_street": italian_street, "pin_digits": pin_digits,
    "us_state": us_state, "region_code": region_code, "mood_value": mood_value,
    "card_digits": card_digits, "card_number": card_number,
    # a count is no list of contacts; a pregnancy has 1-42 weeks
    "not_count": lambda t: bool(t.strip()) and not _NUMBER.fullmatch(t.strip()),
    "gestation_week": gestation_week,
    "yes_no": lambda t: t.strip().lower() in YES_NO}


# Keys made to be shipped inside every copy of an app, identifying the app and not a user:
# Stripe publishable keys, Mapbox public tokens
PUBLISHABLE = ("pk_live_", "pk_test_", "pk.", "pub_")
# ...and a flag SDK's client key as the vendor writes it: LaunchDarkly's "mob-<UUID>", Statsig's
# "client-<base62>" (not a password or a token that starts so: QA64)
SDK_KEY = re.compile(r"mob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
                     r"client-(?=[0-9A-Za-z]*[A-Z])(?=[0-9A-Za-z]*[a-z])[0-9A-Za-z]{20,64}")


# Claims of a token that authenticates someone or opens a session (RFC 7519 §4.1 registered
# claims, OpenID Connect's): a signed token carrying only an ad ID and a flag ({"adid": ...,
# "lmt": 0}, QA18) opens nothing, and its claims are read as fields of their own.
AUTH_CLAIMS = frozenset({"sub", "exp", "iat", "nbf", "jti", "sid", "scope", "scp", "aud", "iss",
                         "uid", "userid", "user_id", "email", "azp", "auth_time", "session",
                         "session_id", "roles", "role", "acr", "amr", "client_id", "cid"})


def authenticates(token: str) -> bool:
    """A JWT (or a bearer header holding one) whose claims authenticate someone (above)."""
    try:
        claims = Jwt().decode(token.strip().removeprefix("Bearer ").removeprefix("bearer "))[
            "claims"]
    except (DecodeError, ValueError, TypeError, KeyError):
        return True  # not readable: taken as it looks
    return not isinstance(claims, dict) or bool(AUTH_CLAIMS & {str(k).lower() for k in claims})
