"""Precision and recall of the classifiers per category, with and without a device profile.

    .venv/bin/python scripts/eval_classifiers.py [--misses]
        [--set all|tuned|heldout|fresh|blind|blind2|...|blind148]

The labelled sets are built in code (``eval_families.py``, ``eval_families2.py``, and the fresh
``eval_families3.py``, first measured before any rule change for it); a prediction is right when the
(exchange, part, path, category) it names is labelled. ``--set blind`` is the fourth set
(``eval_families4*.py``), written without reading the rules and kept out of ``all``: it is to be
scored once, after the rules were improved; ``--set blind2`` is the fifth
(``eval_families5*.py``), also written blind and kept out of ``all``; ``--set blind3`` is the
sixth (``eval_families6*.py``, new SDK families and apps), blind too and kept out of ``all``;
``--set blind4`` is the seventh (``eval_families7*.py``), blind and kept out of ``all``;
``--set blind5`` is the eighth (``eval_families8*.py``), blind and kept out of ``all``;
``--set blindK`` for every K from 6 on is ``eval_families{K+3}*.py`` (to ``blind148``,
``eval_families151*.py`` today), blind and kept out of ``all``.
Goals (issue 5):
precision >= 0.98 and recall >= 0.95 with a profile; >= 0.90 / >= 0.85 without.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_payloads import Case, profile

from analysis.classifiers.amount_echoes import amount_echoes, learned_amounts
from analysis.classifiers.device_echoes import KEPT as DEVICE_KEPT
from analysis.classifiers.device_echoes import device_echoes, learned_device_ids
from analysis.classifiers.identity_echoes import (
    IDENTITIES,
    identity_echoes,
    learned_identities,
)
from analysis.classifiers.name_keys import learned_keys, named_again
from analysis.classifiers.place_echoes import learned_places, place_echoes
from analysis.classifiers.value_echoes import LEARNED as VALUE_LEARNED
from analysis.classifiers.value_echoes import learned_values, value_echoes
from analysis.passes.classify import findings_for_exchange, safe_decode
from analysis.profile import DeviceProfile
from analysis.records import Finding

Key = tuple[int, str, str, str]


def _hp(part: str, path: str) -> str:
    if part != "header":
        return path
    name, dot, rest = path.partition(".")
    return name.lower() + dot + rest


def _request_level(keys: Iterable[Key]) -> set[Key]:
    """(exchange, category) only: what a verdict depends on (does this request carry it?)."""
    return {(n, "", "", cat) for n, _, _, cat in keys}


def study_findings(cases: list[Case], prof: DeviceProfile | None) -> list[list[Finding]]:
    """Each case's findings, the set taken as one study, as ``phonehome analyze`` reads a
    study: each exchange classified, then the identities learned from the study looked for in
    every field (``identity_echoes.py``)."""
    found = [findings_for_exchange(n, c.exchange, prof) for n, c in enumerate(cases)]
    rows = [(n, str(leaf.part), leaf.path, leaf.text, c.exchange.host or "")
            for n, c in enumerate(cases) for leaf in safe_decode(c.exchange).leaves]
    devices = [f for fs in found for f in fs if f.category in DEVICE_KEPT]
    if known_devices := learned_device_ids(devices):
        for f in device_echoes(known_devices, [r[:4] for r in rows], devices):
            found[f.exchange_id].append(f)
    ids = [f for fs in found for f in fs if f.category in IDENTITIES]
    known = learned_identities(ids)
    if known:
        for f in identity_echoes(known, [r[:4] for r in rows], ids):
            found[f.exchange_id].append(f)
    valued = [f for fs in found for f in fs if f.category in VALUE_LEARNED]
    if known_values := learned_values(valued):
        for f in value_echoes(known_values, [r[:4] for r in rows], valued):
            found[f.exchange_id].append(f)
    paid = [f for fs in found for f in fs if f.category == "financial.purchase"]
    if amounts := learned_amounts(paid):
        for f in amount_echoes(amounts, [r[:4] for r in rows], paid):
            found[f.exchange_id].append(f)
    if places := learned_places(f for fs in found for f in fs):
        taken = {(f.exchange_id, f.part.value, f.path) for fs in found for f in fs}
        for f in place_echoes(places, [r[:4] for r in rows], taken):
            found[f.exchange_id].append(f)
    names = [f for fs in found for f in fs if f.category == "contact.name"]
    if keys := learned_keys(names, {n: c.exchange.host or "" for n, c in enumerate(cases)}):
        for f in named_again(keys, rows, names):
            found[f.exchange_id].append(f)
    return found


def evaluate(cases: list[Case], with_profile: bool, show: bool, metric: str = "field",
             ) -> tuple[Counter[str], Counter[str], Counter[str]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    prof = profile() if with_profile else None
    study = study_findings(cases, prof)
    for n, c in enumerate(cases):
        # header names are compared case-insensitively (RFC 9110 §5.1): a path is the name as
        # sent, the sets label it lower-case
        truth = {(n, part, _hp(part, path), cat) for (part, path), cats in c.labels.items()
                 for cat in cats.split("|")}
        found = {(n, str(f.part), _hp(str(f.part), f.path), f.category): f
                 for f in study[n]}
        if metric == "request":
            truth = _request_level(truth)
            found = {k: f for f in found.values()
                     for k in _request_level([(n, "", "", f.category)])}
        for key in found.keys() | truth:
            cat = key[3]
            if key in found and key in truth:
                tp[cat] += 1
            elif key in found:
                fp[cat] += 1
                if show:
                    f = found[key]
                    print(f"  FP {c.family:11} {key[1]}:{key[2]} -> {cat} [{f.detector}] "
                          f"{f.evidence} = {f.value[:40]!r}")
            else:
                fn[cat] += 1
                if show:
                    print(f"  FN {c.family:11} {key[1]}:{key[2]} should be {cat}")
    return tp, fp, fn


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def table(title: str, tp: Counter[str], fp: Counter[str], fn: Counter[str]) -> None:
    print(f"\n{title}\n| category | precision | recall | TP | FP | FN |\n|---|---|---|---|---|---|")
    for cat in sorted(tp.keys() | fp.keys() | fn.keys()):
        print(f"| {cat} | {ratio(tp[cat], tp[cat] + fp[cat])} | "
              f"{ratio(tp[cat], tp[cat] + fn[cat])} | {tp[cat]} | {fp[cat]} | {fn[cat]} |")
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"| **all (micro)** | **{ratio(t, t + p)}** | **{ratio(t, t + n)}** | {t} | {p} | {n} |")


# the first four sets by name; ``blindK`` for K >= 2 is ``eval_families{K+3}.py``
FIRST = {"tuned": "eval_families", "heldout": "eval_families2", "fresh": "eval_families3",
         "blind": "eval_families4"}


def set_names() -> list[str]:
    """Every set, as ``--set`` names them, ``all`` last: the first four by name, then
    ``blindK`` for each ``eval_families{K+3}.py`` there is."""
    out = list(FIRST)
    numbers = sorted(int(m.group(1)) for p in Path(__file__).parent.glob("eval_families*.py")
                     if (m := re.fullmatch(r"eval_families(\d+)\.py", p.name)))
    out += [f"blind{n - 3}" for n in numbers if n >= 5]  # (a set still being written: a gap)
    return [*out, "all"]


def set_cases(name: str) -> list[Case]:
    """The cases of a set by its ``--set`` name; ``all`` is the first three sets together."""
    if name == "all":
        return [c for s in ("tuned", "heldout", "fresh") for c in set_cases(s)]
    module = FIRST.get(name) or f"eval_families{int(name.removeprefix('blind')) + 3}"
    cases: list[Case] = importlib.import_module(module).build()
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every FP and FN")
    parser.add_argument("--set", default="all",
                        choices=set_names(),
                        help="tuned: the families the rules were tuned on; heldout: the second "
                             "set, written later; fresh: the third set, written without reading "
                             "the rules; blind: the fourth set, to be scored once and not part "
                             "of all (default: the first three); blind2: the fifth set "
                             "(eval_families5*.py), blind too and not part of all; blind3: the "
                             "sixth (eval_families6*.py), blind and not part of all; blind4: the "
                             "seventh (eval_families7*.py), blind and not part of all; blind5: "
                             "the eighth (eval_families8*.py), blind and not part of all; "
                             "blindK from blind6 on: eval_families{K+3}*.py, blind and not "
                             "part of all")
    parser.add_argument("--metric", choices=["field", "request"], default="field",
                        help="field: (exchange, part, path, category) must match (default); "
                             "request: (exchange, category) — does the request carry the "
                             "category at all, which is what claims are judged on")
    args = parser.parse_args()
    cases = set_cases(args.set)
    print(f"{len(cases)} exchanges, {sum(len(c.labels) for c in cases)} labelled fields "
          f"(set: {args.set})")
    for with_profile in (True, False):
        title = "with device profile" if with_profile else "without device profile"
        if args.misses:
            print(f"\n## misses {title}")
        table(f"## {title} ({args.metric} level)",
              *evaluate(cases, with_profile, args.misses, args.metric))


if __name__ == "__main__":
    main()
