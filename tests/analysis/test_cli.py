"""The command line, invoked as a user would: help for every command, and bad input answered
with one clear line naming the file (exit status 2, no traceback), nothing recorded lost."""

from __future__ import annotations

import json
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

COMMANDS = ["proxy", "ingest", "analyze", "report", "diff", "demo", "geoip"]


def phonehome(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=cwd)


def har(path: Path, n: int = 1) -> Path:
    entries = [{"startedDateTime": "2026-01-01T00:00:00Z", "time": 5,
                "request": {"method": "GET", "url": f"https://a.example/{i}?gaid=x",
                            "headers": []},
                "response": {"status": 200, "headers": [], "content": {}}} for i in range(n)]
    path.write_text(json.dumps({"log": {"entries": entries}}))
    return path


def test_help_for_every_command() -> None:
    top = phonehome("--help")
    assert top.returncode == 0
    for cmd in COMMANDS:
        assert cmd in top.stdout
        sub = phonehome(cmd, "--help")
        assert sub.returncode == 0, sub.stderr
        assert "usage: phonehome " + cmd in sub.stdout
    for action in ("info", "update", "install"):
        assert phonehome("geoip", action, "--help").returncode == 0


def check_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("phonehome: error: ")
    for needle in needles:
        assert needle in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [("empty.pcap", b"", "is empty"),
     ("notes.txt", b"just some notes\n", "is a text file"),
     ("broken.har", b'{"log": {"entries": [ {', "is not valid JSON")],
)
def test_bad_capture_files(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    check_error(phonehome("ingest", path, "--db", tmp_path / "s.db"), str(path), needle)


def test_nothing_recorded_before_an_error_is_lost(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert phonehome("ingest", har(tmp_path / "good.har", 3), "--db", db).returncode == 0
    bad = tmp_path / "bad.har"
    bad.write_text("{not json")
    check_error(phonehome("ingest", bad, "--db", db), str(bad))
    rows = sqlite3.connect(db).execute("select count(*) from exchanges").fetchone()[0]
    assert rows == 3


def truncated_pcap(path: Path) -> Path:
    header = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 101)
    ip = bytes.fromhex("4500001c000040004011" "0000" "0a000002" "0a000001") + b"\0" * 8
    rec = struct.pack("<IIII", 1, 0, len(ip), len(ip)) + ip
    path.write_bytes(header + rec * 3 + rec[:20])  # the 4th record is cut short
    return path


def test_truncated_pcap_keeps_what_was_read(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    path = truncated_pcap(tmp_path / "cut.pcap")
    result = phonehome("ingest", path, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "partial" in result.stdout
    con = sqlite3.connect(db)
    assert con.execute("select status from captures").fetchone()[0] == "partial"
    offset = con.execute("select offset from errors where kind = 'truncated'").fetchone()[0]
    assert offset is not None and offset > 24


def test_bad_claims_and_bad_device_profile(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    phonehome("ingest", har(tmp_path / "a.har"), "--db", db)
    claims = tmp_path / "claims.toml"
    claims.write_text('[[claim]]\nid = "x"\ndata = ["biometric.fingerprint"]\nexpect = "absent"\n')
    check_error(phonehome("analyze", "--db", db, "--claims", claims), str(claims),
                "unknown category 'biometric.fingerprint'", "'x'")
    device = tmp_path / "device.toml"
    device.write_text('[identifiers]\nimei = "490154203237519"\n')
    check_error(phonehome("analyze", "--db", db, "--device", device), str(device),
                "identifiers.imei", "Luhn")


def test_missing_database_for_analyze_and_report(tmp_path: Path) -> None:
    check_error(phonehome("analyze", "--db", tmp_path / "none.db"), "no such study database")
    check_error(phonehome("report", "--db", tmp_path / "none.db", "--out", tmp_path / "r"),
                "no such study database")


def test_unknown_report_format(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    phonehome("ingest", har(tmp_path / "a.har"), "--db", db)
    check_error(phonehome("report", "--db", db, "--out", tmp_path / "r", "--format", "docx"),
                "unknown format(s) docx")


def test_bad_consent_value_is_rejected_by_the_parser(tmp_path: Path) -> None:
    result = phonehome("ingest", har(tmp_path / "a.har"), "--db", tmp_path / "s.db",
                       "--consent", "maybe")
    assert result.returncode == 2 and "--consent must be yes, no or unknown" in result.stderr


def test_bad_geoip_file_fails_before_any_pass(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    phonehome("ingest", har(tmp_path / "a.har"), "--db", db)
    bad = tmp_path / "bad.mmdb"
    bad.write_text("not a database")
    check_error(phonehome("analyze", "--db", db, "--geoip", bad), str(bad))
    check_error(phonehome("analyze", "--db", db, "--geoip", tmp_path / "none.mmdb"), "not found")
    passes = sqlite3.connect(db).execute("select count(*) from runs where pass != 'ingest'")
    assert passes.fetchone()[0] == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_file_does_not_lose_the_others(tmp_path: Path, jobs: str) -> None:
    db = tmp_path / "s.db"
    empty = tmp_path / "empty.pcap"
    empty.write_bytes(b"")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a capture\n")
    result = phonehome("ingest", har(tmp_path / "a.har", 2), empty, notes,
                       truncated_pcap(tmp_path / "cut.pcap"), har(tmp_path / "b.har", 1),
                       "--db", db, "--jobs", jobs)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"phonehome: error: {empty}: is empty" in result.stderr
    assert f"phonehome: error: {notes}: is a text file" in result.stderr
    assert "2 of 5 file(s) could not be read; the other 3 were imported" in result.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from captures").fetchone()[0] == 3
    assert con.execute("select count(*) from exchanges").fetchone()[0] >= 3
    kinds = {r[0] for r in con.execute("select kind from errors where capture_id is null")}
    assert kinds == {"unreadable"}


def test_the_same_file_twice_is_skipped(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    path = har(tmp_path / "a.har", 2)
    assert phonehome("ingest", path, "--db", db).returncode == 0
    again = phonehome("ingest", path, "--db", db)
    assert again.returncode == 0 and "already imported as capture 1" in again.stdout
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from exchanges").fetchone()[0] == 2


def test_report_says_when_the_analysis_is_missing_or_stale(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    phonehome("ingest", har(tmp_path / "a.har"), "--db", db)
    out = phonehome("report", "--db", db, "--out", tmp_path / "r1", "--format", "json,html")
    assert out.returncode == 0 and "were not analysed" in out.stderr
    doc = json.loads((tmp_path / "r1" / "report.json").read_text())
    assert doc["study"]["analysis"]["status"] == "not-analysed"
    assert "were not analysed" in (tmp_path / "r1" / "index.html").read_text()
    assert phonehome("analyze", "--db", db).returncode == 0
    phonehome("report", "--db", db, "--out", tmp_path / "r2", "--format", "json")
    doc = json.loads((tmp_path / "r2" / "report.json").read_text())
    assert doc["study"]["analysis"]["status"] == "current"
    # a file refused at import adds nothing: the analysis stays current (QA165, QA167)
    notes = tmp_path / "claims.toml"
    notes.write_text('app = "com.example.x"\n')
    assert phonehome("ingest", notes, "--db", db).returncode == 2
    again = phonehome("report", "--db", db, "--out", tmp_path / "r2b", "--format", "json")
    assert "imported after" not in again.stderr
    phonehome("ingest", har(tmp_path / "b.har", 2), "--db", db)
    stale = phonehome("report", "--db", db, "--out", tmp_path / "r3", "--format", "json")
    assert "imported after the last analysis" in stale.stderr


def test_a_refused_import_leaves_no_empty_study_behind(tmp_path: Path) -> None:
    # QA174: a key log given as the capture made "x.db", an empty study to be mistaken for one
    from analysis.cli import main

    keys = tmp_path / "sslkeys.txt"
    keys.write_text("CLIENT_RANDOM " + "ab" * 32 + " " + "cd" * 48 + "\n")
    db = tmp_path / "x.db"
    assert main(["ingest", str(keys), "--db", str(db), "--no-progress"]) == 2
    assert not db.exists()
    # ...but a study that was there is kept
    from analysis.store import Store

    Store.open(db).close()
    assert main(["ingest", str(keys), "--db", str(db), "--no-progress"]) == 2
    assert db.exists()
