"""An antiretroviral regimen written as its drugs' abbreviations: ``"TDF/3TC/DTG"``,
``"ABC+3TC"``, ``"AZT/3TC/LPV/r"`` (QA198: a savings group's app sending an HIV clinic's refill
reminder, the regimen under Acholi ``yat`` and under an analytics event's ``regimen``).

The abbreviations are the WHO's (Consolidated guidelines on HIV prevention, testing, treatment,
service delivery and monitoring, 2021, the abbreviations list): nucleoside backbones (TDF, TAF,
3TC, FTC, AZT/ZDV, ABC, d4T, ddI), non-nucleosides (EFV, NVP, RPV, ETV, DOR), integrase
inhibitors (DTG, RAL, EVG, BIC, CAB) and boosted protease inhibitors (LPV/r, ATV/r, DRV/r, the
booster "r" or "c" only after one). Two drugs or more of that list, and nothing else, written
as clinics and pharmacies write a regimen, name an HIV treatment or prevention (PrEP's
TDF/FTC) whatever the key or its language: ``health.medical`` (TAXONOMY.md: health
conditions and treatments; GDPR Art. 9) at 0.8. A lone "DTG" or "ABC" is anything else's.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.base import Unread, leaf_finding, list_path
from analysis.decoders import Decoded
from analysis.records import Finding, Part

CATEGORY = "health.medical"
CONFIDENCE = 0.8
RULE = "value.arv-regimen"
DRUGS = frozenset({"TDF", "TAF", "3TC", "FTC", "AZT", "ZDV", "ABC", "D4T", "DDI", "EFV", "NVP",
                   "RPV", "ETV", "DOR", "DTG", "RAL", "EVG", "BIC", "CAB"})
BOOSTED = frozenset({"LPV", "ATV", "DRV"})
_SPLIT = re.compile(r"\s*[/+-]\s*|\s+")
_JOINED = re.compile(r"[/+-]")
MAX_LEN = 40


def regimen(text: str) -> bool:
    """Two drugs of the list or more and nothing else, a booster only after a protease
    inhibitor."""
    tokens = _SPLIT.split(text.strip().upper())
    drugs, last = 0, ""
    for token in tokens:
        if token in DRUGS or token in BOOSTED:
            drugs += 1
        elif not (token in ("R", "C") and last in BOOSTED):
            return False
        last = token
    return drugs >= 2


def arv_regimens(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for the string fields holding an antiretroviral regimen."""
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for leaf in decoded.leaves:
        text = leaf.text
        # (the shortest is "TDF/FTC"; drugs joined by a slash, a plus or a dash)
        if (type(leaf.value) is not str or not 7 <= len(text) <= MAX_LEN
                or leaf.part == Part.HEADER or not _JOINED.search(text)
                or not regimen(text)):
            continue
        path = list_path(leaf.path)  # (a list of regimens: one finding at the list)
        if not unread.claim(leaf.part, path, leaf.path):
            continue
        out.append(dataclasses.replace(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            "names an antiretroviral regimen by its drugs' abbreviations (WHO's list: an HIV "
            "treatment or prevention)", RULE), path=path))
    return out
