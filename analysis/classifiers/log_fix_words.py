"""The words and shapes a log line's own keystroke timings and positions are read by
(``log_pairs.py``): a typing test's key timings written as lists (QA95), a position written as
one "lat,lon" pair (QA96), a line about a fix (not a game's), Android's own string of a
location fix (``android.location.Location.toString()``: QA102), a phone number written in
groups (QA101, QA123, QA124). Each names the session or the review it comes from.
"""

from __future__ import annotations

import re

# A typing test's or a keyboard's key timings written as a list ("dwell_ms=92,78,110,…
# flight_ms=51,63,…": QA95's language app, to a crash SDK abroad): the user's keystroke rhythm
TIMING_WORDS = frozenset({"dwell", "flight", "keystroke", "keystrokes", "interkey", "keydown",
                          "keyup", "hold", "press", "release"})
TIMINGS = re.compile(r"(?<![\w.])([A-Za-z_]{2,30})=\[?(\d{1,5}(?:\.\d+)?(?:,\s?\d{1,5}"
                      r"(?:\.\d+)?){4,})")


# ...and a position written as one "lat,lon" pair ("last=52.241871,21.030512": QA96's dashcam)
PAIR_POSITIONS = frozenset({"last", "pos", "position", "loc", "location", "latlng", "latlon",
                            "coords", "coordinates", "gps", "fix", "ll"})
# ...named so, or in a line about a position fix (not a game's sprite, a chart's point, an OCR
# box: the review)
SELF_NAMED = frozenset({"gps", "fix", "latlng", "latlon"})
FIX_WORDS = frozenset({"gps", "location", "fix", "provider", "accuracy", "fused", "geo",
                       "satellites", "nav", "navigation", "route", "trip", "tracking", "gnss",
                       "sos", "emergency", "ride", "pickup", "checkin", "geofence"})
# ...not a game's, a sprite's or a race's line ("Level start player pos=…": the fourth review)
NOT_FIXES = frozenset({"player", "level", "sprite", "race", "game", "camera", "map", "zoom",
                       "car", "enemy", "npc"})
# ...and Android's own string of a fix (android.location.Location.toString():
# "Location[fused 41.882702,-87.619392 hAcc=9 et=…]", QA102): the phone's position, by its OS
# (not null island's 0,0, an unset fix; nor a courier's, a driver's or a friend's shared fix)
ANDROID_FIX = re.compile(r"Location\[(fused|gps|network|passive) -?(?!0\.0+,)\d{1,2}\.\d{3,},"
                          r"-?\d{1,3}\.\d{3,}\b")
LATLON_PAIR = re.compile(r"(?<![\w.])([A-Za-z_]{2,12})=\[?(-?\d{1,2}\.\d{4,8}),"
                         r"\s?(-?\d{1,3}\.\d{4,8})")


# A phone number written in groups after its first ("phone=+91 98450 31274": QA101): after a
# calling code or a trunk prefix (a local number's first groups joined by dashes too:
# Malaysia's "019-555 0199", QA123), any groups; after a bare first group, where a country has
# no trunk prefix (Iceland's "855 0198", a Chilean mobile's "9 5555 0183": QA124; Norway's
# "905 55 177": QA126), a first group of one to three digits, at most three groups more and
# seven to eleven digits in all, not in groups of three alone, or four and four: not an
# amount's thousands ("1 500 000"), a screen's size ("1080 2400 420"), a date ("2024 05 17"),
# a series ("12 11 26 14 03": the nineteenth session's reviews)
PHONE_WORDS = frozenset({"phone", "tel", "mobile", "msisdn", "cell", "whatsapp", "mobil"})
# (a group of up to eight digits: a Dutch mobile's "+31 6 28819043", QA147)
SPACED_GROUPS = re.compile(r"(?:[ -]\d{1,8}){1,4}(?![\w.:/-])")
CALLING_PREFIX = re.compile(r"\+\d{1,4}|0\d{1,4}(?:-\d{2,4})?")
BARE_FIRST = re.compile(r"[1-9]\d{0,2}|(?!19|20)[1-9]\d{3}")
_LAST_FOUR = re.compile(r"\d{4}$")


def spaced_number(first: str, text: str, at: int) -> str:
    """The groups after ``first`` at ``at`` in ``text`` that continue a phone number, or ""."""
    prefixed = bool(CALLING_PREFIX.fullmatch(first))
    if not prefixed and not BARE_FIRST.fullmatch(first):
        return ""
    more = SPACED_GROUPS.match(text, at)
    if more is None:
        return ""
    rest = more.group(0)
    digits = sum(c.isdigit() for c in first + rest)
    groups = rest.replace("-", " ").split()
    if not prefixed and len(first) == 4:  # (four and four: Singapore's, Qatar's, Estonia's)
        return rest if [len(g) for g in groups] == [4] else ""
    return rest if prefixed or (7 <= digits <= 11 and len(groups) <= 3 and (
        _LAST_FOUR.search(rest) or any(len(g) != 3 for g in groups))) else ""


# a phone number written in groups after its first ("phone=+91 98450 31274": QA101), read on
# (spaced_number), not a business's number; an emergency contact is a person, though, not the
# emergency services (QA133: "Emergency contact tel=+380 50 555 4417 saved")
BUSINESS_LINES = frozenset({"restaurant", "store", "support", "taxi", "cinema", "emergency",
                            "info", "details", "company", "hotline", "helpline", "agency",
                            # (the ninth review: an agent's, a mosque's, a caller's line)
                            "agent", "masjid", "mosque", "surau", "caller"})
PERSON_LINES = frozenset({"contact", "contacts", "kin", "person"})


def business_line(around: frozenset[str] | set[str]) -> bool:
    """A line about a business's or a service's number (above)."""
    hits = around & BUSINESS_LINES
    return bool(hits) and not (hits == {"emergency"} and around & PERSON_LINES)


# A named place's map pin ("Pin Poliklinika Nada lat=… lon=…", "Pickup pin Meghana Foods …",
# Vietnamese "Ghim Bến xe Miền Tây …": QA132 to QA138): that place's point shown on a map, not
# where the user is; a pin the user drops, moves or saves is hers ("Pin dropped lat=…")
_PIN = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:pin|ghim|marker|poi|pinglo|ponch)\s+"
                  r"((?:[^\W\d_][\w'.-]*\s*){1,3})", re.IGNORECASE)
OWN_PINS = frozenset({"dropped", "drop", "moved", "move", "set", "saved", "save", "home", "my",
                      "me", "current", "here", "mine", "location", "position", "user", "at",
                      "updated", "placed", "added", "confirmed"})
# (the user's own in Japanese and Chinese: home, current location)
OWN_SCRIPT_PINS = frozenset({"自宅", "現在地", "家", "我的位置", "当前位置", "我家", "집", "우리집",
                             "بيتي", "منزلي", "घर", "मेरा", "บ้าน"})


# ...and a place's card: a line opening on an office's, a centre's, a unit's or a reception's
# word ("Call center tel=0751 555 7010", "Renal unit office tel=09 555 0100", Japanese
# "Uketsuke tel=06-6555-0300", Indonesia's "Puskesmas", the Netherlands' "GGD": QA147, QA148),
# or one that says a card is shown with a phone in it ("GGD getoond tel=… lat=…", "Puskesmas
# ditampilkan tel=…"): that place's number and point, not the user's; not a line about the
# user's own profile or account
CARD_OPENERS = frozenset({"office", "center", "centre", "uketsuke", "madoguchi", "puskesmas",
                          "ggd", "poli", "poliklinik", "klinik", "kliniek", "ambulatorium",
                          # (QA149, QA150: "Centru de salu", "Klinika pokazana", "Afgreidsla",
                          # a hotline's "Hariacha liniia")
                          "centru", "centro", "klinika", "clinica", "afgreidsla", "stofa",
                          "hotline", "hariacha", "liniia",
                          # (QA151, QA152: Esperanto's counselling office, Luganda's clinic)
                          "konsilejo", "kiriniki",
                          # (QA153, QA154: Occitan's office, the Creoles' pharmacy and clinic,
                          # Kikongo's and Lingala's hospital)
                          "bureu", "burèu", "bureau", "famasi", "farmasi", "lopitali",
                          "lopitalo", "hopital", "hôpital", "dispensaire"})
SHOWN = frozenset({"shown", "displayed", "getoond", "ditampilkan", "angezeigt", "affiche",
                   "mostrado", "mostrada", "mostrato", "visualizzato", "hyouji", "hienthi",
                   "amosau", "pokazana", "pokazano", "synd", "syndur", "pokazan", "montrita",
                   "eragiddwa"})
OWN_CARDS = frozenset({"profile", "my", "me", "account", "own", "user", "contact", "kin",
                       # (the session's review: her own profile, details, fix, code in other
                       # words and languages)
                       "perfil", "profil", "profiel", "mijn", "gegevens", "moja", "moje", "mi",
                       "mon", "meine", "mein", "gps", "fix", "otp", "verification", "verified",
                       "lokalizacja", "tenant", "notifiche", "notificaciones", "notificacoes",
                       "mensajes", "mode", "mine",
                       # (her booking's, delivery's, call-back's or check-in's line with a time
                       # window or a pin: the session's review)
                       "booking", "booked", "slot", "delivery", "guest", "callback", "checkin",
                       "reserva", "reservation", "rueckruf", "gebucht", "abo", "login"})
_OPENING = re.compile(r"[^\W\d_]+")
_PHONE_PAIR = re.compile(r"(?i)\b(?:tel|phone|telp|telefoon|telefon|denwa)=")


# ...or, in whatever words, a number written as a place's is (no "+" and calling code, as a
# person's saved in the phone is, or a call-back booked at hers: "tel=+380 67 555 1234
# 10:00-10:30") with opening hours or days after it ("tel=021 555 610 08:00-22:00", "Mo-Fr
# 9-17", "lun-vie", "24h") or a pin ("Burev tel=02 98 55 10 40 lat=47.8722", "Markaz tel=330
# 5550 lat=4.2121": QA119-QA122, in every language)
_HOURS = re.compile(r"(?i)\b\d{1,2}[:.h]\d{2}\s?[-–]\s?\d{1,2}[:.h]\d{2}\b|"
                    r"\b\d{1,2}[hu]?\s?[-–]\s?\d{1,2}[hu]\b|\b24\s?h\b|\b24/7\b|"
                    r"(?<![\w=-])(?!wi-fi)[a-z]{1,3}\.?-[a-z]{1,3}\.?(?![\w=-])")
_LOCAL_NUMBER = re.compile(r"\(?\d")  # (right after the pair's "=": no "+" and calling code)
_PIN_PAIR = re.compile(r"\blat=-?\d{1,3}\.\d{1,4}(?!\d)")


def place_card(text: str) -> bool:
    """The line shows a place's card: its number, its point (above)."""
    head = [w.lower() for w in _OPENING.findall(text[:64])[:5]]
    if not head or "acc=" in text or {w.lower() for w in _OPENING.findall(text[:300])} & (
            OWN_CARDS):
        return False  # (a line with an accuracy is a fix of the phone's)
    phone = _PHONE_PAIR.search(text)
    if set(head[:3]) & CARD_OPENERS or (phone is not None and set(head) & SHOWN):
        return True
    return phone is not None and _LOCAL_NUMBER.match(text, phone.end()) is not None and (
        _HOURS.search(text, phone.end()) is not None
        or _PIN_PAIR.search(text, phone.end()) is not None)


def place_pin(text: str) -> bool:
    """The line shows a named place's pin (above; a place's card is ``place_card``'s)."""
    m = _PIN.match(text)
    if m is None:
        return shaped_pin(text)
    words = m.group(1).split()
    # a place's name in two capitalised words or more ("Poliklinika Nada", "Bến xe Miền Tây"),
    # or in a script without capitals ("Pin クリニック": QA148), not a pin the user labels in
    # one word ("Pin Work", "Marker Start", "Ghim Nhà": the review)
    named = [w for w in words if not w.endswith("=")]
    return (words[0].lower() not in OWN_PINS
            and (sum(w[0].isupper() for w in named) >= 2
                 or any(not w[0].isupper() and not w[0].islower() and w[0].isalpha()
                        and w not in OWN_SCRIPT_PINS for w in named)))


def shaped_pin(text: str) -> bool:
    """In whatever words, a pin as a map shows a place's: a name with a capital after its first
    word ("Poent Ti ar Besketourien", "Qhov chaw Tsev Laus Payne Ave", "Kart: Trondheim
    legevakt vist"), then a point of four decimals or fewer and no accuracy, which a fix of
    the phone's has ("Fix lat=52.373214 lon=4.899187 acc=8"); not a line naming the user's own
    place or position (``OWN_PINS``, ``OWN_CARDS``): QA119, QA120."""
    pin = _PIN_PAIR.search(text)
    if pin is None or "acc=" in text or "=" in text[:pin.start()]:
        return False
    words = text[:pin.start()].split()
    lowered = {w.lower().strip(":,.") for w in words}
    return (1 < len(words) <= 8 and not lowered & (OWN_PINS | OWN_CARDS | PIN_EVENTS)
            and any(w[:1].isupper() for w in words[1:]))


# ...an event's name in title case is no place's ("Trip Start", "Photo Taken", "SOS
# Activated", "Nearby Search": the review), nor her home in Swahili
PIN_EVENTS = frozenset({"start", "started", "finish", "finished", "taken", "request",
                        "requested", "search", "activated", "sos", "trip", "ride", "run",
                        "photo", "forecast", "geofence", "share", "shared", "sent", "pickup",
                        "dropoff", "arrived", "arrival", "nyumbani", "walk", "workout"})
