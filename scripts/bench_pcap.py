#!/usr/bin/env python3
"""Benchmark: phonehome's pcap source vs ``tshark -T fields`` on the same capture, same run.

Both extract the same things: per-packet addresses/ports (flows), TLS SNI and ALPN, DNS answer
names and addresses, HTTP request method/host/URI. Each runs as a child process; wall time
and peak RSS (``os.wait4`` rusage) are measured per child. ``--ingest`` also times the full
``analysis.ingest.ingest`` into a temporary study DB (reading plus SQLite writes).

    .venv/bin/python scripts/bench_pcap.py [CAPTURE] [--packets N] [--ingest] [--repeat R]

Without CAPTURE, a capture is generated with scripts/gen_phone_pcap.py into /tmp.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TSHARK_FIELDS = ["frame.number", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport",
                 "tcp.dstport", "udp.srcport", "udp.dstport",
                 "tls.handshake.extensions_server_name", "tls.handshake.extensions_alpn_str",
                 "dns.resp.name", "dns.a", "dns.aaaa", "dns.cname", "http.request.method",
                 "http.host", "http.request.uri"]
OURS = """
import sys, collections
from pathlib import Path
from analysis.sources.pcap import read
from analysis.sources.base import SourceOptions
c = collections.Counter(type(i).__name__ for i in read(Path(sys.argv[1]), SourceOptions()))
print(dict(c))
"""
INGEST = """
import sys
from pathlib import Path
from analysis.ingest import ingest, CaptureMeta
from analysis.store import Store
store = Store.open(Path(sys.argv[2]))
res = ingest(store, [Path(sys.argv[1])], CaptureMeta())
print(res[0].counts)
"""


def run(cmd: list[str], stdout: int | None = subprocess.PIPE) -> tuple[float, int, str]:
    """Run a child; return (seconds, peak RSS bytes, first line of stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, cwd=ROOT)
    first = b""
    if proc.stdout is not None:
        for line in proc.stdout:
            if not first:
                first = line
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status:
        raise SystemExit(f"{cmd[0]} failed with status {status}")
    return elapsed, usage.ru_maxrss * 1024, first.decode(errors="replace").strip()


def count_packets(path: Path) -> int:
    out = subprocess.run(["capinfos", "-c", "-M", str(path)], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if "Number of packets" in line:
            return int(line.split(":")[1].strip().replace(",", ""))
    raise SystemExit("capinfos could not count packets")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("capture", nargs="?", type=Path)
    parser.add_argument("--packets", type=int, default=1_000_000)
    parser.add_argument("--ingest", action="store_true", help="also time a full DB ingest")
    parser.add_argument("--repeat", type=int, default=1, help="best of R runs each")
    args = parser.parse_args()
    capture = args.capture
    if capture is None:
        capture = Path(tempfile.gettempdir()) / f"phonehome-bench-{args.packets}.pcap"
        if not capture.exists():
            subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_phone_pcap.py"),
                            str(capture), "--packets", str(args.packets)], check=True)
    packets = count_packets(capture)
    size = capture.stat().st_size
    print(f"capture: {capture} ({packets:,} packets, {size / 1e6:.0f} MB)")
    tshark_cmd = ["tshark", "-n", "-r", str(capture), "-T", "fields"]
    for f in TSHARK_FIELDS:
        tshark_cmd += ["-e", f]
    rows: list[tuple[str, float, int, str]] = []
    for _ in range(args.repeat):
        rows.append(("phonehome pcap source", *run([sys.executable, "-c", OURS, str(capture)])))
        rows.append(("tshark -T fields", *run(tshark_cmd, stdout=subprocess.PIPE)[:2], ""))
        if args.ingest:
            with tempfile.TemporaryDirectory() as tmp:
                rows.append(("phonehome ingest (to SQLite)",
                             *run([sys.executable, "-c", INGEST, str(capture),
                                   str(Path(tmp) / "bench.db")])))
    best: dict[str, tuple[float, int, str]] = {}
    for name, secs, rss, note in rows:
        if name not in best or secs < best[name][0]:
            best[name] = (secs, rss, note)
    peer = best["tshark -T fields"][0]
    print("\n| tool | seconds | packets/s | vs tshark | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for name, (secs, rss, _note) in best.items():
        print(f"| {name} | {secs:.1f} | {packets / secs:,.0f} | {peer / secs:.2f}x | "
              f"{rss / 1e6:.0f} |")
    for name, (_s, _r, note) in best.items():
        if note:
            print(f"{name}: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
