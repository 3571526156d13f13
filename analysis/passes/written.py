"""What the classify pass wrote, for the enrich and check passes run next in the same process.

Both passes read every finding back from the study: the enrich pass each exchange's categories
(``Store.finding_category_sets``), the check pass the columns judging needs
(``Store.finding_hit_rows``). On the 4,000-exchange bench study (47,000 findings) that was
0.018 + 0.057 s of CPU making again, row by row, the tuples and strings the classify pass had
just written (scripts/bench_analyze.py). The classify pass keeps those rows as it writes them;
a later pass uses them only while the ``findings`` table is exactly as that pass left it (same
connection, no commit by another connection since, same row count and largest id:
``Store.findings_marker``), else it reads the table as before. Bounded in rows.
"""

from __future__ import annotations

import operator
from itertools import groupby
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.store import Store

MAX_KEPT_ROWS = 1_000_000
HitRow = tuple[Any, ...]  # the columns of ``Store.finding_hit_rows``
_kept: dict[int, tuple[tuple[int, ...], list[HitRow]]] = {}
_EXCHANGE, _CATEGORY = operator.itemgetter(0), operator.itemgetter(1)


def keep(store: Store, rows: list[HitRow]) -> None:
    """The classify pass has written ``rows`` (in id order) and nothing else since clearing."""
    _kept.clear()
    _kept[id(store)] = (store.findings_marker(), rows)


def forget() -> None:
    _kept.clear()


def hit_rows(store: Store) -> list[HitRow]:
    """``store.finding_hit_rows()``, from what the classify pass kept when it still holds."""
    found = _kept.get(id(store))
    if found is not None and found[0] == store.findings_marker():
        return found[1]
    return store.finding_hit_rows()


def category_sets(store: Store, min_confidence: float = 0.0) -> dict[int, set[str]]:
    """``store.finding_category_sets(min_confidence)``, from what the classify pass kept when
    it still holds. The kept rows are in id order, which is exchange order (the pass writes
    exchange by exchange); should an exchange's rows not be adjacent, their sets are merged."""
    found = _kept.get(id(store))
    if found is None or found[0] != store.findings_marker():
        return store.finding_category_sets(min_confidence)
    out: dict[int, set[str]] = {}
    for exchange_id, rows in groupby(found[1], _EXCHANGE):
        categories = {r[1] for r in rows if r[6] >= min_confidence}
        if not categories:
            continue
        if exchange_id in out:
            out[exchange_id] |= categories
        else:
            out[exchange_id] = categories
    return out
