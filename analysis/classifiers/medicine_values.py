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
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.base import Unread, leaf_finding, list_path
from analysis.classifiers.health_named import NOT_TESTED
from analysis.classifiers.health_words import _medicine
from analysis.classifiers.own_sentences import own_words_key
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


def medicine_values(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for a medicine with its strength under the app's own words."""
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for leaf in decoded.leaves:
        text = leaf.text
        if (type(leaf.value) is not str or not 5 <= len(text) <= 80
                or _STRENGTH.search(text) is None):
            continue  # (a strength or a form: most strings are out at once, in C)
        medicine = _medicine(text)
        if (not medicine or len(text.split()) > MAX_WORDS or not own_words_key(leaf.key)
                or path_words(leaf.path) & STOCK):
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
