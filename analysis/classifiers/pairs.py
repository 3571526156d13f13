"""Grading a latitude and a longitude sent together as one point.

TAXONOMY.md grades a location by its decimals: 3 or more is ``location.precise``, fewer
``location.coarse``. A point is one measurement, so its two coordinates share one grade, the
finer of the two: JSON number formatting (RFC 8259 §6 leaves it to the writer; JavaScript's
``Number.prototype.toString`` and Python's ``repr`` print the shortest form) drops trailing zeros,
so a point rounded to 4 decimals is written ``52.52, 13.405`` and its latitude alone would look
coarse. A pair is a latitude finding and a longitude finding in the same object (same part, same
path up to the last key).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from analysis.classifiers.validators_geo import decimals, latlon_pair
from analysis.records import Finding

LAT_RULES = frozenset({"key.latitude", "profile.location.lat"})
LON_RULES = frozenset({"key.longitude", "profile.location.lon"})
PRECISE, COARSE = "location.precise", "location.coarse"


def _container(path: str) -> str:
    return path.rpartition(".")[0]


def grade_pairs(findings: Iterable[Finding]) -> list[Finding]:
    """Findings with the coarse coordinate of a pair raised to its partner's precise grade."""
    findings = list(findings)
    # a "lat,lon" field is a point of its own, graded by its own decimals
    coords = [f for f in findings if f.category in (PRECISE, COARSE)
              and (f.rule in LAT_RULES or f.rule in LON_RULES) and latlon_pair(f.value) is None]
    if len(coords) < 2 or not any(f.category == COARSE for f in coords):
        return findings
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in coords:
        groups.setdefault((str(f.part), _container(f.path)), []).append(f)
    raised: dict[int, Finding] = {}
    for group in groups.values():
        lats = [f for f in group if f.rule in LAT_RULES]
        lons = [f for f in group if f.rule in LON_RULES]
        if not lats or not lons:
            continue
        for mine, theirs in ((lats, lons), (lons, lats)):
            partner = next((f for f in theirs if f.category == PRECISE), None)
            if partner is None:
                continue
            for f in mine:
                if f.category == COARSE:
                    raised[id(f)] = dataclasses.replace(
                        f, category=PRECISE, evidence=f"{f.evidence}; but graded precise with "
                        f"the other coordinate of its point, '{partner.path}', with "
                        f"{decimals(partner.value)} decimals (a number is written without its "
                        "trailing zeros)")
    return [raised.get(id(f), f) for f in findings]
