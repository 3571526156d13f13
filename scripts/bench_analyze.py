"""Throughput of decode + classify on typical SDK exchanges, on one core.

    .venv/bin/python scripts/bench_analyze.py [--n 4000]

Times are CPU seconds of this process (``time.process_time``): the machine this was written on
is shared, and wall-clock figures swung by 2-3x with other load. Exchanges come from the
evaluation families (analytics, attribution, ads, crash reporting,
the demo app's API, held-out SDKs): JSON, gzip, forms, base64-wrapped, msgpack, JSON Lines.
Measured in the same run:
  * in memory: ``findings_for_exchange`` (what the live proxy addon calls), with and without a
    device profile;
  * through the study DB: the ``decode`` and ``classify`` passes over a temporary SQLite store
    (what ``phonehome analyze`` does for these two passes);
  * peers: ``json.loads`` of the same bodies (the floor any decoder pays), and the device
    profile matched the naive way — one substring scan per variant per field — instead of the
    single compiled alternation.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

import eval_families
import eval_families2
from eval_payloads import profile

from analysis.classifiers import matcher_for
from analysis.decoders import decode_exchange
from analysis.passes import AnalysisContext, classify, decode
from analysis.passes.classify import findings_for_exchange
from analysis.records import Capture, Exchange
from analysis.store import Store


def workload(n: int) -> list[Exchange]:
    """``n`` distinct exchanges: the families rebuilt with new seeds, so nonces, event IDs and
    timestamps differ between requests while device values repeat, as in real traffic."""
    out: list[Exchange] = []
    seed = 0
    while len(out) < n:
        seed += 1
        out += [c.exchange for c in eval_families.build(seed=seed)
                + eval_families2.build(seed=1000 + seed)]
    return out[:n]


def rate(label: str, n: int, seconds: float) -> float:
    per_s = n / seconds
    print(f"{label:58} {per_s:9.0f} exchanges/s  ({seconds * 1e6 / n:7.1f} µs each)")
    return per_s


def bench_memory(exchanges: list[Exchange], with_profile: bool) -> float:
    prof = profile() if with_profile else None
    findings_for_exchange(0, exchanges[0], prof)  # build the matcher outside the timing
    start = time.process_time()
    for i, ex in enumerate(exchanges):
        findings_for_exchange(i, ex, prof)
    return time.process_time() - start


def bench_store(exchanges: list[Exchange]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        cap = store.add_capture(Capture(kind="har", source="bench"))
        store.add_exchanges(cap, exchanges)
        ctx = AnalysisContext(profile=profile())
        start = time.process_time()
        decode.run(store, ctx)
        mid = time.process_time()
        classify.run(store, ctx)
        end = time.process_time()
        store.close()
    return mid - start, end - mid


def bench_json_floor(exchanges: list[Exchange]) -> float:
    bodies = []
    for ex in exchanges:
        data = ex.request_body or b""
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        bodies.append(data)
    start = time.process_time()
    for data in bodies:
        with contextlib.suppress(ValueError):
            json.loads(data)
    return time.process_time() - start


def bench_profile_match(exchanges: list[Exchange]) -> tuple[float, float]:
    matcher = matcher_for(profile())
    assert matcher is not None
    decoded = [decode_exchange(ex) for ex in exchanges]
    variants = list(matcher.search)
    start = time.process_time()
    for i, d in enumerate(decoded):
        matcher.classify(i, d)
    one_pass = time.process_time() - start
    start = time.process_time()
    for d in decoded:
        for leaf in d.leaves:
            text = leaf.text.lower()
            for v in variants:  # the naive way: one scan per known value form
                if v in text:
                    pass
    naive = time.process_time() - start
    return one_pass, naive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="exchanges (default 4000)")
    args = parser.parse_args()
    exchanges = workload(args.n)
    size = sum(len(ex.request_body or b"") for ex in exchanges) / len(exchanges)
    print(f"{len(exchanges)} exchanges, mean request body {size:.0f} bytes, one process, "
          "CPU time\n")
    rate("decode+classify in memory, no profile", args.n, bench_memory(exchanges, False))
    mem = rate("decode+classify in memory, with profile", args.n, bench_memory(exchanges, True))
    dec, cls = bench_store(exchanges)
    rate("decode pass (SQLite store, fields written)", args.n, dec)
    rate("classify pass (SQLite store, re-decode + findings written)", args.n, cls)
    both = rate("decode + classify passes together", args.n, dec + cls)
    floor = rate("peer: json.loads of the (gunzipped) bodies only", args.n,
                 bench_json_floor(exchanges))
    one, naive = bench_profile_match(exchanges)
    rate("profile match: one compiled alternation", args.n, one)
    rate("peer: profile match, one substring scan per variant", args.n, naive)
    print(f"\nratios: profile match one-pass vs naive = {naive / one:.1f}x faster; "
          f"full in-memory pipeline = {floor / mem:.2f}x of json.loads throughput; "
          f"passes = {both:.0f}/s vs goal 2000/s")


if __name__ == "__main__":
    main()
