"""A medical test named by its value, and its result beside it: ``{"test": "chlamydia",
"result": "positive"}``.

``health_named.py`` reads a test's result under a key named for the condition
(``"hiv_test_result": "negative"``); apps and analytics events as often name the test in the
value and the result in a sibling, under English keys or the app's own (QA169: a youth clinic's
analytics event ``props.test = "chlamydia"``, ``props.fokin = "positive"``, sent to an SDK
abroad; nothing was read, and "no health data to third parties" held). A key naming a test
(``test``, ``test_name``, ``assay``, ``screening``, ``lab_test``, ``panel``) whose value names a
condition labs test for (HIV, hepatitis, chlamydia, syphilis, malaria, TB: the words of
``health_named.RESULT_KEYS`` and ``TESTED``) beside a sibling holding a test's result in the
words labs write ("positive", "reactive", "not detected", as ``health_named.RESULTS``) are both
``health.medical`` at 0.75; the test's name alone at 0.55, below a verdict (an order, a booking,
a country's entry requirement as often). Not a quiz's, a course's, a herd's or a statistics
page's (``health_named.NOT_PEOPLE``, ``STUDY``), nor a destination's or a product's
(``NOT_TESTED``), nor beside a price, a count or a sample's site, nor "post-test",
"awareness", "conference" (the session's review); "lab", "panel" and "screening" only with
a result.
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.base import Unread, leaf_finding, list_path
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
                       "screening", "labtest", "lab", "panel", "testcode", "tests", "prueba",
                       "exame", "examen"})
# keys that name a lab or a panel as often as a test: read only with a result beside them
WEAK_KEYS = frozenset({"lab", "panel", "screening", "screen"})
# the value of a course's, a trial's, a count's or an event's test, not a person's (the review:
# "Malaria case management post-test", a conference panel, a film screening)
NOT_RESULTS = frozenset({"post", "pre", "quiz", "knowledge", "course", "module", "training",
                         "conference", "screening", "film", "awareness", "campaign", "research",
                         "requirement", "requirements", "entry", "price", "cost", "sample",
                         "water", "cattle", "herd", "unit", "suite", "validation"})
# siblings that make the object a price list's, an aggregate's or a herd's
NOT_PERSONS = frozenset({"price", "cena", "precio", "preco", "cost", "count", "total", "jumlah",
                         "idadi", "cases", "animal", "cattle", "herd", "sample", "site",
                         "facility", "water"})
# ...and the outbreaks' and tropical infections' tests (QA172: an Ebola survivors' clinic's
# "EBOV RNA RT-PCR")
NAMED = RESULT_KEYS | TESTED | frozenset({"ebola", "ebov", "mpox", "monkeypox", "dengue", "zika",
                                          "cholera", "typhoid", "lassa", "measles", "polio",
                                          "schistosomiasis", "leishmaniasis", "chagas", "vih",
                                          "sifilis", "chlamydien", "hbsag"})
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
    unread = Unread(found, CATEGORY)
    out: list[Finding] = []
    for leaf in tests:
        words = set(key_words(leaf.text)) | {w.lower() for w in leaf.text.replace("-", " ").split()}
        if not words & NAMED or words & NOT_RESULTS or path_words(leaf.path) & AWAY:
            continue
        parent = leaf.path.rpartition(".")[0]
        siblings = [x for x in decoded.leaves
                    if x.part == leaf.part and x.path.rpartition(".")[0] == parent
                    and x is not leaf]
        if {norm_key(x.key) for x in siblings} & NOT_PERSONS:
            continue
        results = [x for x in siblings if type(x.value) is str
                   and result_answer(x.text.strip().lower().replace("_", " "))]
        if not results and norm_key(leaf.key) in WEAK_KEYS:
            continue
        # (a test named without its result is as often an order, a booking, a requirement: 0.55,
        # below a verdict; with its result, the person's health: the review)
        for x, confidence, what in [(leaf, 0.75 if results else 0.55,
                                     f"'{leaf.key}' names a medical test's condition"),
                                    *((r, 0.75, f"'{r.key}' holds the result of the test named "
                                       f"beside it under '{leaf.key}'") for r in results)]:
            path = list_path(x.path)  # (a list of tests is one finding at the list)
            if unread.claim(x.part, path, x.path):
                out.append(dataclasses.replace(
                    leaf_finding(exchange_id, x, CATEGORY, confidence, what, RULE), path=path))
    return out
