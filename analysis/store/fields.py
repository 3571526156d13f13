"""Bulk writes of the decode and classify passes (fields and findings).

``sqlite_utils.Table.insert_all`` with ``dataclasses.asdict`` cost about 25 µs per field row
(measured with scripts/bench_analyze.py): at 30+ fields per exchange that alone capped the
passes far below 2,000 exchanges/s. Rows here are plain tuples executed with the standard
``sqlite3`` module in one transaction per batch, many rows per INSERT statement (0.9 µs per
field row against 1.6 µs with ``executemany``, measured); the columns are those of the ``fields``
and ``findings`` tables created in ``schema.py``. Their foreign-key check is skipped: see
``_unchecked``.
"""

from __future__ import annotations

import contextlib
import functools
import json
import operator
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any, NamedTuple

from sqlite_utils import Database

from analysis.records import Detector, Exchange, ExchangeKind, Finding, Part
from analysis.store.clean import storable_row

INSERT_FIELD = ("insert into fields (exchange_id, part, path, value, layers) "
                "values (?, ?, ?, ?, ?)")
INSERT_FINDING = ("insert into findings (exchange_id, part, path, category, detector, "
                  "transform, confidence, evidence, value, rule) "
                  "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

FieldRow = tuple[int, str, str, str, str]
# The columns of ``QueriesMixin.finding_hit_rows`` in a row of INSERT_FINDING
HIT_COLUMNS = operator.itemgetter(0, 3, 2, 1, 4, 5, 6)
CONFIDENCE = operator.itemgetter(6)
RequestRow = tuple[Any, ...]  # the columns of SELECT_REQUESTS
REBUILT_INDEXES = ("idx_findings_category",)  # see FieldsMixin.bulk_findings
ROWS_PER_STATEMENT = 90  # x 10 columns stays under SQLite's historical 999-variable limit
# The str enums of a row (Part, Detector) as plain str: sqlite3 binds a str subclass only after
# a failed adapter lookup (``__conform__``, ``__adapt__``), which made the inserts of an analyze
# 0.07 s slower on 4,000 exchanges (128k field rows, 47k findings; measured). Same stored text.
PLAIN: dict[str, str] = {member: member.value for enum in (Part, Detector) for member in enum}


@functools.lru_cache(maxsize=8)
def _multi(insert: str, n: int) -> str:
    head, _, one = insert.partition(" values ")
    return head + " values " + ", ".join([one] * n)


@contextlib.contextmanager
def _unchecked(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction without SQLite's foreign-key check on ``exchange_id``.

    The passes write only ids they have just read from ``exchanges`` (``request_rows``) on
    this connection, and nothing deletes exchanges meanwhile, so the check cannot fail; it is
    a parent-key lookup per row, a quarter of the insert time of a field row (1.2 against
    1.55 µs for fields, 2.6 against 3.5 µs for findings, measured). The pragma only takes
    effect outside a transaction, so it is set before this one starts and always restored
    after it ends."""
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        with conn:
            yield
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def _insert(conn: sqlite3.Connection, insert: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows``; should a value hold a lone surrogate (sqlite3 refuses it), the batch is
    undone to its savepoint and inserted again with such values escaped (``clean.storable``):
    no cost on the usual path, no crash and no row lost on the odd one."""
    conn.execute("SAVEPOINT phonehome_insert")
    try:
        _insert_rows(conn, insert, rows)
    except UnicodeEncodeError:
        conn.execute("ROLLBACK TO phonehome_insert")
        _insert_rows(conn, insert, [storable_row(r) for r in rows])
    conn.execute("RELEASE phonehome_insert")


def _insert_rows(conn: sqlite3.Connection, insert: str, rows: list[tuple[Any, ...]]) -> None:
    full = len(rows) - len(rows) % ROWS_PER_STATEMENT
    sql = _multi(insert, ROWS_PER_STATEMENT)
    for start in range(0, full, ROWS_PER_STATEMENT):
        conn.execute(sql, list(chain.from_iterable(rows[start:start + ROWS_PER_STATEMENT])))
    if full < len(rows):
        conn.executemany(insert, rows[full:])

# Only what the phone sent: response columns are skipped (responses are often far larger than
# requests and never yield findings), and so are DNS answers and server-to-client messages.
SELECT_REQUESTS = ("select id, ts, kind, method, url, host, request_headers, request_body, "
                   "direction, request_truncated, request_body_size from exchanges "
                   "where kind != 'dns' "
                   "and coalesce(direction, 'up') = 'up' order by id")


@functools.lru_cache(maxsize=1024)
def layers_json(layers: tuple[str, ...]) -> str:
    return json.dumps(list(layers))


def field_row(exchange_id: int, part: str, path: str, value: str,
              layers: tuple[str, ...]) -> FieldRow:
    return (exchange_id, PLAIN.get(part, part), path, value, layers_json(layers))


class FieldsMixin:
    db: Database

    def write_fields(self, rows: Iterable[FieldRow]) -> int:
        """Insert ``fields`` rows (see ``field_row``); returns how many."""
        batch = list(rows)
        if batch:
            with _unchecked(self.db.conn):
                _insert(self.db.conn, INSERT_FIELD, batch)
        return len(batch)

    @contextlib.contextmanager
    def bulk_findings(self) -> Iterator[None]:
        """Write many findings faster: the index on ``category`` (rows arrive in exchange order,
        so every insert lands in the middle of it: 1.7 µs a row, measured) is dropped and
        rebuilt afterwards from its own stored SQL, which sorts once (0.5 µs a row). Rebuilt
        whatever happens; should the process die in between, only speed is lost until the next
        classify pass rebuilds it."""
        conn = self.db.conn
        saved = [sql for (sql,) in conn.execute(
            "select sql from sqlite_master where type = 'index' and tbl_name = 'findings'"
            f" and name in ({', '.join('?' * len(REBUILT_INDEXES))})", REBUILT_INDEXES)]
        with conn:
            for name in REBUILT_INDEXES:
                conn.execute(f"drop index if exists [{name}]")
        try:
            yield
        finally:
            with conn:
                for sql in saved:
                    conn.execute(sql)

    def write_findings(self, findings: Iterable[Finding],
                       hit_rows: list[tuple[Any, ...]] | None = None) -> int:
        """Insert findings; returns how many. With ``hit_rows``, also append there what
        ``finding_hit_rows`` will read back of them (see ``analysis.passes.written``)."""
        plain = PLAIN.get
        batch = [(f.exchange_id, plain(f.part, f.part), f.path, f.category,
                  plain(f.detector, f.detector), f.transform, f.confidence, f.evidence, f.value,
                  f.rule) for f in findings]
        if batch:
            with _unchecked(self.db.conn):
                _insert(self.db.conn, INSERT_FINDING, batch)
            if hit_rows is not None:
                rows = list(map(HIT_COLUMNS, batch))
                if {int, bool} & set(map(type, map(CONFIDENCE, rows))):
                    # the column is REAL: an int confidence reads back as a float
                    rows = [(*r[:6], float(r[6])) if type(r[6]) in (int, bool) else r
                            for r in rows]
                hit_rows.extend(rows)
        return len(batch)

    def findings_marker(self) -> tuple[int, ...]:
        """Changes whenever the ``findings`` table may have: the connection, commits by other
        connections (``PRAGMA data_version``), the row count and the largest id."""
        conn = self.db.conn
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        count, top = conn.execute("select count(*), max(id) from findings").fetchone()
        return (id(conn), version, count, top if top is not None else -1)

    def fields_containing(self, needles: Iterable[str]) -> Iterator[tuple[int, str, str, str]]:
        """(exchange id, part, path, value) of every decoded field whose value contains one of
        ``needles`` (ASCII case-insensitively, SQLite's LIKE), in exchange order: a scan in C,
        3x faster than reading every row into Python (4,000 bench exchanges: 0.05 s)."""
        patterns = ["%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    for n in needles]
        if not patterns:
            return
        where = " or ".join(["value like ? escape '\\'"] * len(patterns))
        cursor = self.db.conn.execute(
            f"select exchange_id, part, path, value from fields where {where}"
            " order by exchange_id, id", patterns)
        while rows := cursor.fetchmany(2000):
            yield from rows

    def fields_equal(self, values: Iterable[str]) -> Iterator[tuple[int, str, str, str]]:
        """(exchange id, part, path, value) of every decoded field whose whole value, trimmed
        and lower-cased, is one of ``values`` (given lower-case), in exchange order: one hash
        lookup per row where ``fields_containing`` tries every needle (a study's hundreds of
        learned install IDs: the twenty-third session's bench, 1.9 s -> 0.1 s)."""
        wanted = sorted(set(values))
        if not wanted:
            return
        # (a temporary table of the values: an IN list of hundreds of parameters is slower)
        conn = self.db.conn
        conn.execute("create temp table if not exists wanted_values (v text primary key)")
        conn.execute("delete from wanted_values")
        conn.executemany("insert or ignore into wanted_values values (?)",
                         [(v,) for v in wanted])
        cursor = conn.execute(
            "select exchange_id, part, path, value from fields"
            " where lower(trim(value)) in (select v from wanted_values)"
            " order by exchange_id, id")
        while rows := cursor.fetchmany(2000):
            yield from rows

    def fields_under_keys(self, keys: Iterable[str]) -> Iterator[tuple[int, str, str, str, str]]:
        """(exchange id, part, path, value, host) of every decoded field whose path holds one
        of ``keys`` (SQLite's LIKE; the caller keeps those whose last key it is), in exchange
        order."""
        patterns = ["%" + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    for k in keys]
        if not patterns:
            return
        where = " or ".join(["f.path like ? escape '\\'"] * len(patterns))
        cursor = self.db.conn.execute(
            "select f.exchange_id, f.part, f.path, f.value, coalesce(e.host, '') from fields f"
            f" join exchanges e on e.id = f.exchange_id where {where} order by f.exchange_id, f.id",
            patterns)
        while rows := cursor.fetchmany(2000):
            yield from rows

    def _by_ids(self, select: str, ids: Iterable[int]) -> Iterator[tuple[Any, ...]]:
        """The rows of ``select`` (ending "... in") for these ids, 500 at a time (SQLite's
        bound on a statement's variables)."""
        chosen = sorted(set(ids))
        for start in range(0, len(chosen), 500):
            chunk = chosen[start:start + 500]
            yield from self.db.conn.execute(f"{select} ({','.join('?' * len(chunk))})", chunk)

    def found_fields(self, exchange_ids: Iterable[int]) -> set[tuple[int, str, str]]:
        """(exchange id, part, path) of every field these exchanges have a finding for."""
        return set(self._by_ids("select exchange_id, part, path from findings"
                                " where exchange_id in", exchange_ids))

    def hosts_of(self, exchange_ids: Iterable[int]) -> dict[int, str]:
        """The host each of these exchanges was sent to ("" when none is known)."""
        return dict(self._by_ids("select id, coalesce(host, '') from exchanges where id in",
                                 exchange_ids))

    def request_rows(self) -> Iterator[RequestRow]:
        """The ``SELECT_REQUESTS`` rows as stored (id first): cheap to read and to hash, for a
        pass that may not need the ``Exchange`` (see ``exchange_of``)."""
        cursor = self.db.conn.execute(SELECT_REQUESTS)
        while rows := cursor.fetchmany(500):
            yield from rows

    def iter_requests(self) -> Iterator[tuple[int, Exchange]]:
        """(exchange id, request side of the exchange) for every exchange that can yield fields;
        the ``Exchange`` carries no response data."""
        for row in self.request_rows():
            yield row[0], exchange_of(row)


class RequestSide(NamedTuple):
    """What decoding reads of one ``request_rows`` row (``analysis.decoders.walk.Request``),
    without building an ``Exchange`` (a frozen dataclass of 27 fields): reading 4,000 bench
    rows this way takes 0.010 s instead of 0.026 s (measured), most of it the headers' JSON."""

    kind: str
    url: str | None
    request_headers: tuple[tuple[str, str], ...]
    request_body: bytes | None
    direction: str
    request_truncated: bool
    request_body_size: int | None


def request_of(row: RequestRow) -> RequestSide:
    """The request side of one ``request_rows`` row, as ``exchange_of`` gives it."""
    _, _, kind, _, url, _, headers, body, direction, cut, size = row
    pairs = json.loads(headers) if headers else ()
    return RequestSide(kind, url, tuple([(str(k), str(v)) for k, v in pairs]), body,
                       direction or "up", bool(cut), size)


def exchange_of(row: RequestRow) -> Exchange:
    """The request side of one ``request_rows`` row."""
    _, ts, kind, method, url, host, headers, body, direction, cut, size = row
    pairs = json.loads(headers) if headers else ()
    return Exchange(
        ts=ts, kind=ExchangeKind(kind), method=method, url=url, host=host,
        request_headers=tuple((str(k), str(v)) for k, v in pairs),
        request_body=body, direction=direction or "up",
        request_truncated=bool(cut), request_body_size=size)
