"""A request sent again byte for byte is decoded and classified once (analysis.passes.repeats):
the study written must be exactly the one written without the shortcut."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from analysis.analyze import run_passes
from analysis.passes import AnalysisContext, decode, repeats
from analysis.records import Capture, Exchange
from analysis.store import Store

TABLES = ("fields", "findings", "errors", "verdicts", "flows")


def _requests(demo: SimpleNamespace) -> list[Exchange]:
    """The demo's three requests (JSON, form with base64, undecodable bytes), each sent again
    later with another time stamp; one sent again with one header changed and one with a body
    cut short: those two are no repeats."""
    first = demo.exchanges
    again = [dataclasses.replace(ex, ts=ex.ts + 100) for ex in first]
    other_header = dataclasses.replace(
        first[1], ts=300.0, request_headers=(*first[1].request_headers, ("X-Trace", "1")))
    cut = dataclasses.replace(first[0], ts=301.0, request_truncated=True)
    return [*first, *again, other_header, cut, *again]


def _study(tmp: Path, name: str, exchanges: list[Exchange]) -> Path:
    path = tmp / f"{name}.db"
    with Store.open(path) as store:
        cap = store.add_capture(Capture(kind="har", source="synthetic"))
        store.add_exchanges(cap, exchanges)
        store.finish_capture(cap, "complete")
    return path


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    out = {}
    for table in TABLES:
        cols = [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] != "id"]
        out[table] = conn.execute(
            f"select {', '.join(cols)} from {table} order by {', '.join(cols)}").fetchall()
    conn.close()
    return out


def _analyse(path: Path, demo: SimpleNamespace) -> None:
    with Store.open(path, create=False) as store:
        run_passes(store, AnalysisContext(profile=demo.profile), [])


def test_a_study_with_repeats_is_the_same_as_without_the_shortcut(
        tmp_path: Path, demo: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    requests = _requests(demo)
    fast, slow = _study(tmp_path, "fast", requests), _study(tmp_path, "slow", requests)
    seen: list[int] = []
    real = repeats.Repeats.recall

    def counting(self: repeats.Repeats, key: Any, exchange_id: int) -> Any:
        found = real(self, key, exchange_id)
        if found is not None:
            seen.append(exchange_id)
        return found

    monkeypatch.setattr(repeats.Repeats, "recall", counting)
    _analyse(fast, demo)
    # the three repeated twice; not the one with another header nor the one cut short
    assert seen == [4, 5, 6, 9, 10, 11]
    monkeypatch.setattr(decode, "request_key", lambda row: None)
    _analyse(slow, demo)
    assert seen == [4, 5, 6, 9, 10, 11]  # no repeat recalled without keys
    a, b = _tables(fast), _tables(slow)
    assert a["findings"] and a["fields"] and a["errors"]
    for table in TABLES:
        assert a[table] == b[table], table
    # a repeat's findings are its own: every exchange has the findings of its first copy
    with Store.open(fast, create=False) as store:
        per_exchange: dict[int, list[Any]] = {}
        for row in store.db["findings"].rows:
            per_exchange.setdefault(row["exchange_id"], []).append(
                (row["path"], row["category"], row["confidence"], row["evidence"]))
    assert sorted(per_exchange[4]) == sorted(per_exchange[1])
    assert sorted(per_exchange[5]) == sorted(per_exchange[10]) == sorted(per_exchange[2])
    assert 3 not in per_exchange and 11 not in per_exchange  # raw bytes: no findings, twice


def _row(body: bytes | None, headers: str = "[]", url: str = "https://a.example/x") -> tuple:
    return (1, 1.0, "http", "POST", url, "a.example", headers, body, "up", 0, None)


def test_keys_tell_every_part_of_the_request_apart() -> None:
    base = repeats.request_key(_row(b"{}"))
    assert base == repeats.request_key((7, 9.0, "http", "GET", "https://a.example/x",
                                        "b.example", "[]", b"{}", "up", 0, None))
    assert base != repeats.request_key(_row(b"{ }"))
    assert base != repeats.request_key(_row(b"{}", headers='[["a", "b"]]'))
    assert base != repeats.request_key(_row(b"{}", url="https://a.example/y"))
    assert base != repeats.request_key(_row(None))
    assert repeats.request_key(_row(b"x" * (repeats.MAX_BODY + 1))) is None


def test_the_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repeats, "MAX_ENTRIES", 3)
    memo = repeats.Repeats()
    rows = [(1, "body", "a", "1", "[]")]
    for i in range(5):
        memo.remember(("k", i), rows, [], [])
    assert memo.recall(("k", 0), 9) is None  # emptied when full
    recalled = memo.recall(("k", 4), 9)
    assert recalled is not None and recalled[0] == [(9, "body", "a", "1", "[]")]
    memo.remember(("failed",), rows, [("decoder-failure", "x")], "ValueError: boom")
    assert memo.recall(("failed",), 10) == (
        [(10, "body", "a", "1", "[]")], [("decoder-failure", "x")], "ValueError: boom")
    assert memo.recall(None, 1) is None
