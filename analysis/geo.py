"""IP -> country, registered country and ASN: the lookup API every pass and command uses.

Databases are consulted in order, the first answer per field winning (the order and where the
files live: ``analysis.geo_files``; reading one MMDB file, the only place geoip2/maxminddb are
imported: ``analysis.geo_reader``).

Addresses are normalised first (IPv4-mapped IPv6 ``::ffff:a.b.c.d`` becomes ``a.b.c.d``:
mitmproxy reports peers that way and MMDB trees do not map it) and special-purpose addresses
(RFC 6890 registry: private, loopback, link-local, CGNAT, multicast, documentation, ...) are
labelled instead of looked up (``analysis.enrich_addresses``). ``registered_country`` comes from
RIR delegation data (the ``iptocc`` package, ``analysis.enrich_registered``): where a network is
registered, reported beside the GeoIP country, never in its place.

GeoLite2 files older than 30 days are reported as stale: the GeoLite2 EULA asks users to
replace their copies within 30 days of a new release.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.enrich_addresses import normalize_ip, parse_ip, special_label
from analysis.enrich_registered import registered_source
from analysis.geo_files import EMBEDDED, data_dir, open_embedded, open_user
from analysis.geo_reader import Database, GeoError

log = logging.getLogger(__name__)

GEOLITE_MAX_AGE_DAYS = 30  # GeoLite2 EULA: replace copies within 30 days of a new release


@dataclass(frozen=True, slots=True)
class GeoAnswer:
    """What the databases say about one address. ``special`` labels non-routable addresses."""

    ip: str
    country: str | None = None
    registered_country: str | None = None
    asn: int | None = None
    as_org: str | None = None
    special: str | None = None


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
    dbs = open_user(user_paths)
    if embedded:
        dbs += [open_embedded(name) for name in EMBEDDED]
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
