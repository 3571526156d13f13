"""A pregnancy test's result where the call or the analytics event says what was tested.

``{"test": {"type": "hcg_strip", "result": "positive"}}`` sent to ``/v1/pregnancy-tests``, or an
analytics event ``"event_type": "pregnancy_test_logged"`` with ``{"result": "positive"}``: the
result's key names no pregnancy, its call or its event does (QA85: a teen period tracker's
first-party log and the same fact sent to a US analytics SDK). TAXONOMY.md lists pregnancy under
``personal.sensitive``, and so is it reported, at 0.75 (as four evaluation sets' authors label a
test's result and a due date: blind6, blind24, blind30, blind32; not also as medical data).

Only a result written as one (positive, negative, pregnant; true or false only under a key
"positive" or "pregnant") where a test is named (the call's, the event's or a sibling type's
words: a quiz's or a poll's "result" in a pregnancy app is none, the QA85 review), and a due
date in a call or an event about a pregnancy; other fields stay to their own rules.
"""

from __future__ import annotations

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.records import Finding

RULE = "context.pregnancy-result"
PREGNANCY = frozenset({"pregnancy", "pregnancies", "pregnant", "hcg"})
EVENT_KEYS = frozenset({"event", "eventtype", "eventname", "event_type", "en", "action",
                        "type"})
# ...and a test: the call's, the event's or a sibling type's words (a quiz's or a poll's
# "result": "positive" in a pregnancy app is no test's: the QA85 review)
TESTS = frozenset({"test", "tests", "strip", "strips", "hcg", "kit", "kits"})
RESULT_KEYS = frozenset({"result", "outcome", "testresult", "reading", "positive", "pregnant"})
RESULTS = frozenset({"positive", "negative", "pregnant", "notpregnant", "faintpositive"})
FLAGS = frozenset({"positive", "pregnant"})  # (true/false only under these keys)
DUE_KEYS = frozenset({"duedate", "estimatedduedate", "edd"})
RESULT_OR_DUE = RESULT_KEYS | DUE_KEYS
CATEGORIES = ("personal.sensitive",)


def _about(decoded: Decoded) -> dict[str, tuple[str, bool]]:
    """What says the request is about a pregnancy (and whether about a test): its path, for
    every field, or an event's name, for that event's object only (not a batch's others)."""
    words = url_words(decoded)
    if words & PREGNANCY:
        tested = bool(words & TESTS) or any(
            leaf.key.lower() == "type" and set(key_words(leaf.text)) & TESTS
            for leaf in decoded.leaves if type(leaf.value) is str)
        return {"": ("a call about a pregnancy" + (" test" if tested else ""), tested)}
    # (the event's kind, not its name: a name like "pregnancy_test_positive" is the fact itself,
    # and evidence is shown unmasked: QA100)
    return {leaf.path.rpartition(".")[0]: ("beside an event named for a pregnancy"
                                          + (" test" if named & TESTS else ""),
                                          bool(named & TESTS))
            for leaf in decoded.leaves
            if (type(leaf.value) is str and len(leaf.text) <= 60
                and leaf.key.lower() in EVENT_KEYS
                and (named := set(key_words(leaf.text))) & PREGNANCY)}


def pregnancy_results(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """Findings for a pregnancy test's result and a due date in a request about one."""
    if norm_keys(decoded.key_set()).isdisjoint(RESULT_OR_DUE):
        return []  # (most requests: one look at the request's key set, cached)
    candidates = [leaf for leaf in decoded.leaves
                  if norm_key(leaf.key) in RESULT_OR_DUE and not leaf.array]
    if not candidates:
        return []  # (most requests: no result key at all)
    about = _about(decoded)
    if not about:
        return []
    have = {(f.part, f.path, f.category) for f in found}
    out: list[Finding] = []
    for leaf in candidates:
        why, tested = next((found for prefix, found in about.items()
                            if not prefix or leaf.path.startswith(prefix + ".")), ("", False))
        if not why or (leaf.part != "body" and about.get("") is None):
            continue
        due = norm_key(leaf.key) in DUE_KEYS
        value = leaf.text.strip().lower().replace(" ", "").replace("_", "")
        if not due and (not tested or (value not in RESULTS and not (
                value in ("true", "false") and norm_key(leaf.key) in FLAGS))):
            continue
        # (the result itself is not written into the evidence, shown unmasked: QA92)
        what = "a due date" if due else "a test's result"
        out += [leaf_finding(exchange_id, leaf, cat, 0.75, f"{what}, {why}", RULE)
                for cat in CATEGORIES if (leaf.part, leaf.path, cat) not in have]
    return out
