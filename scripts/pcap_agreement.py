#!/usr/bin/env python3
"""Agreement table: what phonehome's pcap source extracts vs tshark (and nDPI/JA4/Arkime outputs
under the corpus's ``expected/``), per capture file of the shared corpus.

For each pcap/pcapng file it compares three sets: TLS/QUIC SNI names, DNS answer owner names
(A, AAAA, CNAME, SVCB, HTTPS), and HTTP/1 request hosts. tshark runs as
``tshark -r FILE -T fields -e ...`` (it decrypts QUIC Initials itself and applies pcapng
Decryption Secrets Blocks). Prints one row per file that disagrees (all with ``--all``) and a
summary. Usage::

    .venv/bin/python scripts/pcap_agreement.py [--all] [--corpus DIR] [FILE...]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.records import Connection, DnsAnswer, Exchange, ReadError
from analysis.sources.base import SourceError, SourceOptions
from analysis.sources.detect import detect
from analysis.sources.pcap import read

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
DNS_TYPES = {"1", "5", "28", "64", "65"}


def ours(path: Path) -> tuple[dict[str, set[str]], str]:
    sets: dict[str, set[str]] = {"sni": set(), "dns": set(), "http": set()}
    try:
        items = list(read(path, SourceOptions()))
    except SourceError as exc:
        return sets, f"unreadable: {exc.problem}"
    status = "ok"
    for item in items:
        if isinstance(item, (Connection, Exchange)) and item.sni and (
                isinstance(item, Connection) or item.method == "CONNECT"):
            sets["sni"].add(item.sni.lower())
        elif isinstance(item, DnsAnswer):
            sets["dns"].add(item.name.lower())
        if isinstance(item, Exchange) and item.kind == "http" and item.host and item.method and \
                item.http_version != "HTTP/2":  # tshark's http.host is HTTP/1 only
            sets["http"].add(item.host.lower())
        elif isinstance(item, ReadError) and item.kind == "truncated":
            status = "truncated"
    return sets, status


def tshark(path: Path) -> dict[str, set[str]]:
    sets: dict[str, set[str]] = {"sni": set(), "dns": set(), "http": set()}
    cmd = ["tshark", "-n", "-r", str(path), "-T", "fields", "-E", "separator=\t",
           "-E", "aggregator=|", "-e", "tls.handshake.extensions_server_name",
           "-e", "dns.flags.response", "-e", "dns.resp.name", "-e", "dns.resp.type",
           "-e", "http.request", "-e", "http.host", "-e", "dns.count.answers",
           "-e", "gquic.tag.sni"]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                             errors="replace").stdout
    except subprocess.TimeoutExpired:
        return sets
    for line in out.splitlines():
        cols = (line.split("\t") + [""] * 8)[:8]
        sni, resp, names, types, is_req, host, count, gsni = cols
        for name in filter(None, sni.split("|") + gsni.split("|")):
            sets["sni"].add(name.lower().rstrip("."))
        if resp.startswith("1") or "|1" in resp or resp == "True":
            # answer section only: resource records are listed answers first, then authority
            # and additional records (glue), which phonehome does not report as answers
            n = sum(int(c) for c in count.split("|") if c.isdigit()) if count else 0
            pairs = list(zip(names.split("|"), types.split("|"), strict=False))[:n]
            for name, rtype in pairs:
                if name and rtype in DNS_TYPES:
                    sets["dns"].add(name.lower().rstrip("."))
        if is_req and host:
            for h in host.split("|"):
                sets["http"].add(h.lower())
    return sets


def expected_sni(path: Path, corpus: Path) -> tuple[str, set[str]] | None:
    name = path.name
    for prefix, sub, ext, pattern in (
            ("ndpi_", "ndpi", ".out", r"\[Hostname/SNI: ([^\]]+)\]"),
            ("ja4_", "ja4", ".snap", r"tls_server_name: (\S+)"),
            ("arkime_", "arkime", ".test", None)):
        if not name.startswith(prefix):
            continue
        sidecar = corpus / "expected" / sub / (name[len(prefix):] + ext)
        if not sidecar.exists():
            sidecar = corpus / "expected" / sub / (Path(name[len(prefix):]).stem + ext)
        if not sidecar.exists():
            return None
        text = sidecar.read_text(errors="replace")
        if pattern is None:  # Arkime: the "tls" section's host list is not separable; skip
            return None
        return sub, {m.lower() for m in re.findall(pattern, text)}
    return None


def fmt(a: set[str], b: set[str]) -> str:
    if a == b:
        return f"= {len(a)}"
    only_a, only_b = sorted(a - b), sorted(b - a)
    parts = []
    if only_a:
        parts.append("+" + ",".join(only_a)[:60])
    if only_b:
        parts.append("-" + ",".join(only_b)[:60])
    return " ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--all", action="store_true", help="print agreeing files too")
    args = parser.parse_args()
    files = args.files or sorted(p for d in ("pcap", "pcapng", "malformed")
                                 for p in (args.corpus / d).glob("*") if p.is_file())
    totals = {k: [0, 0] for k in ("sni", "dns", "http", "expected")}
    print("file | status | SNI ours vs tshark | DNS names | HTTP hosts | SNI vs expected/")
    print("(= n: same n names; +x: only phonehome has x; -y: only the other tool has y)")
    for path in files:
        try:
            if detect(path) not in ("pcap", "pcapng"):
                continue
        except SourceError as exc:
            print(f"{path.name} | not a capture: {exc.problem}")
            continue
        mine, status = ours(path)
        theirs = tshark(path)
        cells, agree = [], True
        for key in ("sni", "dns", "http"):
            same = mine[key] == theirs[key]
            totals[key][0] += same
            totals[key][1] += 1
            agree &= same
            cells.append(fmt(mine[key], theirs[key]))
        exp = expected_sni(path, args.corpus)
        if exp is not None:
            # nDPI's "Hostname/SNI" is the SNI, the HTTP Host or the DNS query name of a flow
            seen = mine["sni"] | mine["dns"] | mine["http"] if exp[0] == "ndpi" else mine["sni"]
            same = exp[1] <= seen
            totals["expected"][0] += same
            totals["expected"][1] += 1
            agree &= same
            cells.append(f"{exp[0]}: " + ("ok" if same else fmt(seen & exp[1], exp[1])))
        else:
            cells.append("")
        if args.all or not agree:
            print(f"{path.name} | {status} | " + " | ".join(cells))
    print()
    for key, (ok, n) in totals.items():
        print(f"{key:>8}: {ok}/{n} files agree")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
