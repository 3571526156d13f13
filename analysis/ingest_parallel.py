"""Parallel ingest of several capture files, and the progress bar on stderr.

Each file is read in its own worker process (``multiprocessing``; fork on Linux), which streams
its records back to the parent in batches of at most ``BATCH`` records or ``BATCH_BYTES`` body
bytes through a bounded queue: a worker blocks when the parent is behind, so memory stays
bounded whatever the file sizes. Only the parent writes the study database (SQLite has one
writer). Every readable file is ingested; a file that cannot be read at all is marked
``failed`` and the first such error is raised after the others are kept.
"""

from __future__ import annotations

import inspect
import multiprocessing as mp
import os
import queue
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from analysis.records import Capture, Exchange, ReadError
from analysis.sources.base import Item, SourceError, SourceOptions

BATCH = 500
BATCH_BYTES = 8 << 20


class Progress:
    """A one-line progress bar on stderr, redrawn at most every 0.2 s."""

    def __init__(self, sizes: list[int], enabled: bool) -> None:
        self.sizes, self.enabled = sizes, enabled
        self.done = [0] * len(sizes)
        self.finished = 0
        self.last = 0.0
        self.start = time.monotonic()

    def update(self, index: int, offset: int, force: bool = False) -> None:
        self.done[index] = min(offset, self.sizes[index])
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.2):
            return
        self.last = now
        total, done = sum(self.sizes) or 1, sum(self.done)
        frac = done / total
        bar = "#" * int(frac * 30)
        rate = done / max(now - self.start, 1e-6) / 1e6
        sys.stderr.write(f"\r[{bar:<30}] {frac:4.0%} {done / 1e6:,.0f}/{total / 1e6:,.0f} MB "
                         f"{rate:,.0f} MB/s  {self.finished}/{len(self.sizes)} files")
        sys.stderr.flush()

    def file_done(self, index: int) -> None:
        self.finished += 1
        self.update(index, self.sizes[index], force=True)

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def read_with_progress(reader: Callable[..., Any], path: Path, options: SourceOptions,
                       report: Callable[[int], None]) -> Any:
    """Call a source's ``read``, passing a progress callback if the source accepts one."""
    if "progress" in inspect.signature(reader).parameters:
        return reader(path, options, progress=report)
    return reader(path, options)


def _size(item: Item) -> int:
    if isinstance(item, Exchange):
        return len(item.request_body or b"") + len(item.response_body or b"") + 512
    return 128


def _worker(index: int, path: str, kind: str, options: SourceOptions, out: Any) -> None:
    from analysis.ingest import reader_for

    batch: list[Item] = []
    size = 0
    try:
        reader = reader_for(kind)
        items = read_with_progress(reader, Path(path), options,
                                   lambda offset: out.put(("progress", index, offset)))
        for item in items:
            batch.append(item)
            size += _size(item)
            if len(batch) >= BATCH or size >= BATCH_BYTES:
                out.put(("items", index, batch))
                batch, size = [], 0
        if batch:
            out.put(("items", index, batch))
    except SourceError as exc:
        if batch:
            out.put(("items", index, batch))
        out.put(("error", index, (exc.problem, exc.offset)))
    except Exception as exc:  # a reader bug: keep what was read, record the failure
        if batch:
            out.put(("items", index, batch))
        out.put(("crash", index, f"{type(exc).__name__}: {exc}"))
    out.put(("done", index, None))


def ingest_parallel(store: Any, paths: list[Path], kinds: list[str], capture_for: Callable[
        [Path, str], Capture], options: SourceOptions, run_id: int, jobs: int,
        progress: Progress) -> tuple[list[Any], SourceError | None]:
    from analysis.ingest import IngestResult, write_items

    ctx: Any = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    out = ctx.Queue(maxsize=4 * jobs)
    results = []
    for path, kind in zip(paths, kinds, strict=True):
        cid = store.add_capture(capture_for(path, kind), run_id)
        results.append(IngestResult(path, kind, cid))
    failures: dict[int, SourceError] = {}
    pending = list(range(len(paths)))
    running: dict[int, Any] = {}
    while pending or running:
        while pending and len(running) < jobs:
            i = pending.pop(0)
            proc = ctx.Process(target=_worker, args=(i, str(paths[i]), kinds[i], options, out),
                               daemon=True)
            proc.start()
            running[i] = proc
        try:
            tag, i, payload = out.get(timeout=1.0)
        except queue.Empty:
            for i, proc in list(running.items()):
                if not proc.is_alive() and proc.exitcode:  # died without saying "done"
                    failures[i] = SourceError(paths[i], f"reader process died (exit code "
                                              f"{proc.exitcode})")
                    _finish(store, results[i], failures[i], run_id)
                    running.pop(i)
                    progress.file_done(i)
            continue
        result = results[i]
        assert result.capture_id is not None
        if tag == "items":
            write_items(store, result.capture_id, run_id, payload, result)
        elif tag == "progress":
            progress.update(i, payload)
        elif tag in ("error", "crash"):
            problem, offset = payload if tag == "error" else (f"reader failed: {payload}", None)
            failures[i] = SourceError(paths[i], problem, offset)
        elif tag == "done":
            running.pop(i).join()
            _finish(store, result, failures.get(i), run_id)
            progress.file_done(i)
    first = next((failures[i] for i in sorted(failures)
                  if results[i].status == "failed"), None)
    return results, first


def _finish(store: Any, result: Any, error: SourceError | None, run_id: int) -> None:
    cid = result.capture_id
    if error is None:
        store.finish_capture(cid, result.status,
                             "; ".join(result.errors[:3]) if result.errors else None)
        return
    store.add_errors("ingest", [ReadError(str(result.path), "unreadable", error.problem,
                                          error.offset)], run_id=run_id, capture_id=cid)
    kept = sum(result.counts.get(k, 0) for k in ("exchanges", "connections", "dns_answers"))
    result.status = "partial" if kept else "failed"
    result.errors.append(str(error))
    store.finish_capture(cid, result.status, str(error))


def default_jobs(jobs: int, files: int) -> int:
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    return max(1, min(jobs, files))
