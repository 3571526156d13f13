"""What the decode pass hands to a classify pass run next in the same process.

Classifying needs the decoded trees (structure classifiers read whole arrays), which the
``fields`` table does not keep, so a classify pass on its own decodes every exchange again.
When ``phonehome analyze`` runs both passes (``AnalysisContext.classify_ahead``), the decode
pass classifies each exchange while its tree is at hand and keeps only the findings: decoding
twice doubled the time, and keeping a whole study's trees alive until the classify pass cost
another 20-30% of decoding in memory growth (scripts/bench_analyze.py).

Findings are keyed by store and exchange id and checked against a hash of the stored request
row and the matcher (the device profile) they were made with, so an exchange changed or
replaced in between, or another profile, is classified afresh. Bounded in findings.
"""

from __future__ import annotations

import logging

from analysis.classifiers import ProfileMatcher, classify_decoded
from analysis.decoders import Decoded
from analysis.records import Finding

log = logging.getLogger(__name__)

MAX_SHARED_FINDINGS = 1_000_000
Outcome = list[Finding] | str  # the findings, or why classifying failed
_shared: dict[tuple[int, int], tuple[int, ProfileMatcher | None, Outcome]] = {}
_count = [0]


def classify_one(exchange_id: int, decoded: Decoded,
                 matcher: ProfileMatcher | None) -> Outcome:
    """The findings of one decoded exchange, or the failure of a classifier (never raises)."""
    try:
        return classify_decoded(exchange_id, decoded, matcher)
    except Exception as exc:  # isolate a classifier bug: the classify pass counts it
        log.exception("classifier failure on exchange %s", exchange_id)
        return f"{type(exc).__name__}: {exc}"[:300]


def share(store_key: int, exchange_id: int, row_hash: int, matcher: ProfileMatcher | None,
          outcome: Outcome) -> None:
    size = max(1, len(outcome)) if isinstance(outcome, list) else 1
    if _count[0] + size <= MAX_SHARED_FINDINGS:
        _shared[(store_key, exchange_id)] = (row_hash, matcher, outcome)
        _count[0] += size


def take(store_key: int, exchange_id: int, row_hash: int,
         matcher: ProfileMatcher | None) -> Outcome | None:
    """What the decode pass found for this exchange, if it saw the same row and profile."""
    found = _shared.pop((store_key, exchange_id), None)
    if found is None:
        return None
    _count[0] -= max(1, len(found[2])) if isinstance(found[2], list) else 1
    if found[0] != row_hash or found[1] is not matcher:
        return None
    return found[2]


def forget() -> None:
    _shared.clear()
    _count[0] = 0
