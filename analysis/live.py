"""The live recorder: batched writes in a separate process, off the proxy's event loop, never
silent on loss.

mitmproxy runs every addon hook on one asyncio loop; a synchronous SQLite insert per flow there
halves throughput (measured in issue 3: 0.46x plain mitmdump, 0.77x with WAL), and a writer
*thread* still shares the GIL with the loop. So hooks only put compact tuples on a queue
(``put``/``put_http``: a few µs); a sender thread wakes on the first one, lets a batch gather for
``INTERVAL`` (50 ms), pickles it and writes it to the writer process (``analysis.live_child``),
which decodes and inserts each batch in one transaction into the WAL-mode study database. A
record is on disk within about 50 ms; ``close`` (mitmproxy's ``done`` hook, SIGINT/SIGTERM)
writes everything queued. Should the proxy die, the writer still writes all it received.

This object owns the session's ``runs`` and ``captures`` rows (opened here, closed in ``close``
with the writer's counts). If a write fails, or the writer process dies, ``failed`` becomes true
and ``on_failure`` is called (from a thread) so the proxy can be stopped loudly: the study
database is the record of truth and traffic must not pass unrecorded. In live mode the writer
classifies each exchange and ``on_mark(tag, categories)`` is called (from a thread) for marks.
"""

from __future__ import annotations

import atexit
import logging
import os
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.live_child import recv, send
from analysis.records import Capture
from analysis.sources.base import Item
from analysis.store import Store

log = logging.getLogger(__name__)

BATCH = 2000
INTERVAL = 0.05  # seconds a batch may gather; bounds what a SIGKILL could lose
_ROOT = Path(__file__).resolve().parents[1]  # the checkout: the writer imports ``analysis``


class WriteFailed(RuntimeError):
    """The writer process could not write the study database, or ended unexpectedly."""


@dataclass(slots=True)
class WriterStats:
    exchanges: int = 0
    connections: int = 0
    dns_answers: int = 0
    errors: int = 0
    batches: int = 0
    unrecorded: int = 0  # records queued after a write failure: reported, never hidden
    writer_cpu_ms: int = 0  # CPU the writer process used: the cost of recording, off the loop
    writer_start_cpu_ms: int = 0  # ... to start (imports, opening the database)
    live: dict[str, int] = field(default_factory=dict)  # live classification counts
    failure: str | None = None
    started: float = field(default_factory=time.time)

    def as_counts(self) -> dict[str, int]:
        return {"exchanges": self.exchanges, "connections": self.connections,
                "dns_answers": self.dns_answers, "errors": self.errors,
                "batches": self.batches, "unrecorded": self.unrecorded,
                "writer_cpu_ms": self.writer_cpu_ms,
                "writer_start_cpu_ms": self.writer_start_cpu_ms, **self.live}


class LiveWriter:
    """Owns one proxy session: its ``runs`` row, its ``captures`` row and the writer process."""

    def __init__(self, store: Store, capture: Capture, params: dict[str, Any] | None = None, *,
                 on_failure: Callable[[BaseException], None] | None = None,
                 on_mark: Callable[[Any, list[str]], None] | None = None,
                 live: bool = False, profile: Any = None, batch: int = BATCH,
                 interval: float = INTERVAL) -> None:
        if store.path is None:
            raise ValueError("the live writer needs a study database file")
        self.store = store
        self.interval = interval
        self.on_failure = on_failure
        self.on_mark = on_mark
        self.batch = batch
        self.stats = WriterStats()
        self.run_id = store.start_run("proxy", (), params or {})
        self.capture_id = store.add_capture(capture, self.run_id)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._final = threading.Event()  # the writer's final counts arrived (or it died)
        self._flushes: dict[int, threading.Event] = {}
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(_ROOT), os.environ.get("PYTHONPATH")) if p)}
        try:
            self._proc = subprocess.Popen([sys.executable, "-O", "-m", "analysis.live_child"],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          env=env)
        except OSError as exc:
            store.finish_capture(self.capture_id, "failed", f"writer did not start: {exc}")
            store.finish_run(self.run_id, {}, [f"writer did not start: {exc}"], status="failed")
            raise
        assert self._proc.stdin is not None and self._proc.stdout is not None
        send(self._proc.stdin, {"db": str(store.path), "capture_id": self.capture_id,
                                "run_id": self.run_id,
                                "source": capture.source, "live": live, "profile": profile})
        self._sender = threading.Thread(target=self._send_loop, name="phonehome-sender",
                                        daemon=True)
        self._receiver = threading.Thread(target=self._receive_loop, name="phonehome-receiver",
                                          daemon=True)
        self._sender.start()
        self._receiver.start()
        # Should the process end without mitmproxy's ``done`` hook, still drain the queue.
        atexit.register(self.close)

    # -- called on the proxy's event loop: never blocks ----------------------------------------

    def put(self, item: Item, tag: Any = None) -> None:
        """A finished record; ``tag`` (picklable) comes back in ``on_mark`` in live mode."""
        self._queue.put(("r", item, tag))

    def put_http(self, wire: tuple[Any, ...], max_body: int, tag: Any = None) -> None:
        """An HTTP exchange as ``mitm_wire.http_wire``, decoded in the writer process with
        bodies kept up to ``max_body`` bytes."""
        self._queue.put(("h", (wire, max_body), tag))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (or failed); False on timeout."""
        done = threading.Event()
        n = len(self._flushes)
        self._flushes[n] = done
        self._queue.put(("flush", n))
        return done.wait(timeout)

    @property
    def failed(self) -> bool:
        return self.stats.failure is not None

    # -- threads --------------------------------------------------------------------------------

    def _send_loop(self) -> None:
        stdin = self._proc.stdin
        assert stdin is not None
        while True:
            pending = [self._queue.get()]
            if pending[0][0] in ("h", "r"):
                # Let a batch gather: one wake-up, one pickle and one transaction per interval
                # instead of one per request.
                time.sleep(self.interval)
            while len(pending) < self.batch and pending[-1][0] != "stop":
                try:
                    pending.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                send(stdin, pending)
            except (OSError, ValueError):  # the writer is gone; the receiver reports it
                self._fail("the writer process ended unexpectedly")
                self._lost(pending)
                return
            if pending[-1][0] == "stop":
                stdin.close()
                return

    def _receive_loop(self) -> None:
        stdout = self._proc.stdout
        assert stdout is not None
        while True:
            try:
                msg = recv(stdout)
            except (EOFError, OSError):
                self._fail("the writer process ended unexpectedly "
                           f"(exit status {self._proc.wait()})")
                break
            if msg[0] == "marks" and self.on_mark is not None:
                for tag, categories in msg[1]:
                    self.on_mark(tag, categories)
            elif msg[0] == "flushed":
                self._flushes[msg[1]].set()
            elif msg[0] == "failed":
                self._fail(msg[1])
            elif msg[0] == "stats":
                self._take_counts(msg[1])
                break
        self._final.set()
        for event in self._flushes.values():
            event.set()

    def _take_counts(self, counts: dict[str, int]) -> None:
        s = self.stats
        s.exchanges, s.connections = counts["exchanges"], counts["connections"]
        s.dns_answers, s.errors, s.batches = (counts["dns_answers"], counts["errors"],
                                              counts["batches"])
        s.unrecorded += counts["unrecorded"]
        s.writer_cpu_ms = counts["writer_cpu_ms"]
        s.writer_start_cpu_ms = counts["writer_start_cpu_ms"]
        s.live = {k: v for k, v in counts.items() if k.startswith("live_")}

    def _lost(self, pending: list[tuple[Any, ...]]) -> None:
        """Count records that can no longer reach the writer: reported, never hidden."""
        self.stats.unrecorded += sum(1 for m in pending if m[0] in ("h", "r"))

    def _fail(self, message: str) -> None:
        if self.stats.failure is not None:
            return
        self.stats.failure = message
        log.error("phonehome: cannot write the study database: %s", message)
        if self.on_failure is not None:
            self.on_failure(WriteFailed(message))

    # -- shutdown -------------------------------------------------------------------------------

    def close(self, timeout: float = 60.0) -> WriterStats:
        """Write everything queued, close the capture and the run. Idempotent."""
        if self._closed:
            return self.stats
        self._closed = True
        atexit.unregister(self.close)
        self._queue.put(("stop",))
        if not self._final.wait(timeout):
            self.stats.failure = self.stats.failure or f"writer still busy after {timeout} s"
            self._proc.kill()
        self._proc.wait()
        self._sender.join(5)  # it ends after sending ``stop``, or at once if the writer is gone
        if not self._sender.is_alive():  # what is still queued never left: count it
            left = []
            while not self._queue.empty():
                left.append(self._queue.get_nowait())
            self._lost(left)
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
