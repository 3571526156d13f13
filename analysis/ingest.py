"""Import capture files into a study: detect each file's format, stream its records to the store.

Records are written in batches as they are read, so everything read before an error is kept.
A file that cannot be read at all is a ``failed`` result (its capture row, if one was made, is
marked ``failed``) and the other files are still imported; a file cut short is kept as
``partial`` with a ``truncated`` error naming the byte offset. Every step is recorded in the
``runs`` table with the inputs' sha256.
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
                sha256: str | None = None, kind: str | None = None) -> IngestResult:
    """Import one file (``kind`` when already detected). Raises ``SourceError`` if nothing in
    it can be read."""
    kind = kind or detect(path)
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
    """Import files; returns one result per path, never raising for one bad file.

    A file of no known format, or one nothing can be read from, is a result with status
    ``failed`` and its message (also in the ``errors`` table); every other file is still
    imported. A file whose sha256 is already in the study is ``skipped`` (importing it again
    would double every count). One file (or ``jobs=1``) is read in this process; several are
    read in ``jobs`` worker processes (default: one per core) while this process writes.
    ``progress`` draws a progress bar on stderr."""
    options = options or SourceOptions()
    paths = list(paths)
    run_id = store.start_run("ingest", [], {"app": meta.app, "label": meta.label,
                                             "consent": str(meta.consent),
                                             "keylog": options.keylog})
    known = store.capture_hashes()
    results: dict[int, IngestResult] = {}
    todo: list[tuple[int, Path, str, str]] = []
    inputs: list[RunInput] = []
    for i, path in enumerate(paths):
        try:
            kind = detect(path)
        except SourceError as exc:
            store.add_errors("ingest", [ReadError(str(path), "unreadable", exc.problem,
                                                  exc.offset)], run_id=run_id)
            results[i] = IngestResult(path, "unknown", None, "failed", errors=[str(exc)])
            continue
        digest = sha256_file(path)  # hash each file once (a 470 MB pcap: ~0.5 s)
        inputs.append(RunInput(str(path), digest))
        if digest in known:
            results[i] = IngestResult(path, kind, known[digest], "skipped", errors=[
                f"{path}: already imported as capture {known[digest]} (same sha256); skipped"
                + _ignored_meta(store, known[digest], meta)])
            continue
        known[digest] = -1
        todo.append((i, path, kind, digest))
    store.set_run_inputs(run_id, inputs)
    bar = Progress([p.stat().st_size for _, p, _, _ in todo], progress)
    workers = default_jobs(jobs, len(todo))
    if workers > 1:
        # Several files: one reader process each, the parent writes (ingest_parallel.py).
        hashes = {str(p): d for _, p, _, d in todo}

        def capture_for(path: Path, kind: str) -> Capture:
            return Capture(kind=kind, source=str(path), sha256=hashes[str(path)],
                           app=meta.app, label=meta.label, consent=meta.consent)
        done, _first = ingest_parallel(store, [p for _, p, _, _ in todo],
                                       [k for _, _, k, _ in todo], capture_for, options,
                                       run_id, workers, bar)
        results.update({i: r for (i, _, _, _), r in zip(todo, done, strict=True)})
    else:
        for n, (i, path, kind, digest) in enumerate(todo):
            try:
                results[i] = ingest_file(store, path, meta, options, run_id,
                                         progress=_reporter(bar, n), sha256=digest, kind=kind)
            except SourceError as exc:
                results[i] = IngestResult(path, kind, None, "failed", errors=[str(exc)])
            bar.file_done(n)
    bar.close()
    ordered = [results[i] for i in range(len(paths))]
    failed = [r for r in ordered if r.status == "failed"]
    store.finish_run(run_id, _totals(ordered), [e for r in ordered for e in r.errors][:100],
                     status="failed" if failed else "ok")
    return ordered


def _ignored_meta(store: Store, capture_id: int, meta: CaptureMeta) -> str:
    """Say so when a re-import asked for other metadata than the capture has (QA3 P22): the
    skip keeps the old values, and claims are scoped by them."""
    have = store.capture_meta(capture_id) or {}
    asked = {"app": meta.app, "label": meta.label,
             "consent": None if meta.consent == Consent.UNKNOWN else str(meta.consent)}
    differ = {k: v for k, v in asked.items() if v is not None and v != have.get(k)}
    if not differ:
        return ""
    was = ", ".join(f"{k} {have.get(k) or 'none'}" for k in differ)
    flags = " ".join(f"--{k} {v}" for k, v in differ.items())
    db = store.path or "STUDY.db"
    return (f". The new {', '.join('--' + k for k in differ)} were NOT applied (capture "
            f"{capture_id} keeps {was}); to change them: phonehome relabel --db {db} "
            f"--capture {capture_id} {flags}")


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
