"""A diagnosis written with its ICD-10 code: ``Ампутаційна кукса правого стегна (Z89.6)``,
``Silicosis simple (J62.8)``, ``ПТСР (F43.1)`` (QA149, QA150: a veterans' and a miners' app
sending their diagnoses in the patient's language, which no word list reads).

The code is the WHO's International Classification of Diseases, 10th revision: a letter (U is
reserved for special purposes), two digits, a dot and one or two more characters for the
subcategory (WHO ICD-10 2019, Volume 2 §2.4; ICD-10-CM adds a fourth and fifth). Written in
parentheses after words, as clinical software prints a diagnosis beside its name, it is
likely a health condition whatever the key or the language (TAXONOMY.md ``health.medical``:
"health conditions"), reported below the confidence that decides a claim: the same shape names
a seat, a firmware or a syllabus's paper ("Window seat row 12 (A12.5)"). A bare code
without a name or parentheses is left to the key rules (``icd10``).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import leaf_finding
from analysis.decoders import Decoded
from analysis.records import Finding, Part

# below what decides a claim: the shape alone is a seat's, a firmware's, a syllabus's too
# ("Window seat row 12 (A12.5)", "Garmin firmware (V12.3)": the session's review)
CONFIDENCE = 0.55
RULE = "value.icd10-diagnosis"
_CODED = re.compile(r"[^\W\d_]{3,}[^()]{0,80}\(([A-TV-Z]\d{2}\.[0-9A-Z]{1,4})\)")


def icd_diagnoses(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for the texts that name a diagnosis with its ICD-10 code, where
    nothing read that already."""
    out: list[Finding] = []
    medical: set[tuple[str, str]] | None = None
    for leaf in decoded.leaves:
        text = leaf.text
        if (leaf.part in (Part.URL, Part.HEADER) or "(" not in text or "." not in text
                or len(text) > 4096):
            continue
        m = _CODED.search(text)
        if m is None:
            continue
        if medical is None:
            medical = {(f.part, f.path) for f in found if f.category == "health.medical"}
        if (leaf.part, leaf.path) in medical:
            continue
        # (the code itself stays out of the evidence, which reports show unmasked beside the
        # masked value: QA180 saw "(F43.1)", a psychiatric diagnosis, in a shareable report)
        out.append(leaf_finding(exchange_id, leaf, "health.medical", CONFIDENCE,
                                "names a diagnosis with its ICD-10 code (a letter, two digits "
                                "and a subcategory, in brackets after its name)", RULE))
    return out
