#!/usr/bin/env python3
"""Lookup cost of ``analysis.geo.Geo.lookup`` against the raw readers it wraps, same run.

Peer: ``maxminddb.Reader.get`` (country, flat DB-IP file) + ``geoip2.database.Reader.asn``
(ASN) + ``iptocc.country_code`` on the same embedded files, i.e. the minimum work for the
same answer. Ours adds address normalisation, the special-address check and the answer
object; its cache is cleared before each lookup so every lookup is a real one.

    .venv/bin/python scripts/bench_geo.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geoip2.database
import iptocc

from analysis.geo import open_geo


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    rng = random.Random(7)
    ips = [f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
           f"{rng.randint(1, 254)}" for _ in range(n)]
    with open_geo() as geo:
        country_db = next(db for db in geo._dbs if db.kind == "country")._raw
        asn_db = next(db for db in geo._dbs if db.kind == "asn")._geoip2
        assert asn_db is not None
        started = time.perf_counter()
        for ip in ips:
            country_db.get(ip)
            try:  # noqa: SIM105 (contextlib.suppress would add its own cost to the peer)
                asn_db.asn(ip)
            except geoip2.errors.AddressNotFoundError:
                pass
            iptocc.country_code(ip)
        peer = time.perf_counter() - started
        started = time.perf_counter()
        for ip in ips:
            geo._cache.clear()
            geo.lookup(ip)
        ours = time.perf_counter() - started
    print(f"{n} random IPv4 lookups (country + ASN + registered country)")
    print(f"peer (raw maxminddb + geoip2 + iptocc): {peer / n * 1e6:.1f} us/lookup")
    print(f"Geo.lookup (uncached):                  {ours / n * 1e6:.1f} us/lookup "
          f"({ours / peer:.2f}x the peer)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
