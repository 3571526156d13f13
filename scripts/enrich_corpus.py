#!/usr/bin/env python3
"""Run ingest + the enrich pass over the shared capture corpus; print what destinations became.

For each capture: destinations, how their organisation was found (table, third-party-web,
first_party, domain, asn, none), parties, CDN flags, special addresses, and enrich time; then
totals, the most common organisations, and hosts no table knows (candidates for orgs.toml).
Files that ingest rejects are counted, not analysed (that is the sources' business); an
exception inside the enrich pass is a bug and is printed with its file.

    .venv/bin/python scripts/enrich_corpus.py [--vantage LAT,LON] [FILE...]
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.errors import PhonehomeError
from analysis.ingest import CaptureMeta, ingest_file
from analysis.passes import AnalysisContext, enrich
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.sources.base import SourceOptions
from analysis.store import Store

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
KINDS = ("har", "mitm", "pcap", "pcapng")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--vantage", help="LAT,LON of the capture site, for the RTT check")
    args = parser.parse_args(argv)
    files = args.files or sorted(p for k in KINDS for p in (CORPUS / k).glob("*") if p.is_file())
    if not files:
        print(f"no corpus at {CORPUS.resolve()}", file=sys.stderr)
        return 1
    profile = None
    if args.vantage:
        lat, lon = (float(x) for x in args.vantage.split(","))
        profile = DeviceProfile(device=DeviceInfo(lat=lat, lon=lon))
    ctx = AnalysisContext(profile=profile)
    totals: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    unknown_hosts: Counter[str] = Counter()
    enrich_seconds = 0.0
    for path in files:
        store = Store.memory()
        run_id = store.start_run("ingest")
        try:
            ingest_file(store, path, CaptureMeta(), SourceOptions(), run_id)
        except PhonehomeError:
            totals["files_rejected_by_ingest"] += 1
            continue
        started = time.perf_counter()
        try:
            counts = enrich.run(store, ctx)
        except Exception:
            totals["enrich_exceptions"] += 1
            print(f"ENRICH FAILED {path}", file=sys.stderr)
            traceback.print_exc()
            continue
        enrich_seconds += time.perf_counter() - started
        totals["files"] += 1
        for key in ("destinations", "exchanges", "connections", "linked_exchanges",
                    "exchanges_without_server"):
            totals[key] += counts.get(key, 0)
        for d in store.destination_rows():
            totals[f"source.{d['organization_source']}"] += 1
            totals[f"party.{d['party']}"] += 1
            totals[f"plausible.{d['geo_plausible']}"] += 1
            totals["cdn"] += int(d["cdn"])
            totals["with_host"] += int(d["host"] is not None)
            if d["organization"]:
                orgs[d["organization"]] += 1
            if d["host"] and d["organization_source"] in {"asn", "domain", None}:
                unknown_hosts[d["host"]] += 1
    width = max(len(k) for k in totals) if totals else 0
    for key in sorted(totals):
        print(f"{key:<{width}}  {totals[key]}")
    print(f"enrich time: {enrich_seconds:.2f} s for {totals['files']} files "
          f"({totals['destinations']} destinations)")
    print("most common organisations:", ", ".join(f"{o} ({n})" for o, n in orgs.most_common(15)))
    print("hosts without a table/entity match:",
          ", ".join(h for h, _ in unknown_hosts.most_common(40)))
    return 1 if totals["enrich_exceptions"] else 0


if __name__ == "__main__":
    sys.exit(main())
