"""Fast exchange inserts for the live proxy's writer process (``analysis.live_child``).

``sqlite_utils.Table.insert_all`` costs about 65 µs per row in small batches (it introspects the
table and builds SQL on every call) and ``dataclasses.asdict`` another 100 µs per exchange
(measured for issue 3); the writer runs beside a saturated proxy on a 2-core machine, so its CPU
is the client's and server's too. Here the INSERT
is built once from the ``Exchange`` fields, and rows are plain tuples read straight off the
record's slots, executed with the standard ``sqlite3`` module in one transaction per batch.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlite_utils import Database

from analysis.records import Exchange

_FIELDS = tuple(f.name for f in fields(Exchange))
EXCHANGE_COLUMNS = ("capture_id", *_FIELDS)
_HEADERS = {"request_headers", "response_headers"}
_BOOLS = {"request_truncated", "response_truncated"}
INSERT_EXCHANGE = (
    f"insert into exchanges (capture_id, {', '.join(_FIELDS)}) "
    f"values (?, {', '.join('?' * len(_FIELDS))})"
)


_ROW = f"(?, {', '.join('?' * len(_FIELDS))})"
_MAX_ROWS = 500  # rows per statement, also bounded by the build's bound-parameter limit


@functools.lru_cache(maxsize=64)
def _insert_many(n: int) -> str:
    return INSERT_EXCHANGE.split(" values ")[0] + " values " + ", ".join([_ROW] * n)


def exchange_tuple(capture_id: int, ex: Exchange) -> tuple[Any, ...]:
    """The row of ``INSERT_EXCHANGE`` for one exchange: the one encoding of an Exchange."""
    out: list[Any] = [capture_id]
    for name in _FIELDS:
        value = getattr(ex, name)
        if name in _HEADERS:
            value = json.dumps([list(pair) for pair in value])
        elif name in _BOOLS:
            value = int(value)
        elif name == "kind":
            value = str(value)
        out.append(value)
    return tuple(out)


class LiveMixin:
    db: Database

    def insert_exchanges_fast(self, capture_id: int, exchanges: Sequence[Exchange],
                              want_ids: bool = False) -> list[int]:
        """Insert exchanges in one transaction; their ids in order if ``want_ids``."""
        conn = self.db.conn
        rows = [exchange_tuple(capture_id, ex) for ex in exchanges]
        with conn:
            if not want_ids:
                # One multi-row INSERT per chunk: one sqlite3_step and one statement
                # preparation per chunk rather than per row.
                limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
                step = max(1, min(_MAX_ROWS, limit // (len(_FIELDS) + 1)))
                for i in range(0, len(rows), step):
                    chunk = rows[i:i + step]
                    conn.execute(_insert_many(len(chunk)), [v for row in chunk for v in row])
                return []
            ids = []
            for row in rows:
                cur = conn.execute(INSERT_EXCHANGE, row)
                ids.append(int(cur.lastrowid or 0))
            return ids
