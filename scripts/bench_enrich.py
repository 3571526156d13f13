#!/usr/bin/env python3
"""Time the enrich pass on a synthetic study (N exchanges over H hosts, synthetic names).

Peer, same run: reading the exchange metadata the pass needs (``Store.exchange_endpoints``),
the floor no enrichment can go under. Caches are cold for the first enrich run (fresh process).

    .venv/bin/python scripts/bench_enrich.py [N] [H]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.passes import AnalysisContext, enrich
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Capture, Exchange
from analysis.store import Store
from analysis.store.captured import exchange_row


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    h = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    rng = random.Random(1)
    hosts = [(f"h{i}.svc{i % 50}.example", f"{rng.randint(1, 223)}.{rng.randint(0, 255)}."
              f"{rng.randint(0, 255)}.{rng.randint(1, 254)}") for i in range(h)]
    store = Store.memory()
    cap = store.add_capture(Capture(kind="pcap", source="synthetic"))
    store.add_exchange_rows([exchange_row(cap, Exchange(
        ts=1e9 + i, method="GET", url=f"https://{hosts[i % h][0]}/", host=hosts[i % h][0],
        server_ip=hosts[i % h][1], server_port=443, connect_ms=rng.uniform(5, 200),
        request_body_size=100)) for i in range(n)])
    started = time.perf_counter()
    store.exchange_endpoints()
    peer = time.perf_counter() - started
    ctx = AnalysisContext(profile=DeviceProfile(device=DeviceInfo(lat=48.85, lon=2.35)))
    started = time.perf_counter()
    counts = enrich.run(store, ctx)
    ours = time.perf_counter() - started
    print(f"{n} exchanges, {counts['destinations']} destinations")
    print(f"peer (read exchange metadata only): {peer:.2f} s")
    print(f"enrich pass (cold caches):          {ours:.2f} s ({ours / peer:.1f}x the peer)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
