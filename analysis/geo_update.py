"""``phonehome geoip info|update|install``: list databases; fetch fresh ones into the data dir.

Sources (DATA-SOURCES.md "Fresh data when the user is online"):
- DB-IP Lite monthly MMDBs, no account (CC BY 4.0):
  ``https://download.db-ip.com/free/dbip-{country,asn}-lite-YYYY-MM.mmdb.gz``; the current
  month's file may not be out yet, so a 404 falls back to the previous month.
- MaxMind GeoLite2, with an account ID and licence key (HTTP basic auth) from
  ``PHONEHOME_MAXMIND_ACCOUNT_ID`` / ``PHONEHOME_MAXMIND_LICENSE_KEY``:
  ``https://download.maxmind.com/geoip/databases/EDITION/download?suffix=tar.gz``, checked
  against ``suffix=tar.gz.sha256`` (https://dev.maxmind.com/geoip/updating-databases/). The
  download redirects to a storage host: the credentials are not forwarded there.

Base URLs can be overridden (``PHONEHOME_DBIP_URL``, ``PHONEHOME_MAXMIND_URL``) for mirrors and
tests. Every file is validated as a Country/City/ASN MMDB before it replaces the previous one
(written beside it, then renamed), so a failed update never leaves a broken database behind.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import io
import os
import tarfile
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from analysis.geo import GEOLITE_MAX_AGE_DAYS, Database, GeoError, data_dir, open_geo

DBIP_URL = "https://download.db-ip.com/free"
MAXMIND_URL = "https://download.maxmind.com/geoip/databases"
DBIP_EDITIONS = ("country", "asn")
MAXMIND_EDITIONS = ("GeoLite2-Country", "GeoLite2-ASN")
TIMEOUT = 60


class _NotFound(Exception):
    pass


class _DropAuthOnRedirect(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but never send the MaxMind credentials to another host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urllib.parse.urlsplit(newurl).netloc != \
                urllib.parse.urlsplit(req.full_url).netloc:
            new.remove_header("Authorization")
        return new


def _get(url: str, auth: tuple[str, str] | None = None) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "phonehome"})
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    opener = urllib.request.build_opener(_DropAuthOnRedirect)
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise _NotFound(url) from exc
        hint = " (check the account ID and licence key)" if exc.code in (401, 403) else ""
        raise GeoError(f"{_public(url)}: HTTP {exc.code} {exc.reason}{hint}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GeoError(f"cannot download {_public(url)}: {reason} (offline? download the file "
                       "elsewhere and run `phonehome geoip install FILE`)") from exc


def _public(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _mmdb_bytes(name: str, data: bytes) -> bytes:
    """The MMDB inside a download: plain, gzip, or a MaxMind tar.gz."""
    if data[:2] == b"\x1f\x8b" or name.endswith((".tar", ".tar.gz", ".tgz")):
        try:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
                for member in tar.getmembers():
                    if member.isfile() and member.name.endswith(".mmdb"):
                        handle = tar.extractfile(member)
                        if handle is not None:
                            return handle.read()
        except (tarfile.TarError, EOFError, OSError):
            pass  # not a tar archive: a plain .mmdb.gz, handled below
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise GeoError(f"{name}: corrupt gzip data: {exc}") from exc
    return data


def _store(data: bytes, target: Path, label: str) -> Database:
    """Validate ``data`` as a supported MMDB and atomically put it at ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".part", delete=False) as tmp:
        tmp.write(data)
    try:
        db = Database(Path(tmp.name), label)
        db.close()
    except GeoError as exc:
        os.unlink(tmp.name)
        raise GeoError(str(exc).replace(tmp.name, label)) from exc
    os.replace(tmp.name, target)
    return db


def install_file(file: Path, directory: Path) -> list[str]:
    """Validate a user's .mmdb (or .mmdb.gz, or MaxMind .tar.gz) and copy it into ``directory``."""
    try:
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise GeoError(f"{file}: no such file") from exc
    except OSError as exc:
        raise GeoError(f"{file}: cannot read: {exc}") from exc
    mmdb = _mmdb_bytes(file.name, data)
    stem = file.name
    for suffix in (".tar.gz", ".tgz", ".gz", ".mmdb"):
        stem = stem.removesuffix(suffix)
    target = directory / f"{stem}.mmdb"
    db = _store(mmdb, target, str(file))
    lines = [f"installed {file} as {target} ({db.kind}, {db.database_type}, built "
             f"{db.build_date})"]
    # One file per database type: an older copy left beside the new one would still be read.
    for other in sorted(directory.glob("*.mmdb")):
        if other == target:
            continue
        try:
            old = Database(other, str(other))
        except GeoError:
            continue
        old.close()
        if old.database_type == db.database_type and old.build_epoch <= db.build_epoch:
            other.unlink()
            lines.append(f"removed {other} (older {old.database_type}, built {old.build_date})")
    return lines


def _months(today: dt.date) -> list[str]:
    previous = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    return [today.strftime("%Y-%m"), previous.strftime("%Y-%m")]


def update_dbip(directory: Path, base: str, today: dt.date) -> list[str]:
    lines = []
    for edition in DBIP_EDITIONS:
        for month in _months(today):
            url = f"{base}/dbip-{edition}-lite-{month}.mmdb.gz"
            try:
                data = _get(url)
            except _NotFound:
                continue
            target = directory / f"dbip-{edition}-lite.mmdb"
            db = _store(_mmdb_bytes(url, data), target, url)
            lines.append(f"DB-IP {edition} Lite {month}: {target} (built {db.build_date})")
            break
        else:
            raise GeoError(f"DB-IP {edition} Lite: no file for {' or '.join(_months(today))} "
                           f"at {base}")
    return lines


def update_maxmind(directory: Path, base: str, account: str, key: str) -> list[str]:
    lines = []
    for edition in MAXMIND_EDITIONS:
        url = f"{base}/{edition}/download?suffix=tar.gz"
        try:
            archive = _get(url, (account, key))
            expected = _get(url + ".sha256", (account, key)).decode().split()[0].lower()
        except _NotFound as exc:
            raise GeoError(f"{_public(url)}: not found (edition {edition})") from exc
        actual = hashlib.sha256(archive).hexdigest()
        if actual != expected:
            raise GeoError(f"{edition}: checksum mismatch (got {actual}, MaxMind says "
                           f"{expected}); nothing was replaced")
        target = directory / f"{edition}.mmdb"
        db = _store(_mmdb_bytes(f"{edition}.tar.gz", archive), target, f"{edition} download")
        lines.append(f"MaxMind {edition}: {target} (built {db.build_date}, sha256 verified)")
    return lines


def update_all(directory: Path, today: dt.date | None = None) -> list[str]:
    today = today or dt.date.today()
    lines = update_dbip(directory, os.environ.get("PHONEHOME_DBIP_URL", DBIP_URL), today)
    account = os.environ.get("PHONEHOME_MAXMIND_ACCOUNT_ID", "").strip()
    key = os.environ.get("PHONEHOME_MAXMIND_LICENSE_KEY", "").strip()
    if account and key:
        lines += update_maxmind(directory, os.environ.get("PHONEHOME_MAXMIND_URL", MAXMIND_URL),
                                account, key)
    elif account or key:
        raise GeoError("MaxMind GeoLite2 needs both PHONEHOME_MAXMIND_ACCOUNT_ID and "
                       "PHONEHOME_MAXMIND_LICENSE_KEY")
    else:
        lines.append("MaxMind GeoLite2: skipped (set PHONEHOME_MAXMIND_ACCOUNT_ID and "
                     "PHONEHOME_MAXMIND_LICENSE_KEY to fetch it)")
    for path in sorted(directory.glob("GeoLite2-*.mmdb")):
        db = Database(path, str(path))
        if db.is_geolite2 and db.age_days > GEOLITE_MAX_AGE_DAYS:
            lines.append(f"warning: {path}: built {db.build_date}, more than 30 days ago; the "
                         "GeoLite2 EULA asks for a fresh copy")
        db.close()
    return lines


def info(paths: list[Path]) -> list[str]:
    """``phonehome geoip info``: every database in use, in priority order."""
    with open_geo(paths) as geo:
        lines = [f"{row['kind']:<10} {row['name']}  built {row['build_date'] or 'unknown'}"
                 f"  licence: {row['license']}  [{row['path']}]" for row in geo.databases()]
        lines += [f"warning: {db.path}: GeoLite2 database built {db.build_date} is more than "
                  f"{GEOLITE_MAX_AGE_DAYS} days old: run `phonehome geoip update`"
                  for db in geo.stale()]
    lines.append(f"installed databases directory: {data_dir()}")
    return lines
