"""An illness named by the value, under a key in the app's own words: ``"two": "HIV"``,
``"bemaari": "asthma"``, ``"rog": "type 2 diabetes"``.

The key rules read a diagnosis under "diagnosis", "condition", "illness" and the lexicon's words
for them, but an app names the field in its own language (Acholi ``two``, QA198; many sets'
words no list holds), and a claim "we do not collect health data" then held while the value
said "HIV". The value says it without the key when it names a condition and nothing else: the
health vocabulary's conditions and mental-health reasons, with fillers only
(``health_named.condition_alone``: "asthma", "type 2 diabetes", "panic attacks"; not
"asthma-friendly rooms"). Only under a key neither the rules' words nor the lexicon know nor
English names (``own_sentences.own_words_key``: an English key's value is a product's, a
search's or an article's topic as often), and not in a product's, a catalogue's, a search's,
an article's or a quiz's record. ``health.medical`` (TAXONOMY.md: health conditions) at 0.7.
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.base import Unread, leaf_finding, list_path
from analysis.classifiers.health_named import (
    CONDITION_KEYS,
    MENTAL_REASONS,
    REASON_FILLERS,
    condition_alone,
)
from analysis.classifiers.health_vocab import _WORDS
from analysis.classifiers.own_sentences import own_string_leaves
from analysis.classifiers.paths import path_words
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "health.medical"
CONFIDENCE = 0.7
RULE = "value.condition"
# a product's, a catalogue's, a search's, an article's or a quiz's topic is no one's illness
TOPICS = frozenset({"product", "products", "item", "items", "catalog", "catalogue", "shop",
                    "store", "category", "categories", "search", "filter", "filters", "query",
                    "article", "articles", "news", "title", "headline", "quiz", "question",
                    "questions", "course", "courses", "lesson", "lessons", "book", "books",
                    "tag", "tags", "topic", "topics", "campaign", "banner", "promo",
                    # ("category" in the languages the sets met: Indonesian, Norwegian, Spanish)
                    "kategori", "kategorie", "kategoria", "categoria", "categorie",
                    # an app's screens and a search's text ("screens": ["tinnitus"], a hearing
                    # app's; "q": "chemotherapy", a search: blind8, blind11)
                    "screen", "screens", "page", "pages", "view", "views", "tab", "tabs", "q",
                    "term", "terms", "keyword", "keywords"})
MAX_LEN = 60
# ...and a condition written with its type or its status ("type 2 diabetes", "diabetes mellitus
# type 2", "HIV positive"), and HIV alone: the vocabulary keeps "hiv" out of its conditions as a
# key's word (a prevention programme's), not as a whole value
TYPED = frozenset({"type", "1", "2", "i", "ii", "mellitus", "positive", "stage", "grade"})
NAMED_ALONE = frozenset({"hiv"})
ANY_CONDITION = CONDITION_KEYS | MENTAL_REASONS | NAMED_ALONE | {"panic"}


def _typed(words: set[str]) -> tuple[str, ...]:
    named = words & (CONDITION_KEYS | NAMED_ALONE)
    if not named or words - named - TYPED - REASON_FILLERS:
        return ()
    return tuple(sorted(named))


def condition_values(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for the values naming an illness under the app's own words."""
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    searched: set[tuple[str, str]] | None = None
    for leaf in own_string_leaves(decoded):
        text = leaf.text
        if not 2 <= len(text) <= MAX_LEN or not text[0].isalpha():
            continue
        words = set(_WORDS.findall(text.lower()))
        if words.isdisjoint(ANY_CONDITION):
            continue  # (most values name none: one look before the two readings)
        if not (condition_alone(text) or _typed(words)) or path_words(leaf.path) & TOPICS:
            continue
        if searched is None:  # (what a search sent is a search's: looked up once, if asked)
            searched = {(f.part, f.path) for f in found if f.category == "behavior.search"}
        # (a list of conditions is one finding at the list, as the key rules report lists)
        path = list_path(leaf.path)
        if (leaf.part, leaf.path) in searched or not unread.claim(leaf.part, path, leaf.path):
            continue
        out.append(dataclasses.replace(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            # (the condition itself stays out of the evidence, shown unmasked in reports)
            f"the value names an illness under '{leaf.key}', a key in the app's own words",
            RULE), path=path))
    return out
