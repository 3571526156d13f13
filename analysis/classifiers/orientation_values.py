"""A sexual orientation named by the value, under a key in the app's own words.

The key rules read an orientation under "orientation" and "sexuality" (``key.orientation``,
``key.sexuality``), but an app names the field in its own language, and a fertility clinic's
family type (Breton ``doare_familh``: ``"same_sex_female_couple"``, sent to an analytics SDK's
user properties: QA173) said what a claim "we share no sexual orientation with partners" denied.
The value says it without the key: one to four words (a machine's ``_`` and ``-`` read as
spaces), each an orientation's, a person's or a couple's word, with an unambiguous one among
them (``validators_national.orientation_strict``: "lesbian", "gay man"; not "straight"), or a
same-sex couple or family written so. Only under a key neither the rules' words nor the lexicon
know nor English names (``own_sentences.own_words_key``: an English key's "gay" is a venue's,
a film's or a festival's as often), outside a place's, a product's, a search's record and a
genre's, a tag's, a topic's, a film's, an audience's or a campaign's (a catalogue's subject);
not a single capitalised word (a surname, "Gay"), nor "gai" (French cheerful, Vietnamese girl),
nor "same sex" without a couple's or a family's word (a ride's driver, a ward).
``personal.sensitive`` at 0.7 (GDPR Art. 9's "sex life or sexual orientation") when the request
also names a person (a name, a user's or a device's ID, a contact, a birth date, a gender), 0.55
otherwise (a venue's or a campaign's audience as often: the session's review).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import Unread, leaf_finding
from analysis.classifiers.own_sentences import own_words_key
from analysis.classifiers.paths import path_words
from analysis.classifiers.religion_values import PLACES
from analysis.classifiers.validators_national import orientation_strict
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "personal.sensitive"
CONFIDENCE = 0.7
RULE = "value.orientation"
COUPLES = frozenset({"couple", "couples", "family", "families", "parents", "partners",
                     "female", "male", "women", "men", "mothers", "fathers", "moms", "dads",
                     "mums"})
_SAME_SEX = re.compile(r"(?i)^(?:[a-z]+ )?same ?sex(?: [a-z]+){1,2}$")
# French "gai" is cheerful, Vietnamese "gai" a girl, "Gai" a Chinese surname: not by value
NOT_BY_VALUE = frozenset({"gai", "gey"})
PERSON_SIGNS = frozenset({"contact.name", "personal.gender", "personal.birthdate", "id.user",
                          "contact.email", "contact.phone", "id.device", "id.advertising"})
ALONE = 0.55
_SEPARATORS = re.compile(r"[_\-.]+")
# a film's, a book's, a festival's or a feed's subject is no one's orientation
SUBJECTS = PLACES | frozenset({"genre", "genres", "tag", "tags", "topic", "topics", "festival",
                               "event", "events", "film", "films", "movie", "movies", "hashtag",
                               "hashtags", "keyword", "keywords", "channel", "channels",
                               "playlist", "show", "shows", "series",
                               # ...and a catalogue's or an audience's words in the languages the
                               # session's review met (not "genero": a gender)
                               "tema", "tematica", "thema", "rubrik", "kategorie", "categoria",
                               "category", "etiqueta", "etiquetas", "etiketten", "estilo",
                               "stil", "style", "zielgruppe", "publico", "audience", "ambiente",
                               "colectivo", "target", "segment", "campaign", "kampagne",
                               "ward", "sala", "driver", "parade", "desfile", "type", "tipus",
                               "tipo", "art"})


# the words any value read holds, one of them inside each of ``orientation_strict``'s
# unambiguous words and in "same sex" (looked for in the request's whole text first, then per
# string field: most requests hold none)
TRIGGER_WORDS = ("sex", "gay", "lesb", "homo", "queer", "schwul", "hetero")


def _triggered(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in TRIGGER_WORDS)


def orientation_value(text: str) -> bool:
    """Whether ``text`` names a sexual orientation or a same-sex couple (module docstring)."""
    words = _SEPARATORS.sub(" ", text).strip()
    if not 1 <= len(words.split()) <= 4:
        return False
    if _SAME_SEX.match(words):
        rest = set(words.lower().split()) - {"same", "sex", "samesex"}
        return bool(rest) and rest <= COUPLES  # (a ride's driver, a ward: "same_sex" alone)
    if " " not in words and (words[:1].isupper() or words.lower() in NOT_BY_VALUE):
        return False  # (a surname, "Gay"; a mood's or a girl's "gai")
    return orientation_strict(words)


def orientation_values(exchange_id: int, decoded: Decoded,
                       found: list[Finding]) -> list[Finding]:
    """``personal.sensitive`` for the values naming an orientation under the app's own words."""
    if not _triggered(decoded.joined_text()):
        return []  # (most requests: no orientation's word anywhere; substring tests in C, a
        # regular expression over the whole text cost more than the reading: the bench)
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    person: bool | None = None
    for leaf in decoded.leaves:
        if (type(leaf.value) is not str or not 3 <= len(leaf.text) <= 40
                or not leaf.text[0].isalpha() or not _triggered(leaf.text)
                or not orientation_value(leaf.text)
                or not own_words_key(leaf.key) or path_words(leaf.path) & SUBJECTS
                or not unread.claim(leaf.part, leaf.path)):
            continue
        if person is None:
            person = any(f.category in PERSON_SIGNS for f in found)
        out.append(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE if person else ALONE,
            # (the orientation itself stays out of the evidence, shown without --show-values)
            f"the value names a sexual orientation or a same-sex couple under '{leaf.key}', a "
            "key in the app's own words (GDPR Art. 9: sexual orientation)"
            + ("" if person else "; nothing in the request says whose (a venue's, a "
               "campaign's audience as often): below a verdict"), RULE))
    return out
