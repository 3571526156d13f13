"""``phonehome analyze``: validate the user's input files, then run every pass in order.

All inputs (device profile, claims file, store label, GeoIP files) are read and validated
before any pass runs, so a typo fails fast and leaves the previous analysis intact. Each pass is
recorded in the ``runs`` table with the sha256 of the inputs it used.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import importlib
from collections.abc import Iterator
from pathlib import Path

from analysis.claims import load_claims
from analysis.passes import AnalysisContext
from analysis.profile import load_profile
from analysis.store import RunInput, Store, sha256_file

PASSES = ("decode", "classify", "enrich", "check")


def load_context(device: Path | None, claims: Path | None, store_label: Path | None,
                 geoip: list[Path] | tuple[Path, ...] = ()) -> AnalysisContext:
    if geoip:
        from analysis.geo import open_geo

        open_geo(list(geoip)).close()  # a bad --geoip file fails here, before any pass runs
    label = None
    if store_label is not None:
        from analysis.labels import load_label

        label = load_label(store_label)
    return AnalysisContext(
        profile=load_profile(device) if device else None,
        claims=load_claims(claims) if claims else None,
        store_label=label,
        geoip=tuple(geoip),
    )


# The passes allocate millions of short-lived, acyclic objects (decoded trees, leaves, rows)
# while the decoded trees of a whole study stay alive for the classify pass: with the default
# thresholds (700, 10, 10) the collector kept re-scanning that growing heap for cycles there
# are none of, 10-20% of ``analyze`` CPU time (scripts/bench_analyze.py). Objects are still
# freed by reference counting; cycles are still collected, less often. What the collector
# still scans is the young objects that stay alive (findings handed from pass to pass, the
# memos of leaves and texts): 33 collections of 10,000 cost 0.07 s on the 4,000-exchange bench
# study, 1 of 200,000 (at most a few tens of MB of cyclic garbage waiting) 0.04 s.
GC_THRESHOLDS = (200_000, 10, 10)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _pass_params(name: str) -> dict[str, object]:
    """What a pass's ``runs`` row records besides its inputs: the rule files' versions and
    hashes for the passes that apply them."""
    if name in ("decode", "classify"):
        from analysis.classifiers.rules import rules_fingerprint

        return {"rules": rules_fingerprint()}
    return {}


def run_passes(store: Store, ctx: AnalysisContext, inputs: list[RunInput],
               passes: tuple[str, ...] = PASSES) -> dict[str, dict[str, int]]:
    summary: dict[str, dict[str, int]] = {}
    if "decode" in passes and "classify" in passes[passes.index("decode"):]:
        ctx = dataclasses.replace(ctx, classify_ahead=True)
    with fewer_collections():
        for name in passes:
            module = importlib.import_module(f"analysis.passes.{name}")
            run_id = store.start_run(name, inputs, _pass_params(name))
            try:
                counts: dict[str, int] = module.run(store, ctx)
            except Exception as exc:
                store.finish_run(run_id, {}, [f"{type(exc).__name__}: {exc}"], status="failed")
                raise
            store.finish_run(run_id, counts)
            summary[name] = counts
    return summary


def analyze(store: Store, device: Path | None = None, claims: Path | None = None,
            store_label: Path | None = None,
            geoip: list[Path] | tuple[Path, ...] = ()) -> dict[str, dict[str, int]]:
    ctx = load_context(device, claims, store_label, geoip)
    inputs = [RunInput(str(p), sha256_file(p)) for p in (device, claims, store_label, *geoip)
              if p is not None]
    # What this analysis was made with, for the report ("how this report was made").
    store.set_meta("device_profile", str(device) if device else None)
    store.set_meta("vantage", list(ctx.profile.vantage) if ctx.profile and ctx.profile.vantage
                   else None)
    store.set_meta("vantage_country", ctx.profile.device.country if ctx.profile else None)
    return run_passes(store, ctx, inputs)
