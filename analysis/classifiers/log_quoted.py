"""What a log line quotes under a name that says whose words or whose name it is: a speech
recogniser's transcript (``ASR final transcript='Remind me to call Pieter at six'``) is text the
user said (``content.text``), and a tagged or a called contact's, a patient's or (in a line about
sharing) a partner's full name (``Tagged contact='Pieter Jansen' id=ct_1182``) a person's name
(``contact.name``): QA103's smart glasses, QA105's nursing visits, QA106's cycle sharing, to
crash SDKs abroad. Only quoted values (an unquoted pair stops at its first space), never in a
line about a provider or another party (``log_pairs.py`` decides) nor one about the app's own
strings (a TTS line, a label, a test's sample: the session's reviews).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.log_pair_words import USER_MAILS
from analysis.classifiers.national_shapes import national_number
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words
from analysis.decoders import Leaf
from analysis.records import Finding

# names of what the user said (a speech recogniser's result; not a "prompt", an "input" or a
# "said" the app's own strings fill as often: a system prompt, a placeholder, a TTS line, a
# test's sample: the session's review)
SAID = frozenset({"transcript", "utterance", "dictation"})
# names of a person named in the line (a tagged, a called contact, a patient seen; not a
# "person=" or a "fullname=" a media app fills with a celebrity's: the review)
PERSON = frozenset({"contact", "tagged", "callee", "patient",
                    # a canvasser's voter, an invitee (QA110; not a "follower=" or a "carer="
                    # a brand or an agency fills as often: the session's review)
                    "voter", "invitee"})
# ...and a bare "name='…'" in a line about inviting or following one (QA109: "Follower invited
# name='…'")
NAMES = frozenset({"name", "fullname"})
# (not a share sheet's, a game party's or a playlist's invitation: "Share sent name='Night
# Owls'", the session's review)
INVITING = frozenset({"follower", "caregiver", "carer", "invitee", "invited"})
# ...or a person the user files, a dependant or a recipient of her care, as the line's opening
# word before a verb (QA116: "Dependant saved name='…'", QA112: "Recipient loaded name='…'",
# "Care recipient added …"); not a build's "Dependent task", a mailing's "Recipient list", nor
# a payee that is a business (the review)
FILED = frozenset({"dependant", "dependent", "dependants", "dependents", "recipient"})
FILED_VERBS = frozenset({"saved", "added", "loaded", "updated", "synced", "sync", "created",
                         "edited", "removed", "selected", "linked", "invited"})
CARE_OPENERS = frozenset({"care", "tax", "insurance", "insured"})
ORG_WORDS = frozenset({"holdings", "power", "cross", "team", "staff", "ltd", "limited", "inc",
                       "llc", "plc", "services", "group", "company", "foundation", "trust",
                       "bank", "society", "santa", "club", "fund", "church", "school"})
# ...and what a keyboard's cloud correction or prediction quotes of the text being typed
# (QA109: "Cloud correct ctx='can u send me…'")
TYPED = frozenset({"typed", "ctx", "composing"})  # (not a tutorial's or a theme's "text")
KEYBOARD = frozenset({"autocorrect", "correct", "correction", "suggest", "suggestion", "predict",
                      "prediction", "keyboard", "ime", "typing", "autocomplete"})
# ...and a partner's or a spouse's in a line about sharing with them (QA106; not a business
# partner's "partnerName": 'Salesforce Marketing Cloud', the third review)
PARTNERS = frozenset({"partnername", "spousename"})
SHARING = frozenset({"share", "sharing", "shared", "invite", "invited", "couple"})
NOT_SAID = frozenset({"bot", "assistant", "reply", "response", "answer", "system", "error",
                      "notification", "title", "hint", "placeholder", "tts", "sample",
                      "samples", "training", "test", "fixture", "label", "select"})
RULES = frozenset({"text.logged-text", "text.logged-name"})
_WORDS = re.compile(r"[a-z]+")


# ...and the rider's, the driver's or the courier's quoted full name in a line about them
# (QA119: "Rider assigned rider='Brian Okello' plate='UFA 123K'"): another person's name, as
# a "rider" object's "name" is read in JSON
SERVED = frozenset({"rider", "driver", "courier", "ridername", "drivername", "couriername"})


# ...in a trip's or a delivery's line only (not a GPU's, a golf club's, a race's, an insurance
# rider's, a fare's or a courier company's: the sixth review)
TRIP_WORDS = frozenset({"assigned", "arriving", "arrived", "eta", "plate", "pickup", "trip",
                        "ride", "delivery", "enroute", "route", "accepted", "matched", "order",
                        "dropoff", "nearby", "waiting", "boda"})
NOT_TRIPS = frozenset({"gpu", "golf", "race", "racing", "jockey", "motogp", "insurance",
                       "policy", "fare", "fares", "installed", "kernel", "version", "f1",
                       "club", "team", "season", "standings"})
COMPANIES = frozenset({"mail", "post", "express", "logistics", "parcel", "parcels", "dart",
                       "courier", "couriers", "freight", "cargo", "delivery"})


def served_name(exchange_id: int, pair: Leaf, name: str, around: set[str]) -> Finding | None:
    """The finding for a rider's, a driver's or a courier's quoted full name, or None."""
    if (norm_key(name) in SERVED and " " in pair.text.strip()
            and around & TRIP_WORDS and not around & NOT_TRIPS
            and not set(_WORDS.findall(pair.text.lower())) & (ORG_WORDS | COMPANIES)
            and validate("person_name", pair.text)):
        return leaf_finding(exchange_id, pair, "contact.name", 0.7,
                            f"a log line quotes {name}='…': a person's full name",
                            "text.logged-name")
    return None


def _filed(opening: tuple[str, ...], value: str) -> bool:
    """A line opening on a dependant or a care recipient the user files (above)."""
    first = opening[1:] if opening[:1] and opening[0] in CARE_OPENERS else opening
    return (len(first) >= 2 and first[0] in FILED and first[1] in FILED_VERBS
            and not set(_WORDS.findall(value.lower())) & ORG_WORDS)


def quoted_finding(exchange_id: int, pair: Leaf, name: str, around: set[str],
                   opening: tuple[str, ...] = ()) -> Finding | None:
    """The finding for a quoted pair ``name='value'`` (``pair`` holds the value) in a line of
    the words ``around`` whose first words are ``opening``, or None."""
    words = set(key_words(name)) | {name.lower().replace("_", "")}
    # (the value's own words by a plain split: key_words' cache is for key names, not values)
    if (words | around | set(_WORDS.findall(pair.text.lower()))) & NOT_SAID:
        return None
    if (words & SAID or (words & TYPED and around & KEYBOARD)) and validate("prose", pair.text):
        return leaf_finding(exchange_id, pair, "content.text", 0.7,
                            f"a log line quotes {name}='…': what the user said or typed",
                            "text.logged-text")
    if (words & PERSON or (words & PARTNERS and around & SHARING)
            or (words & NAMES and (around & INVITING or _filed(opening, pair.text)))) and validate(
            "person_name", pair.text) and " " in pair.text.strip():
        return leaf_finding(exchange_id, pair, "contact.name", 0.7,
                            f"a log line quotes {name}='…': a person's full name",
                            "text.logged-name")
    return None


def shaped_pair(exchange_id: int, pair: Leaf, named: str) -> Finding | None:
    """A pair no key rule read, by its value's shape: an e-mail address under a word for the
    user ("owner=…": QA107), or a national number in its own layout under any word ("ss=219-47-
    6083", "secu=1 79 04 …", "id=…": QA155, QA159; ``national_shapes.py``)."""
    value = pair.text.strip()
    if "@" in value:
        return leaf_finding(exchange_id, pair, "contact.email", 0.8, "an e-mail address by its "
                            "shape", "value.email") if (
            named in USER_MAILS and validate("email", value)) else None
    if (national := national_number(value)) is not None:
        category, evidence, confidence, rule = national
        return leaf_finding(exchange_id, pair, category, confidence, evidence, rule)
    return None
