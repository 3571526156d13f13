"""The live recorder's writer thread: batched, off the proxy's event loop, never silent on loss.

mitmproxy runs every addon hook on one asyncio loop; a synchronous SQLite insert per flow there
halves throughput (measured in issue 3: 0.46x plain mitmdump, 0.77x with WAL). So hooks only put
records on a queue, and one thread drains it and writes each batch in a single transaction to the
WAL-mode study database (``Store.open`` uses ``check_same_thread=False``). The thread wakes on
the first queued record, lets a batch gather for ``INTERVAL`` (50 ms) and writes it in one
transaction, so a record is on disk within about 50 ms; ``close`` (mitmproxy's ``done`` hook,
SIGINT/SIGTERM) drains everything queued.

If a write fails the writer stops, remembers the error and calls ``on_failure`` so the proxy can be
stopped loudly: the study database is the record of truth and traffic must not pass unrecorded.
"""

from __future__ import annotations

import atexit
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.records import Capture, Connection, DnsAnswer, Exchange, ReadError
from analysis.sources.base import Item
from analysis.store import Store

log = logging.getLogger(__name__)

BATCH = 2000
INTERVAL = 0.05  # seconds a batch may gather; bounds what a SIGKILL could lose
_STOP = object()

# (exchange id, exchange, the caller's tag — e.g. the mitmproxy flow to mark)
Inserted = Sequence[tuple[int, Exchange, Any]]


@dataclass(slots=True)
class WriterStats:
    exchanges: int = 0
    connections: int = 0
    dns_answers: int = 0
    errors: int = 0
    batches: int = 0
    unrecorded: int = 0  # records queued after a write failure: reported, never hidden
    writer_cpu_ms: int = 0  # CPU the writer thread used: the cost of recording, off the loop
    failure: str | None = None
    started: float = field(default_factory=time.time)

    def as_counts(self) -> dict[str, int]:
        return {"exchanges": self.exchanges, "connections": self.connections,
                "dns_answers": self.dns_answers, "errors": self.errors,
                "batches": self.batches, "unrecorded": self.unrecorded,
                "writer_cpu_ms": self.writer_cpu_ms}


class LiveWriter:
    """Owns one proxy session: its ``runs`` row, its ``captures`` row and the writer thread."""

    def __init__(self, store: Store, capture: Capture, params: dict[str, Any] | None = None, *,
                 on_failure: Callable[[BaseException], None] | None = None,
                 after_insert: Callable[[Inserted], None] | None = None,
                 batch: int = BATCH, interval: float = INTERVAL) -> None:
        self.store = store
        self.interval = interval
        self.on_failure = on_failure
        self.after_insert = after_insert
        self.batch = batch
        self.stats = WriterStats()
        self.run_id = store.start_run("proxy", (), params or {})
        self.capture_id = store.add_capture(capture, self.run_id)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="phonehome-writer", daemon=True)
        self._thread.start()
        # Should the process end without mitmproxy's ``done`` hook, still drain the queue.
        atexit.register(self.close)

    # -- called on the proxy's event loop: never blocks ----------------------------------------

    def put(self, item: Item, tag: Any = None) -> None:
        self._queue.put((item, tag))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (or failed); False on timeout."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    @property
    def failed(self) -> bool:
        return self.stats.failure is not None

    # -- writer thread --------------------------------------------------------------------------

    def _loop(self) -> None:
        stop = False
        while not stop:
            pending = [self._queue.get()]
            if pending[0] is not _STOP and not isinstance(pending[0], threading.Event):
                # Let a batch gather: one wake-up and one transaction per interval instead of
                # one per request keeps the GIL for the proxy's loop (issue 3 benchmark).
                time.sleep(self.interval)
            while len(pending) < self.batch:
                try:
                    pending.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            waiters = [p for p in pending if isinstance(p, threading.Event)]
            if _STOP in pending:
                stop = True
            pending = [p for p in pending if isinstance(p, tuple)]
            if self.failed:
                self.stats.unrecorded += len(pending)
            elif pending:
                try:
                    self._write(pending)
                except Exception as exc:  # any failure to write is a loss: stop loudly
                    self.stats.failure = f"{type(exc).__name__}: {exc}"
                    self.stats.unrecorded += len(pending)
                    log.error("phonehome: cannot write the study database: %s", exc)
                    if self.on_failure is not None:
                        self.on_failure(exc)
            self.stats.writer_cpu_ms = int(time.thread_time() * 1000)
            for w in waiters:
                w.set()

    def _write(self, pending: list[tuple[Item, Any]]) -> None:
        exchanges: list[tuple[Exchange, Any]] = []
        connections: list[Connection] = []
        answers: list[DnsAnswer] = []
        errors: list[ReadError] = []
        for item, tag in pending:
            if isinstance(item, Exchange):
                exchanges.append((item, tag))
            elif isinstance(item, Connection):
                connections.append(item)
            elif isinstance(item, DnsAnswer):
                answers.append(item)
            else:
                errors.append(item)
        cid = self.capture_id
        if exchanges:
            want_ids = self.after_insert is not None
            ids = self.store.insert_exchanges_fast(cid, [ex for ex, _ in exchanges], want_ids)
            if want_ids:
                self._after([(i, ex, tag) for i, (ex, tag) in zip(ids, exchanges, strict=True)])
            self.stats.exchanges += len(exchanges)
        if connections:
            self.stats.connections += self.store.add_connections(cid, connections)
        if answers:
            self.stats.dns_answers += self.store.add_dns_answers(cid, answers)
        if errors:
            self.stats.errors += self.store.add_errors("proxy", errors, run_id=self.run_id,
                                                       capture_id=cid)
        self.stats.batches += 1

    def _after(self, inserted: Inserted) -> None:
        assert self.after_insert is not None
        try:
            self.after_insert(inserted)
        except Exception:  # a live-classification bug must never stop recording
            log.exception("phonehome: live classification hook failed")

    # -- shutdown -------------------------------------------------------------------------------

    def close(self, timeout: float = 60.0) -> WriterStats:
        """Write everything queued, close the capture and the run. Idempotent."""
        if self._closed:
            return self.stats
        self._closed = True
        atexit.unregister(self.close)
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            self.stats.failure = self.stats.failure or f"writer still busy after {timeout} s"
        status = "failed" if self.failed else "complete"
        note = None
        if self.failed:
            note = f"recording stopped: {self.stats.failure}; {self.stats.unrecorded} unrecorded"
        try:
            self.store.finish_capture(self.capture_id, status, note)
            self.store.finish_run(self.run_id, self.stats.as_counts(),
                                  [self.stats.failure] if self.stats.failure else [],
                                  status="failed" if self.failed else "ok")
        except (sqlite3.Error, OSError) as exc:
            log.error("phonehome: cannot close the capture in the study database: %s", exc)
        return self.stats
