"""Which rules of ``rules/keys.toml`` a field's own key words or the lists above it void: the
scopes of the key classifier (``keys.py``), kept apart from its code. Each set says where it
was found (the QA rounds and the evaluation sets)."""

from __future__ import annotations

# Rules whose key's own words void them as a parent's would ("store_lat", "restaurant_h3")
OWN_WORDS_UNDER = frozenset({"key.h3", "key.plus-code", "key.install-id-suffix", "words.phone",
                             "words.fitness", "words.gender-age-gender", "words.latitude",
                             "words.longitude", "words.name", "words.national-id", "words.locale",
                             "words.device-model", "words.payment", "words.condition",
                             "words.user-text", "words.carrier", "words.role-name",
                             "words.role-dob", "words.medical", "words.cycle",
                             "words.coarse-location", "words.visitor-id-short"})
# ...and whose key's own words may name another person ("invitee_phone_sha256", QA29)
OTHER_PERSON = frozenset({"invitee", "invitees", "friend", "friends", "referee", "recipient",
                          "recipients", "inviter", "referrer", "callee"})
OTHER_PERSON_RULES = frozenset({"key.phone", "key.email", "words.phone"})
# ...and a key naming the user's own role beats the place above it ("school.student_phone")
USER_ROLES = frozenset({"student", "pupil", "parent", "guardian", "user", "customer", "member",
                        "patron", "passenger", "my", "me"})
# Rules whose key's other words must all say the place is the user's ("pickup_lat"): a
# catalogue's places are named by their own words ("stop_lat", "depot_lat"; QA10).
USER_PLACE = frozenset({"user", "my", "me", "current", "curr", "cur", "device", "gps", "last",
                        "known", "lastknown", "home", "work", "pickup", "dropoff", "drop", "off",
                        "dest", "destination", "origin", "start", "end", "from", "to", "fix",
                        "loc", "location", "pos", "position", "geo", "client", "phone", "approx",
                        "reported", "actual", "precise", "coarse", "raw", "fused", "trip",
                        "ride", "visit", "checkin", "check", "in", "mobile", "sender", "here",
                        # the user's child's, as a parent's app or a kids' watch sends it (the
                        # child's data is the user's: QA103's kids' smartwatch; not "watch", a
                        # storm's, a watchlist's: the session's review)
                        "child", "kid", "son", "daughter", "wearer"})
OWN_WORDS_ONLY = {"words.latitude": USER_PLACE, "words.longitude": USER_PLACE}
# Lists whose entries are places the app shows (blind12: clinics): a coordinate in an entry is
# that place's; outside its list ("clinics": {"query": ...}) the user's search position (QA12)
LIST_PLACES = frozenset({"clinics", "hospitals", "pharmacies", "offices", "venues", "stores",
                         "shops", "restaurants", "stations", "stops", "branches", "atms",
                         "hotels", "listings", "pois", "merchants", "businesses", "cities",
                         "sensors", "saved", "favorites", "favourites", "bookmarks"})


def lists_above(path: str) -> set[str]:
    """The names of the lists a field sits in ("clinics[1].lat" -> {"clinics"})."""
    return {seg.partition("[")[0].lower() for seg in path.split(".")[:-1] if "[" in seg}


# Rules a word of the key's own name voids, whatever the objects above say (QA71): a library's,
# a loyalty scheme's or a club's card number is no payment card's (while a card number under a
# "membership" object pays for it), and a meter's, a station's or a charger's serial no phone's
# (a worn ring's or hearing aid's serial stays: it goes where the person goes).
OWN_CARDS = frozenset({"library", "loyalty", "member", "membership", "student", "health",
                       "insurance", "bonus", "points", "club", "reward", "rewards", "fidelity",
                       "sim", "employee", "staff", "badge", "transit", "bingo", "trading", "tcg"})
NOT_OWN = {"key.payment": OWN_CARDS, "key.card-number": OWN_CARDS,
           "key.card-number-part": OWN_CARDS, "words.payment": OWN_CARDS,
           "context.payment-method": OWN_CARDS,
           "key.serial": frozenset({"meter", "inverter", "station", "printer", "charger",
                                    "router", "modem", "gateway", "bike", "bicycle",
                                    "aircraft"})}
