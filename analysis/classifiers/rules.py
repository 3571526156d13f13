"""Loading the rule files (``rules/*.toml``) once, validated: a rule naming an unknown category
or validator is a bug in the rules and fails loudly at load time, not silently at match time."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis.classifiers.validators import VALIDATORS
from analysis.taxonomy import CATEGORIES

RULES_DIR = Path(__file__).with_name("rules")


def norm_key(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


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


@dataclass(frozen=True, slots=True)
class KeyRules:
    version: str
    rules: tuple[KeyRule, ...]
    generic: frozenset[str]
    negative: frozenset[str]


def load_toml(name: str) -> dict[str, Any]:
    return tomllib.loads((RULES_DIR / name).read_text(encoding="utf-8"))


@cache
def key_rules() -> KeyRules:
    raw = load_toml("keys.toml")
    rules = []
    for r in raw["rule"]:
        if r["category"] not in CATEGORIES:
            raise ValueError(f"keys.toml: rule {r['id']}: unknown category {r['category']}")
        if r["validate"] not in VALIDATORS:
            raise ValueError(f"keys.toml: rule {r['id']}: unknown validator {r['validate']}")
        rules.append(KeyRule(
            id=r["id"], category=r["category"], keys=frozenset(norm_key(k) for k in r["keys"]),
            contains=tuple(r.get("contains", ())), suffix=bool(r.get("suffix", False)),
            validate=r["validate"], confidence=float(r["confidence"]), what=r["what"],
            grade=r.get("grade"), skip_layers=frozenset(r.get("skip_layers", ())),
        ))
    return KeyRules(str(raw.get("version", "0")), tuple(rules), frozenset(raw["generic"]),
                    frozenset(raw["negative"]))
