"""Every labelled set's four figures at once: field and request level, with and without the
device profile, as ``eval_classifiers.py --set S [--metric request]`` prints them, classifying
each exchange once per profile instead of once per metric (all sets in about a minute).

Usage: ``python scripts/eval_sets.py [SET ...]`` (default: every registered set). One line per
(set, level, profile): ``SET LEVEL with|without P R TP FP FN``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_classifiers import _hp, _request_level, ratio, set_cases, set_names, study_findings
from eval_payloads import Case, profile


def figures(cases: list[Case], with_profile: bool) -> dict[str, tuple[int, int, int]]:
    """(TP, FP, FN) at the field and at the request level."""
    prof = profile() if with_profile else None
    totals = {"field": [0, 0, 0], "request": [0, 0, 0]}
    study = study_findings(cases, prof)
    for n, c in enumerate(cases):
        truth = {(n, part, _hp(part, path), cat) for (part, path), cats in c.labels.items()
                 for cat in cats.split("|")}
        found = {(n, str(f.part), _hp(str(f.part), f.path), f.category) for f in study[n]}
        for level, t, f in (("field", truth, found),
                            ("request", _request_level(truth), _request_level(found))):
            totals[level][0] += len(t & f)
            totals[level][1] += len(f - t)
            totals[level][2] += len(t - f)
    return {level: (a, b, c) for level, (a, b, c) in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every set)")
    names = parser.parse_args().sets or set_names()
    for name in names:
        cases = set_cases(name)
        for with_profile in (True, False):
            for level, (tp, fp, fn) in figures(cases, with_profile).items():
                print(name, level, "with" if with_profile else "without",
                      ratio(tp, tp + fp), ratio(tp, tp + fn), tp, fp, fn, flush=True)


if __name__ == "__main__":
    main()
