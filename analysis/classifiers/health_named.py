"""Health named by a key or a product's name rather than stated in words: a medicine under a key
that says it is one (``med``, ``treatments[0].name``), a key named for a condition answered yes
or no (``"epilepsy": false``), an order's item that is a health test or a medical supply (a
pregnancy test, pen needles). The vocabularies are ``health_vocab.py``'s; the readings are
called from ``health_words.py``.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.health_vocab import (
    _VOCAB,
    _WORDS,
    AMBIGUOUS,
    CONDITIONS,
    INN_STEMS,
    MEDICINES,
    MENTAL,
)
from analysis.classifiers.rules import key_rules, norm_key
from analysis.classifiers.words import english_name, key_words
from analysis.decoders import Leaf
from analysis.records import Part

ITEM_NAMES = frozenset({"name", "title", "product", "productname", "itemname", "produit",
                        "producto", "prodotto", "nom", "nombre", "nome", "description"})


# A medicine named under a key that says it is one ("med": "quetiapine", treatments[0].name
# "Tacrolimus 0.1% ointment", a trait's "biologic": "ixekizumab": blind50, blind52, blind54): the
# user's medication, with or without its strength (the key, not the value, says whose: a shop's
# items need the strength, above)
MED_KEYS = frozenset({"med", "meds", "medication", "medications", "medicine", "medicines",
                      "drug", "drugs", "treatments", "biologic", "rx", "regimen",
                      "prescription", "prescriptions", "currentmedications", "medicationname",
                      "drugname"})


CONDITION_KEYS = CONDITIONS - AMBIGUOUS - {"allergic", "antibiotic", "antibiotics", "inhaler",
                                           "biopsy", "ivf", "dialysis", "antidepressant",
                                           "antidepressants", "psychiatrist"}
YES_NO = frozenset({"true", "false", "yes", "no"})  # (not a count's 0 or 1: the review)
# ...or a test's result, in the words labs and apps write it ("chlamydia": "positief", "hiv":
# "negatief": QA147's sexual-health app), which makes a word naming other things as often
# ("hiv", "covid": AMBIGUOUS) a test's name too
RESULTS = frozenset({"positive", "negative", "pos", "neg", "reactive", "nonreactive",
                     "non-reactive", "detected", "not detected", "undetected", "undetectable",
                     "positief", "negatief", "positivo", "negativo", "positiva", "negativa",
                     "positif", "negatif", "positiv", "negativ", "pozitif", "pozytywny",
                     "negatywny", "pozitivan", "negativan", "pozitivni", "negativni",
                     "positiivinen", "negatiivinen", "jakobeng"})
RESULT_KEYS = CONDITION_KEYS | (AMBIGUOUS & {"hiv", "covid", "hepatitis", "hcv", "hbv", "hpv",
                                             "tb", "tuberculosis", "malaria", "syphilis",
                                             "gonorrhea", "gonorrhoea", "chlamydia", "herpes",
                                             "influenza", "flu", "strep"})
# ...and a key of more words naming a condition's test or status ("hepatitis_c", "hcv_status",
# "hiv_test_result": QA153's methadone clinic), the result the first word of its value
# ("positive, RNA detected"); a medicine's own key holding its dose ("methadone_mg": 70)
RESULT_FILLERS = frozenset({"status", "result", "results", "test", "tests", "screen",
                            "screening", "rapid", "a", "b", "c", "rna", "ab", "ag", "pcr",
                            "viral", "load", "antibody", "antigen", "serology", "last",
                            "carrier", "trait", "minor", "major"})
TESTED = frozenset({"hiv", "hcv", "hbv", "hpv", "hbsag", "covid", "tb", "syphilis", "malaria",
                    "chlamydia", "gonorrhea", "gonorrhoea", "herpes", "hepatitis", "sti"})
DOSE_FILLERS = frozenset({"mg", "mcg", "ml", "dose", "dosage", "units", "daily", "day", "iu"})


# ...under a person's object: not a destination's, an event's, a region's or a product's
# ("destination.hepatitis_a": true, "mkoa.covid_status", "bidhaa_x.paracetamol_mg": the review)
NOT_TESTED = frozenset({"destination", "destinations", "region", "city",
                        "country", "district", "mkoa", "jiji", "sherehe", "product", "products",
                        "item", "items", "sku", "bidhaa", "catalog", "catalogue", "stats"})


@lru_cache(maxsize=4096)
def result_key(key: str) -> bool:
    """A key naming a condition with its test's or status's words (above)."""
    words = set(key_words(key))
    named = words & (RESULT_KEYS | TESTED)
    return bool(named) and words - named <= RESULT_FILLERS


def result_answer(answer: str) -> bool:
    """A test's result as the value's first word before its details ("positive, RNA
    detected"; not "positive trend"), lower-cased."""
    first, _, rest = answer.partition(",")
    return len(answer) <= 80 and first.strip() in RESULTS and (not rest or bool(rest.strip()))


@lru_cache(maxsize=4096)
def medicine_key(key: str) -> bool:
    """A key named for a medicine and its dose ("methadone_mg", "insulin_units")."""
    words = set(key_words(key))
    return bool(words & MEDICINES) and len(words - MEDICINES) > 0 and (
        words - MEDICINES <= DOSE_FILLERS)


# ...and not a herd's, a dish's, a game character's or a quiz's (the review)
NOT_PEOPLE = frozenset({"herd", "flock", "livestock", "cattle", "poultry", "farm", "menu",
                        "dish", "dishes", "sim", "character", "characters", "npc", "player",
                        "save", "saves", "topics", "quiz", "question", "questions", "answers",
                        "stats", "statistics", "cases", "outbreak", "outbreaks", "report"})
@lru_cache(maxsize=1)
def not_medical() -> frozenset[str]:
    """Where a medical key name is none (a game's, a song's, a recipe's: keys.toml's
    words.medical not_under)."""
    return frozenset(next(r.not_under for r in key_rules().rules if r.id == "words.medical"))


# (read in the URL too only where no person's form is: an intake's "/answers", a profile's
# "/save" are hers: the third review)
NOT_PEOPLE_CALLS = frozenset({"herd", "flock", "livestock", "cattle", "poultry", "farm", "menu",
                              "dish", "dishes", "npc", "player", "character", "characters",
                              "outbreak", "outbreaks", "quiz", "quizzes", "flashcards", "deck",
                              "decks", "lesson", "lessons", "course", "courses", "exam",
                              "exams"})
STUDY = frozenset({"quiz", "quizzes", "answers", "answer", "flashcards", "deck", "decks",
                   "lesson", "lessons", "exam", "exams", "course", "courses"})


def named_medicine(leaf: Leaf) -> tuple[str, ...]:
    """The medicine a medication's key holds (above), or ()."""
    if leaf.path.endswith("]"):
        return ()  # (a list of medicines is read whole, by its key: keys.toml's key.medical)
    key = english_name(norm_key(leaf.key))
    if key not in MED_KEYS:
        if key not in ITEM_NAMES or "[" not in leaf.path:
            return ()
        above = leaf.path.rpartition(".")[0].rpartition("[")[0].rpartition(".")[2]
        if english_name(norm_key(above)) not in MED_KEYS:
            return ()
    first = _WORDS.match(leaf.text.strip()[:60])
    return (first.group(0).lower(),) if first and first.group(0).lower() in MEDICINES else ()


def health_product(text: str) -> tuple[str, ...]:
    """A product that is a health test or a medical supply by its name ("Clearview Pregnancy
    Test 2-pack", "HIV self-test kit", "Insulin pen needles": QA99's grocery order); whole
    words, and not a pool's "test strips", a "Pregnancy Test Cake Topper" (the fourth
    review)."""
    low = f" {' '.join(_WORDS.findall(text.lower()))} "
    if NOT_SUPPLIES & set(low.split()):
        return ()
    return tuple(p for p in _VOCAB["health_products"] if f" {p} " in low)[:1]


NOT_SUPPLIES = frozenset({"pool", "spa", "aquarium", "soil", "litmus", "ph", "cat", "dog", "pet",
                          "topper", "cake", "book", "paperback", "costume", "rack", "tube",
                          "tubes", "novelty", "friendly"})


# A referral's or a visit's reason given as a condition's name alone ("presenting_issue":
# "anxiety", "referral_reason": "depression", a crash line's "reason=anxiety": QA102's employer
# assistance programme): the condition the user is referred for. A word that names other
# things too ("depression", "anxiety" are in AMBIGUOUS) counts here, under such a key, when
# it is the whole value; a refund's or a cancellation's reason is never a condition's name.
REFERRAL_KEYS = frozenset({"reason", "reasonforvisit", "visitreason", "chiefcomplaint",
                           "complaint", "presentingcomplaint", "presentingissue",
                           "presentingproblem", "referralreason", "reasonforreferral",
                           # ...and a treatment's area named by its condition (QA107:
                           # "treatment_area": "erectile_dysfunction" in an analytics event;
                           # not a pharma CRM's or a course's "therapy_area": the third review)
                           "treatmentarea", "treatmenttype"})
# (not "stress", "grief" or "burnout", a cancellation's reasons as often; nor "panic" alone, a
# crash's or an SOS button's, nor "stuttering", a video's: the session's review)
MENTAL_REASONS = MENTAL - {"panic"} | {"addiction", "alcoholism"}
NOT_REASONS = frozenset({"stuttering", "stammering"})
REASON_FILLERS = frozenset({"dysfunction", "loss",
                            "attack", "attacks", "disorder", "disorders", "and", "mild",
                            "moderate", "severe", "chronic", "acute", "use", "alcohol",
                            "symptoms", "episode", "episodes", "management", "support",
                            "panic"})
# ...nor a thing's, a report's or a warning's reason (a post reported for "self-harm", a book's
# content warning, a school's closure, a cart item's concern: the review)
NOT_THEIRS = frozenset({"warnings", "warning", "advisory", "items", "item", "products",
                        "product", "topic", "closure", "report", "reports", "flag", "flags",
                        "moderation", "effect", "termination", "reboot", "sos", "cart"})


def named_condition(key: str, text: str) -> tuple[str, ...]:
    """The condition a referral's reason names as its whole value (above), or ()."""
    if english_name(norm_key(key)) not in REFERRAL_KEYS:
        return ()
    return condition_alone(text)


def condition_alone(text: str) -> tuple[str, ...]:
    """The condition a short value names with nothing else but fillers ("anxiety", "panic
    attacks"), or () (read under a reason's key above, and under a log line's diagnosis)."""
    if len(text) > 60:
        return ()
    words = {w.lower() for w in _WORDS.findall(text)}
    named = words & (CONDITION_KEYS | MENTAL_REASONS) - NOT_REASONS
    if "panic" in words and words & {"attack", "attacks", "disorder"}:
        named.add("panic")  # (a panic attack, a panic disorder; not "panic" alone)
    if not named or words - named - REASON_FILLERS - CONDITIONS:
        return ()
    return tuple(sorted(named))


# A medicine's name beside its dose in the same record ({"name": "Rizatriptan", "dose":
# "10 mg"}, "regular[0].name" beside "regular[0].dose": blind74's migraine diary, blind91's
# seizure diary): a known medicine or a word with an INN stem (health_vocab.INN_STEMS)
DOSE_KEYS = frozenset({"dose", "dosage", "strength", "dosemg", "doseml", "doseunits"})
NAME_KEYS = ITEM_NAMES | {"drug", "label", "brand", "generic", "genericname", "brandname"}


# ...not a farm's, a lab's, an aquarium's, a trial's, a pool's or a drink's dose (the review)
NOT_DOSED = frozenset({"farm", "crop", "crops", "field", "fields", "reagent", "reagents", "assay",
                       "experiment", "protocol", "aquarium", "fish", "trial", "trials",
                       "livestock", "cattle", "cow", "garden", "pool", "paint", "cocktail",
                       "drink", "drinks", "pesticide", "fungicide", "spray", "vet", "pet"})


def dosed_medicine(leaf: Leaf, dosed: set[tuple[Part, str]],
                   context: frozenset[str]) -> tuple[str, ...]:
    """The medicine a record with a dose names (above), or (); ``dosed`` holds the records
    (part, object path) with a dose read as ``health.medical``, ``context`` the words of the
    call and of the field's path."""
    if (leaf.part, leaf.path.rpartition(".")[0]) not in dosed or english_name(
            norm_key(leaf.key)) not in NAME_KEYS or context & NOT_DOSED:
        return ()
    first = _WORDS.match(leaf.text.strip()[:60])
    word = first.group(0).lower() if first else ""
    return (word,) if word in MEDICINES or (
        len(word) >= 7 and word.endswith(INN_STEMS)) else ()
