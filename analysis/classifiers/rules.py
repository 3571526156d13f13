"""Loading the rule files (``rules/*.toml``) once, validated: a rule naming an unknown category
or validator is a bug in the rules and fails loudly at load time, not silently at match time."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from analysis.cache import cached_toml
from analysis.classifiers.validators import VALIDATORS
from analysis.decoders import Decoded
from analysis.records import Part
from analysis.taxonomy import CATEGORIES

RULES_DIR = Path(__file__).with_name("rules")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


# Letters NFKD does not take apart into a base letter and a mark, and Greek letters as
# Greeklish writes them in API keys (QA70: "kodikos" and "κωδικός" alike; χ as "x", as
# "sxolio" and "xristis" write it, not ELOT 743's "ch")
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i",
                                                "k", "l", "m", "n", "ks", "o", "p", "r", "s",
                                                "s", "t", "y", "f", "x", "ps", "o"], strict=True))
# ...and Cyrillic as Russian and Kazakh API keys are romanised (QA125: "широта" as "shirota",
# "ИИН" as "iin", "ЖСН" as "zhsn"; й, ё are и, е once their marks are taken off)
_CYRILLIC = dict(zip("абвгдежзиклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґ",
                     ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "k", "l", "m", "n", "o",
                      "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
                      "e", "yu", "ya", "a", "g", "q", "n", "o", "u", "u", "h", "i", "yi", "ye",
                      "g"], strict=True))
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i",
                       "þ": "th", "ð": "d", **_GREEK, **_CYRILLIC,
                       **{g.upper(): lat.upper() for g, lat in _GREEK.items() if g != "ς"},
                       **{c.upper(): lat for c, lat in _CYRILLIC.items()}})


@lru_cache(maxsize=16384)
def norm_key(key: str) -> str:
    """A key name lower-cased with everything but letters and digits removed (cached: the
    same key names come back in every request); accented Latin letters read as their base
    letters ("födelsedatum", "doğum_tarihi", "fødselsnummer" as the rules write them, QA37)."""
    key = key.lower()
    return _NOT_ALNUM.sub("", key if key.isascii() else fold_accents(key))


def fold_accents(text: str) -> str:
    """Accented Latin letters as their base letters ("ñ" -> "n", "ø" -> "o", "ß" -> "ss"), Greek
    ones as Latin ("πλάτος" -> "platos"): marks taken off first, so "ό" is read as "ο"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("\u00b5", "u"))
                   if not unicodedata.combining(c)).translate(_FOLD)  # (the micro sign: "µg")


@lru_cache(maxsize=4096)
def norm_keys(keys: frozenset[str]) -> frozenset[str]:
    """A request's key names (``Decoded.key_set``) as ``norm_key`` reads them, cached per set:
    the request-level readings ask whether theirs are among them."""
    return frozenset(norm_key(k) for k in keys)


def object_keys(decoded: Decoded) -> dict[tuple[str, str], set[str]]:
    """Each object's own key names (``norm_key``), by (part, the object's path)."""
    seen: dict[tuple[str, str], set[str]] = {}
    for leaf in decoded.leaves:
        seen.setdefault((leaf.part, leaf.path.rpartition(".")[0]), set()).add(norm_key(leaf.key))
    return seen


@dataclass(frozen=True, slots=True)
class KeyRule:
    id: str
    category: str
    keys: frozenset[str]
    contains: tuple[str, ...]
    suffix: bool
    validate: str
    confidence: float
    what: str
    grade: str | None = None
    skip_layers: frozenset[str] = frozenset()
    # Request parts the rule is limited to (empty: every part). A part-scoped rule is tried
    # before the negative list: ``sessionid`` is an analytics session in a JSON body but the
    # server's session credential in a Cookie header.
    parts: frozenset[str] = frozenset()
    not_under: frozenset[str] = frozenset()  # parent-key words under which the rule is void
    # a validator the value should pass; when it does not, the finding stays, says so and
    # drops below the confidence that can violate a claim (an "imei" that fails Luhn)
    check: str | None = None
    # names of the object directly above under which the rule is void (an OpenRTB "content"
    # object's language is the content's, but a "content.header" block's is the phone's)
    not_parent: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class KeyRules:
    version: str
    rules: tuple[KeyRule, ...]
    generic: frozenset[str]
    negative: frozenset[str]
    # suffix name (MIN_SUFFIX+ letters) -> the indexes of the suffix rules listing it, and the
    # rules with ``contains`` words: see ``loose_rules``
    suffixes: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    containing: tuple[KeyRule, ...] = ()
    scoped: tuple[KeyRule, ...] = ()  # the rules limited to some request parts, in rule order


MIN_SUFFIX = 6  # a suffix rule's name matches the end of a key from this length on


def named_by(rule: KeyRule, name: str) -> bool:
    """``rule`` lists ``name``, or, a suffix rule, a name of ``MIN_SUFFIX``+ letters ending it."""
    return name in rule.keys or (rule.suffix and any(
        name.endswith(x) for x in rule.keys if len(x) >= MIN_SUFFIX))


def loose_rules(name: str, part: str) -> list[KeyRule]:
    """The rules one of whose names (``MIN_SUFFIX``+ letters) ends ``name`` (suffix rules),
    then those with a ``contains`` word in it, each in rule order, limited to the request
    ``part``: what ``keys.rules_for`` reads of a name no rule lists exactly. Found through an
    index of the suffix names, one dict lookup per ending of ``name``, instead of testing every
    name of every rule: a key name seen for the first time cost ~350 generator steps, and real
    captures bring many (1,539 distinct names in the corpus's 589 app requests)."""
    rules = key_rules()
    hits = sorted({i for j in range(len(name) - MIN_SUFFIX + 1)
                   for i in rules.suffixes.get(name[j:], ())})
    out = [r for r in map(rules.rules.__getitem__, hits) if not r.parts or part in r.parts]
    out += [r for r in rules.containing if (not r.parts or part in r.parts)
            and any(c in name for c in r.contains) and r not in out]
    return out


@lru_cache(maxsize=8192)
def exact_rules(name: str, part: str = "") -> tuple[KeyRule, ...]:
    """The rules that list ``name`` exactly and apply to the request ``part`` (cached: the same
    names come back in every request). Whether the name is negative is the caller's test."""
    return tuple(r for r in key_rules().rules
                 if name in r.keys and (not r.parts or part in r.parts))


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A rule file, parsed once per process (several loaders read keys.toml; callers only
    read the dict) and once per installation of that file's text (``derived_json``)."""
    return cached_toml((RULES_DIR / name).read_bytes())


@cache
def key_rules() -> KeyRules:
    raw = load_toml("keys.toml")
    rules = []
    for r in raw["rule"]:
        if r["category"] not in CATEGORIES:
            raise ValueError(f"keys.toml: rule {r['id']}: unknown category {r['category']}")
        for v in (r["validate"], r.get("check", r["validate"])):
            if v not in VALIDATORS:
                raise ValueError(f"keys.toml: rule {r['id']}: unknown validator {v}")
        if not set(r.get("parts", ())) <= {str(p) for p in Part}:
            raise ValueError(f"keys.toml: rule {r['id']}: unknown part in {r['parts']}")
        rules.append(KeyRule(
            id=r["id"], category=r["category"], keys=frozenset(norm_key(k) for k in r["keys"]),
            contains=tuple(r.get("contains", ())), suffix=bool(r.get("suffix", False)),
            validate=r["validate"], confidence=float(r["confidence"]), what=r["what"],
            grade=r.get("grade"), skip_layers=frozenset(r.get("skip_layers", ())),
            parts=frozenset(r.get("parts", ())), not_under=frozenset(r.get("not_under", ())),
            check=r.get("check"), not_parent=frozenset(r.get("not_parent", ())),
        ))
    suffixes: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for name in rule.keys if rule.suffix else ():
            if len(name) >= MIN_SUFFIX:
                suffixes.setdefault(name, []).append(i)
    return KeyRules(str(raw.get("version", "0")), tuple(rules), frozenset(raw["generic"]),
                    frozenset(raw["negative"]), {k: tuple(v) for k, v in suffixes.items()},
                    tuple(r for r in rules if r.contains), tuple(r for r in rules if r.parts))


@cache
def rules_fingerprint() -> dict[str, str]:
    """Each rule file's declared version and the SHA-256 of its text (first 16 hex digits):
    what a ``runs`` row records so that two reports made with different rules can be told
    apart even under one tool version (DESIGN.md "rule versions")."""
    out = {}
    for path in sorted(RULES_DIR.glob("*.toml")):
        text = path.read_bytes()
        version = load_toml(path.name).get("version", "0")
        out[path.name] = f"v{version} sha256:{hashlib.sha256(text).hexdigest()[:16]}"
    return out
