"""The study database: the record of truth (DESIGN.md "Persist first, analyse later").

One SQLite file per study, opened through sqlite-utils, in WAL mode and created with file mode
0600 because it holds the tester's personal data. All SQL of phonehome lives in this package:
``captured`` holds what sources write (captures, exchanges, connections, DNS answers, errors),
``derived`` what the analysis passes write, ``queries`` the read-only views reports use.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from analysis import __version__
from analysis.errors import PhonehomeError
from analysis.store.captured import CapturedMixin
from analysis.store.derived import DerivedMixin
from analysis.store.destinations import DestinationsMixin
from analysis.store.fields import FieldsMixin
from analysis.store.live import LiveMixin
from analysis.store.queries import QueriesMixin
from analysis.store.relabel import RelabelMixin
from analysis.store.report_queries import ReportQueriesMixin
from analysis.store.schema import migrations


class StoreError(PhonehomeError):
    """The study database cannot be opened or written."""


@dataclass(frozen=True, slots=True)
class RunInput:
    path: str
    sha256: str


def sha256_file(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class Store(CapturedMixin, DerivedMixin, QueriesMixin, ReportQueriesMixin, LiveMixin,
            DestinationsMixin, FieldsMixin, RelabelMixin):
    """A study database. Use ``Store.open(path)``; ``Store.memory()`` in tests."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        path = Path(path)
        if not path.exists():
            if not create:
                raise StoreError(f"{path}: no such study database")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                # Create the file ourselves so it is 0600 from its first byte on.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            except OSError as exc:
                raise StoreError(f"{path}: cannot create study database: {exc}") from exc
        else:
            with path.open("rb") as handle:
                head = handle.read(16)
            if head and head != b"SQLite format 3\x00":
                raise StoreError(f"{path}: not a SQLite database (is it a capture? use ingest)")
        try:
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
            db = Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            migrations.apply(db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open study database: {exc}") from exc
        for suffix in ("", "-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                os.chmod(side, 0o600)
        return cls(db, path)

    @classmethod
    def memory(cls) -> Store:
        db = Database(memory=True)
        migrations.apply(db)
        return cls(db, None)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------------

    def start_run(
        self,
        pass_name: str,
        inputs: Sequence[RunInput] = (),
        params: dict[str, Any] | None = None,
    ) -> int:
        row = {
            "pass": pass_name,
            "tool_version": __version__,
            "started": time.time(),
            "status": "running",
            "inputs": json.dumps([{"path": i.path, "sha256": i.sha256} for i in inputs]),
            "params": json.dumps(params or {}, default=str),
            "counts": "{}",
            "failures": "[]",
        }
        with self.db.conn:
            return self._insert("runs", row)

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        failures: Iterable[str] = (),
        status: str = "ok",
    ) -> None:
        with self.db.conn:
            self.db.table("runs").update(
                run_id,
                {
                    "finished": time.time(),
                    "status": status,
                    "counts": json.dumps(counts),
                    "failures": json.dumps(list(failures)),
                },
            )

    def set_run_inputs(self, run_id: int, inputs: Sequence[RunInput]) -> None:
        with self.db.conn:
            self.db.table("runs").update(run_id, {"inputs": json.dumps(
                [{"path": i.path, "sha256": i.sha256} for i in inputs])})

    def capture_hashes(self) -> dict[str, int]:
        """sha256 -> capture id of files already imported (complete or partial)."""
        return {r["sha256"]: r["id"] for r in self._rows(
            "select id, sha256 from captures where sha256 is not null"
            " and status in ('complete', 'partial') order by id desc")}

    def runs(self) -> list[dict[str, Any]]:
        return self._rows("select * from runs order by id")

    # -- study metadata -------------------------------------------------------------------------

    def set_meta(self, key: str, value: Any) -> None:
        with self.db.conn:
            self.db.table("study").upsert({"key": key, "value": json.dumps(value)}, pk="key")

    def get_meta(self, key: str, default: Any = None) -> Any:
        for row in self.db.table("study").rows_where("key = ?", [key]):
            return json.loads(row["value"])
        return default


__all__ = ["RunInput", "Store", "StoreError", "sha256_file"]
