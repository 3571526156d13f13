"""Validators of names, genders, addresses and integer coordinates, named by the rule files
like the others (``validators.VALIDATORS``): a person's name as written ("Jane Doe", not "Main
Account"), a gender or the pronouns a form or a profile gives, an event's name ("screen_view",
not an ID or a time), a postal address as people write one (a house number and a street word,
or a postcode after a comma: UPU S42 address templates), and degrees x 10^7 as Google's
location history (``latitudeE7``) and many protobuf location messages send them.
"""

from __future__ import annotations

import re

from analysis.classifiers.genders import GENDERS  # (the words, by language)

_UUID = re.compile(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}")


_E7 = re.compile(r"-?[0-9]{7,10}")


def _e7(text: str, limit: float) -> bool:
    """An integer of degrees x 10^7 within +-limit degrees, not a small count or a zero."""
    t = text.strip()
    return bool(_E7.fullmatch(t)) and abs(int(t)) <= limit * 1e7


def lat_e7(text: str) -> bool:
    return _e7(text, 90)


def lon_e7(text: str) -> bool:
    return _e7(text, 180)


_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"  # (QA77: "Chloé Martin", "José Núñez", "Ana Kovač")
# (with the particles family names carry between the capitals: "Els de Boer", "Ludwig van
# Beethoven", "Ana dos Santos": QA82)
_PARTICLE = r"(?:(?:de|van|von|der|den|da|di|du|del|della|le|la|dos|das|ten|ter|bin|al) )?"
_PERSON = re.compile(rf"[{_UP}][{_LOW}'\-]+(?: {_PARTICLE}[{_UP}][{_LOW}'\-]*\.?){{1,3}}")

# Words that make two capitalised words the name of a thing, not of a person ("Main Account",
# "Premium Plan", "Home Office"): titles of accounts, plans, places and products.
_NOT_PERSON = frozenset({
    "account", "accounts", "plan", "card", "checking", "savings", "main", "default", "profile",
    "team", "group", "inc", "ltd", "llc", "gmbh", "corp", "company", "app", "home", "office",
    "work", "street", "road", "avenue", "premium", "free", "basic", "pro", "plus", "family",
    "business", "personal", "joint", "wallet", "store", "shop", "service", "services", "bank",
    "club", "studio", "mobile", "device", "phone", "iphone", "android", "test", "demo", "user",
    "guest", "admin", "unknown", "new", "my", "the", "and", "of", "customer", "sales",
    "support", "care", "help", "desk", "helpdesk", "billing", "enquiries", "info",
    # a meeting's rooms (QA58: "Conference Room 4B" among a call's participants)
    "room", "conference", "meeting", "boardroom", "hall", "lobby",
    # a public service's or a desk's number in a list of emergency numbers (the QA90 review)
    "police", "ambulance", "fire", "embassy", "consulate", "hospital", "reception", "hotline",
    "helpline", "emergency", "rescue", "coastguard", "poison", "department"})
# ...and a mosque's name in a finder's results (QA123: "Masjid Negara", "East London Mosque"),
# by its first word or the last of three or more (a person may be called "Ali Surau": the ninth
# review)
_PLACE_WORDS = frozenset({"masjid", "surau", "mosque"})
# ...and an insurer's, a processor's or a government's name as a payer (the fifth review:
# "Cigna Healthcare", "Stripe Payments Europe", "Nairobi City County"), for a payer's name
# only (a person may be called Shield or Council: the sixth review)
_PAYERS = frozenset({"healthcare", "payments", "county", "council", "authority", "insurance",
                     "ministry", "government", "agency", "foundation", "holdings", "plc",
                     "limited", "shield", "health", "bank", "city"})


def payer_name(value: str) -> bool:
    """A person's name as a payer (above), not an organisation's."""
    return person_name(value) and not {w.lower() for w in value.split()} & _PAYERS


# ...and a Japanese name in kanji with a space between family and given name, or a given
# name in hiragana ("森 和子", "森さくら"; QA112's names): a word of Chinese characters alone or
# a katakana loanword ("会员卡", "大阪", "抹茶ラテ") is none
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}(?:[ \u3000][\u4e00-\u9fff\u3040-\u309f]{1,3}|"
                       r"[\u3040-\u309f]{2,4})")


def person_name(value: str) -> bool:
    """Written like a person's name: two to four capitalised words ("Jane Doe", "Jane Q. Doe"),
    which a user handle ("jdoe_runner"), an account ID or a thing's title ("Main Account") is
    not; or a Japanese name in kanji (above)."""
    v = value.strip()
    if v and ord(v[0]) >= 0x3040:
        return bool(_CJK_NAME.fullmatch(v))
    words = [w.lower().rstrip(".") for w in v.split()]
    return bool(_PERSON.fullmatch(v)) and not any(w in _NOT_PERSON for w in words) and not (
        words[0] in _PLACE_WORDS or (len(words) >= 3 and words[-1] in _PLACE_WORDS))


# SDKs mark their own events with a prefix: Mixpanel "$app_open", Countly "[CLY]_view",
# Firebase "_s"/"_e", Segment's "Application Opened".
_NAME_PART = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]*\.?){0,3}")


def name_part(value: str) -> bool:
    """A part of a person's name ("Jane", "van der Berg" is missed, "Jane Q. Doe"), written
    with capitals, not a thing's title."""
    v = value.strip()
    return bool(_NAME_PART.fullmatch(v)) and not any(
        w.lower().rstrip(".") in _NOT_PERSON for w in v.split())


_EVENT_NAME = re.compile(r"[A-Za-z$_\[@][A-Za-z0-9_ .:/\[\]-]{1,79}")


def event_name(value: str) -> bool:
    """An event's name: a short label starting with a letter or an SDK's prefix ("screen_view",
    "Add To Cart", "$app_open", "[CLY]_view"), not a number, a time, a flag or an ID."""
    v = value.strip()
    return bool(_EVENT_NAME.fullmatch(v)) and v.lower() not in NOT_EVENT_NAMES and any(
        c.isalpha() for c in v[1:]) and not identifier_like(v)


# Flags and the kinds of key events (a keystroke series' {"type": "keydown"}), no app events.
NOT_EVENT_NAMES = frozenset({"true", "false", "null", "none", "keydown", "keyup", "keypress",
                             "key_down", "key_up", "kd", "ku", "down", "up"})


def identifier_like(value: str) -> bool:
    """A UUID or a long hex token: an ID, not a name."""
    return bool(_UUID.fullmatch(value)) or (
        len(value) >= 16 and all(c in "0123456789abcdefABCDEF-" for c in value))


# Street-type words of the address templates most apps see (English, German, French, Italian,
# Spanish, Portuguese, Dutch, Polish: "ul. Marszałkowska 84/12", QA55), matched as whole
# words, case-insensitively.
_STREET = re.compile(
    r"(?i)\b(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|"
    r"square|sq|terrace|highway|hwy|parkway|pkwy|apt|suite|unit|floor|"
    r"stra(ss|\u00df)e|str|platz|weg|gasse|allee|rue|avenida|av|calle|via|viale|piazza|corso|"
    r"rua|travessa|largo|straat|laan|plein|ul|ulica|al|aleja|os|osiedle|"
    r"v\u00e4g|gr\u00e4nd|"  # (Swedish: QA128's "Ramels väg 42"; not "gata", a cat)
    # East Africa's plots (QA152's "Plot 27, Kiyindi Zone, Kampala"), Malaysia's and
    # Indonesia's roads, the Philippines' barangays and puroks, India's margs and nagars,
    # Thailand's sois and thanons
    r"plot|jalan|jl|jln|brgy|barangay|purok|marg|nagar|soi|thanon|"
    # Russian's and Ukrainian's streets, avenues, lanes and highways (QA151: "ул. Ленина, 5")
    r"ул|улица|просп|проспект|пер|переулок|шоссе|бульвар|вул|вулиця)\b\.?")
# ...or a postcode after a comma: 4-5 digits (also Portugal's "1200-123"), the UK's, Poland's
# "00-514"
_POSTCODE_AFTER_COMMA = re.compile(
    r",.*\b(\d{4,5}|\d\d-\d{3}|\d{3} \d\d(?= [A-Z\u00c5\u00c4\u00d6][a-z\u00e5\u00e4\u00f6]{2,})|"
    r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b")


# ...or a Nordic street: a name of eight letters or more ending in its street word, then the
# number ("Hringbraut 44", "Nørregade 12", "Storgatan 3", "Mannerheimintie 5": QA124; not
# "Renegade 2", "Sortie 3", "Regata 5": the nineteenth session's review)
_NORDIC_STREET = re.compile(r"(?i)\b(?!renegade\b)(?=\w{8,}\s)\w+(braut|gata|vegur|str\u00e6ti|"
                            r"st\u00edgur|gade|vej|veien|gatan|v\u00e4gen|katu|tie)"
                            r"\s+\d{1,4}[a-z]?\b")


def postal_address(value: str) -> bool:
    """A postal address as written: a house number and a street word ("12 Example Street",
    "Via Roma 12"), or a postcode after a comma ("..., NY 10017"); never an e-mail, a URL or
    a network address."""
    v = value.strip()
    if not 6 <= len(v) <= 200 or "@" in v or "://" in v or not any(c.isdigit() for c in v):
        return False
    if sum(c.isalpha() for c in v) < 4 or ":" in v:
        return False
    return (bool(_STREET.search(v)) or bool(_POSTCODE_AFTER_COMMA.search(v))
            or bool(_CJK_ADDRESS.search(v)) or bool(_KO_ROAD.search(v))
            or bool(_NORDIC_STREET.search(v)))


# A Japanese, Chinese or Korean address as written: a prefecture, a province or a city and a
# ward, a district or a street, then a number ("大阪府大阪市北区梅田1丁目2-3", "上海市浦东新区
# 世纪大道100号", "서울특별시 강남구 테헤란로 123"; QA112's addresses in Japanese script)
_CJK_ADDRESS = re.compile(r"[\u4e00-\u9fff]+[都道府県省市][\u4e00-\u9fff\u3040-\u30ff]*?"
                          r"[市区町村县區][\u4e00-\u9fff\u3040-\u30ff\w-]*\d|"
                          r"[\uac00-\ud7a3]+[시도] ?[\uac00-\ud7a3]+[구군시] ?[\uac00-\ud7a3\d]*"
                          r"[로길동] ?\d")


# ...and a Korean road-name address in Revised Romanisation: a district, then a road and its
# number ("Seoul Mapo-gu Yeonnam-ro 12-3, 402-ho": QA120's teletherapy app)
_KO_ROAD = re.compile(r"(?i)\b[a-z]+-(?:gu|gun|si)\b.{0,40}?\b[a-z0-9]+-(?:ro|gil|daero) "
                      r"?\d{1,4}(?:-\d{1,4})?(?:,|$)")


_RESOLUTION = re.compile(r"\d{2,5}\s*[x×*X]\s*\d{2,5}\b.*")


def not_resolution(value: str) -> bool:
    """Text that is not a display size ("1080x2400", "1080 x 2400 @ 120Hz"): a screen view's
    name, not the screen's resolution."""
    v = value.strip()
    return bool(v) and v.lower() not in ("true", "false") and not _RESOLUTION.fullmatch(v)



_BIRTH = re.compile(r"(19|20)\d\d([-/.]?\d\d[-/.]?\d\d)?|\d\d[-/.]\d\d[-/.](19|20)\d\d")


def birth_value(value: str) -> bool:
    """A birth date or a year of birth: "1990-01-31", "19900131", "31/01/1990", "1990"."""
    return bool(_BIRTH.fullmatch(value.strip()))


def person_like(value: str) -> bool:
    """Words that may be a person's name ("Jane", "jane doe"), not a team's ("Customer
    Service", "Sales")."""
    v = value.strip()
    return (sum(c.isalpha() for c in v) >= 2 and not any(
        w.lower().strip(".,") in _NOT_PERSON for w in v.split()))


_HANDLE = re.compile(r"@?[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*")


def handle(value: str) -> bool:
    """A user handle: one word of letters with digits, '_' or '.' in it ("JaneD_92",
    "jane.d"), no space."""
    v = value.strip()
    return (3 <= len(v) <= 40 and _HANDLE.fullmatch(v) is not None
            and any(c.isdigit() or c in "._-" for c in v.lstrip("@")))


def display_name(value: str) -> bool:
    """A display name written like a person's (words that may be a name), not a handle."""
    return person_like(value) and not handle(value)


def gender_value(value: str) -> bool:
    return value.strip().lower() in GENDERS


def gender_word(value: str) -> bool:
    """A gender written in words or letters, not a code of digits."""
    v = value.strip().lower()
    return v in GENDERS and not v.isdigit()


# The pronouns a profile gives ("she/her", "they/them", "he/they", "any", "it/its"; Portuguese
# "ela/dela", Spanish "ella", French "iel": QA89), read under a pronouns key only (a language
# lesson's "pronoun": "they" is none: the QA89 review)
_PRONOUN = (r"(?:she|her|hers|he|him|his|they|them|their|theirs|ze|zir|hir|xe|xem|xir|ey|em|"
            r"fae|faer|it|its|any|all|ela|dela|ele|dele|elu|delu|ella|él|el|elle|il|iel)")
_PRONOUNS = re.compile(rf"(?i){_PRONOUN}(?:\s?/\s?{_PRONOUN})*|any(?: pronouns)?")


def pronoun_value(value: str) -> bool:
    return bool(_PRONOUNS.fullmatch(value.strip()))
