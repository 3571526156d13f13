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
import operator
import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlite_utils import Database

from analysis.records import Exchange
from analysis.store.clean import storable_row

_FIELDS = tuple(f.name for f in fields(Exchange))
EXCHANGE_COLUMNS = ("capture_id", *_FIELDS)
INSERT_EXCHANGE = (
    f"insert into exchanges (capture_id, {', '.join(_FIELDS)}) "
    f"values (?, {', '.join('?' * len(_FIELDS))})"
)


_ROW = f"(?, {', '.join('?' * len(_FIELDS))})"
_MAX_ROWS = 500  # rows per statement, also bounded by the build's bound-parameter limit


@functools.lru_cache(maxsize=64)
def _insert_many(n: int) -> str:
    return INSERT_EXCHANGE.split(" values ")[0] + " values " + ", ".join([_ROW] * n)


_VALUES = operator.attrgetter(*_FIELDS)  # every field in one C call, in column order
# Positions in the row (capture_id first) of the fields that need encoding.
_AT = {name: i + 1 for i, name in enumerate(_FIELDS)}
_REQ_H, _RESP_H = _AT["request_headers"], _AT["response_headers"]
_REQ_CUT, _RESP_CUT, _KIND = _AT["request_truncated"], _AT["response_truncated"], _AT["kind"]


def exchange_tuple(capture_id: int, ex: Exchange) -> tuple[Any, ...]:
    """The row of ``INSERT_EXCHANGE`` for one exchange: the one encoding of an Exchange.

    Headers are JSON arrays of ``[name, value]`` pairs (``json`` writes a tuple as an array),
    the truncation flags 0/1, the kind its string value. Built with one ``attrgetter`` call and
    four fix-ups: about a third of the per-field loop's cost in the live writer."""
    row: list[Any] = [capture_id, *_VALUES(ex)]
    row[_REQ_H] = json.dumps(row[_REQ_H])
    row[_RESP_H] = json.dumps(row[_RESP_H])
    row[_REQ_CUT] = int(row[_REQ_CUT])
    row[_RESP_CUT] = int(row[_RESP_CUT])
    row[_KIND] = str(row[_KIND])
    return storable_row(tuple(row))


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
