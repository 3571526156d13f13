"""Contact details filed under another person's role: a clinician's (``preferred_gp.phone``,
``prescriber.contact.email``, ``physician_phone``), a coach's or an instructor's (QA60), and the
people a job seeker deals with, a recruiter, an interviewer, a hiring manager, the employer
(QA89: ``recruiter_email`` and ``employer_phone`` in a job board's analytics event); and those
of an object that is a club, a gym or a shop by its whole name (QA38: ``club.contact_email``,
``salle.telephone``; not ``club_member.email``, QA39). The objects are read as ``places_own``
reads a place's (``filed``).

A hiring role is the user's own when the app serves that side: the call names the role
(``/v1/recruiters/signup``, ``/v1/manager/profile``) or a sibling says the account is one
(``"account_type": "manager"``); a bare manager is anyone's (the QA89 review: a shift app's
manager, a coach creating her team), so only a hiring, a line, an account or a property
manager is another person's.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from analysis.classifiers.keys import OTHERS_CONFIDENCE  # (an invitee's own key's, keys.py)
from analysis.classifiers.paths import ancestor_words
from analysis.classifiers.places_own import CONTACT, CONTACT_WORDS, filed
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import call_words, url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.records import Detector, Finding

# An object, or a contact key, named after a clinician's role ("preferred_gp.phone",
# "prescriber.contact.email", "physician_phone", a form's "patient[gp_phone]"): the last word
# of the name is the role ("doctor_appointment" is an appointment, "my_gp" a GP)
CLINICIAN_ROLES = frozenset({"gp", "doctor", "doctors", "physician", "physicians", "prescriber",
                             "prescribers", "clinician", "clinicians", "practitioner",
                             "practitioners", "dentist", "pharmacist", "therapist",
                             "psychiatrist", "psychologist", "pediatrician", "paediatrician",
                             "surgeon", "nurse", "midwife", "optometrist", "physiotherapist",
                             "dermatologist", "gynecologist", "gynaecologist", "obgyn",
                             # a pet's and a hearing aid's clinicians (QA50, blind21)
                             "vet", "vets", "veterinarian", "veterinarians", "audiologist",
                             "audiologists", "aerztin", "doktor", "dottore",
                             "hausarzt",  # (QA53; "arzt", "medico" are read as "doctor")
                             # a class's instructor, a coach, a personal trainer: professionals
                             # whose details the app shows (QA60)
                             "instructor", "instructors", "coach", "coaches", "trainer",
                             "trainers",
                             # an immigration consultant's, a lawyer's, an accountant's
                             # (QA108's visa application)
                             "consultant", "consultants", "lawyer", "lawyers", "attorney",
                             "attorneys", "solicitor", "solicitors", "notary", "accountant",
                             "accountants", "representative", "representatives"})
# ...the people a job seeker deals with (QA89), unless the app is theirs (above)
HIRING_ROLES = frozenset({"recruiter", "recruiters", "interviewer", "interviewers",
                          "employer", "employers",
                          # ...and an employee's supervisor and HR (QA92's payroll app)
                          "supervisor", "supervisors", "hr"})
# ...and a manager of these kinds only (not a landlord's: the tenants' apps of blind35 and
# blind43 label a landlord's phone and e-mail, a private person's the user hands over)
MANAGERS = frozenset({"manager", "managers"})
MANAGER_KINDS = frozenset({"hiring", "line", "account", "property", "case", "reporting"})
# ...and a clinician's licence number (QA50: "veterinarian.license_number")
ROLE_FILED = CONTACT | {"personal.national_id"}
# Objects that are a place by their whole name: a club, a gym, a shop (also in Portuguese,
# Spanish, Italian and French)
PLACE_OBJECTS = frozenset({"club", "clubs", "gym", "gyms", "salle", "salles", "loja", "lojas",
                           "tienda", "tiendas", "negozio", "magasin", "boutique", "academia",
                           "studio", "studios"})
# a sibling saying which kind of account the user holds
ACCOUNT_KEYS = frozenset({"role", "accounttype", "usertype", "type", "persona", "side"})


def clinicians_by_role(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without contact details filed under another person's role (above)."""
    theirs: dict[int, str] = {}
    for f in found:
        if f.category in ROLE_FILED and f.detector != Detector.GROUND_TRUTH:
            role = _role_of(f.path) or ("place" if _place_object(f.path) else "")
            if role:
                theirs[id(f)] = role
    if not theirs:
        return found
    if any(role not in CLINICIAN_ROLES and role != "place" for role in theirs.values()):
        own = _own_roles(decoded)
        theirs = {i: role for i, role in theirs.items() if role.rstrip("s") not in own}
    return [f for f in found if id(f) not in theirs] if theirs else found


def _own_roles(decoded: Decoded) -> set[str]:
    """The roles the user holds by the call's words (``/v1/recruiters/signup``) or by a
    sibling naming the account's kind, singular."""
    words = {w.rstrip("s") for w in url_words(decoded)}
    words |= {leaf.text.strip().lower().rstrip("s") for leaf in decoded.leaves
              if norm_key(leaf.key) in ACCOUNT_KEYS and type(leaf.value) is str
              and len(leaf.text) <= 30}
    return words


def _place_object(path: str) -> bool:
    objects = filed(path)[1]
    return bool(objects) and norm_key(objects[0]) in PLACE_OBJECTS


@lru_cache(maxsize=8192)
def _role_of(path: str) -> str:
    """The role a detail is filed under: by its key (``physician_phone``,
    ``hiring_manager_email``) or by its object's name (``preferred_gp.phone``), or ""."""
    key, objects = filed(path)
    words = key_words(key)
    if words and words[-1] in CONTACT_WORDS:
        for i, w in enumerate(words[:-1]):
            # (a manager's own key, "manager_email", is the manager's: QA92; a manager
            # object alone is anyone's, the user's own too)
            if w in CLINICIAN_ROLES or w in HIRING_ROLES or (
                    w in MANAGERS and (i == 0 or words[i - 1] in MANAGER_KINDS)):
                return w
    last = key_words(objects[0]) if objects else ()
    if not last:
        return ""
    if last[-1] in CLINICIAN_ROLES or last[-1] in HIRING_ROLES:
        return last[-1]
    return last[-1] if last[-1] in MANAGERS and len(last) > 1 and last[-2] in MANAGER_KINDS \
        else ""


# The details of a person the user names to the app, in an object or a list named after them (a
# transfer's recipient, a payout's beneficiary, an SOS feature's emergency contacts): reported,
# as the evaluation sets label them, but as another person's, below a verdict's confidence, as
# an invitee's own phone is (keys.py): a claim about the user's own phone, name or address is
# not decided by her mother's (QA90, QA91); not a parcel's or an order's recipient, who is the
# user as often, nor a parcel's "receiver" (a locker's: the QA91 review)
NAMED_OTHERS = frozenset({"recipient", "recipients", "beneficiary", "beneficiaries",
                          "payee", "payees", "invitee", "invitees", "referee",
                          "referees", "friend", "friends", "emergency", "trusted", "sos",
                          "nextofkin", "kin"})
# ...and the friends a "walk me home" shares her trip with (QA116), by the object's whole name
# only (not a watch's "companion_app", a TV's "companion_screen", an issue's or a stream's
# "watchers": the review)
WALK_OTHERS = frozenset({"companion", "companions", "watchers"})
WALKS = frozenset({"walk", "walks", "walkmehome", "trip", "trips", "journey", "journeys",
                   "safety", "sos", "safewalk", "escort", "share", "sharing", "live"})
NOT_NAMED_OTHERS = frozenset({"shipping", "delivery", "billing", "order", "checkout",
                              "shipment", "parcel", "package", "sender"})
CONTACTS_CONFIDENCE = 0.75


# ...judged by the field's nearest object (an "emergency_profile" is the user's own Medical ID,
# "emergency.rider" the rider), not a key naming the user ("sos.user_phone", "my_phone"), not an
# object flagged as the user's own ("recipient": {"self": true}), nor a call redeeming a
# referral or checking out (the QA92 review)
USERS_OWN_WORDS = frozenset({"user", "my", "me", "own", "owner", "self", "profile", "account"})
SELF_FLAGS = frozenset({"self", "isself", "isme", "me", "ownaccount", "tomyself", "myself"})
NOT_NAMED_CALLS = frozenset({"redeem", "checkout", "orders", "order", "cart",
                             # a disbursement's or a withdrawal's payee is the user paid
                             # (QA203's mobile-money "/v1/disbursements", her own wallet and
                             # name; a remittance's "/payouts" go to someone else: QA91)
                             "disbursement", "disbursements", "withdrawal", "withdrawals",
                             "cashout"})


# ...or a key of its own that names a partner before the detail ("partner_email": QA93's partner
# invitation; a recipient's, a friend's or an invitee's own key is keys.py's, as before)
NAMED_BY_KEY = frozenset({"partner", "spouse"})


def _named(f: Finding, selves: set[tuple[str, str]]) -> frozenset[str]:
    """The words naming another person the user names, for ``f``'s nearest object or key."""
    key, objects = filed(f.path)
    words = key_words(key)
    if len(words) > 1 and words[0] in NAMED_BY_KEY and words[-1] in CONTACT_WORDS:
        return frozenset({words[0]})
    if not objects or (f.part, f.path.rpartition(".")[0]) in selves:
        return frozenset()
    near = frozenset(key_words(objects[0]))
    if near & USERS_OWN_WORDS or set(key_words(key)) & USERS_OWN_WORDS:
        return frozenset()
    above = ancestor_words(f.path)
    if (whole := norm_key(objects[0])) in WALK_OTHERS and (
            whole != "watchers" or above & WALKS) and not above & NOT_NAMED_OTHERS:
        return frozenset({whole})
    return frozenset() if above & NOT_NAMED_OTHERS else near & NAMED_OTHERS


def named_people(found: list[Finding], decoded: Decoded | None = None) -> list[Finding]:
    """``found`` with the contact details of people the user names demoted (above), and each
    such field also read as ``content.contacts``: a contact of the user's the app sends on
    (Google Play's Data safety "Contacts": "the names of contacts …"; QA90's SOS partner
    received the user's sister's name and phone, and "no contacts to third parties" held)."""
    out = []
    contacts: dict[tuple[str, str], Finding] = {}
    if not any(f.category in CONTACT for f in found):
        return found
    selves: set[tuple[str, str]] = set()
    if decoded is not None:
        if url_words(decoded) & NOT_NAMED_CALLS:
            return found
        selves = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
                  if norm_key(leaf.key) in SELF_FLAGS and leaf.text.lower() in ("true", "1")}
    for f in found:
        if (f.category in CONTACT and f.detector != Detector.GROUND_TRUTH
                and f.confidence >= OTHERS_CONFIDENCE):
            named = _named(f, selves)
            if named:
                whose = "/".join(sorted(named))
                if f.confidence > OTHERS_CONFIDENCE:
                    f = dataclasses.replace(
                        f, confidence=OTHERS_CONFIDENCE,
                        evidence=f"{f.evidence}; another person's ({whose}), not the user's")
                contacts.setdefault((f.part, f.path), dataclasses.replace(
                    f, category="content.contacts", confidence=CONTACTS_CONFIDENCE,
                    evidence=f"a contact the user names ({whose}): their "
                             f"{f.category.partition('.')[2]}", rule="context.named-contact"))
        out.append(f)
    have = {(f.part, f.path) for f in found if f.category == "content.contacts"}
    return out + [c for where, c in contacts.items() if where not in have]


# The people the user serves in a courier's, a driver's or a technician's app: the customer of an
# order she accepts, picks up or delivers ("customer.name", "dropoff.contact_name" at
# /v1/orders/…/accept: QA94's courier app), whose name, door and position are theirs, not hers.
# Reported, below a verdict's confidence, as a named person's are (a shop's customer is the user:
# only a call that serves an order, or a courier's call, says the user is the one serving)
# (the call's own last segment: a curbside shopper's "/orders/o1/arrived", a click-and-collect
# "/orders/o1/pickup", a taxi passenger's "/dispatch/bookings" and a band booked at "/gigs" are
# the customer's own calls: the session's review; "pickup" and "dropoff" serve only beside a
# courier's words)
SERVING_CALLS = frozenset({"accept", "accepted", "pickedup", "deliver", "delivered",
                           "handover", "pickup", "dropoff"})
ALWAYS_SERVING = frozenset({"accept", "accepted", "pickedup", "deliver", "delivered",
                            "handover"})
SERVED_OBJECTS = frozenset({"orders", "order", "deliveries", "delivery", "jobs", "job", "tasks",
                            "task", "stops", "stop", "drops"})
SERVERS = frozenset({"courier", "couriers", "shift", "shifts", "rider", "riders", "driver",
                     "drivers"})
SERVED = frozenset({"customer", "customers", "consignee", "receiver", "dropoff", "client",
                    "buyer", "recipient"})
SERVED_KINDS = CONTACT | {"location.precise", "location.coarse", "contact.address"}


def served_people(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` with the details of the people the user serves demoted (above)."""
    if not any(f.category in SERVED_KINDS for f in found):
        return found
    words, last = url_words(decoded), call_words(decoded)
    courier = bool(words & SERVERS) or bool(set(decoded.host.split(".")) & SERVERS)
    if not (words & SERVED_OBJECTS or courier) or not (
            last & ALWAYS_SERVING or (courier and last & SERVING_CALLS)):
        return found
    out = []
    for f in found:
        if (f.category in SERVED_KINDS and f.detector != Detector.GROUND_TRUTH
                and f.confidence > OTHERS_CONFIDENCE
                and (ancestor_words(f.path) | set(key_words(f.path.rpartition(".")[2])[:1]))
                & SERVED):
            f = dataclasses.replace(f, confidence=OTHERS_CONFIDENCE,
                                    evidence=f"{f.evidence}; a customer's the user serves "
                                             "(a courier's or a driver's call), not the user's")
        out.append(f)
    return out
