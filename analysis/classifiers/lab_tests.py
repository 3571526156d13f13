"""A medical test named by its value, and its result beside it: ``{"test": "chlamydia",
"result": "positive"}``.

``health_named.py`` reads a test's result under a key named for the condition
(``"hiv_test_result": "negative"``); apps and analytics events as often name the test in the
value and the result in a sibling, under English keys or the app's own (QA169: a youth clinic's
analytics event ``props.test = "chlamydia"``, ``props.fokin = "positive"``, sent to an SDK
abroad; nothing was read, and "no health data to third parties" held). A key naming a test
(``test``, ``test_name``, ``assay``, ``screening``, ``lab_test``, ``panel``) whose value names a
condition labs test for (HIV, hepatitis, chlamydia, syphilis, malaria, TB: the words of
``health_named.RESULT_KEYS`` and ``TESTED``) is ``health.medical`` at 0.7 (a test ordered or
booked is the user's health data too); a sibling holding a test's result in the words labs write
("positive", "reactive", "not detected", as ``health_named.RESULTS``) is read with it at 0.75.
Not a quiz's, a course's, a herd's or a statistics page's (``health_named.NOT_PEOPLE``,
``STUDY``), nor a destination's or a product's (``NOT_TESTED``).
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.base import leaf_finding, list_path
from analysis.classifiers.health_named import (
    NOT_PEOPLE,
    NOT_TESTED,
    RESULT_KEYS,
    STUDY,
    TESTED,
    result_answer,
)
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "health.medical"
RULE = "value.lab-test"
TEST_KEYS = frozenset({"test", "testname", "testtype", "testkind", "assay", "screen",
                       "screening", "labtest", "lab", "panel", "testcode", "tests"})
# ...and the outbreaks' and tropical infections' tests (QA172: an Ebola survivors' clinic's
# "EBOV RNA RT-PCR")
NAMED = RESULT_KEYS | TESTED | frozenset({"ebola", "ebov", "mpox", "monkeypox", "dengue", "zika",
                                          "cholera", "typhoid", "lassa", "measles", "polio",
                                          "schistosomiasis", "leishmaniasis", "chagas"})
AWAY = NOT_PEOPLE | NOT_TESTED | STUDY


def lab_tests(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` for a test's name under a test's key and its result beside it."""
    if TEST_KEYS.isdisjoint(norm_keys(decoded.key_set())):
        return []  # (most requests: no test's key; one set operation)
    tests = [leaf for leaf in decoded.leaves
             if type(leaf.value) is str and len(leaf.text) <= 60
             and norm_key(leaf.key) in TEST_KEYS]
    if not tests or url_words(decoded) & STUDY:
        return []  # (most requests: no test's key)
    taken = {(f.part, f.path) for f in found if f.category == CATEGORY}
    out: list[Finding] = []
    for leaf in tests:
        if not set(key_words(leaf.text)) & NAMED or path_words(leaf.path) & AWAY:
            continue
        parent = leaf.path.rpartition(".")[0]
        results = [x for x in decoded.leaves
                   if x.part == leaf.part and x.path.rpartition(".")[0] == parent
                   and x is not leaf and type(x.value) is str
                   and result_answer(x.text.strip().lower().replace("_", " "))]
        for x, confidence, what in [(leaf, 0.75 if results else 0.7,
                                     f"'{leaf.key}' names a medical test's condition"),
                                    *((r, 0.75, f"'{r.key}' holds the result of the test named "
                                       f"beside it under '{leaf.key}'") for r in results)]:
            path = list_path(x.path)  # (a list of tests is one finding at the list)
            if (x.part, path) not in taken and (x.part, x.path) not in taken:
                taken.add((x.part, path))
                out.append(dataclasses.replace(
                    leaf_finding(exchange_id, x, CATEGORY, confidence, what, RULE), path=path))
    return out
