"""Health facts stated in what the user wrote: a support message "I'm allergic to penicillin", a
symptom checker's free text "sore throat for 4 days, I take sertraline 50mg", a consultation's
reason "fever 38.4, swollen glands" (QA61: each sent alone to a third party, and missed). Text
already read as the user's (``content.text``), a visit's reason or a complaint, carries
``health.medical`` too (TAXONOMY.md: "health conditions, symptoms, medications"), as every
evaluation set labels such text (``content.text|health.medical``), when it names:

- a condition, an allergy or a medicine about someone ("medical - asthma flare", "Marcus
  forgot his inhaler", "I'm allergic to penicillin") or beside another health term;
- two symptoms ("fever and a bad cough");
- words that name a health matter as often as something else ("therapy", "covid",
  "infection", "surgery", "MRI", "aspirin") only beside another health term in the user's own
  words ("I was diagnosed with depression"): "retail therapy", a news comment's "covid", a
  virus scan's "infection", a sports report's "surgery", "The Aspirin Age" are none (QA64).

An order's item named after a medicine with its strength or form ("Ibuprofen 200mg tablets")
is the user's medication; a supplement's strength alone is none. Nothing of a pet's is read.
The terms are whole words; the evidence counts them and does not name them (it is shown
unmasked: QA93). The vocabularies are data (``rules/health_words.toml``, which names their
sources; loaded by ``health_vocab.py``): common English clinical terms, generic names of widely
prescribed medicines (WHO Model List of Essential Medicines, the most dispensed generics, common
biologics) and their spellings in a few European languages. Health named by a key or a
product's name rather than in words is ``health_named.py``'s.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.health_named import (
    CONDITION_KEYS,
    DOSE_KEYS,
    ITEM_NAMES,
    MED_KEYS,
    NOT_PEOPLE,
    NOT_PEOPLE_CALLS,
    NOT_TESTED,
    NOT_THEIRS,
    REFERRAL_KEYS,
    RESULT_KEYS,
    RESULTS,
    STUDY,
    YES_NO,
    dosed_medicine,
    health_product,
    medicine_key,
    named_condition,
    named_medicine,
    not_medical,
    result_answer,
    result_key,
)
from analysis.classifiers.health_vocab import (
    _WORDS,
    AMBIGUOUS,
    ANIMALS,
    CARE,
    CONDITIONS,
    FIRST_PERSON,
    MEDICINES,
    MENTAL,
    PERSONAL,
    PHRASES,
    SAME,
    SYMPTOMS,
)
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

CATEGORY = operator.attrgetter("category")
CONFIDENCE = 0.7
RULE = "text.health-terms"
_AMOUNT = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?")  # (a dose: "70", "0.5")



@lru_cache(maxsize=4096)
def health_terms(text: str) -> tuple[str, ...]:
    """The health terms ``text`` names, when they are enough (module docstring); else ()."""
    low = text.lower()
    words = {w.lower() for w in _WORDS.findall(text)}
    strong = sorted(words & (CONDITIONS | MEDICINES) - AMBIGUOUS)
    for phrase in PHRASES:  # (two words that name a health matter together)
        if phrase in low:
            strong.insert(0, phrase)
    weak = sorted(words & AMBIGUOUS)
    symptoms = sorted({SAME.get(w, w) for w in words & SYMPTOMS})
    terms = list(dict.fromkeys([*strong, *weak, *symptoms]))  # ("migraine" is in two lists)
    mine = bool(words & FIRST_PERSON) or "i'm" in low or "i've" in low or "j'ai" in low
    # about someone: the user, "his inhaler", a note that says it is medical
    someones = mine or bool(words & (PERSONAL | CARE))
    # an unambiguous term about someone ("medical - asthma flare", "forgot his inhaler") or
    # beside another health term ("tonsillitis, antibiotics"), two symptoms, or words that
    # name a health matter as often as something else beside another term in the user's own
    # words ("I was diagnosed with depression"); never one word alone: a song ("Migraine"),
    # a name ("Mr Parkinson"), a topic ("diabetes research") (QA67)
    if ((strong and (someones or len(terms) >= 2)) or len(symptoms) >= 2
            or (mine and len(weak) + len(symptoms) >= 2)):
        return tuple(terms[:4])
    return ()


# A visit's reason and a complaint are the user's words about their health whatever reads
# them (QA61: a video consult's "reason": "Sore throat 4 days, swollen glands, fever 38.4")
REASON_KEYS = frozenset({"reason", "reasonforvisit", "visitreason", "chiefcomplaint",
                         "complaint", "presentingcomplaint", "symptoms", "symptomdescription"})
# An order's item named after a medicine with its strength or its form ("Clarithromycin 250mg
# tablets", "Ibuprofen 200mg": QA61) is the user's medication; a strength alone is a
# supplement's, a drink's or a vape's as often ("Vitamin D3 25 mcg", "80mg caffeine"), and a
# medicine's name alone a book's ("The Aspirin Age": QA64)
ITEM_LISTS = frozenset({"items", "lineitems", "lines", "products", "cart", "basket", "order",
                        "orderitems", "articles", "produits", "productos", "prodotti"})
STRENGTH = re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|mkg|µg|ug|iu|units?)\b|"
                      r"\b(?:tablets?|capsules?|caps|tabs|inhaler|syrup|suspension|cream|ointment|drops|patch(?:es)?|"
                      r"comprimés?|gélules?|tabletten|kapseln|comprimidos?|cápsulas?)\b")
NOT_MEDICINES = frozenset({"cocktail", "kit", "vinyl", "cd", "lp", "album", "bait", "pellets",
                           "rat", "rodent", "poster", "shirt", "book", "novel", "dvd",
                           # (a pharmacy's stock, a game's items: the nineteenth session's
                           # review of units)
                           "restock", "restocked", "stock", "shelf", "warehouse", "inventory",
                           "squad", "remaining", "qty"})
# A medicine named with its strength wherever the app writes it about the user: a crash
# breadcrumb's or a log line's message ("confirm refill Metformin 500 mg (RX-88123-04)": QA79,
# sent to a crash reporter in another country), a reminder's label; and a condition in the
# user's tags or traits for a push or an analytics service ("program":
# "diabetes_type2_coaching": QA79)
LOG_KEYS = frozenset({"message", "msg", "text", "label", "title", "description", "detail",
                      "details", "body", "note", "program", "segment", "cohort", "tag"})
TAGS = frozenset({"tags", "traits", "attributes", "segments", "cohorts", "userproperties"})
# ...as keys spell them (a set's look per leaf, not a normalisation: most requests have none)
TAG_PARENTS = frozenset({"tags", "Tags", "traits", "attributes", "segments", "cohorts",
                         "user_properties", "userProperties", "UserProperties", "tag_list"})
# (an insulin's units, a Russian or Kazakh "мкг" romanised "mkg": QA125)
_DOSE = re.compile(r"(?i)\d\s?(?:mg|mcg|mkg|µg|ug|iu|units?)\b")
# ...a screening questionnaire's result in a log line ("PHQ-A result shown: moderately_severe
# (17)": QA80's teen telehealth app, to a crash reporter), and mental-health words in a tag
_SCREENING = re.compile(r"(?i)\b(?:phq-?(?:2|9|a)|gad-?(?:2|7)|pcl-?(?:5|c|m)|k-?10|epds|"
                        r"audit-c)\b[^\n]{0,40}?\b(?:result|score|severity|band|total)\b"
                        r"[^\n]{0,30}?\d")  # (not "PCL6 render result", "MDQ-AEP": QA81)
# ...the user's own tags: in a call that tags a user or a device (a push service's players, an
# identify call) or under the user's traits, not a library item's, an episode's or a product's
# (QA81: a meditation library's "anxiety" tag, "The Great Depression")
TAG_CALLS = frozenset({"players", "player", "identify", "tags", "users", "user", "profile",
                       "subscribers", "subscriber", "devices", "device", "contacts", "me",
                       "profiles", "customers", "customer", "engage", "people", "persons",
                       "members", "member", "contact"})  # (Klaviyo's, customer.io's: QA83)
USERS = frozenset({"user", "traits", "userproperties", "profile", "me", "member"})
THING_KEYS = frozenset({"title", "sku", "artist", "duration", "episode", "album", "price",
                        "isbn", "author", "genre"})
_INDEX = re.compile(r"\[\d+\]")


def _users_tags(decoded: Decoded, leaf: Leaf) -> bool:
    """The tag is the user's: under the user's traits, or in a call that tags a user or a
    device, in a tags object no thing's record holds (a title, a SKU, an artist beside it)."""
    if path_words(leaf.path) & USERS:
        return True
    parts = _INDEX.sub("", leaf.path).split(".")
    at = next((i for i in range(len(parts) - 1, -1, -1) if norm_key(parts[i]) in TAGS), None)
    holder = ".".join(leaf.path.split(".")[:at]) if at is not None else ""
    siblings = {norm_key(x.key) for x in decoded.leaves
                if x.part == leaf.part and x.path.rpartition(".")[0] == holder}
    return bool(url_words(decoded) & TAG_CALLS) and not siblings & THING_KEYS


# a sentiment's, a survey's, a poll's or a market's "positive" is no test's result (the
# session's review: {"sentiment": {"covid": "negative"}})
OPINIONS = frozenset({"sentiment", "sentiments", "survey", "poll", "opinion", "market", "news",
                      "review", "reviews", "trend", "trends", "mood"})
# a reason or a complaint about something else than a body (a phone's swollen battery, QA64)
THINGS = frozenset({"battery", "screen", "phone", "device", "display", "charger", "app", "car",
                    "engine", "network", "router", "scan", "virus", "malware", "order",
                    "delivery", "flight", "refund", "pipe", "pipes", "wall", "walls", "plant",
                    "plants", "tree", "roof", "leak", "paint", "floor", "bug", "build"})
# a pet's object or text (QA64: "Apoquel 16mg Tablets for Dogs", a vet visit's "species")
PET_KEYS = frozenset({"petid", "pet", "species", "breed", "animal", "animalid", "petname"})


def _item(leaf: Leaf) -> bool:
    if norm_key(leaf.key) not in ITEM_NAMES or "[" not in leaf.path:
        return False
    above = leaf.path.rpartition(".")[0].rpartition("[")[0].rpartition(".")[2]
    return norm_key(above) in ITEM_LISTS


def _medicine(text: str) -> tuple[str, ...]:
    words = {w.lower() for w in _WORDS.findall(text)}
    named = sorted(words & MEDICINES - AMBIGUOUS)  # (not "Melatonin 10mg Gummies", QA65)
    strength = STRENGTH.search(text) if named else None
    # (not a cocktail kit, a record, a rodent bait: QA67)
    if words & NOT_MEDICINES:
        return ()
    return (*named, strength.group(0)) if strength and not words & ANIMALS else ()


@lru_cache(maxsize=4096)
def _tested_or_dosed(keys: frozenset[str]) -> bool:
    """A key naming a condition's test or a medicine's dose, once per set of key names."""
    return any(map(result_key, keys)) or any(map(medicine_key, keys))


def health_in_text(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` findings for the user's texts (``content.text`` in ``found``), a
    visit's reason, and an order's items, that state health facts, where nothing read them
    so already."""
    cats = set(map(CATEGORY, found))
    keys = norm_keys(decoded.key_set())
    # most requests have no text, no reason, no order and no log line or tag (the look costs
    # one set operation)
    orders = "financial.purchase" in cats and not keys.isdisjoint(ITEM_NAMES)
    logged = not keys.isdisjoint(LOG_KEYS)
    tagged = not TAG_PARENTS.isdisjoint(decoded.parent_set())
    # (not a quiz's or a flashcard deck's answer naming a medicine: the session's review)
    dosed = (not keys.isdisjoint(MED_KEYS) or not keys.isdisjoint(ITEM_NAMES)) and not (
        url_words(decoded) & STUDY)
    # a key named for a condition answered yes or no ("epilepsy": false, blind77), not AMBIGUOUS
    conditioned = not keys.isdisjoint(RESULT_KEYS) or _tested_or_dosed(decoded.key_set())
    if ("content.text" not in cats and keys.isdisjoint(REASON_KEYS)
            and keys.isdisjoint(REFERRAL_KEYS) and not orders and not logged
            and not tagged and not dosed and not conditioned):
        return []
    if url_words(decoded) & ANIMALS:
        return []  # a pet's medicine and symptoms are no one's health data (blind21's vet app)
    if not keys.isdisjoint(PET_KEYS):
        return []
    texts = {(f.part, f.path) for f in found if f.category == "content.text"}
    # (the records whose dose was read as medical: their name is the medicine's)
    doses = {(f.part, f.path.rpartition(".")[0]) for f in found
             if f.category == "health.medical" and norm_key(f.path.rpartition(".")[2]) in
             DOSE_KEYS} if dosed else set()
    medical = {(f.part, f.path) for f in found if f.category == "health.medical"}
    out = []
    for leaf in decoded.leaves:
        where = (leaf.part, leaf.path)
        answer = leaf.text.strip().lower() if conditioned else ""
        if (conditioned and where not in medical and (
                (answer in YES_NO and (norm_key(leaf.key) in CONDITION_KEYS
                                       or result_key(leaf.key)))
                or ((answer in RESULTS or result_answer(answer))
                    and (norm_key(leaf.key) in RESULT_KEYS or result_key(leaf.key))
                    and not OPINIONS & path_words(leaf.path))
                or (medicine_key(leaf.key) and _AMOUNT.fullmatch(answer) is not None))
                and not (not_medical() | NOT_PEOPLE | STUDY | NOT_TESTED) & path_words(leaf.path)
                and not NOT_PEOPLE_CALLS & url_words(decoded)):
            out.append(leaf_finding(
                exchange_id, leaf, "health.medical", CONFIDENCE,
                "a key named for a condition is answered yes or no" if answer in YES_NO
                else "a key named for a medicine holds its dose" if medicine_key(leaf.key)
                else "a key naming a condition or its test holds the test's result", RULE))
            continue
        if type(leaf.value) is not str or where in medical:
            continue
        log_line = logged and norm_key(leaf.key) in LOG_KEYS
        if (norm_key(leaf.key) in REFERRAL_KEYS and not NOT_THEIRS & (
                path_words(leaf.path) | url_words(decoded))
                and (terms := named_condition(leaf.key, leaf.text))):
            why = "a referral's or a visit's reason names a condition"
        elif where in texts or (norm_key(leaf.key) in REASON_KEYS
                                and " " in leaf.text.strip()):
            # (a reason code, "infection_found", is no one's words)
            text = leaf.text[:4096]
            words = {w.lower() for w in _WORDS.findall(text)}
            # (or a medicine with its strength: "Metformin 500 mg" in a note, QA124)
            terms = () if words & ANIMALS else health_terms(text) or _medicine(text[:300])
            if terms and words & THINGS and set(terms) <= SYMPTOMS:
                terms = ()  # symptoms of a thing
            why = "the user's text names health facts"
        elif orders and _item(leaf):
            terms = _medicine(leaf.text[:200]) or health_product(leaf.text[:200])
            why = "an order's item is a medicine or a health test"
        elif log_line and _DOSE.search(leaf.text[:300]):
            terms = _medicine(leaf.text[:300])
            why = "a log line or a tag names a medicine with its strength"
        elif dosed and (terms := named_medicine(leaf) or (dosed_medicine(
                leaf, doses, frozenset(path_words(leaf.path) | url_words(decoded)))
                if doses else ())):  # (no record's dose read: no name beside one)
            why = "a medication's key names a medicine"

        elif (tagged and len(leaf.text) <= 80 and TAGS & path_words(leaf.path)
              and _users_tags(decoded, leaf)):
            words = {w.lower() for w in _WORDS.findall(leaf.text)}
            terms = tuple(sorted(words & (CONDITIONS - AMBIGUOUS | MENTAL) - ANIMALS))
            why = "a tag or a trait of the user names a condition"
        elif log_line and (screened := _SCREENING.search(leaf.text[:300])):
            terms = (screened.group(0),)
            why = "a log line names a health screening's result"
        else:
            continue
        # (a pet's record anywhere above the field: its medicine, its symptoms)
        if terms and not ANIMALS & path_words(leaf.path):
            # (how many, not which: a finding's evidence is shown unmasked, QA93)
            out.append(leaf_finding(exchange_id, leaf, "health.medical", CONFIDENCE,
                                    f"{why} ({len(terms)} term{'s' * (len(terms) > 1)})",
                                    RULE))
    return out
