"""GeoIP: every database schema through tiny MMDBs, the embedded defaults, update and install."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import http.server
import io
import tarfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mmdb_writer import MMDBWriter
from netaddr import IPSet

from analysis import geo
from analysis.geo_update import install_file, update_all


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never read the tester's installed databases; share one cache for the embedded files.
    monkeypatch.setenv("PHONEHOME_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("PHONEHOME_GEOIP", raising=False)
    for name in ("PHONEHOME_MAXMIND_ACCOUNT_ID", "PHONEHOME_MAXMIND_LICENSE_KEY"):
        monkeypatch.delenv(name, raising=False)


class _Writer(MMDBWriter):
    def __init__(self, build_epoch: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.epoch = build_epoch

    def _build_meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = super()._build_meta()
        meta["build_epoch"] = self.epoch
        return meta


def make_mmdb(path: Path, database_type: str, records: dict[str, dict[str, Any]],
              ip_version: int = 6, build_epoch: int | None = None) -> Path:
    writer = _Writer(build_epoch or int(time.time()), ip_version=ip_version,
                     ipv4_compatible=ip_version == 6, database_type=database_type)
    for cidr, record in records.items():
        writer.insert_network(IPSet([cidr]), record)
    writer.to_db_file(str(path))
    return path


NET = "93.184.216.0/24"  # a routable (non-special) range for the fixtures


@pytest.fixture
def dbs(tmp_path: Path) -> dict[str, Path]:
    return {
        "geolite_country": make_mmdb(tmp_path / "c.mmdb", "GeoLite2-Country", {
            NET: {"country": {"iso_code": "DE"}, "registered_country": {"iso_code": "NL"}}}),
        "geoip_city": make_mmdb(tmp_path / "city.mmdb", "GeoIP2-City", {
            NET: {"country": {"iso_code": "JP"}, "city": {"names": {"en": "Tokyo"}},
                  "location": {"latitude": 35.7, "longitude": 139.7}}}),
        "geolite_asn": make_mmdb(tmp_path / "asn.mmdb", "GeoLite2-ASN", {
            NET: {"autonomous_system_number": 64500, "autonomous_system_organization": "Ex Net"}}),
        "flat_country": make_mmdb(tmp_path / "flat.mmdb", "country ipv4",
                                  {NET: {"country_code": "SG"}}, ip_version=4),
        "flat_asn": make_mmdb(tmp_path / "flatasn.mmdb", "asn ipv4",
                              {NET: {"autonomous_system_number": 64511,
                                     "autonomous_system_organization": "Flat Net"}},
                              ip_version=4),
        "dbip_asn": make_mmdb(tmp_path / "dbipasn.mmdb", "DBIP-ASN-Lite (compat=GeoLite2-ASN)", {
            NET: {"autonomous_system_number": 64499, "autonomous_system_organization": "DB"}}),
    }


@pytest.mark.parametrize(("key", "country", "asn", "reader"), [
    ("geolite_country", "DE", None, "geoip2"),
    ("geoip_city", "JP", None, "geoip2"),
    ("geolite_asn", None, 64500, "geoip2"),
    ("flat_country", "SG", None, "flat"),
    ("flat_asn", None, 64511, "flat"),
    ("dbip_asn", None, 64499, "geoip2"),
])
def test_each_schema(dbs: dict[str, Path], key: str, country: str | None, asn: int | None,
                     reader: str) -> None:
    db = geo.Database(dbs[key], str(dbs[key]))
    assert (db._geoip2 is not None) == (reader == "geoip2")
    got = db.lookup("93.184.216.34")
    assert got.get("country") == country and got.get("asn") == asn
    assert db.lookup("2001:4860::1") == {} and db.lookup("8.8.4.4") == {}  # not covered / v6
    db.close()


def test_user_databases_come_before_embedded(dbs: dict[str, Path],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHONEHOME_GEOIP", str(dbs["flat_asn"]))
    with geo.open_geo([dbs["geoip_city"], dbs["flat_country"]]) as g:
        answer = g.lookup("::ffff:93.184.216.34")  # IPv4-mapped: normalised before lookup
        assert (answer.ip, answer.country, answer.asn) == ("93.184.216.34", "JP", 64511)
        kinds = [row["kind"] for row in g.databases()]
        assert kinds[:3] == ["city", "country", "asn"] and kinds[3:5] == ["country", "asn"]
        # Addresses the user files do not cover still get the embedded answer.
        other = g.lookup("8.8.8.8")
        assert other.country == "US" and other.asn == 15169


def test_embedded_spot_checks() -> None:
    with geo.open_geo() as g:
        google = g.lookup("8.8.8.8")
        assert (google.country, google.asn, google.registered_country) == ("US", 15169, "US")
        assert google.as_org and "Google" in google.as_org
        assert g.lookup("1.1.1.1").asn == 13335
        assert g.lookup("2a03:2880:f12f:83:face:b00c:0:25de").asn == 32934
        assert g.lookup("::ffff:8.8.8.8") == google
        rows = g.databases()
        assert {r["kind"] for r in rows} == {"country", "asn", "registered"}
        assert all(set(r) == {"kind", "name", "path", "build_date", "license"} for r in rows)
        country = next(r for r in rows if r["kind"] == "country")
        assert country["build_date"] == "2026-06-01" and "DB-IP" in country["license"]
        assert not g.stale()  # the embedded ASN file says compat=GeoLite2 but is not GeoLite2


@pytest.mark.parametrize(("ip", "label"), [
    ("10.0.0.1", "private"), ("192.168.1.20", "private"), ("172.20.0.1", "private"),
    ("fd00::1", "private"), ("127.0.0.1", "loopback"), ("::1", "loopback"),
    ("169.254.1.1", "link-local"), ("fe80::1%wlan0", "link-local"), ("100.64.0.1", "cgnat"),
    ("224.0.0.251", "multicast"), ("ff02::fb", "multicast"), ("0.0.0.0", "unspecified"),
    ("192.0.2.7", "documentation"), ("2001:db8::1", "documentation"), ("240.0.0.1", "reserved"),
    ("::ffff:10.0.0.1", "private"), ("not-an-ip", "invalid"),
])
def test_special_addresses_are_labelled_not_looked_up(ip: str, label: str) -> None:
    with geo.open_geo() as g:
        answer = g.lookup(ip)
    assert answer.special == label
    assert answer.country is None and answer.asn is None and answer.registered_country is None


def test_bad_database_files(tmp_path: Path, dbs: dict[str, Path]) -> None:
    empty = tmp_path / "empty.mmdb"
    empty.write_bytes(b"")
    text = tmp_path / "notes.mmdb"
    text.write_text("hello, not a database\n")
    anon = make_mmdb(tmp_path / "anon.mmdb", "GeoIP2-Anonymous-IP", {NET: {"is_anonymous": True}})
    for path, words in [(empty, "not a readable MaxMind DB"), (text, "not a readable MaxMind DB"),
                        (tmp_path / "missing.mmdb", "not found"),
                        (anon, "unsupported database type 'GeoIP2-Anonymous-IP'")]:
        with pytest.raises(geo.GeoError) as info:
            geo.open_geo([path])
        assert str(path) in str(info.value) and words in str(info.value)


def test_info_lines_and_stale_geolite_warning(tmp_path: Path) -> None:
    old = int(time.time()) - 45 * 86400
    stale = make_mmdb(tmp_path / "GeoLite2-Country.mmdb", "GeoLite2-Country",
                      {NET: {"country": {"iso_code": "FR"}}}, build_epoch=old)
    lines = geo.info_lines([stale])
    assert any("GeoLite2-Country" in line and "GeoLite2 EULA" in line for line in lines)
    assert any(line.startswith("warning:") and "30 days" in line for line in lines)
    assert any("DB-IP Country Lite" in line for line in lines)


def test_install_validates_and_is_used(tmp_path: Path, dbs: dict[str, Path]) -> None:
    target = tmp_path / "installed"
    gz = tmp_path / "dbip-country-lite-2026-10.mmdb.gz"
    gz.write_bytes(gzip.compress(dbs["flat_country"].read_bytes()))
    lines = install_file(gz, target)
    assert (target / "dbip-country-lite-2026-10.mmdb").exists() and "country" in lines[0]
    bad = tmp_path / "bad.mmdb"
    bad.write_text("nope")
    with pytest.raises(geo.GeoError, match=r"bad\.mmdb"):
        install_file(bad, target)
    assert sorted(p.name for p in target.iterdir()) == ["dbip-country-lite-2026-10.mmdb"]
    geo.install(dbs["geolite_asn"], None)  # default dir: $PHONEHOME_DATA_DIR/geoip
    with geo.open_geo() as g:
        assert g.lookup("93.184.216.34").asn == 64500


# -- update against a local server ----------------------------------------------------------------


def _tar_gz(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        info = tarfile.TarInfo(f"GeoLite2-Country_20261101/{name}")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


@pytest.fixture
def server(dbs: dict[str, Path]) -> Iterator[tuple[str, dict[str, bytes], list[str]]]:
    files: dict[str, bytes] = {}
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            if self.path.startswith("/mm/"):
                token = base64.b64encode(b"1234:secret").decode()
                if self.headers.get("Authorization") != f"Basic {token}":
                    self.send_response(401)
                    self.end_headers()
                    return
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            if body is not None:
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", files, seen
    httpd.shutdown()
    httpd.server_close()


def test_update_dbip_falls_back_to_last_month(tmp_path: Path, dbs: dict[str, Path], server: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    base, files, seen = server
    files["/free/dbip-country-lite-2026-10.mmdb.gz"] = gzip.compress(
        dbs["flat_country"].read_bytes())
    files["/free/dbip-asn-lite-2026-11.mmdb.gz"] = gzip.compress(dbs["dbip_asn"].read_bytes())
    monkeypatch.setenv("PHONEHOME_DBIP_URL", base + "/free")
    lines = update_all(tmp_path / "out", today=dt.date(2026, 11, 3))
    assert "/free/dbip-country-lite-2026-11.mmdb.gz" in seen  # tried this month first
    assert any("country Lite 2026-10" in line for line in lines)
    assert any("asn Lite 2026-11" in line for line in lines)
    assert any("GeoLite2: skipped" in line for line in lines)
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"dbip-country-lite.mmdb",
                                                             "dbip-asn-lite.mmdb"}


def test_update_maxmind_checks_sha256(tmp_path: Path, dbs: dict[str, Path], server: Any,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    base, files, _ = server
    for edition in ("country", "asn"):
        files[f"/free/dbip-{edition}-lite-2026-11.mmdb.gz"] = gzip.compress(
            dbs["flat_country" if edition == "country" else "dbip_asn"].read_bytes())
    archives = {"GeoLite2-Country": _tar_gz("GeoLite2-Country.mmdb",
                                            dbs["geolite_country"].read_bytes()),
                "GeoLite2-ASN": _tar_gz("GeoLite2-ASN.mmdb", dbs["geolite_asn"].read_bytes())}
    for edition, archive in archives.items():
        files[f"/mm/{edition}/download?suffix=tar.gz"] = archive
        files[f"/mm/{edition}/download?suffix=tar.gz.sha256"] = (
            f"{hashlib.sha256(archive).hexdigest()}  {edition}_20261101.tar.gz\n".encode())
    monkeypatch.setenv("PHONEHOME_DBIP_URL", base + "/free")
    monkeypatch.setenv("PHONEHOME_MAXMIND_URL", base + "/mm")
    monkeypatch.setenv("PHONEHOME_MAXMIND_ACCOUNT_ID", "1234")
    monkeypatch.setenv("PHONEHOME_MAXMIND_LICENSE_KEY", "secret")
    lines = update_all(tmp_path, today=dt.date(2026, 11, 3))
    assert any("GeoLite2-ASN" in line and "sha256 verified" in line for line in lines)
    assert (tmp_path / "GeoLite2-Country.mmdb").exists()
    before = (tmp_path / "GeoLite2-Country.mmdb").read_bytes()
    files["/mm/GeoLite2-Country/download?suffix=tar.gz.sha256"] = b"0" * 64 + b"  x.tar.gz\n"
    with pytest.raises(geo.GeoError, match="checksum mismatch"):
        update_all(tmp_path, today=dt.date(2026, 11, 3))
    assert (tmp_path / "GeoLite2-Country.mmdb").read_bytes() == before  # nothing replaced
    monkeypatch.setenv("PHONEHOME_MAXMIND_LICENSE_KEY", "wrong")
    with pytest.raises(geo.GeoError, match=r"HTTP 401.*licence key"):
        update_all(tmp_path, today=dt.date(2026, 11, 3))


def test_update_offline_is_one_clean_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("PHONEHOME_DBIP_URL", f"http://127.0.0.1:{port}/free")
    with pytest.raises(geo.GeoError) as info:
        geo.update(tmp_path)
    message = str(info.value)
    assert "cannot download" in message and "geoip install" in message and "\n" not in message
    assert not any(tmp_path.iterdir())


# -- the command line, as a user runs it -----------------------------------------------------------


def test_cli_geoip_info_install_update(tmp_path: Path, dbs: dict[str, Path],
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.cli import main

    assert main(["geoip", "info", "--geoip", str(dbs["geoip_city"])]) == 0
    out = capsys.readouterr().out
    assert out.index("GeoIP2-City") < out.index("DB-IP Country Lite")  # user file first
    assert main(["geoip", "install", str(dbs["geolite_asn"]), "--dir", str(tmp_path / "i")]) == 0
    assert (tmp_path / "i" / "asn.mmdb").exists()
    bad = tmp_path / "broken.mmdb"
    bad.write_bytes(b"\x00" * 64)
    assert main(["geoip", "install", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("phonehome: error:") and "broken.mmdb" in err and "\n" not in err
    monkeypatch.setenv("PHONEHOME_DBIP_URL", "http://127.0.0.1:9/free")  # discard port: closed
    assert main(["geoip", "update", "--dir", str(tmp_path / "u")]) == 2
    err = capsys.readouterr().err.strip()
    assert "cannot download" in err and "\n" not in err


def test_installed_newest_build_wins_and_older_copy_is_replaced(tmp_path: Path) -> None:
    day = 86400
    old = make_mmdb(tmp_path / "GeoLite2-Country_20261001.mmdb", "GeoLite2-Country",
                    {NET: {"country": {"iso_code": "FR"}}}, build_epoch=int(time.time()) - 40 * day)
    new = make_mmdb(tmp_path / "GeoLite2-Country_20261101.mmdb", "GeoLite2-Country",
                    {NET: {"country": {"iso_code": "IT"}}}, build_epoch=int(time.time()) - day)
    geo.install(old, None)
    with geo.open_geo() as g:
        assert g.lookup("93.184.216.34").country == "FR" and g.stale()
    lines = geo.install(new, None)
    assert any(line.startswith("removed") and "20261001" in line for line in lines)
    with geo.open_geo() as g:
        assert g.lookup("93.184.216.34").country == "IT" and not g.stale()


def test_credentials_are_not_forwarded_on_redirect(tmp_path: Path, dbs: dict[str, Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    archive = _tar_gz("GeoLite2-ASN.mmdb", dbs["geolite_asn"].read_bytes())
    seen_auth: dict[str, str | None] = {}

    class Storage(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen_auth[self.path] = self.headers.get("Authorization")
            body = archive if self.path.endswith("tar.gz") else (
                f"{hashlib.sha256(archive).hexdigest()}  x.tar.gz".encode())
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    storage = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Storage)
    storage_url = f"http://127.0.0.1:{storage.server_address[1]}"

    class Api(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            suffix = "sha256" if self.path.endswith("sha256") else "tar.gz"
            self.send_response(302)
            self.send_header("Location", f"{storage_url}/blob.{suffix}")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    api = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Api)
    for server in (storage, api):
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        monkeypatch.setattr("analysis.geo_update.MAXMIND_EDITIONS", ("GeoLite2-ASN",))
        from analysis.geo_update import update_maxmind

        lines = update_maxmind(tmp_path, f"http://127.0.0.1:{api.server_address[1]}", "1", "k")
    finally:
        for server in (storage, api):
            server.shutdown()
            server.server_close()
    assert "sha256 verified" in lines[0]
    assert seen_auth == {"/blob.tar.gz": None, "/blob.sha256": None}


def test_update_without_any_month_names_both(tmp_path: Path, server: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    base, _, _ = server
    monkeypatch.setenv("PHONEHOME_DBIP_URL", base + "/free")
    with pytest.raises(geo.GeoError, match="no file for 2026-01 or 2025-12"):
        update_all(tmp_path, today=dt.date(2026, 1, 5))
