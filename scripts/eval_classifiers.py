"""Precision and recall of the classifiers per category, with and without a device profile.

    .venv/bin/python scripts/eval_classifiers.py [--misses]
        [--set all|tuned|heldout|fresh|blind|blind2|...|blind40]

The labelled sets are built in code (``eval_families.py``, ``eval_families2.py``, and the fresh
``eval_families3.py``, first measured before any rule change for it); a prediction is right when the
(exchange, part, path, category) it names is labelled. ``--set blind`` is the fourth set
(``eval_families4*.py``), written without reading the rules and kept out of ``all``: it is to be
scored once, after the rules were improved; ``--set blind2`` is the fifth
(``eval_families5*.py``), also written blind and kept out of ``all``; ``--set blind3`` is the
sixth (``eval_families6*.py``, new SDK families and apps), blind too and kept out of ``all``;
``--set blind4`` is the seventh (``eval_families7*.py``), blind and kept out of ``all``;
``--set blind5`` is the eighth (``eval_families8*.py``), blind and kept out of ``all``;
``--set blind6`` to ``--set blind40`` the ninth to forty-third (``eval_families9*.py`` to
``eval_families43*.py``), blind and kept out of ``all``.
Goals (issue 5):
precision >= 0.98 and recall >= 0.95 with a profile; >= 0.90 / >= 0.85 without.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families
import eval_families2
import eval_families3
import eval_families4
import eval_families5
import eval_families6
import eval_families7
import eval_families8
import eval_families9
import eval_families10
import eval_families11
import eval_families12
import eval_families13
import eval_families14
import eval_families15
import eval_families16
import eval_families17
import eval_families18
import eval_families19
import eval_families20
import eval_families21
import eval_families22
import eval_families23
import eval_families24
import eval_families25
import eval_families26
from eval_payloads import Case, profile

from analysis.passes.classify import findings_for_exchange

Key = tuple[int, str, str, str]


def _hp(part: str, path: str) -> str:
    if part != "header":
        return path
    name, dot, rest = path.partition(".")
    return name.lower() + dot + rest


def _request_level(keys: Iterable[Key]) -> set[Key]:
    """(exchange, category) only: what a verdict depends on (does this request carry it?)."""
    return {(n, "", "", cat) for n, _, _, cat in keys}


def evaluate(cases: list[Case], with_profile: bool, show: bool, metric: str = "field",
             ) -> tuple[Counter[str], Counter[str], Counter[str]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    prof = profile() if with_profile else None
    for n, c in enumerate(cases):
        # header names are compared case-insensitively (RFC 9110 §5.1): a path is the name as
        # sent, the sets label it lower-case
        truth = {(n, part, _hp(part, path), cat) for (part, path), cats in c.labels.items()
                 for cat in cats.split("|")}
        found = {(n, str(f.part), _hp(str(f.part), f.path), f.category): f
                 for f in findings_for_exchange(n, c.exchange, prof)}
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


def _late_set(n: int) -> list[Case]:
    """The sets written after set 26 (eval_families27.py on), imported when asked for."""
    module = importlib.import_module(f"eval_families{n}")
    cases: list[Case] = module.build()
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every FP and FN")
    parser.add_argument("--set", default="all",
                        choices=["all", "tuned", "heldout", "fresh", "blind", "blind2", "blind3",
                                 "blind4", "blind5", "blind6", "blind7", "blind8",
                                 "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                                 "blind15", "blind16", "blind17", "blind18", "blind19",
                                 "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
                                 "blind26", "blind27", "blind28", "blind29", "blind30", "blind31",
                                 "blind32", "blind33", "blind34", "blind35", "blind36",
                                 "blind37", "blind38", "blind39", "blind40", "blind41", "blind42",
                                 "blind43", "blind44", "blind45", "blind46", "blind47",
                                 "blind48", "blind49", "blind50", "blind51", "blind52", "blind53",
                                 "blind54", "blind55", "blind56", "blind57", "blind58",
                                 "blind59", "blind60", "blind61", "blind62", "blind63",
                                 "blind64", "blind65", "blind66", "blind67", "blind68",
                                 "blind69", "blind70", "blind71", "blind72", "blind73",
                                 "blind74", "blind75", "blind76", "blind77", "blind78",
                                 "blind79", "blind80", "blind81", "blind82", "blind83",
                                 "blind84", "blind85", "blind86", "blind87", "blind88",
                                 "blind89", "blind90", "blind91", "blind92", "blind93",
                                 "blind94", "blind95", "blind96", "blind97", "blind98",
                                 "blind99", "blind100", "blind101", "blind102", "blind103",
                                 "blind104", "blind105", "blind106", "blind107", "blind108",
                                 "blind109", "blind110", "blind111", "blind112", "blind113",
                                 "blind114", "blind115", "blind116", "blind117",
                                 "blind118", "blind119", "blind120", "blind121",
                                 "blind122", "blind123", "blind124",
                                 "blind125", "blind126", "blind127", "blind128",
                                 "blind129", "blind130", "blind131", "blind132",
                                 "blind133", "blind134", "blind135", "blind136",
                                 "blind137", "blind138", "blind139", "blind140",
                                 "blind141", "blind142", "blind143", "blind144",
                                 "blind145", "blind146", "blind147", "blind148"],
                        help="tuned: the families the rules were tuned on; heldout: the second "
                             "set, written later; fresh: the third set, written without reading "
                             "the rules; blind: the fourth set, to be scored once and not part "
                             "of all (default: the first three); blind2: the fifth set "
                             "(eval_families5*.py), blind too and not part of all; blind3: the "
                             "sixth (eval_families6*.py), blind and not part of all; blind4: the "
                             "seventh (eval_families7*.py), blind and not part of all; blind5: "
                             "the eighth (eval_families8*.py), blind and not part of all; "
                             "blind6 to blind40: the ninth to forty-third (eval_families9*.py "
                             "to eval_families43*.py), blind and not part of all")
    parser.add_argument("--metric", choices=["field", "request"], default="field",
                        help="field: (exchange, part, path, category) must match (default); "
                             "request: (exchange, category) — does the request carry the "
                             "category at all, which is what claims are judged on")
    args = parser.parse_args()
    sets = {"tuned": eval_families.build, "heldout": eval_families2.build,
            "fresh": eval_families3.build}
    cases = (eval_families4.build() if args.set == "blind"
             else eval_families5.build() if args.set == "blind2"
             else eval_families6.build() if args.set == "blind3"
             else eval_families7.build() if args.set == "blind4"
             else eval_families8.build() if args.set == "blind5"
             else eval_families9.build() if args.set == "blind6"
             else eval_families10.build() if args.set == "blind7"
             else eval_families11.build() if args.set == "blind8"
             else eval_families12.build() if args.set == "blind9"
             else eval_families13.build() if args.set == "blind10"
             else eval_families14.build() if args.set == "blind11"
             else eval_families15.build() if args.set == "blind12"
             else eval_families16.build() if args.set == "blind13"
             else eval_families17.build() if args.set == "blind14"
             else eval_families18.build() if args.set == "blind15"
             else eval_families19.build() if args.set == "blind16"
             else eval_families20.build() if args.set == "blind17"
             else eval_families21.build() if args.set == "blind18"
             else eval_families22.build() if args.set == "blind19"
             else eval_families23.build() if args.set == "blind20"
             else eval_families24.build() if args.set == "blind21"
             else eval_families25.build() if args.set == "blind22"
             else eval_families26.build() if args.set == "blind23"
             else _late_set(27) if args.set == "blind24"
             else _late_set(28) if args.set == "blind25"
             else _late_set(29) if args.set == "blind26"
             else _late_set(30) if args.set == "blind27"
             else _late_set(31) if args.set == "blind28"
             else _late_set(32) if args.set == "blind29"
             else _late_set(33) if args.set == "blind30"
             else _late_set(34) if args.set == "blind31"
             else _late_set(35) if args.set == "blind32"
             else _late_set(36) if args.set == "blind33"
             else _late_set(37) if args.set == "blind34"
             else _late_set(38) if args.set == "blind35"
             else _late_set(39) if args.set == "blind36"
             else _late_set(40) if args.set == "blind37"
             else _late_set(41) if args.set == "blind38"
             else _late_set(42) if args.set == "blind39"
             else _late_set(43) if args.set == "blind40"
             else _late_set(44) if args.set == "blind41"
             else _late_set(45) if args.set == "blind42"
             else _late_set(46) if args.set == "blind43"
             else _late_set(47) if args.set == "blind44"
             else _late_set(48) if args.set == "blind45"
             else _late_set(49) if args.set == "blind46"
             else _late_set(50) if args.set == "blind47"
             else _late_set(51) if args.set == "blind48"
             else _late_set(52) if args.set == "blind49"
             else _late_set(53) if args.set == "blind50"
             else _late_set(54) if args.set == "blind51"
             else _late_set(55) if args.set == "blind52"
             else _late_set(56) if args.set == "blind53"
             else _late_set(57) if args.set == "blind54"
             else _late_set(58) if args.set == "blind55"
             else _late_set(59) if args.set == "blind56"
             else _late_set(60) if args.set == "blind57"
             else _late_set(61) if args.set == "blind58"
             else _late_set(62) if args.set == "blind59"
             else _late_set(63) if args.set == "blind60"
             else _late_set(64) if args.set == "blind61"
             else _late_set(65) if args.set == "blind62"
             else _late_set(66) if args.set == "blind63"
             else _late_set(67) if args.set == "blind64"
             else _late_set(68) if args.set == "blind65"
             else _late_set(69) if args.set == "blind66"
             else _late_set(70) if args.set == "blind67"
             else _late_set(71) if args.set == "blind68"
             else _late_set(72) if args.set == "blind69"
             else _late_set(73) if args.set == "blind70"
             else _late_set(74) if args.set == "blind71"
             else _late_set(75) if args.set == "blind72"
             else _late_set(76) if args.set == "blind73"
             else _late_set(77) if args.set == "blind74"
             else _late_set(78) if args.set == "blind75"
             else _late_set(79) if args.set == "blind76"
             else _late_set(80) if args.set == "blind77"
             else _late_set(81) if args.set == "blind78"
             else _late_set(82) if args.set == "blind79"
             else _late_set(83) if args.set == "blind80"
             else _late_set(84) if args.set == "blind81"
             else _late_set(85) if args.set == "blind82"
             else _late_set(86) if args.set == "blind83"
             else _late_set(87) if args.set == "blind84"
             else _late_set(88) if args.set == "blind85"
             else _late_set(89) if args.set == "blind86"
             else _late_set(90) if args.set == "blind87"
             else _late_set(91) if args.set == "blind88"
             else _late_set(92) if args.set == "blind89"
             else _late_set(93) if args.set == "blind90"
             else _late_set(94) if args.set == "blind91"
             else _late_set(95) if args.set == "blind92"
             else _late_set(96) if args.set == "blind93"
             else _late_set(97) if args.set == "blind94"
             else _late_set(98) if args.set == "blind95"
             else _late_set(99) if args.set == "blind96"
             else _late_set(100) if args.set == "blind97"
             else _late_set(101) if args.set == "blind98"
             else _late_set(102) if args.set == "blind99"
             else _late_set(103) if args.set == "blind100"
             else _late_set(104) if args.set == "blind101"
             else _late_set(105) if args.set == "blind102"
             else _late_set(106) if args.set == "blind103"
             else _late_set(107) if args.set == "blind104"
             else _late_set(108) if args.set == "blind105"
             else _late_set(109) if args.set == "blind106"
             else _late_set(110) if args.set == "blind107"
             else _late_set(111) if args.set == "blind108"
             else _late_set(112) if args.set == "blind109"
             else _late_set(113) if args.set == "blind110"
             else _late_set(114) if args.set == "blind111"
             else _late_set(115) if args.set == "blind112"
             else _late_set(116) if args.set == "blind113"
             else _late_set(117) if args.set == "blind114"
             else _late_set(118) if args.set == "blind115"
             else _late_set(119) if args.set == "blind116"
             else _late_set(120) if args.set == "blind117"
             else _late_set(121) if args.set == "blind118"
             else _late_set(122) if args.set == "blind119"
             else _late_set(123) if args.set == "blind120"
             else _late_set(124) if args.set == "blind121"
             else _late_set(125) if args.set == "blind122"
             else _late_set(126) if args.set == "blind123"
             else _late_set(127) if args.set == "blind124"
             else _late_set(128) if args.set == "blind125"
             else _late_set(129) if args.set == "blind126"
             else _late_set(130) if args.set == "blind127"
             else _late_set(131) if args.set == "blind128"
             else _late_set(132) if args.set == "blind129"
             else _late_set(133) if args.set == "blind130"
             else _late_set(134) if args.set == "blind131"
             else _late_set(135) if args.set == "blind132"
             else _late_set(136) if args.set == "blind133"
             else _late_set(137) if args.set == "blind134"
             else _late_set(138) if args.set == "blind135"
             else _late_set(139) if args.set == "blind136"
             else _late_set(140) if args.set == "blind137"
             else _late_set(141) if args.set == "blind138"
             else _late_set(142) if args.set == "blind139"
             else _late_set(143) if args.set == "blind140"
             else _late_set(144) if args.set == "blind141"
             else _late_set(145) if args.set == "blind142"
             else _late_set(146) if args.set == "blind143"
             else _late_set(147) if args.set == "blind144"
             else _late_set(148) if args.set == "blind145"
             else _late_set(149) if args.set == "blind146"
             else _late_set(150) if args.set == "blind147"
             else _late_set(151) if args.set == "blind148"
             else sets[args.set]() if args.set in sets
             else [c for build in sets.values() for c in build()])
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
