"""What every part of the store shares: the sqlite-utils database and two small helpers."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

_JSON_COLUMNS = {"categories", "evidence_ids", "claims", "requests", "capture_ids", "data",
                 "countries", "conditions", "organizations", "layers", "inputs", "params",
                 "counts", "failures", "placed_in"}


# A request that never reached a server: no response, an error, no server address (blocked in
# the client, a failed connection) — never a pcap's, whose requests were seen on the wire (a
# proxy tunnel names no server address). The rule of ``analysis.passes.check.delivered``, as SQL
# over ``exchanges``, for the queries that set such requests aside.
UNREACHED = ("(coalesce(direction, 'up') != 'down' and status is null"
             " and coalesce(error, '') != '' and coalesce(server_ip, '') = ''"
             " and capture_id not in (select id from captures where kind in ('pcap', 'pcapng')))")


def decode_json_columns(row: dict[str, Any]) -> dict[str, Any]:
    for key in _JSON_COLUMNS & row.keys():
        if isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row


class StoreBase:
    db: Database

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row and return its integer id."""
        pk = self.db.table(table).insert(row).last_pk
        if pk is None:
            raise RuntimeError(f"insert into {table} returned no id")
        return int(pk)

    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Run a read-only query; rows as dicts with JSON columns decoded."""
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        # as decode_json_columns per row, with the JSON columns found once per query (a set
        # per row was a third of reading 4,000 exchange rows as dicts, measured)
        rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        json_names = [n for n in dict.fromkeys(names) if n in _JSON_COLUMNS]
        if json_names:
            loads = json.loads
            for row in rows:
                for name in json_names:
                    if isinstance(row[name], str):
                        row[name] = loads(row[name])
        return rows
