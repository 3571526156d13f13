"""One MaxMind DB (.mmdb) file: its edition, licence and per-address fields.

The only module that imports geoip2/maxminddb (house rule: heavy libraries in one module each).

The reader is chosen from each file's ``database_type`` (MaxMind DB spec,
https://maxmind.github.io/MaxMind-DB/): types geoip2 accepts (``...Country...``,
``...City...``, ``...GeoLite2-ASN...``, e.g. MaxMind GeoLite2/GeoIP2 and DB-IP's own Lite files)
go through ``geoip2.database.Reader``; the flat records of ip-location-db files
(``country ipvAll``: ``{"country_code": "US"}``) through ``maxminddb`` behind the same adapter.
Licences are told apart by the same ``database_type`` prefix (DB-IP: CC BY 4.0; MaxMind
GeoLite2: GeoLite2 EULA; GeoIP2: commercial).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import geoip2.database
import geoip2.errors
import maxminddb

from analysis.errors import PhonehomeError


class GeoError(PhonehomeError):
    """A GeoIP database file is missing, unreadable or of an unsupported type."""


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
