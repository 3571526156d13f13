"""The live recorder's writer process: turns queued flows into rows of the study database.

``analysis.live.LiveWriter`` starts it as ``python -O -m analysis.live_child`` and talks to it over
its stdin/stdout with length-prefixed pickles (``send``/``recv``). A separate process, not a
thread, because mitmproxy's event loop and a writer thread share one GIL: every pure-Python step
of the writer (row encoding, ``mitm_wire.wire_exchange``) and every re-acquisition after an SQLite
call could make the loop wait (issue 3 benchmark). ``-O`` skips mitmproxy's ``__debug__``-only
type checks when ``wire_exchange`` rebuilds requests (values that mitmproxy already checked in
the proxy): about 35 instead of 80 µs per exchange.

Protocol. In: a config dict, then batches (lists) of ``("h", (http_wire, max_body), tag)``,
``("r", record, tag)`` and ``("flush", n)``, then ``("stop",)`` — or end of file if the proxy
died, in which case everything received is still written and the capture is closed as failed.
Out: ``("marks", [(tag, categories), ...])`` in live mode, ``("flushed", n)``, ``("failed",
message)`` once when a write fails (later records are counted as unrecorded, never dropped
silently), and finally ``("stats", counts)``. SIGINT/SIGTERM are ignored: a Ctrl-C reaches the
whole process group, and the writer must outlive the proxy's ``done`` hook, which ends it
with ``stop``.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import struct
import sys
import time
from typing import IO, Any

_LEN = struct.Struct("<I")
# The writer's work can wait (records are batched for 50 ms anyway); the phone's traffic cannot.
# At nice 10 the proxy's event loop, and whatever else runs on the machine, preempts the writer
# when a CPU is contended. Alternated runs of scripts/bench_proxy.py (issue 3), nice 10 vs 0:
# throughput 1.00x/0.98x/0.97x vs 0.95x/0.93x/0.94x, unloaded p99 +1.6/-0.1/+0.2 ms vs
# +1.6/+1.6/+1.0 ms (load ~2); at load ~4 the noise was larger than either effect. CFS still
# gives a nice-10 task about a tenth of a busy CPU, several times what the writer needs.
NICE = 10
log = logging.getLogger("phonehome.writer")


def send(out: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LEN.pack(len(data)) + data)
    out.flush()


def recv(inp: IO[bytes]) -> Any:
    """The next message; ``EOFError`` at the end of the stream (also inside a frame)."""
    head = inp.read(_LEN.size)
    if len(head) < _LEN.size:
        raise EOFError("stream closed")
    (n,) = _LEN.unpack(head)
    data = inp.read(n)
    if len(data) < n:
        raise EOFError("stream closed inside a frame")
    return pickle.loads(data)


class Writer:
    """Writes batches into the study database; state and counts of one proxy session."""

    def __init__(self, config: dict[str, Any], out: IO[bytes]) -> None:
        import analysis.sources.mitm_wire  # noqa: F401  (imported now: start-up CPU, below)
        from analysis.store import Store

        self.out = out
        self.cid: int = config["capture_id"]
        self.run_id: int = config["run_id"]
        self.source: str = config["source"]
        self.store = Store.open(config["db"], create=False)
        self.counts = dict.fromkeys(("exchanges", "connections", "dns_answers", "errors",
                                     "batches", "unrecorded"), 0)
        self.failure: str | None = None
        self.classifier: Any = None
        self.marks: list[tuple[Any, list[str]]] = []
        if config.get("live"):
            from analysis.live_classify import LiveClassifier

            self.classifier = LiveClassifier(config.get("profile"),
                                             lambda tag, cats: self.marks.append((tag, cats)))
        self.start_cpu = time.process_time()

    def write(self, batch: list[tuple[Any, ...]]) -> None:
        from analysis.records import Connection, DnsAnswer, Exchange, ReadError
        from analysis.sources.mitm_wire import wire_exchange

        if self.failure is not None:
            self.counts["unrecorded"] += len(batch)
            return
        exchanges: list[tuple[Exchange, Any]] = []
        connections, answers, errors = [], [], []
        for kind, item, tag in batch:
            if kind == "h":
                try:
                    ex, errs = wire_exchange(item[0], item[1], self.source)
                except Exception as exc:  # one odd flow is an errors row, never a stopped proxy
                    log.exception("phonehome: HTTP flow could not be converted")
                    errors.append(ReadError(self.source, "unsupported",
                                            f"HTTP flow could not be converted: "
                                            f"{type(exc).__name__}: {exc}"))
                    continue
                exchanges.append((ex, tag))
                errors.extend(errs)
            elif isinstance(item, Exchange):
                exchanges.append((item, tag))
            elif isinstance(item, Connection):
                connections.append(item)
            elif isinstance(item, DnsAnswer):
                answers.append(item)
            else:
                errors.append(item)
        try:
            self._insert(exchanges, connections, answers, errors)
        except Exception as exc:  # any failure to write is a loss: say so, the proxy stops
            self.failure = f"{type(exc).__name__}: {exc}"
            self.counts["unrecorded"] += len(batch)
            log.error("phonehome: cannot write the study database: %s", exc)
            send(self.out, ("failed", self.failure))

    def _insert(self, exchanges: list[tuple[Any, Any]], connections: list[Any],
                answers: list[Any], errors: list[Any]) -> None:
        store, cid, c = self.store, self.cid, self.counts
        if exchanges:
            want_ids = self.classifier is not None
            ids = store.insert_exchanges_fast(cid, [ex for ex, _ in exchanges], want_ids)
            c["exchanges"] += len(exchanges)
            if want_ids:
                self._classify([(i, ex, tag) for i, (ex, tag)
                                in zip(ids, exchanges, strict=True)])
        if connections:
            c["connections"] += store.add_connections(cid, connections)
        if answers:
            c["dns_answers"] += store.add_dns_answers(cid, answers)
        if errors:
            c["errors"] += store.add_errors("proxy", errors, run_id=self.run_id, capture_id=cid)
        c["batches"] += 1

    def _classify(self, inserted: list[tuple[int, Any, Any]]) -> None:
        try:
            self.classifier(inserted)
        except Exception:  # a live-classification bug must never stop recording
            self.counts["live_failures"] = self.counts.get("live_failures", 0) + 1
            log.exception("phonehome: live classification hook failed")
        if self.marks:
            send(self.out, ("marks", self.marks))
            self.marks = []

    def final_counts(self) -> dict[str, Any]:
        counts: dict[str, Any] = dict(self.counts)
        if self.classifier is not None:
            counts["live_classified"] = self.classifier.classified
            counts["live_marked"] = self.classifier.marked
            counts["live_failures"] = counts.get("live_failures", 0) + self.classifier.failures
        # The cost of recording, apart from the one-off imports and database opening.
        counts["writer_cpu_ms"] = int((time.process_time() - self.start_cpu) * 1000)
        counts["writer_start_cpu_ms"] = int(self.start_cpu * 1000)
        return counts

    def abandoned(self) -> None:
        """The proxy ended without ``stop`` (killed): close its capture and run as failed."""
        note = "the proxy ended without closing the recording (killed?); rows written are kept"
        self.store.finish_capture(self.cid, "failed", note)
        self.store.finish_run(self.run_id, self.final_counts(), [note], status="failed")


def serve(inp: IO[bytes], out: IO[bytes]) -> int:
    """Write what arrives on ``inp`` until ``stop`` (0) or end of file (1)."""
    writer = Writer(recv(inp), out)
    while True:
        try:
            batch = recv(inp)
        except EOFError:
            writer.abandoned()
            return 1
        records = [m for m in batch if m[0] in ("h", "r")]
        if records:
            writer.write(records)
        for m in batch:
            if m[0] == "flush":
                send(out, ("flushed", m[1]))
            elif m[0] == "stop":
                writer.store.close()
                send(out, ("stats", writer.final_counts()))
                return 0


def main() -> int:
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    if hasattr(os, "nice"):  # POSIX only; lowering one's own priority is always allowed
        os.nice(NICE)
    logging.basicConfig(format="%(message)s", level=logging.WARNING)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the protocol stream
    return serve(inp, out)


if __name__ == "__main__":
    sys.exit(main())
