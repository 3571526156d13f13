"""Word rules: a key name read as the words it is made of, for the key spellings no list holds.

SDKs spell the same few things in endless ways — ``display_width``, ``screenWidthPixels``,
``screen_size``, ``deviceFreeSpace``, ``subsession_count`` — and a list of exact names only
finds the ones someone thought of. So a key that no exact rule of ``rules/keys.toml`` names is
split into words (camelCase, snake_case, kebab-case and digits; an all-lower-case run such as
``timepassedsincelastlaunch`` is segmented against the rules' own vocabulary) and a word rule
matches when every word of one of its ``words`` sets is among them. A short or generic key is
read with its parent's words too (``screen.w``, ``session.length_s``, ``os.build``).

A key that says its value is hashed (``hashed_ip_address``, ``first_name_sha256``,
``email_md5``) is read without the hash words and matched as that value's key, but then only a
hex digest counts as the value (``rules_for`` callers receive the rule with validator ``hash``).

Word rules are tried after the exact, suffix and contains rules and never for a negative key,
nor for a key holding one of the negative word sets (``[words] negative``: event and trace IDs,
nonces, timestamps — TAXONOMY.md "Notes for detectors").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from analysis.classifiers.rules import (
    KeyRule,
    exact_rules,
    fold_accents,
    key_rules,
    load_toml,
    norm_key,
)

_SPLIT = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
HASH_WORDS = frozenset({"hash", "hashed", "sha", "sha1", "sha256", "sha512", "md5", "digest",
                        "hmac", "sha2"})
# Categories whose value still singles a person out when hashed (a hashed e-mail is matched
# against an ad platform's users); a hash of an image or a receipt is a content hash.
HASHABLE = ("id.", "contact.", "location.", "personal.")
# ...but not a bare "user" hashed: a support SDK's "user_hash" is the HMAC that verifies who the
# user is (Intercom-style identity verification), a credential, no hashed account
UNHASHED = frozenset({"key.user-scalar"})
# A key of three letters or fewer, or of one word besides units, says little alone: read it
# with its parent's words (``screen.w``, ``session.length_s``, ``os.build``).
SHORT = 3
UNITS = frozenset({"s", "ms", "sec", "secs", "px", "dp", "pt", "kb", "mb", "gb", "pct", "bytes"})
# Keys that hold the value of the record they sit in, and the categories such a value takes
# from its record's name (a count of steps is fitness data; the "value" of a device ID object
# is found by the exact rules, which read generic keys with their parent).
VALUE_WORDS = frozenset({"count", "value", "val", "amount", "qty", "quantity", "total", "avg",
                         "mean", "sum", "level", "reading"})
VALUE_CATEGORIES = frozenset({"health.fitness", "health.medical", "behavior.usage",
                              "financial.purchase"})
# Words segmentation may use besides the rules' own: fillers and common SDK words, so that a
# run of lower-case letters is cut into words only when all of it is words.
FILLERS = ("in", "of", "is", "at", "on", "the", "per", "last", "first", "total", "free",
           "since", "count", "number", "size", "type", "id", "name", "level", "value", "user",
           "device", "app", "time", "ms", "sec", "s", "px", "kb", "mb", "gb", "bytes", "max",
           "min", "avg", "current", "info", "status", "state", "mode", "code", "days", "ids")


@dataclass(frozen=True, slots=True)
class WordRule:
    rule: KeyRule
    sets: tuple[frozenset[str], ...]
    # the key's last word is one of these ("tealium_event", "cbEvent": the event tracked;
    # "event_source" is not one)
    last: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ContextRule:
    rule: KeyRule
    under: frozenset[str]  # names of the objects (or lists) the field may sit in
    unless: frozenset[str]  # key words that void the rule
    only: frozenset[str]  # when set, the key must hold one of these words
    direct: bool = False  # only a field of the container itself, not of an object inside it


@dataclass(frozen=True, slots=True)
class WordTables:
    rules: tuple[WordRule, ...]
    negative: tuple[frozenset[str], ...]
    vocabulary: frozenset[str]
    # (rule, container names): a field no rule names, inside an object so named, is what the
    # object describes ({"device": {"dx": 1080, "lpm": false}} describes the phone)
    context: tuple[ContextRule, ...] = ()
    # abbreviation -> the word it stands for ([words.abbreviations]: "mdl" -> "model")
    abbreviations: dict[str, str] = dataclasses.field(default_factory=dict)
    # word -> the indexes of the rules with a word set holding it (each set under its least
    # word) or naming it as a last word; and the negative sets by their least word
    by_word: dict[str, tuple[int, ...]] = dataclasses.field(default_factory=dict)
    negative_by_word: dict[str, tuple[frozenset[str], ...]] = dataclasses.field(
        default_factory=dict)
    # a foreign key word -> the English words it means ([words.translations]: "endereco" ->
    # "address"); also in ``abbreviations``, and alone applied to the names of the objects
    # above a field (an English "ev" object is no event)
    translations: dict[str, str] = dataclasses.field(default_factory=dict)
    containers: frozenset[str] = frozenset()  # the context rules' object names (``under``)


@cache
def tables() -> WordTables:
    raw = load_toml("keys.toml")
    by_id = {r.id: r for r in key_rules().rules}
    # configuration and feature flags describe the app, not the phone or the person
    config = frozenset(raw.get("words", {}).get("not_under", ()))
    rules = tuple(WordRule(dataclasses.replace(by_id[r["id"]],
                                               not_under=by_id[r["id"]].not_under | config),
                           tuple(frozenset(s) for s in r["words"]),
                           frozenset(r.get("last_words", ())))
                  for r in raw["rule"] if r.get("words") or r.get("last_words"))
    negative = tuple(frozenset(s) for s in raw.get("words", {}).get("negative", ()))
    vocab = {w for wr in rules for s in (*wr.sets, wr.last) for w in s}
    vocab |= {w for s in negative for w in s} | set(HASH_WORDS) | set(FILLERS)
    context = tuple(ContextRule(by_id[r["id"]], frozenset(norm_key(u) for u in r["under"]),
                                frozenset(r.get("except_words", ())),
                                frozenset(r.get("only_words", ())), bool(r.get("direct")))
                    for r in raw["rule"] if r.get("under"))
    own = dict(raw.get("words", {}).get("translations", {}))
    vocab |= set(raw.get("words", {}).get("abbreviations", {})) | set(own)
    # the lexicon's words translate keys and the words of compound keys, but cut no unknown
    # run of letters into words (rules/lexicon.toml: short words of 170 languages would)
    translations = {**load_toml("lexicon.toml")["lexicon"], **own}
    abbreviations = {**raw.get("words", {}).get("abbreviations", {}), **translations}
    by_word: dict[str, set[int]] = {}
    for i, wr in enumerate(rules):
        for w in [min(ws) for ws in wr.sets if ws] + sorted(wr.last):
            by_word.setdefault(w, set()).add(i)
    negative_by_word: dict[str, list[frozenset[str]]] = {}
    for ns in negative:
        negative_by_word.setdefault(min(ns), []).append(ns)
    return WordTables(rules, negative, frozenset(w for w in vocab if len(w) >= 2), context,
                      abbreviations, {w: tuple(sorted(i)) for w, i in by_word.items()},
                      {w: tuple(n) for w, n in negative_by_word.items()}, translations,
                      frozenset().union(*(c.under for c in context)))


def _segment(run: str, vocab: frozenset[str]) -> list[str] | None:
    """``run`` cut into the fewest vocabulary words that cover all of it, or None."""
    n = len(run)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 16), end):
            prefix = best[start]
            if prefix is not None and run[start:end] in vocab:
                cand = [*prefix, run[start:end]]
                cur = best[end]
                if cur is None or len(cand) < len(cur):
                    best[end] = cand
    return best[n]


MAX_SEGMENTED = 64  # longer runs of letters are no key name worth segmenting (quadratic cost)


@lru_cache(maxsize=8192)
def key_words(key: str) -> tuple[str, ...]:
    """The words of a key name, lower-cased: ``screenWidthPixels`` -> screen, width, pixels;
    ``hashed_email_sha256`` -> hashed, email, sha256; ``devicefreespace`` -> device, free,
    space (segmented only when every letter falls in a known word)."""
    t = tables()
    vocab, abbreviations = t.vocabulary, t.abbreviations
    out: list[str] = []
    if not key.isascii():
        key = fold_accents(key)  # "contraseña", "orientação_sexual" (QA39)
    raws = _SPLIT.findall(key)
    if len(raws) > 1 and (whole := t.translations.get("".join(raws).lower())):
        return tuple(whole.split())  # a foreign compound: Vietnamese "viDo", "mat_khau"
    for at, raw in enumerate(raws):
        if len(raw) == 2 and raw.lower() in abbreviations and not abbreviations[raw.lower()] \
                and (at == 0 or at == len(raws) - 1):
            out.append(raw.lower())  # "de" ends "comment_de" as a language code (review)
            continue
        w = raw.lower()
        if w.isdigit() and out and (out[-1] in ("sha", "md") or out[-1] + w in vocab):
            out[-1] += w  # sha + 256, md + 5, spo + 2, last + 4: words that end in digits
            continue
        seg = (_segment(w, vocab) if MAX_SEGMENTED >= len(w) > 5 and w.isalpha()
               and w not in vocab else None)
        for x in seg or [w]:
            out.extend(abbreviations[x].split() if x in abbreviations else (x,))
    return tuple(out)


@lru_cache(maxsize=8192)
def expanded_name(key: str) -> str | None:
    """The key name with its abbreviations (and foreign words) written out, as ``norm_key``
    writes names (``mdl`` -> "model", ``evt_name`` -> "eventname", ``handynummer`` ->
    "mobilenumber"), or None when it has none."""
    written = "".join(key_words(key))
    return written if written and written != norm_key(key) else None


def _matching(words: frozenset[str], part: str, last: str = "") -> tuple[KeyRule, ...]:
    """The word rules one of whose word sets ``words`` holds, or whose last words hold
    ``last``, in rule order; none when a negative set is held. Only the rules and negative
    sets indexed under one of ``words`` (or ``last``) are tested: a key name seen for the
    first time tested all 699 sets (``WordTables.by_word``; identical results, tested)."""
    t = tables()
    negative = t.negative_by_word
    if any(s <= words for w in words for s in negative.get(w, ())):
        return ()
    index = t.by_word
    candidates = sorted({i for w in (*words, last) for i in index.get(w, ())})
    return tuple(wr.rule for wr in map(t.rules.__getitem__, candidates)
                 if (not wr.rule.parts or part in wr.rule.parts)
                 and (any(s <= words for s in wr.sets) or last in wr.last))


@lru_cache(maxsize=8192)
def word_rules_for(key: str, parent: str, part: str = "") -> tuple[KeyRule, ...]:
    """The word rules a key matches, best first; for a key that says it is hashed, the rules of
    the value it hashes with validator ``hash``. Empty when nothing matches."""
    words = key_words(key)
    if not words:
        return ()
    core = frozenset(w for w in words if w not in HASH_WORDS)
    hashed = len(core) < len(words)
    found = _matching(core, part, words[-1]) if core else ()
    if not found and parent and (len(key) <= SHORT or (core & UNITS and len(core - UNITS) == 1)
                                 or core <= VALUE_WORDS):
        above = frozenset(key_words(parent)) - HASH_WORDS
        named = _matching(above, part)
        # Only a parent that names nothing on its own lends its words ("screen" + "w"): under
        # one that does ("heart_rate", "steps"), a short key is a part of that record, such as
        # its time ("t", "end"), not more of the same — unless the key says it is the record's
        # value ("steps": [{"count": 5012}], "bpm": {"value": 61}).
        if not named:
            found = _matching(core | above, part)
        elif core <= VALUE_WORDS:
            found = tuple(r for r in named if r.category in VALUE_CATEGORIES)
    if hashed:
        exact = _exact(core_name(words), part)
        found = tuple(dataclasses.replace(r, validate="hash") for r in (*exact, *found)
                      if r.category.startswith(HASHABLE) and r.id not in UNHASHED)
    return found


def core_name(words: tuple[str, ...]) -> str:
    """The key name without its hash words, joined as ``norm_key`` writes names."""
    return "".join(w for w in words if w not in HASH_WORDS)


def _exact(name: str, part: str) -> tuple[KeyRule, ...]:
    if not name or name in key_rules().negative:
        return ()
    return exact_rules(name, part)


MAX_CONTEXT_VALUE = 64  # a property of the phone is a short value, not a document


def english_name(name: str) -> str:
    """A container's name (``norm_key``) in the English the rules name it in, if foreign."""
    return tables().translations.get(name, name).replace(" ", "")


def english(key: str, kept: frozenset[str] = frozenset()) -> str:
    """A key lower-cased, or the English word it is ([words.translations]: "mensagem" is a
    "message", QA41; "mensahe" too, QA91); a key in ``kept`` as it is."""
    k = key.lower()
    return k if k in kept else tables().translations.get(norm_key(k), k)
