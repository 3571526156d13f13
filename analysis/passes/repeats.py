"""Requests sent again byte for byte: decoded and classified once per decode pass.

Apps send the same request again and again: configuration polls, heartbeats, tracking pixels,
an SDK's retry of a batch the server did not acknowledge. In the corpus's real app captures
(the Azul airline app's mitmproxy dumps, the iOS fitness HARs, tweasel's tracking-SDK HARs:
``scripts/corpus_classify.py``'s default files) 189 of 589 requests repeat an earlier one
exactly, headers included; in ``scripts/bench_analyze.py``'s workload 496 of 4,000 do.

Decoding reads only the request side of a stored row (kind, URL, headers, body, direction,
whether the body was cut, its declared size: ``analysis.store.fields.request_of``), and
classifying only what was decoded and the device profile; both are deterministic. So a repeat's
fields, decode errors and findings are its first copy's under the repeat's own exchange id, and
are made here from what the first copy left: exact, not a guess (``tests/analysis/passes/
test_repeats.py`` compares whole studies analysed with and without this). The body is keyed by
its BLAKE2b digest, so what is remembered is small: a first copy's field rows and findings.
Bounded in entries and in remembered rows; emptied when full.
"""

from __future__ import annotations

import hashlib
from typing import Any

from analysis.classifiers.base import PartlyClassified, finding_fields, remake_finding
from analysis.passes.handoff import Outcome
from analysis.records import Finding
from analysis.store.fields import FieldRow, RequestRow

MAX_ENTRIES = 4096
MAX_ROWS = 400_000  # field rows and findings remembered, over all entries
MAX_BODY = 1 << 20  # larger bodies are rarely sent twice; hashing them is not free either

# What a first copy left, under its own exchange id: its field rows, its errors, and its
# findings and how a classifier failed on a field (or why classifying failed)
Template = tuple[list[FieldRow], list[tuple[str, str]], tuple[tuple[Finding, ...], str] | str]


def request_key(row: RequestRow) -> tuple[Any, ...] | None:
    """What decoding and classifying read of a ``request_rows`` row (see ``request_of``), or
    None for a body too large to be worth remembering."""
    _, _, kind, _, url, _, headers, body, direction, cut, size = row
    if body is not None and len(body) > MAX_BODY:
        return None
    digest = hashlib.blake2b(body, digest_size=16).digest() if body is not None else None
    return (kind, url, headers, digest, direction, cut, size)


class Repeats:
    """The templates of the requests seen so far in one pass."""

    def __init__(self) -> None:
        self._seen: dict[tuple[Any, ...], Template] = {}
        self._rows = 0

    def recall(self, key: tuple[Any, ...] | None, exchange_id: int
               ) -> tuple[list[FieldRow], list[tuple[str, str]], Outcome] | None:
        """A repeat's field rows, errors and findings (or classifier failure), or None."""
        if key is None:
            return None
        found = self._seen.get(key)
        if found is None:
            return None
        rows, errors, outcome = found
        made: Outcome
        if isinstance(outcome, str):
            made = outcome
        else:
            kept, failure = outcome
            made = [remake_finding(exchange_id, finding_fields(f)) for f in kept]
            if failure:  # a classifier failed on a field of the first copy: so on this one
                made = PartlyClassified(made)
                made.failure = failure
        return [(exchange_id, *r[1:]) for r in rows], list(errors), made

    def remember(self, key: tuple[Any, ...] | None, rows: list[FieldRow],
                 errors: list[tuple[str, str]], outcome: Outcome) -> None:
        if key is None:
            return
        size = len(rows) + (len(outcome) if isinstance(outcome, list) else 1)
        if len(self._seen) >= MAX_ENTRIES or self._rows + size > MAX_ROWS:
            self._seen.clear()
            self._rows = 0
        if size > MAX_ROWS:
            return
        # the findings as they are (frozen), remade under a repeat's id on recall only
        kept = outcome if isinstance(outcome, str) else (
            tuple(outcome), getattr(outcome, "failure", ""))
        # the rows as they are, their first copy's exchange id replaced on recall only: most
        # requests are never sent again (3,504 remembered, 496 recalled in the benchmark)
        self._seen[key] = (rows, list(errors), kept)
        self._rows += size
