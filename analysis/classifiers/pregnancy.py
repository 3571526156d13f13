"""A pregnancy test's result where the call or the analytics event says what was tested.

``{"test": {"type": "hcg_strip", "result": "positive"}}`` sent to ``/v1/pregnancy-tests``, or an
analytics event ``"event_type": "pregnancy_test_logged"`` with ``{"result": "positive"}``: the
result's key names no pregnancy, its call or its event does (QA85: a teen period tracker's
first-party log and the same fact sent to a US analytics SDK). TAXONOMY.md lists pregnancy under
``personal.sensitive`` and a test's result is a medical record too (``health.medical``), so it is
reported as both, at 0.75. Only a result written as one (positive, negative, pregnant, not
pregnant) and a due date are read; other fields of the call stay to their own rules.
"""

from __future__ import annotations

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.records import Finding

RULE = "context.pregnancy-result"
PREGNANCY = frozenset({"pregnancy", "pregnancies", "pregnant", "hcg"})
EVENT_KEYS = frozenset({"event", "eventtype", "eventname", "event_type", "name", "en", "action",
                        "type"})
RESULT_KEYS = frozenset({"result", "outcome", "testresult", "reading", "positive"})
RESULTS = frozenset({"positive", "negative", "pregnant", "notpregnant", "faintpositive",
                     "true", "false"})
DUE_KEYS = frozenset({"duedate", "estimatedduedate", "edd"})
CATEGORIES = ("personal.sensitive", "health.medical")


def _about(decoded: Decoded) -> dict[str, str]:
    """What says the request is about a pregnancy test: its path (for every field) or an
    event's name (for the fields of that event's object only, not a batch's other events)."""
    if url_words(decoded) & PREGNANCY:
        return {"": "a call about a pregnancy"}
    return {leaf.path.rpartition(".")[0]: f"beside the event '{leaf.text}'"
            for leaf in decoded.leaves
            if (type(leaf.value) is str and len(leaf.text) <= 60
                and leaf.key.lower() in EVENT_KEYS
                and set(key_words(leaf.text)) & PREGNANCY)}


def pregnancy_results(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """Findings for a pregnancy test's result and a due date in a request about one."""
    candidates = [leaf for leaf in decoded.leaves
                  if norm_key(leaf.key) in RESULT_KEYS | DUE_KEYS and not leaf.array]
    if not candidates:
        return []  # (most requests: no result key at all)
    about = _about(decoded)
    if not about:
        return []
    have = {(f.part, f.path, f.category) for f in found}
    out: list[Finding] = []
    for leaf in candidates:
        why = next((text for prefix, text in about.items()
                    if not prefix or leaf.path.startswith(prefix + ".")), "")
        if not why or (leaf.part != "body" and about.get("") is None):
            continue
        due = norm_key(leaf.key) in DUE_KEYS
        if not due and leaf.text.strip().lower().replace(" ", "").replace("_", "") not in RESULTS:
            continue
        what = "a due date" if due else f"a test's result ('{leaf.text}')"
        out += [leaf_finding(exchange_id, leaf, cat, 0.75, f"{what}, {why}", RULE)
                for cat in CATEGORIES if (leaf.part, leaf.path, cat) not in have]
    return out
