"""A sentence under a key in the app's own words: what a person wrote, read below a verdict.

An app's own API names the text its user writes in its own language (``izahat``,
``oqaaseqaat``, ``wahosi``, ``tapao``), which no list holds; ``written.py`` and
``own_calls.py`` read a text by a word for one in the key or the call. A whole sentence (seven
words or more, mostly words of letters, a number at most) in a request's body, under a key
neither the rules' words nor the lexicon know nor English names, sent to a call named in the
app's own words too (``own_calls.py``: an English call's texts are ``written.py``'s), and
that no reading named anything else, is as
often what the user wrote (a note, a reason, a caption, a message: 504 of the sets' texts so
sent) as the app's own string or a description labelled otherwise (44: a health note, an
address, a notice): ``content.text`` at 0.55, below the 0.6 that can decide a claim, its
evidence saying so; and ``health.medical`` at 0.55 too where it states health facts as a
text read by its key would (``health_words.health_terms``). Sent to a host whose first label
names where people write (``chat.``, ``forum.``, ``community.``: QA174's complaints under Sango
``tene``), a sentence of four words or more there is what the user wrote: 0.7. Not a log line
(``key=value``), a URL, an e-mail, nor a field of an error's, a stack's or a log's object.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.health_vocab import FIRST_PERSON, PERSONAL
from analysis.classifiers.health_words import health_terms
from analysis.classifiers.own_calls import ENGLISH_CALLS, own_words_call
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key
from analysis.classifiers.words import key_words, tables
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding, Part

CATEGORY = "content.text"
CONFIDENCE = 0.55
# ...but sent to a host whose first label names where people write (a chat's, a forum's: QA174's
# Sango "tene" to chat.kangbi.example), what the user wrote: at 0.7, four words or more
WRITING_HOSTS = frozenset({"journal", "diary", "notes", "chat", "messaging", "forum",
                           "community", "feedback"})
HOSTED = 0.7
HOSTED_WORDS = 4
RULE = "text.own-words-sentence"
MIN_WORDS = 7
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*[,.;:!?]?")
NOT_UNDER = frozenset({"error", "errors", "exception", "exceptions", "stack", "stacktrace",
                       "frames", "log", "logs", "breadcrumbs", "crash", "debug"})


def own_sentence(text: str, min_words: int = MIN_WORDS) -> bool:
    """Seven words or more, three in four of them words of letters, a number in one at most,
    no ``=`` (a log line), ``@`` (an address) or URL."""
    if (not (12 if min_words < MIN_WORDS else 25) <= len(text) <= 4000 or "=" in text
            or "@" in text or "://" in text):
        return False
    words = text.split()
    return (len(words) >= min_words
            and sum(bool(_WORD.fullmatch(w)) for w in words) * 4 >= len(words) * 3
            and sum(any(c.isdigit() for c in w) for w in words) <= 1)


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """The English words the rules, the lexicon's meanings and the call words are in."""
    t = tables()
    return frozenset(t.vocabulary | {w for m in t.translations.values() for w in m.split()}
                     | ENGLISH_CALLS | ENGLISH_KEYS)


# keys English APIs name their texts and settings with that no rule reads by itself
ENGLISH_KEYS = frozenset({"description", "details", "content", "context", "ctx", "summary",
                          "body", "prompt", "system", "instructions", "template", "label",
                          "caption", "value", "data", "info", "payload", "result"})


def _about_someone(text: str) -> bool:
    """The sentence is about a person ("my aunt", "she", "his inhaler"), not a topic ("a guide
    to diabetes research and treatment")."""
    return bool({w.lower().strip(",.;:!?") for w in text.split()} & (FIRST_PERSON | PERSONAL))


@lru_cache(maxsize=4096)
def own_words_key(key: str) -> bool:
    """A key in words no rule reads nor English names (the app's own, or a protobuf field's
    number)."""
    name, words = norm_key(key), tables()
    return bool(name) and name not in words.translations and not (
        {name, *key_words(key)} & _english())


def own_string_leaves(decoded: Decoded) -> list[Leaf]:
    """The request's string leaves under keys in the app's own words (``own_words_key``), made
    once per request: several late readings look only at these, and in most SDK calls, whose
    keys are English, there are none."""
    got: list[Leaf] | None = decoded.memo.get("own_strings")
    if got is None:
        got = decoded.memo["own_strings"] = [
            leaf for leaf in decoded.leaves if type(leaf.value) is str and own_words_key(leaf.key)]
    return got


def own_sentences(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``content.text`` for the sentences under the app's own words (above) no reading named."""
    if not own_words_call(decoded):
        return []  # (an English call's texts are written.py's to read: a catalogue's, a
        # settings page's, a chat API's system prompt)
    taken = {(f.part, f.path) for f in found}
    hosted = decoded.host.partition(".")[0] in WRITING_HOSTS
    out = []
    for leaf in decoded.leaves:
        if (leaf.part is not Part.BODY or type(leaf.value) is not str
                or (leaf.part, leaf.path) in taken
                or not own_sentence(leaf.text.strip(), HOSTED_WORDS if hosted else MIN_WORDS)
                or not own_words_key(leaf.key) or NOT_UNDER & path_words(leaf.path)):
            continue
        out.append(leaf_finding(
            exchange_id, leaf, CATEGORY, HOSTED if hosted else CONFIDENCE,
            f"a sentence of {len(leaf.text.split())} words under '{leaf.key}', a key in the "
            + (f"app's own words, sent to '{decoded.host}', where people write" if hosted else
               "app's own words (a person's text as often as the app's: below a verdict)"), RULE))
        if (terms := health_terms(leaf.text)) and _about_someone(leaf.text):
            # ...and what it says of someone's health, as a text read by its key would
            # ("my aunt is diabetic, can she take the pills", blind217), as far below a verdict
            out.append(leaf_finding(
                exchange_id, leaf, "health.medical", CONFIDENCE,
                f"the sentence under '{leaf.key}' names health facts ({len(terms)} term"
                f"{'s' if len(terms) > 1 else ''}; not shown: QA169); whose text it is is not "
                "known: below a verdict", RULE))
    return out
