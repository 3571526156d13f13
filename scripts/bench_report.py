"""Benchmark: ``phonehome report`` on a synthetic study of 100,000 exchanges (issue 8: < 10 s).

Builds the study in a temporary directory (fictional app and hosts under example domains,
RFC 2606), then times the CLI as a user runs it, all formats, and, as the peer measured in the
same run, the same CLI with ``--format json`` (the report data alone, no drawing or rendering),
alternating, three runs each; the best run counts (other work on the machine only ever adds
time). Prints the figures; exits 1 when the full report takes 10 s or more.

    .venv/bin/python scripts/bench_report.py [--exchanges 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.records import (
    Capture,
    Claim,
    ClaimVerdict,
    Consent,
    Destination,
    Detector,
    Disclosure,
    Exchange,
    Finding,
    Flow,
    Part,
    Party,
    ReadError,
    Verdict,
)
from analysis.store import Store
from analysis.store.captured import exchange_row

COUNTRIES = ["US", "SG", "DE", "IE", "NL", "FR", "GB", "JP", "HK", "IN", "BR", "CA", "AU", "SE",
             "BH", "MO", "CN", "KR", "ZA", "MX"]
CATEGORIES = ["id.advertising", "id.device", "device.info", "behavior.usage",
              "location.precise", "biometric.face", "behavior.keystroke", "location.coarse",
              "contact.email", "secret.credential"]
LIMIT = 10.0


def build(path: Path, n: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    hosts = [f"api{i}.sdk{i % 40}.example" for i in range(200)]
    dests = [Destination(h, f"198.51.{i // 250}.{i % 250}", 443, COUNTRIES[i % len(COUNTRIES)],
                         "US", 64500 + i % 40, f"AS {i % 40}", f"Example Org {i % 40}",
                         party=Party.FIRST if i % 40 == 0 else Party.THIRD, cdn=i % 7 == 0,
                         rtt_ms=20.0 + i % 90, geo_plausible=i % 11 != 0,
                         bytes_up=1000 * (i + 1), bytes_down=5000 * (200 - i))
             for i, h in enumerate(hosts)]
    t0 = 1_700_000_000.0
    with Store.open(path) as store:
        caps = [store.add_capture(Capture("har", f"/tmp/bench-{c}.har", app="com.example.bench",
                                          label=c, consent=c)) for c in (Consent.NO, Consent.YES)]
        links: dict[int, int] = {}
        findings: list[Finding] = []
        rows = []
        for k in range(n):
            d = rng.randrange(len(hosts)) if rng.random() < 0.5 else rng.randrange(10)
            cap = caps[k % 2]
            body = b'{"idfa":"00000000-0000-0000-0000-000000000000","event":"tick"}'
            rows.append(exchange_row(cap, Exchange(
                ts=t0 + (k // 2) * 0.036, method="POST", host=hosts[d],
                server_ip=dests[d].ip, server_port=443, request_body=body,
                request_body_size=len(body), url=f"https://{hosts[d]}/v1/e?n={k}")))
        store.add_exchange_rows(rows)
        ids = [r[0] for r in store.db.execute("select id from exchanges order by id")]
        for k, ex_id in enumerate(ids):
            host = rows[k]["host"]
            links[ex_id] = hosts.index(host)
            if k % 2 == 0:
                cat = CATEGORIES[k % len(CATEGORIES)]
                findings.append(Finding(ex_id, Part.BODY, "payload.idfa", cat, Detector.KEY, 0.9,
                                        "key name", "00000000-0000-0000-0000-000000000000"))
        store.write_findings(findings)
        store.set_destinations(dests, links)
        store.db.execute(
            "update destinations set requests = (select count(*) from exchange_destinations"
            " where destination_id = destinations.id)")
        store.db.conn.commit()
        claims = [Claim(f"claim-{c}", f"We do not share {c}.", (c,), "absent")
                  for c in CATEGORIES[:5]]
        verdicts = [ClaimVerdict(c.id, Verdict.VIOLATED, "observed", tuple(ids[:500:10]))
                    for c in claims]
        flows = [Flow(c, f"Example Org {i}", COUNTRIES[i % 20], Disclosure.OMITTED)
                 for c in CATEGORIES for i in range(40)]
        store.set_claims(claims, verdicts, flows)
        store.add_errors("decode", [ReadError("bench", "undecodable-body", "bad gzip", count=7)])


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of running ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exchanges", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the study and report in this directory")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (best counts)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        db = base / "bench.db"
        db.unlink(missing_ok=True)
        start = time.perf_counter()
        build(db, args.exchanges)
        print(f"built a study of {args.exchanges} exchanges in {time.perf_counter() - start:.1f} s")
        cli = [sys.executable, "-m", "analysis.cli", "report", "--db", str(db)]
        load = os.getloadavg()[0]
        peers, fulls = [], []
        for _ in range(args.runs):  # alternate, so both see the same background load
            peers.append(timed([*cli, "--out", str(base / "json-only"), "--format", "json"]))
            fulls.append(timed([*cli, "--out", str(base / "report")]))
        size = sum(p.stat().st_size for p in (base / "report").iterdir())
        peer, peer_cpu = min(peers)
        full, full_cpu = min(fulls)
        print(f"load average before/after: {load:.2f} / {os.getloadavg()[0]:.2f} "
              f"on {os.cpu_count()} CPUs (other processes slow the wall-clock figures)")
        print(f"phonehome report --format json (peer: data only): best {peer:.2f} s wall, "
              f"{peer_cpu:.2f} s CPU; runs: {', '.join(f'{w:.2f}' for w, _c in peers)} s")
        print(f"phonehome report (html,pdf,json,csv + figures): best {full:.2f} s wall, "
              f"{full_cpu:.2f} s CPU over its processes ({full / peer:.1f}x the json-only "
              f"run); runs: {', '.join(f'{w:.2f}' for w, _c in fulls)} s; "
              f"{size / 1e6:.1f} MB written")
        print("PASS" if full < LIMIT else "FAIL", f"(limit {LIMIT:.0f} s wall, best of "
              f"{args.runs})")
        return 0 if full < LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
