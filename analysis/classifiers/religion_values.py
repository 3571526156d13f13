"""A religion or a church's denomination named by the value, under a key in the app's own words.

A key rule reads a religion under "religion", "faith", "church" and the lexicon's words for them
(``key.sensitive``), but an app names the field in its own language (Kwéyòl ``denominasyon``,
Nauruan ``ekaresia``, Shetland ``kirk``: QA163, QA164, QA167), and a claim "we do not share
your religion" then held while the value said "Katolik" or "Congregational (Protestant)". The
value says it without the key: a religion's or a denomination's name, whole (one to four words,
a qualifier in brackets allowed), in English and the languages the sets and QA rounds met
(GDPR Art. 9's "religious beliefs"; TAXONOMY.md's ``personal.sensitive``). Only under a key
neither the rules' words nor the lexicon know nor English names (``own_sentences.own_words_key``:
an English key's value is a place's or a product's as often, "Catholic" a school's), and not a
place's, a venue's, an organisation's, a book's or a product's record; and under a key that means
a religion in a major language but something else in the lexicon ("din": a Twi name; QA170). A
name that is as often a surname, a cuisine, a genre or a chess opening ("Islam", "Jewish",
"Orthodox": ``AMBIGUOUS``) is read under such a religion's key only (the session's review).
``personal.sensitive`` at 0.7.
"""

from __future__ import annotations

import re

from analysis.classifiers.base import Unread, leaf_finding
from analysis.classifiers.own_sentences import own_words_key
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "personal.sensitive"
CONFIDENCE = 0.7
RULE = "value.religion"
# a religion's or a denomination's name and its adjectives, in English and as the sets' and
# the QA rounds' languages write them (ASCII-folded)
RELIGIONS = frozenset({
    "catholic", "roman catholic", "katolik", "katolika", "katoliko", "catolico", "catolica",
    "catholique", "katholisch", "katholiek", "katolicki", "cattolico", "cattolica",
    "protestant", "protestante", "protestantse", "evangelical", "evangelico", "evangelica",
    "evangelique", "evangelisch", "pentecostal", "pentecostale", "pentecostal church",
    "anglican", "anglicano", "anglicana", "episcopalian", "methodist", "metodista",
    "methodiste", "baptist", "baptista", "baptiste", "lutheran", "luterano", "lutherien",
    "lutherisch", "presbyterian", "presbiteriano", "presbiteriana", "presbyterien",
    "congregational", "congregationalist", "adventist", "adventista", "seventh-day adventist",
    "orthodox", "ortodoxo", "ortodoxa", "orthodoxe", "pravoslavny", "pravoslavnaya",
    "mennonite", "moravian", "quaker", "mormon", "latter-day saints", "jehovah's witness",
    "jehovah's witnesses", "muslim", "muslima", "musulman", "musulmane", "musulmana",
    "musulmano", "moslem", "islam", "islamic", "sunni", "shia", "shiite", "ahmadi", "hindu",
    "hinduism", "buddhist", "budista", "bouddhiste", "buddhism", "sikh", "jewish", "judio",
    "judia", "juif", "juive", "judaism", "jain", "bahai", "baha'i", "zoroastrian", "animist",
    "atheist", "ateo", "atea", "athee", "agnostic", "agnostico", "agnostica", "agnostique",
    "christian", "cristiano", "cristiana", "chretien", "chretienne", "kristen", "kristian",
    "church of scotland", "free church", "church of england", "church of ireland",
    "uniting church", "united church", "church of christ", "assemblies of god",
    "seventh day adventist", "salvation army",
    # Islam's schools of law, a believer's own (QA170's "mezheb": "shafii")
    "shafii", "shafi'i", "hanafi", "maliki", "hanbali", "jafari", "ja'fari"})
# names that are as often a surname, a cuisine, a genre, a chess opening, a boxing stance or a
# brand (the session's review: "podobi": "Islam", "masakan": "Jewish", "wariant": "Orthodox"):
# read only under a religion's own key (below)
AMBIGUOUS = frozenset({"islam", "christian", "jain", "baptiste", "shia", "orthodox", "jewish",
                       "quaker", "mennonite", "mormon", "sikh", "hindu", "animist"})
# keys that mean a religion in a major language but something else in the lexicon (Arabic,
# Turkish, Persian and Lezgian "din" is a Twi name): read with a religion's value only
RELIGION_KEYS = frozenset({"din", "deen", "mezheb", "mezhep", "mazhab", "madhab", "madhhab",
                           # (Kabardian "dine": QA187; an English verb, a restaurant's "dine")
                           "dine"})
_BRACKETS = re.compile(r"\s*[\(\[][^)\]]{1,40}[\)\]]\s*")
# a place's, a venue's or an organisation's record: its name is no one's belief; nor a book's,
# a course's or a product's subject (a book's school of law: QA123's review, Malay "kitab")
PLACES = frozenset({"place", "places", "venue", "venues", "school", "schools", "hospital",
                    "clinic", "organisation", "organization", "org", "business", "shop",
                    "store", "merchant", "hotel", "restaurant", "location", "locations",
                    "book", "books", "kitab", "course", "courses", "lesson", "lessons",
                    "article", "articles", "product", "products", "item", "items", "title",
                    "catalog", "catalogue", "filter", "filters", "search"})


def _named(text: str) -> str:
    """The religion the whole value names ("Congregational (Protestant)"), or "" (a look per
    string field of every request: brackets only where there are some)."""
    low = text.lower()
    if "(" in low or "[" in low:
        low = _BRACKETS.sub(" ", low)
    low = low.strip().replace("_", " ")
    return low if low in RELIGIONS else ""


def religion_values(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``personal.sensitive`` for the values naming a religion under the app's own words."""
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for leaf in decoded.leaves:
        if type(leaf.value) is not str or not 3 <= len(leaf.text) <= 45 or not (
                leaf.text[0].isalpha()):
            continue  # (a religion's name begins with a letter: numbers, IDs, times are out)
        named = _named(leaf.text)
        if not named or path_words(leaf.path) & PLACES:
            continue
        religious_key = norm_key(leaf.key) in RELIGION_KEYS
        if not (religious_key or (own_words_key(leaf.key) and named not in AMBIGUOUS)):
            continue
        if not unread.claim(leaf.part, leaf.path):
            continue
        out.append(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            # (the name itself stays out of the evidence: a report's evidence is shown without
            # --show-values, the value masked beside it; QA169 saw "('protestant')")
            f"the value names a religion or a denomination under '{leaf.key}', a key in the "
            "app's own words (GDPR Art. 9: religious beliefs)", RULE))
    return out
