"""A medicine named with its strength, under a key in the app's own words: ``"darmanar":
["metformin 500 mg"]``.

``health_words.py`` reads a medicine with its strength in an order's items, a log line, a
reminder's label and a medication's own key; an app's own word for "medicines" (Lezgian
``darmanar``, Nauruan ``oreni``: QA170, QA167) holds the same values, which a claim "we do not
collect health data" then missed. A medicine's name from the vocabulary with its strength
("500 mg", "100 U/mL", "tablets": ``health_words.STRENGTH``; not a supplement's, a cocktail
kit's or a book's: ``health_words._medicine``) is a medication whoever's key holds it, as a
whole value or a list's element, under a key neither the rules' words nor the lexicon know nor
English names, outside a product's, a catalogue's or a pharmacy stock's object.
``health.medical`` at 0.7.

A medication written as a record of its name and its dose, each under the app's own words
(Breton ``{"anv": "Gonal-f", "doz": "150 UI"}`` under ``louzou``: QA173's IVF drugs, a brand no
vocabulary holds), is read by the dose: a number and a dose's unit alone (mg, mcg, µg, IU and
its French and German "UI" and "IE", units; not grams or millilitres, a recipe's and a drink's
as often), beside one short name in the same object and nothing else but numbers; not a
nutrient's, a stimulant's, a supplement's, a reagent's or a pet's (a label's sodium, a drink's
caffeine, a vape's nicotine, a dog's flea treatment), and "units" only for insulin (credits,
electricity, a game's potions: the session's review); both fields at 0.65.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.base import Unread, leaf_finding, list_path
from analysis.classifiers.health_named import NOT_TESTED
from analysis.classifiers.health_words import _medicine
from analysis.classifiers.own_sentences import own_string_leaves
from analysis.classifiers.paths import path_words
from analysis.decoders import Decoded
from analysis.records import Finding

# (grams only after a space: "4g", "5g" are a network's generation in every SDK's payload)
_STRENGTH = re.compile(r"(?i)\d\s?(?:mg|mcg|mkg|µg|ug|iu|units?|ml|%)|\d g\b|\b(?:tablets?|"
                       r"capsules?|drops|inhaler|cream|ointment|syrup|injection|suspension)\b")
CATEGORY = "health.medical"
CONFIDENCE = 0.7
RULE = "value.medicine-strength"
# a product's, a catalogue's or a stock's medicines are for sale, not taken
STOCK = NOT_TESTED | frozenset({"catalogue", "catalog", "stock", "inventory", "shelf", "shop",
                                "store", "listing", "listings", "offers", "products", "title",
                                "news", "question", "questions", "exam", "quiz", "label",
                                "search", "history", "article", "headline"})
MAX_WORDS = 7  # a medicine, its strength and form; a headline or a question says more
_DOSE = re.compile(r"(?i)\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|iu|ui|ie|units?)")
# a nutrient's, a stimulant's, a supplement's or a reagent's amount is no one's medication
# (a label's sodium, a drink's caffeine, a vape's nicotine: the session's review)
NOT_MEDICINES = re.compile(
    r"(?i)sodi|natri|salt|calci|kalz|potass|kali|iron|eisen|hierro|ferro|magnes|zinc|zink|"
    r"vitamin|vitamina|caffe|koffein|cafe[ií]n|nicotin|taurin|thein|te[ií]na|retinol|creatin|"
    r"sulfit|sulphit|protein|prote[ií]n|cholest|fibr|sugar|zucker|az[uú]car|carb|fat|fett|kreatin|"
    r"grasa|kcal|energy|nacl|reagen|sample|flea|tick|floh|pet|dog|cat|hund|katze|perro|gato")
_NAME = re.compile(r"[^\W\d_][\w'-]*(?: [\w'-]+){0,2}")
PAIR_CONFIDENCE = 0.65
PAIR_RULE = "value.medicine-dose"


def medicine_values(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for a medicine with its strength under the app's own words."""
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for leaf in own_string_leaves(decoded):  # (in most SDK calls none: English keys)
        text = leaf.text
        if not 5 <= len(text) <= 80 or _STRENGTH.search(text) is None:
            continue  # (a strength or a form: most strings are out at once, in C)
        medicine = _medicine(text)
        if not medicine or len(text.split()) > MAX_WORDS or path_words(leaf.path) & STOCK:
            continue
        # (a list of medicines is one finding at the list, as the key rules report lists)
        path = list_path(leaf.path)
        if not unread.claim(leaf.part, path, leaf.path):
            continue
        out.append(dataclasses.replace(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            f"a medicine named with its strength under '{leaf.key}', a key in the app's own "
            "words (a medication)", RULE), path=path))
    return out


def dose_records(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for a name and a dose written as one record (module docstring)."""
    doses = [leaf for leaf in own_string_leaves(decoded) if _DOSE.fullmatch(leaf.text.strip())]
    if not doses:
        return []
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for dose in doses:
        where = dose.path.rpartition(".")[0]
        if path_words(dose.path) & STOCK:
            continue
        beside = [leaf for leaf in decoded.leaves if leaf is not dose and leaf.part is dose.part
                  and leaf.path.rpartition(".")[0] == where and "[" not in leaf.path[len(where):]]
        names = [leaf for leaf in beside if type(leaf.value) is str]
        if (len(names) != 1 or not _NAME.fullmatch(names[0].text.strip())
                or len(names[0].text) > 40 or any(
                    type(leaf.value) not in (int, float) for leaf in beside if leaf not in names)):
            continue
        name = names[0]
        if (NOT_MEDICINES.search(f"{name.text} {name.path} {dose.key}")
                or ("unit" in dose.text.lower() and "insul" not in name.text.lower())):
            continue  # (units of anything but insulin: credits, kWh, a game's potions)
        for leaf in (name, dose):
            if unread.claim(leaf.part, leaf.path):
                out.append(leaf_finding(
                    exchange_id, leaf, CATEGORY, PAIR_CONFIDENCE,
                    f"'{name.key}' and '{dose.key}' of one record: a name and a dose "
                    "(a medication), keys in the app's own words", PAIR_RULE))
    return out
