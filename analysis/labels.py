"""Store privacy labels: Apple's App Privacy label and Google Play's Data safety section.

A user describes what the store listing declares in a small TOML file (see the README):

    store = "google"                 # "apple" or "google"
    data_not_collected = false       # Apple's "Data Not Collected" / Google's "No data collected"
    [[data]]
    type = "Device or other IDs"     # the store's own type name (TAXONOMY.md columns)
    shared = true                    # Google: shared with third parties
    linked = true                    # Apple: linked to you
    tracking = false                 # Apple: used to track you
    purposes = ["Analytics"]

Findings map to label types through TAXONOMY.md (``analysis.taxonomy``). Reported issues:
``data-not-collected-contradicted`` (the listing says nothing is collected, traffic shows data),
``undeclared-collection`` (a type observed but not declared), ``undeclared-sharing`` (Google: a
type sent to a third party while not declared as shared; Google exempts transfers to service
providers, so this is a lead to verify, not a verdict) and ``undeclared-tracking`` (Apple: an
advertising identifier sent to a third party while Identifiers are not declared as tracking).
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.errors import PhonehomeError
from analysis.judge import MIN_CONFIDENCE
from analysis.taxonomy import CATEGORIES
from analysis.textfile import TextFileError, read_utf8


class LabelError(PhonehomeError):
    """The store label file is malformed."""


@dataclass(frozen=True, slots=True)
class LabelEntry:
    type: str
    shared: bool = False
    linked: bool = False
    tracking: bool = False
    purposes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoreLabel:
    store: str
    data_not_collected: bool
    entries: tuple[LabelEntry, ...]
    source: str | None = None


@dataclass(frozen=True, slots=True)
class LabelIssue:
    store: str
    issue: str
    label_type: str
    categories: tuple[str, ...]
    organizations: tuple[str, ...]
    requests: tuple[int, ...]
    explanation: str


def _norm(text: str) -> str:
    return " ".join(text.replace(">", "›").replace("›", " › ").lower().split())


def label_types(store: str) -> dict[str, str]:
    """category id -> the store's label type for it."""
    return {cid: (c.apple if store == "apple" else c.google) for cid, c in CATEGORIES.items()}


def _known_types(store: str) -> set[str]:
    return {_norm(t) for t in label_types(store).values()}


def _matches(declared: str, label_type: str) -> bool:
    """A declared type matches the full "Group › Type", its group, or one of its types; a
    taxonomy entry may list several types ("Personal info › Race and ethnicity / Political or
    religious beliefs / ..."), each of which can be declared on its own."""
    d, full = _norm(declared), _norm(label_type)
    first, *rest = full.split(" / ")
    group, _, name = first.rpartition(" › ")
    names = [name, *rest]
    options = {full, group, *names, *(f"{group} › {n}" for n in names if group)}
    return d in options - {""}


def load_label(path: Path) -> StoreLabel:
    try:
        raw = tomllib.loads(read_utf8(path))  # a UTF-8 BOM is dropped (QA3 P30)
    except FileNotFoundError as exc:
        raise LabelError(f"{path}: store label file not found") from exc
    except TextFileError as exc:
        raise LabelError(f"{path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LabelError(f"{path}: not valid TOML: {exc}") from exc
    store = raw.get("store")
    if store not in {"apple", "google"}:
        raise LabelError(f"{path}: store must be \"apple\" or \"google\", not {store!r}")
    known = _known_types(store)
    entries = []
    for i, item in enumerate(raw.get("data", [])):
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise LabelError(f"{path}: [[data]] #{i + 1} needs a type")
        t = item["type"]
        if not any(_matches(t, k) for k in known):
            raise LabelError(f"{path}: [[data]] #{i + 1}: unknown {store} label type {t!r}")
        entries.append(LabelEntry(t, bool(item.get("shared", False)),
                                  bool(item.get("linked", False)),
                                  bool(item.get("tracking", False)),
                                  tuple(str(p) for p in item.get("purposes", []))))
    dnc = bool(raw.get("data_not_collected", False))
    if dnc and entries:
        raise LabelError(f"{path}: data_not_collected = true contradicts the [[data]] entries")
    return StoreLabel(store, dnc, tuple(entries), str(path))


def evaluate(label: StoreLabel, findings: list[dict[str, Any]]) -> list[LabelIssue]:
    """Compare findings (``Store.finding_rows()``) with what the label declares."""
    types = label_types(label.store)
    observed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in findings:
        if (f["confidence"] or 0) >= MIN_CONFIDENCE and f["category"] in types:
            observed[types[f["category"]]].append(f)
    issues = []
    for label_type, rows in sorted(observed.items()):
        if "not a Data safety type" in label_type:
            continue
        cats = tuple(sorted({r["category"] for r in rows}))
        declared = [e for e in label.entries if _matches(e.type, label_type)]
        third = [r for r in rows if r.get("party") != "first"]

        def issue(kind: str, text: str, subset: list[dict[str, Any]],
                  label_type: str = label_type, cats: tuple[str, ...] = cats) -> LabelIssue:
            orgs = tuple(sorted({r["organization"] or r["host"] or "unknown" for r in subset}))
            reqs = tuple(sorted({r["request_id"] for r in subset}))
            return LabelIssue(label.store, kind, label_type, cats, orgs, reqs, text)

        if label.data_not_collected:
            issues.append(issue("data-not-collected-contradicted",
                                f"The listing says no data is collected, but {len(rows)} "
                                f"finding(s) of type {label_type!r} were sent.", rows))
        elif not declared:
            issues.append(issue("undeclared-collection",
                                f"{label_type!r} was sent but is not declared in the listing.",
                                rows))
        elif label.store == "google" and third and not any(e.shared for e in declared):
            issues.append(issue("undeclared-sharing",
                                f"{label_type!r} went to third parties but is not declared as "
                                "shared (transfers to service providers are exempt: verify).",
                                third))
        elif (label.store == "apple" and "id.advertising" in cats and third
              and not any(e.tracking for e in declared)):
            ads = [r for r in third if r["category"] == "id.advertising"]
            if ads:
                issues.append(issue("undeclared-tracking",
                                    "An advertising identifier went to third parties but "
                                    f"{label_type!r} is not declared as used to track you.", ads))
    return issues
