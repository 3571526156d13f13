#!/usr/bin/env python3
"""Build the embedded IP -> ASN database from the ``@ip-location-db/asn`` CSV files.

Input: ``asn-ipv4.csv`` and ``asn-ipv6.csv`` (``start,end,asn,org``; CC BY 4.0: RouteViews, NRO,
DB-IP ASN Lite) from ``npm pack @ip-location-db/asn@VERSION``. Output: an MMDB in the GeoLite2-ASN
schema (``autonomous_system_number``, ``autonomous_system_organization``) whose
``database_type`` contains ``GeoLite2-ASN``, so geoip2's ``Reader.asn()`` accepts it.

Reproducible: rows are grouped by (asn, org) and inserted in sorted order, and ``build_epoch`` is
the snapshot's date taken from the package version (``2.3.YYYYMMDDHH``), not the wall clock, so
the same input gives the same bytes.

Traps (DATA-SOURCES.md): ``netaddr.IPSet`` must be built from CIDR lists (``IPSet.add(IPRange)``
is ~100 times slower); IPv4 goes into the IPv6 tree at ``::a.b.c.d`` (``ipv4_compatible``), which
is where MaxMind readers look IPv4 addresses up. Needs the test extra (mmdb-writer, netaddr).

    python scripts/build_asn_mmdb.py DIR_WITH_CSVS OUT.mmdb --version 2.3.2026061719
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from mmdb_writer import MMDBWriter
from netaddr import IPRange, IPSet

DATABASE_TYPE = "ipLocationDb-ASN (compat=GeoLite2-ASN)"


class PinnedWriter(MMDBWriter):
    """An MMDBWriter whose ``build_epoch`` is fixed (mmdb-writer uses ``time.time()``)."""

    def __init__(self, build_epoch: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.build_epoch = build_epoch

    def _build_meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = super()._build_meta()
        meta["build_epoch"] = self.build_epoch
        return meta


def epoch_of_version(version: str) -> int:
    """``2.3.2026061719`` -> 2026-06-17 19:00 UTC as epoch seconds."""
    stamp = version.rsplit(".", 1)[-1]
    when = dt.datetime.strptime(stamp[:10], "%Y%m%d%H").replace(tzinfo=dt.UTC)
    return int(when.timestamp())


def read_groups(paths: list[Path]) -> dict[tuple[int, str], list[Any]]:
    groups: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for path in paths:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.reader(handle):
                if len(row) < 3 or not row[2].isdigit():
                    continue
                org = row[3] if len(row) > 3 else ""
                groups[(int(row[2]), org)].extend(IPRange(row[0], row[1]).cidrs())
    return groups


def build(csv_dir: Path, out: Path, version: str) -> int:
    paths = [csv_dir / "asn-ipv4.csv", csv_dir / "asn-ipv6.csv"]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SystemExit(f"build_asn_mmdb: missing {', '.join(missing)}")
    writer = PinnedWriter(
        epoch_of_version(version),
        ip_version=6,
        ipv4_compatible=True,
        database_type=DATABASE_TYPE,
        languages=["en"],
        description={"en": f"IP to ASN from @ip-location-db/asn@{version} (RouteViews, NRO, "
                           "DB-IP ASN Lite; CC BY 4.0), built by phonehome"},
        int_type="u32",
    )
    groups = read_groups(paths)
    for (asn, org), cidrs in sorted(groups.items()):
        content: dict[str, Any] = {"autonomous_system_number": asn}
        if org:
            content["autonomous_system_organization"] = org
        writer.insert_network(IPSet(cidrs), content)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer.to_db_file(str(out))
    return len(groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv_dir", type=Path, help="directory holding asn-ipv4.csv, asn-ipv6.csv")
    parser.add_argument("out", type=Path, help="output .mmdb")
    parser.add_argument("--version", required=True, help="the npm package version, for dating")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    groups = build(args.csv_dir, args.out, args.version)
    print(f"{args.out}: {groups} (asn, org) groups, {args.out.stat().st_size} bytes, "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
