"""The study database: schema, file mode, WAL, batched writes, idempotent passes, runs."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from analysis.records import (
    Capture,
    Connection,
    Consent,
    Destination,
    Detector,
    DnsAnswer,
    Exchange,
    Finding,
    Part,
    ReadError,
)
from analysis.store import Store, StoreError


def test_new_database_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    tables = {r[0] for r in sqlite3.connect(path).execute(
        "select name from sqlite_master where type='table'")}
    assert {"captures", "exchanges", "connections", "dns_answers", "fields", "findings",
            "destinations", "claims", "verdicts", "flows", "runs", "errors"} <= tables


def test_reopen_keeps_data_and_migrations_are_not_reapplied(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Store.open(path) as store:
        cid = store.add_capture(Capture(kind="har", source="a.har", consent=Consent.NO))
        store.add_exchanges(cid, [Exchange(ts=1.0, url="https://x.example/", method="GET")])
    with Store.open(path) as store:
        assert store.count("exchanges") == 1
        assert store.captures()[0].capture.consent is Consent.NO


def test_open_rejects_a_non_database(tmp_path: Path) -> None:
    path = tmp_path / "capture.pcap"
    path.write_bytes(b"\xd4\xc3\xb2\xa1" + b"\0" * 20)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store.open(path)
    with pytest.raises(StoreError, match="no such study"):
        Store.open(tmp_path / "missing.db", create=False)


def test_exchange_round_trip_keeps_every_field() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="proxy", source="127.0.0.1:8080"))
    ex = Exchange(ts=10.5, method="POST", url="https://a.example/p?q=1", host="a.example",
                  server_ip="192.0.2.1", server_port=443, request_headers=(("X-A", "1"),),
                  request_body=b"\x00\xffbin", request_body_size=9, request_truncated=True,
                  status=201, response_headers=(("Set-Cookie", "a=b"),), connect_ms=12.5)
    (eid,) = store.add_exchanges(cid, [ex])
    stored = list(store.iter_exchanges())
    assert stored[0].id == eid and stored[0].capture_id == cid
    assert stored[0].exchange == ex


def test_batched_inserts_and_errors_are_counted() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="pcap", source="x.pcap"))
    n = store.add_connections(cid, (Connection("tcp", "10.0.0.2", 4000 + i, "192.0.2.1", 443,
                                               1.0, 2.0) for i in range(1234)))
    assert n == 1234 == store.count("connections")
    store.add_dns_answers(cid, [DnsAnswer(1.0, "a.example", "A", "192.0.2.1", 60)])
    total = store.add_errors("ingest", [ReadError("x.pcap", "malformed-packet", "bad", 24, 7)],
                             capture_id=cid)
    assert total == 7
    assert store.error_rows()[0]["count"] == 7


def test_finish_capture_spans_exchanges_and_connections() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="pcap", source="x.pcap"))
    store.add_exchanges(cid, [Exchange(ts=5.0, ts_end=6.0)])
    store.add_connections(cid, [Connection("tcp", "a", 1, "b", 2, 3.0, 9.0)])
    store.finish_capture(cid, "partial", "cut at byte 99")
    row = store.capture_rows()[0]
    assert (row["started"], row["ended"], row["status"]) == (3.0, 9.0, "partial")


def test_passes_are_idempotent() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a.har"))
    (eid,) = store.add_exchanges(cid, [Exchange(ts=1.0, host="a.example")])
    finding = Finding(eid, Part.BODY, "gaid", "id.advertising", Detector.KEY, 0.9, "key gaid", "x")
    for _ in range(2):
        store.clear_pass("classify")
        store.write_findings([finding])
        store.set_destinations([Destination(host="a.example", ip=None, requests=1)], {eid: 0})
    assert store.count("findings") == 1
    assert store.count("destinations") == 1
    rows = store.finding_rows()
    assert rows[0]["host"] == "a.example" and rows[0]["request_id"] == eid


def test_runs_record_version_inputs_and_counts() -> None:
    from analysis import __version__
    from analysis.store import RunInput

    store = Store.memory()
    run = store.start_run("ingest", [RunInput("a.har", "ab" * 32)], {"label": "x"})
    store.finish_run(run, {"exchanges": 3}, ["one failure"], status="ok")
    (row,) = store.runs()
    assert row["tool_version"] == __version__
    assert row["inputs"] == [{"path": "a.har", "sha256": "ab" * 32}]
    assert row["counts"] == {"exchanges": 3} and row["failures"] == ["one failure"]
    assert row["finished"] >= row["started"]
