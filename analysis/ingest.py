"""Import capture files into a study: detect each file's format, stream its records to the store.

Records are written in batches as they are read, so everything read before an error is kept.
A file that cannot be read at all raises ``SourceError`` after its capture row is marked
``failed``; a file cut short is kept as ``partial`` with a ``truncated`` error naming the byte
offset. Every step is recorded in the ``runs`` table with the inputs' sha256.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.ingest_parallel import Progress, default_jobs, ingest_parallel, read_with_progress
from analysis.records import Capture, Connection, Consent, DnsAnswer, Exchange, ReadError
from analysis.sources.base import Item, SourceError, SourceOptions
from analysis.sources.detect import detect
from analysis.store import RunInput, Store, sha256_file

# Format -> module implementing ``read(path, options) -> Iterator[Item]``.
SOURCES = {
    "har": "analysis.sources.har",
    "mitm": "analysis.sources.mitm",
    "pcap": "analysis.sources.pcap",
    "pcapng": "analysis.sources.pcap",
}

BATCH = 500


@dataclass(frozen=True, slots=True)
class CaptureMeta:
    app: str | None = None
    label: str | None = None
    consent: Consent = Consent.UNKNOWN


@dataclass(slots=True)
class IngestResult:
    path: Path
    kind: str
    capture_id: int | None
    status: str = "complete"
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def reader_for(kind: str) -> Callable[[Path, SourceOptions], Iterator[Item]]:
    module = importlib.import_module(SOURCES[kind])
    return module.read  # type: ignore[no-any-return]


def write_items(store: Store, capture_id: int, run_id: int, items: Iterable[Item],
                result: IngestResult) -> None:
    """Stream records into the store in batches, one transaction per batch."""
    exchanges: list[Exchange] = []
    connections: list[Connection] = []
    answers: list[DnsAnswer] = []
    errors: list[ReadError] = []
    counts = result.counts

    def flush() -> None:
        if exchanges:
            store.add_exchanges(capture_id, exchanges)
            counts["exchanges"] = counts.get("exchanges", 0) + len(exchanges)
            exchanges.clear()
        if connections:
            counts["connections"] = counts.get("connections", 0) + store.add_connections(
                capture_id, connections)
            connections.clear()
        if answers:
            counts["dns_answers"] = counts.get("dns_answers", 0) + store.add_dns_answers(
                capture_id, answers)
            answers.clear()
        if errors:
            counts["errors"] = counts.get("errors", 0) + store.add_errors(
                "ingest", errors, run_id=run_id, capture_id=capture_id)
            for err in errors:
                if err.kind == "truncated":
                    result.status = "partial"
                if len(result.errors) < 20:
                    result.errors.append(f"{err.kind}: {err.message}")
            errors.clear()

    try:
        for n, item in enumerate(items, 1):
            if isinstance(item, Exchange):
                exchanges.append(item)
            elif isinstance(item, Connection):
                connections.append(item)
            elif isinstance(item, DnsAnswer):
                answers.append(item)
            else:
                errors.append(item)
            if n % BATCH == 0:
                flush()
    finally:
        # Whatever happens, what was read is written.
        flush()


def ingest_file(store: Store, path: Path, meta: CaptureMeta, options: SourceOptions,
                run_id: int, items: Iterable[Item] | None = None,
                progress: Callable[[int], None] | None = None,
                sha256: str | None = None) -> IngestResult:
    """Import one file. Raises ``SourceError`` if nothing in it can be read."""
    kind = detect(path)
    capture = Capture(kind=kind, source=str(path), sha256=sha256 or sha256_file(path),
                      app=meta.app, label=meta.label, consent=meta.consent)
    capture_id = store.add_capture(capture, run_id)
    result = IngestResult(path, kind, capture_id)
    try:
        if items is None:
            items = read_with_progress(reader_for(kind), path, options,
                                       progress or (lambda _offset: None))
        write_items(store, capture_id, run_id, items, result)
    except SourceError as exc:
        store.add_errors("ingest", [ReadError(str(path), "unreadable", exc.problem, exc.offset)],
                         run_id=run_id, capture_id=capture_id)
        kept = sum(result.counts.get(k, 0) for k in ("exchanges", "connections", "dns_answers"))
        store.finish_capture(capture_id, "partial" if kept else "failed", str(exc))
        if kept:
            result.status = "partial"
            result.errors.append(str(exc))
            return result
        raise
    store.finish_capture(capture_id, result.status,
                         "; ".join(result.errors[:3]) if result.errors else None)
    return result


def ingest(store: Store, paths: Iterable[Path], meta: CaptureMeta,
           options: SourceOptions | None = None, *, jobs: int = 0,
           progress: bool = False) -> list[IngestResult]:
    """Import files; the first unreadable file raises ``SourceError`` after everything readable
    has been kept. One file (or ``jobs=1``) is read in this process, stopping at the first
    unreadable file; several files are read in ``jobs`` worker processes (default: one per
    core), every readable file is ingested, then the first failure is raised. ``progress``
    draws a progress bar on stderr."""
    options = options or SourceOptions()
    paths = list(paths)
    for path in paths:
        detect(path)  # fail fast on a file of no known format, before anything is written
    inputs = [RunInput(str(p), sha256_file(p)) for p in paths]
    hashes = {i.path: i.sha256 for i in inputs}  # hash each file once (a 470 MB pcap: ~0.5 s)
    run_id = store.start_run("ingest", inputs, {"app": meta.app, "label": meta.label,
                                                 "consent": str(meta.consent),
                                                 "keylog": options.keylog})
    results: list[IngestResult] = []
    bar = Progress([p.stat().st_size for p in paths], progress)
    workers = default_jobs(jobs, len(paths))
    try:
        if workers > 1:
            # Several files: one reader process each, the parent writes (ingest_parallel.py).
            def capture_for(path: Path, kind: str) -> Capture:
                return Capture(kind=kind, source=str(path), sha256=hashes[str(path)],
                               app=meta.app, label=meta.label, consent=meta.consent)
            results, failed = ingest_parallel(store, paths, [detect(p) for p in paths],
                                              capture_for, options, run_id, workers, bar)
            if failed is not None:
                raise failed
        else:
            for i, path in enumerate(paths):
                results.append(ingest_file(store, path, meta, options, run_id,
                                           progress=_reporter(bar, i),
                                           sha256=hashes[str(path)]))
                bar.file_done(i)
    except SourceError as exc:
        bar.close()
        store.finish_run(run_id, _totals(results), [str(exc)], status="failed")
        raise
    bar.close()
    store.finish_run(run_id, _totals(results),
                     [e for r in results for e in r.errors][:100])
    return results


def _reporter(bar: Progress, index: int) -> Callable[[int], None]:
    def report(offset: int) -> None:
        bar.update(index, offset)
    return report


def _totals(results: list[IngestResult]) -> dict[str, int]:
    totals: dict[str, int] = {"files": len(results)}
    for r in results:
        for key, value in r.counts.items():
            totals[key] = totals.get(key, 0) + value
    return totals
