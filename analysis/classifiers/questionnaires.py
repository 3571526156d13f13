"""A clinical questionnaire's answers and result: the items, total, score and severity sent with
a standard screening instrument named in the request (its URL path or a short value such as
``"instrument": "PHQ-9"``) are a mental or physical health record (TAXONOMY.md health.medical:
"health conditions, symptoms ... medical records"). QA45: a mental-health app's PHQ-9 result.

The instruments are the standard published screening scales apps embed: PHQ-9/8/2 and PHQ-A
(depression), GAD-7/2 (anxiety), EPDS (postnatal depression), PCL-5 (PTSD), AUDIT-C (alcohol),
DASS-21/42, C-SSRS (suicide risk), Y-BOCS (OCD), WHO-5 (well-being), PSQI (sleep), BDI-II,
PSS-10, HADS, PHQ-15, GDS-15, CES-D: only names no other thing has (QA46: an "audit" log, a
"spin" wheel, a "moca" coffee, the k6 load tester, an "ISI" top-up, an "MDQ" airport code are
none of ours), and only under a key that names an instrument. A "survey" or a "score" alone is
none.
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.base import leaf_finding, list_path
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_segments
from analysis.classifiers.words import english_name
from analysis.decoders import Decoded
from analysis.records import Finding

INSTRUMENTS = frozenset({"phq9", "phq8", "phq2", "phqa", "gad7", "gad2", "epds", "pcl5",
                         "auditc", "dass21", "dass42", "cssrs", "ybocs", "who5", "psqi",
                         "bdiii", "pss10", "hads", "phq15", "gds15", "cesd"})
RESULT_KEYS = frozenset({"total", "totalscore", "score", "severity", "result", "risk",
                         "interpretation", "sum", "band"})
ANSWER_KEYS = frozenset({"a", "answer", "answers", "value", "response", "responses", "score",
                         "choice", "selected", "selection", "option"})
CONFIDENCE = 0.75


# The names other things share, only under a key that can only name an instrument ("scale":
# "K10", "questionnaire": "ISI"; a "type": "audit" is a site inspection)
SHARED_NAMES = frozenset({"k10", "k6", "isi", "pss", "audit", "mdq", "asrs", "bdi", "moca",
                          "mmse", "spin", "gds"})
STRONG_KEYS = frozenset({"instrument", "instrumentname", "questionnaire", "questionnairename",
                         "scale", "screener", "screening", "assessmenttype", "assessmentname"})
# the keys a request names its instrument under
INSTRUMENT_KEYS = frozenset({"instrument", "instrumentname", "instrumentid", "questionnaire",
                             "questionnairename", "questionnaireid", "assessment",
                             "assessmenttype", "assessmentname", "scale", "screener",
                             "screening", "survey", "surveyname", "surveyid", "test", "testname",
                             "type", "name", "form", "formid", "kind"})


def _instrument(decoded: Decoded) -> tuple[str, bool]:
    """The instrument the request names in its URL path or under an instrument's key ("" when
    none), and whether the request is surely that instrument's: named in its path, or with a
    key that can only name one (most requests: a look at their path's segments and their key
    set, both cached)."""
    for seg in url_segments(decoded):
        if (name := norm_key(seg)) in INSTRUMENTS:
            return name, True
    keys = norm_keys(decoded.key_set())
    if INSTRUMENT_KEYS.isdisjoint(keys):
        return "", False
    for leaf in decoded.leaves:
        if type(leaf.value) is str and 2 <= len(leaf.text) <= 12 and (
                key := norm_key(leaf.key)) in INSTRUMENT_KEYS and (
                (name := norm_key(leaf.text)) in INSTRUMENTS
                or (name in SHARED_NAMES and key in STRONG_KEYS)):
            return name, bool(STRONG_KEYS & keys)
    return "", False


def questionnaire_answers(exchange_id: int, decoded: Decoded,
                          found: list[Finding]) -> list[Finding]:
    """health.medical for the answers and the result sent with a named instrument (above)."""
    if not decoded.leaves:
        return []
    name, strong = _instrument(decoded)
    if not name:
        return []
    # (a result's "category" only where the request is surely the instrument's: an article
    # list's "name": "phq9" has a category too, QA49)
    have = {(f.part, f.path) for f in found}
    out = []
    for leaf in decoded.leaves:
        key = english_name(norm_key(leaf.key))  # ("Antworten", "Summe": QA53's German PHQ-9)
        # a list of scalar answers ([2, 3, 1, ...]) is one field, at the list's path
        path = list_path(leaf.path)
        if (leaf.part != "body" or (leaf.part, path) in have or type(leaf.value) is bool
                or path.count(".") > 3):
            continue
        if (key in RESULT_KEYS and "[" not in path) or (
                key == "category" and path.count(".") <= 1 and strong) or (key in ANSWER_KEYS and (
                "[" in path or path != leaf.path)):
            have.add((leaf.part, path))
            out.append(dataclasses.replace(leaf_finding(
                exchange_id, leaf, "health.medical", CONFIDENCE,
                f"key '{leaf.key}' is an answer or the result of a {name.upper()} screening "
                "questionnaire", "context.questionnaire"), path=path))
    return out
