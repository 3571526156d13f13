"""A treatment regimen written as its drugs joined: an antiretroviral one by the drugs'
abbreviations (``"TDF/3TC/DTG"``, ``"ABC+3TC"``, ``"AZT/3TC/LPV/r"``: QA198, a savings group's app
sending an HIV clinic's refill reminder under Acholi ``yat`` and an analytics event's
``regimen``), a tuberculosis one by the WHO's letters (``"RHZE"``, ``"2HRZE/4HR"``: QA209's
clinic app to an analytics SDK), or any medicines of the vocabulary joined by a slash or a plus
(``"Rifampicin/Isoniazid/Pyrazinamide/Ethambutol"``: QA209).

The abbreviations are the WHO's (Consolidated guidelines on HIV prevention, testing, treatment,
service delivery and monitoring, 2021, the abbreviations list): nucleoside backbones (TDF, TAF,
3TC, FTC, AZT/ZDV, ABC, d4T, ddI), non-nucleosides (EFV, NVP, RPV, ETV, DOR), integrase
inhibitors (DTG, RAL, EVG, BIC, CAB) and boosted protease inhibitors (LPV/r, ATV/r, DRV/r, the
booster "r" or "c" only after one). Two drugs or more of that list, and nothing else, written
as clinics and pharmacies write a regimen, name an HIV treatment or prevention (PrEP's
TDF/FTC) whatever the key or its language: ``health.medical`` (TAXONOMY.md: health
conditions and treatments; GDPR Art. 9) at 0.8. A lone "DTG" or "ABC" is anything else's. The
TB letters (WHO, Treatment of tuberculosis: guidelines, 4th ed., 2010, the regimen's notation:
R rifampicin, H isoniazid, Z pyrazinamide, E ethambutol, S streptomycin, a phase's months
before it) are read in capitals with R, H and Z, each letter once a phase, four or more
(not a word's letters: "HERE"); two medicines of the vocabulary (``health_vocab.MEDICINES``)
or more, and nothing else, are a combination taken. Not in a URL's path or a header.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.classifiers.base import Unread, leaf_finding, list_path
from analysis.classifiers.health_vocab import MEDICINES
from analysis.classifiers.medicine_values import STOCK
from analysis.classifiers.paths import path_words
from analysis.decoders import Decoded
from analysis.records import Finding, Part

CATEGORY = "health.medical"
CONFIDENCE = 0.8
RULE = "value.regimen"
DRUGS = frozenset({"TDF", "TAF", "3TC", "FTC", "AZT", "ZDV", "ABC", "D4T", "DDI", "EFV", "NVP",
                   "RPV", "ETV", "DOR", "DTG", "RAL", "EVG", "BIC", "CAB"})
BOOSTED = frozenset({"LPV", "ATV", "DRV"})
_SPLIT = re.compile(r"\s*[/+-]\s*|\s+")
_JOINED = re.compile(r"[/+-]")
_PLUS = re.compile(r"[/+]")
_TB_FIRST = frozenset("0123456789RHZES")
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


_TB = re.compile(r"\d?[RHZES]{4,5}(?:/\d?[RHZES]{2,5})?")


def tb_regimen(text: str) -> bool:
    """Written in capitals, each phase's letters once, R, H and Z all in it ("RHZE",
    "2HRZE/4HR"; not a word's letters: "HERE")."""
    v = text.strip()
    return (bool(_TB.fullmatch(v)) and all(c in v for c in "RHZ")
            and all(len(set(p)) == len(p) for p in re.sub(r"\d", "", v).split("/")))


def medicines_joined(text: str) -> bool:
    """Two medicines of the vocabulary or more, joined by a slash or a plus, nothing else."""
    names = _PLUS.split(text.lower())
    return len(names) >= 2 and all(n.strip() in MEDICINES for n in names)


def regimens(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for the string fields holding a treatment regimen (above)."""
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for leaf in decoded.leaves:
        text = leaf.text
        if (type(leaf.value) is not str or leaf.part in (Part.HEADER, Part.URL)
                or not 4 <= len(text) <= 120):
            continue
        # (a look at the first characters first: most strings are no drug's, read once per
        # string field of every request; the shortest ARV pair is "TDF/FTC")
        n, head = len(text), text[:3].upper()
        if not (((head in DRUGS or head in BOOSTED) and 7 <= n <= MAX_LEN
                 and _JOINED.search(text) and regimen(text))
                or (n <= 14 and text[0] in _TB_FIRST and tb_regimen(text))
                or (("/" in text or "+" in text) and medicines_joined(text))):
            continue
        if path_words(leaf.path) & STOCK:
            continue  # (a pharmacy's stock or a catalogue's products are for sale, not taken)
        path = list_path(leaf.path)  # (a list of regimens: one finding at the list)
        if not unread.claim(leaf.part, path, leaf.path):
            continue
        out.append(dataclasses.replace(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            "names a treatment regimen by its drugs (an HIV, a TB or another medicines' "
            "combination)", RULE), path=path))
    return out
