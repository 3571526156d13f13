"""What sources write: captures, exchanges, connections, DNS answers and read errors.

Inserts are batched (``insert_all``) and each batch is one transaction, so a crash in the
middle of a capture loses nothing already written. Rows map one to one onto the records of
``analysis.records``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any, NamedTuple

from analysis.records import (
    Capture,
    Connection,
    Consent,
    DnsAnswer,
    Exchange,
    ExchangeKind,
    Headers,
    ReadError,
)
from analysis.store.base import StoreBase
from analysis.store.live import EXCHANGE_COLUMNS, INSERT_EXCHANGE, exchange_tuple

BATCH = 500


class StoredExchange(NamedTuple):
    id: int
    capture_id: int
    exchange: Exchange


class StoredCapture(NamedTuple):
    id: int
    capture: Capture
    status: str | None
    note: str | None


def _headers_in(text: str | None) -> Headers:
    if not text:
        return ()
    return tuple((str(k), str(v)) for k, v in json.loads(text))


def exchange_row(capture_id: int, ex: Exchange) -> dict[str, Any]:
    """The ``exchanges`` row of one exchange as a dict (one encoding: ``exchange_tuple``)."""
    return dict(zip(EXCHANGE_COLUMNS, exchange_tuple(capture_id, ex), strict=True))


def exchange_from_row(row: dict[str, Any]) -> Exchange:
    return Exchange(
        ts=row["ts"],
        kind=ExchangeKind(row["kind"]),
        method=row["method"],
        url=row["url"],
        host=row["host"],
        server_ip=row["server_ip"],
        server_port=row["server_port"],
        client_ip=row["client_ip"],
        client_port=row["client_port"],
        sni=row["sni"],
        alpn=row["alpn"],
        tls_version=row["tls_version"],
        http_version=row["http_version"],
        request_headers=_headers_in(row["request_headers"]),
        request_body=row["request_body"],
        request_body_size=row["request_body_size"],
        request_truncated=bool(row["request_truncated"]),
        status=row["status"],
        response_headers=_headers_in(row["response_headers"]),
        response_body=row["response_body"],
        response_body_size=row["response_body_size"],
        response_truncated=bool(row["response_truncated"]),
        direction=row["direction"] or "up",
        error=row["error"],
        connect_ms=row["connect_ms"],
        tls_ms=row["tls_ms"],
        ts_end=row["ts_end"],
        app=row["app"],
    )


def _batched(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class CapturedMixin(StoreBase):

    # -- writes ---------------------------------------------------------------------------------

    def add_capture(self, capture: Capture, run_id: int | None = None) -> int:
        row = asdict(capture)
        row.update(
            consent=str(capture.consent),
            run_id=run_id,
            imported_at=time.time(),
            status="importing",
        )
        with self.db.conn:
            return self._insert("captures", row)

    def finish_capture(self, capture_id: int, status: str, note: str | None = None) -> None:
        """Close a capture: ``complete``, ``partial`` (cut short, data kept) or ``failed``.

        ``started``/``ended`` are filled from the exchanges and connections recorded.
        """
        span = self.db.execute(
            "select min(t), max(t) from ("
            " select ts as t from exchanges where capture_id = :c"
            " union all select coalesce(ts_end, ts) from exchanges where capture_id = :c"
            " union all select first_ts from connections where capture_id = :c"
            " union all select last_ts from connections where capture_id = :c)",
            {"c": capture_id},
        ).fetchone()
        with self.db.conn:
            self.db.table("captures").update(
                capture_id, {"status": status, "note": note, "started": span[0], "ended": span[1]}
            )

    def add_exchanges(self, capture_id: int, exchanges: Iterable[Exchange]) -> list[int]:
        """Insert exchanges in batches (one transaction each); returns their ids in order.

        Rows are built straight from the records' slots and executed with the prepared
        statement of ``analysis.store.live`` (``asdict`` + sqlite-utils cost ~10x more).
        """
        ids: list[int] = []
        conn = self.db.conn
        batch: list[tuple[Any, ...]] = []

        def flush() -> None:
            with conn:
                for row in batch:
                    ids.append(int(conn.execute(INSERT_EXCHANGE, row).lastrowid or 0))
            batch.clear()

        for ex in exchanges:
            batch.append(exchange_tuple(capture_id, ex))
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
        return ids

    def add_exchange_rows(self, rows: list[dict[str, Any]]) -> None:
        """Insert prepared exchange rows (from ``exchange_row``) in one transaction."""
        with self.db.conn:
            self.db.table("exchanges").insert_all(rows, batch_size=BATCH)

    def add_connections(self, capture_id: int, connections: Iterable[Connection]) -> int:
        n = 0
        for batch in _batched({**asdict(c), "capture_id": capture_id} for c in connections):
            with self.db.conn:
                self.db.table("connections").insert_all(batch, batch_size=BATCH)
            n += len(batch)
        return n

    def add_dns_answers(self, capture_id: int, answers: Iterable[DnsAnswer]) -> int:
        n = 0
        for batch in _batched({**asdict(a), "capture_id": capture_id} for a in answers):
            with self.db.conn:
                self.db.table("dns_answers").insert_all(batch, batch_size=BATCH)
            n += len(batch)
        return n

    def add_errors(
        self,
        stage: str,
        errors: Iterable[ReadError],
        *,
        run_id: int | None = None,
        capture_id: int | None = None,
    ) -> int:
        rows = [
            {**asdict(e), "stage": stage, "run_id": run_id, "capture_id": capture_id}
            for e in errors
        ]
        if rows:
            with self.db.conn:
                self.db.table("errors").insert_all(rows, batch_size=BATCH)
        return sum(r["count"] for r in rows)

    # -- reads ----------------------------------------------------------------------------------

    def captures(self) -> list[StoredCapture]:
        out = []
        for row in self.db.table("captures").rows_where(order_by="id"):
            cap = Capture(
                kind=row["kind"],
                source=row["source"],
                sha256=row["sha256"],
                app=row["app"],
                label=row["label"],
                consent=Consent(row["consent"] or "unknown"),
                started=row["started"],
                ended=row["ended"],
            )
            out.append(StoredCapture(row["id"], cap, row["status"], row["note"]))
        return out

    def iter_exchanges(self, capture_ids: Iterable[int] | None = None) -> Iterator[StoredExchange]:
        where, params = None, None
        if capture_ids is not None:
            ids = list(capture_ids)
            where = f"capture_id in ({','.join('?' * len(ids))})"
            params = ids
        for row in self.db.table("exchanges").rows_where(where, params, order_by="id"):
            yield StoredExchange(row["id"], row["capture_id"], exchange_from_row(row))

    def connections(self) -> list[tuple[int, Connection]]:
        keys = Connection.__dataclass_fields__.keys()
        return [
            (row["capture_id"], Connection(**{k: row[k] for k in keys}))
            for row in self.db.table("connections").rows_where(order_by="id")
        ]

    def dns_answers(self) -> list[tuple[int, DnsAnswer]]:
        keys = DnsAnswer.__dataclass_fields__.keys()
        return [
            (row["capture_id"], DnsAnswer(**{k: row[k] for k in keys}))
            for row in self.db.table("dns_answers").rows_where(order_by="id")
        ]

    def count(self, table: str) -> int:
        return self.db[table].count
