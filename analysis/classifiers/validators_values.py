"""Validators that tell a value of the data from a look-alike under the same key name, named by
the rule files like the others (``validators.VALIDATORS``): a body measurement (a number, not
"slow"), a kind of workout (not "browse"), card digits (ISO/IEC 7812; not a map's "pan"), an
age in years (not a cache entry's 3600 s), and slugs ("camp-551", "banner-hero-001") that name
a campaign or a creative rather than a device.
"""

from __future__ import annotations

import re

from analysis.decoders.photo_meta import BASE64_FTYP

_MEASURE = re.compile(r"[-+]?\d+(?:[.,]\d+)?(?:\s*[a-zA-Z%/°]{0,6})?(?::\d{2}(?:/\w+)?)?")


def measure(value: str) -> bool:
    """A number, maybe with a unit or as min:sec pace ("72.5", "72.5 kg", "180cm", "5:30/km")."""
    return bool(_MEASURE.fullmatch(value.strip()))


FITNESS_KINDS = frozenset({
    "run", "running", "walk", "walking", "hike", "hiking", "cycle", "cycling", "bike", "biking",
    "ride", "swim", "swimming", "yoga", "pilates", "strength", "weights", "hiit", "rowing",
    "elliptical", "cardio", "workout", "training", "treadmill", "stairs", "dance", "boxing",
    "crossfit", "stretching", "meditation", "sleep", "rem", "deep", "light", "awake", "core",
    "tennis", "football", "soccer", "basketball", "ski", "skiing", "climbing", "golf",
    "trail_run", "trailrun", "indoor_cycling", "open_water", "pool_swim", "zone", "zones"})


def fitness_kind(value: str) -> bool:
    """A kind of workout or sleep stage, or an encoded one (a number, HealthKit/Google Fit
    activity codes), not an app activity such as "browse"."""
    v = value.strip().lower()
    if v.isdigit() or v.startswith(("hkworkoutactivitytype", "com.google.activity", "[")):
        return True
    return any(w in FITNESS_KINDS for w in re.split(r"[\s_\-./]+", v))


_AGE_BAND = re.compile(r"\d{1,3}\s*(?:-|–|to)\s*\d{1,3}|\d{1,3}\s*\+|(?:under|over)[\s_-]*\d{1,3}"
                       r"|[1-9]0대"  # (a decade in Korean; not "30s": a clip's age, QA75)
                       # COPPA-style bands kids' SDKs send ("under_13", "u13", "child": QA86)
                       r"|[uo]\d{1,2}|child|children|kid|kids|preteen|tween|teen|teens|teenager"
                       r"|minor|adult|adults|senior")


def age_value(value: str) -> bool:
    """An age in years (1-120) or an age band ("25-34", "65+")."""
    v = value.strip().lower()
    if v.isascii() and v.isdigit():
        return len(v) <= 3 and 1 <= int(v) <= 120  # (a 10,000-digit "age" is none: QA74)
    return bool(_AGE_BAND.fullmatch(v))


def slug(value: str) -> bool:
    """A readable name in lower case ("camp-551", "banner-hero-001", "srv-eu-3"): parts joined by
    dashes or underscores, one a word of letters, none a long random run."""
    v = value.strip()
    if not v or v != v.lower() or not any(c in "-_" for c in v):
        return False
    parts = re.split(r"[-_]", v)
    return (all(len(p) <= 7 or p.isalpha() for p in parts)
            and any(p.isalpha() and len(p) >= 3 for p in parts))


_AMOUNT = re.compile(r"(?i)(?:[a-z]{3}\s?|[$€£¥₹])?-?\d{1,12}(?:[.,]\d{1,4})?"
                     r"(?:\s?[a-z]{3}|[$€£¥₹])?")


def amount(value: str) -> bool:
    """A price or revenue: a number, maybe with a currency code or sign."""
    return bool(_AMOUNT.fullmatch(value.strip()))


def prose(value: str) -> bool:
    """Text a person wrote: letters, and two words or more, or one long one ("config" or "on"
    alone is a setting, "damaged_item" a code)."""
    v = value.strip()
    if "\x00" in v:
        return False  # bytes kept raw (a JPEG part named "note": blind45), no one's words
    letters = sum(c.isalpha() for c in v)
    if " " not in v and _CODE.fullmatch(v):
        return False  # a code: "damaged_item", "missing-item", "itemNotReceived" (QA55, QA56)
    return letters >= 2 and (len(v.split()) >= 2 or len(v) >= 12)


# one token of parts joined by "_" or "-", or written in camelCase: an identifier's shape
_CODE = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+")


# Words of a race one runs, drives or bets on: no racial or ethnic origin.
RACE_EVENTS = ("marathon", "race", "run", "cup", "grand", "prix", "stage", "lap", "derby",
               "trophy", "championship", "10k", "5k", "half", "triathlon", "sprint", "relay")


def ethnicity_value(value: str) -> bool:
    """A racial or ethnic origin as forms write it: a few words without digits or events."""
    v = value.strip().lower()
    return (0 < len(v) <= 60 and not any(c.isdigit() for c in v) and len(v.split()) <= 6
            and not any(w in RACE_EVENTS for w in v.replace("-", " ").split()))


# A product's condition and a setting's state, not a health condition or a symptom.
NOT_HEALTH = frozenset({"new", "used", "refurbished", "like new", "mint", "good", "fair",
                        "poor", "excellent", "damaged", "open box", "default", "none", "all",
                        "any", "true", "false", "on", "off", "enabled", "disabled", "nashi",
                        # a beehive's diseases (QA77's inspection, read by its values)
                        "varroa", "varroosis", "foulbrood", "american foulbrood",
                        "european foulbrood", "nosema", "chalkbrood", "sacbrood"})


def health_text(value: str) -> bool:
    v = value.strip().lower()
    return bool(v) and v not in NOT_HEALTH and any(c.isalpha() for c in v)


def payment_token(value: str) -> bool:
    """A payment method's token or number, not a publishable key shipped in every copy of the
    app (Stripe ``pk_live_``/``pk_test_``, Mapbox-style ``pk.``)."""
    v = value.strip()
    if v.startswith(("pk_live_", "pk_test_", "pk.")) or v.lower() in ("true", "false"):
        return False
    return len(v) >= 3 or v.isdigit()


def header_token(value: str) -> bool:
    """A token a header carries: 20 characters or more, letters and digits (a session or a
    bearer token), not a flag or a type ("bearer")."""
    v = value.strip()
    return (len(v) >= 20 and any(c.isdigit() for c in v) and any(c.isalpha() for c in v)
            and " " not in v)


_HEX_ID = re.compile(r"[0-9a-fA-F-]{32,36}")


def session_header(value: str) -> bool:
    """A session credential a header carries (``header_token``, 30+ characters), not an
    analytics session's UUID, hex ID, ULID or dotted cookie value (GA's ``GS1.1.17...``)."""
    v = value.strip()
    return (header_token(v) and len(v) >= 30 and not _HEX_ID.fullmatch(v)
            and ("." not in v or (v.startswith("eyJ") and v.count(".") == 2)
                 # a short version prefix before the token ("s1.7408ea9e...": blind21), not a
                 # timestamp's ("1712345678.9f3c...": QA51)
                 or (v.count(".") == 1 and len(v.partition(".")[0]) <= 3
                     and not v.partition(".")[0].isdigit() and len(v.partition(".")[2]) >= 24)))


_PLACE_STOP = frozenset({"ok", "yes", "no", "na", "n/a", "none", "null", "true", "false",
                         "empty", "filled", "valid", "invalid", "active", "unknown"})


def region_value(value: str) -> bool:
    """A city's or a region's name or code ("Kuala Lumpur", "sao_paulo", "MY-14", "NY", a DMA's
    "501", a subdivision's "00", a county's FIPS code), not a time ("04:12": Azerbaijani
    "seher" is also dawn), a level's identifier ("level_3"), a cloud region ("us-east-1"), a
    version, a dash or a single digit (the session's reviews)."""
    v = value.strip()
    low = v.lower()
    return (bool(v) and low not in _PLACE_STOP and not _NOT_REGION.fullmatch(low)
            and (any(c.isalpha() for c in v) or (v.isdigit() and 2 <= len(v) <= 5)))


_NOT_REGION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|[a-z]+_\d+|v?\d+(?:\.\d+)+|[-–—]|"
                         r"[a-z]{2}-(?:[a-z]+-)*(?:north|south|east|west|central|northeast|"
                         r"northwest|southeast|southwest)-\d+")


def place_name(value: str) -> bool:
    """A place's name ("New York", "NY", "Île-de-France"): letters, not a form field's state
    ("filled", "empty") or a number."""
    v = value.strip()
    return (2 <= len(v) <= 60 and v.lower() not in _PLACE_STOP
            and all(c.isalpha() or c in " .'-," for c in v))


_UI_STATES = frozenset({"compact", "expanded", "minimal", "collapsed", "hidden", "leading",
                        "trailing", "default", "none", "active", "inactive"})


def island_name(value: str) -> bool:
    """An island's name ("Efate", a flag's "oahu"), not a phone's Dynamic Island state
    ("compact") nor a web component's name in camel case ("ProductCard")."""
    v = value.strip()
    return (place_name(v) and v.lower() not in _UI_STATES
            and not re.search(r"[a-z][A-Z]", v))


_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def document_number(value: str) -> bool:
    """A card's number of six digits or more, not a date (not a count, a fee, a reminder's)."""
    v = value.strip()
    return sum(c.isdigit() for c in v) >= 6 and not _DATE_LIKE.fullmatch(v)


_CARD_FIELD = re.compile(r"\d{3,4}|(0?[1-9]|1[0-2])\s*[/-]\s*(\d{2}|\d{4})")


def card_field(value: str) -> bool:
    """A card's expiry ("04/29", "2029") or security code ("123"), not a state or a count."""
    return _CARD_FIELD.fullmatch(value.strip()) is not None


_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{32,128}")
_UD_STOP = _PLACE_STOP | {"on", "off"}


def ud_place(value: str) -> bool:
    """A conversion API's city/state/postcode/country: a hash of it, letters (a city, a
    two-letter state) or a postcode; not a count or a status ("ok", 3)."""
    v = value.strip()
    if _HEX_DIGEST.fullmatch(v):
        return True
    if v.isdigit():
        return 3 <= len(v) <= 10
    return len(v) >= 2 and v.lower() not in _UD_STOP and all(c.isalpha() or c in " -." for c in v)


def web_url(value: str) -> bool:
    """An absolute web address (a page visited), not an app's own route ("/home")."""
    v = value.strip().lower()
    return v.startswith(("http://", "https://")) and "." in v[8:]


def country_value(value: str) -> bool:
    """A country as a code ("US", "USA") or a name ("Italy"), not a state word."""
    v = value.strip()
    if len(v) in (2, 3) and v.isalpha():
        return v.lower() not in _PLACE_STOP
    return place_name(v) and v[:1].isupper()


_BANK_DIGITS = re.compile(r"[\dXx*•]{4,18}")  # (18: Mexico's CLABE)
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")


def bank_number(value: str) -> bool:
    """A bank routing or account number (6 digits or more, or masked with 4 shown: "****6789")
    or an IBAN; not the name of a linked login ("google"), an account's kind ("CHECKING") or a
    ledger's code ("4000"). A BIC is read by its own key (key.payment)."""
    v = value.strip().replace(" ", "").replace("-", "")
    digits = sum(c.isdigit() for c in v)
    masked = digits < len(v)
    return bool((_BANK_DIGITS.fullmatch(v) and (digits >= 6 or (masked and digits >= 4)))
                or _IBAN.fullmatch(v))


def typing_count(value: str) -> bool:
    """A count or a time of typing (3 backspaces, 5210 ms): a number, not a setting's word."""
    try:
        return float(value) >= 0
    except ValueError:
        return False


def ancestry_value(value: str) -> bool:
    """An ancestry estimate's region or share ("Iberian", 0.42), not a URL, a cloud region
    ("us-east-1") or a tag."""
    v = value.strip()
    return bool(v) and "://" not in v and not re.fullmatch(r"[a-z]{2}-[a-z]+-\d", v) and (
        "<" not in v)


_LOCALE = re.compile(
    r"[a-zA-Z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*(?:@\w+)?"  # BCP 47 / POSIX: en, en_US, zh-Hant-TW
    r"|(?:[A-Z][A-Za-z_]+/)+[A-Za-z0-9_+\-]+"  # IANA zones: America/New_York
    r"|(?:UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d\d)?)?"  # UTC, GMT+2
    r"|[+-]?\d{1,2}(?::?\d\d)?|[+-]?\d{1,5}"  # offsets: -05:00, +0530, -18000 (seconds)
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?"  # a language's or a calendar's name: English, Gregorian
)


def locale_text(value: str) -> bool:
    """A locale, a language, a time zone or an offset ("en_US", "America/New_York", "-05:00",
    "English"); not a version ("3.2.1"), a title or a token (QA11)."""
    return bool(_LOCALE.fullmatch(value.strip()))


_FULL_DATE = re.compile(r"(19|20)\d\d[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.](19|20)\d\d")


def birth_date(value: str) -> bool:
    """A full date ("1931-04-02", "02/04/1931"), as a person's birth is written; a year alone
    ("2019") is as likely a product's or a company's founding."""
    return bool(_FULL_DATE.match(value.strip()))


# base64 file signatures (BASE64_FTYP: MP4/MOV/HEIC/AVIF's "ftyp" box of 20-64 bytes, QA31)
_MEDIA_MAGIC = ("/9j/", "_9j_", "iVBORw0KGgo", "R0lGOD", "UklGR", "SUQz", "T2dnUw", "GkXfo",
                "IyFBTVI", "ZkxhQw",  # "#!AMR", "fLaC" (QA77: a kids' watch voice message)
                *BASE64_FTYP)


def media(value: str) -> bool:
    """Image/audio/video: a data: URI, or base64 opening with a file signature (_MEDIA_MAGIC)."""
    t = value.strip()
    return t.startswith(("data:image/", "data:audio/", "data:video/")) or (
        len(t) > 200 and t.startswith(_MEDIA_MAGIC))
