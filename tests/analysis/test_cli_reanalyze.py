"""The command line on a study analysed before (QA3 P5, P11, P18): a re-analysis without
--claims is like a fresh one and says so, a claims file for another app is named, and a closed
stdout ends the command quietly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.analysis.test_cli import har, phonehome

CLAIMS = '''app = "{app}"
first_party = ["a.example"]
user_country = "DE"
[[claim]]
id = "no-ads-id"
text = "t"
data = ["id.advertising"]
expect = "absent"
'''


def _study(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    assert phonehome("ingest", har(tmp_path / "a.har"), "--db", db, "--app",
                     "com.example.a").returncode == 0
    return db


def _study_meta(db: Path, out: Path) -> dict[str, object]:
    assert phonehome("report", "--db", db, "--out", out, "--format", "json").returncode == 0
    doc: dict[str, object] = json.loads((out / "report.json").read_text())
    return doc


def test_analyze_without_claims_is_a_fresh_analysis_and_says_so(tmp_path: Path) -> None:
    db = _study(tmp_path)
    claims = tmp_path / "claims.toml"
    claims.write_text(CLAIMS.format(app="com.example.a"))
    device = tmp_path / "device.toml"
    device.write_text('[device]\nplatform = "android"\ncountry = "DE"\n')
    first = phonehome("analyze", "--db", db, "--claims", claims, "--device", device)
    assert first.returncode == 0 and "warning" not in first.stderr
    doc = _study_meta(db, tmp_path / "r1")
    assert doc["study"]["claims_file"] == str(claims)  # type: ignore[index]
    again = phonehome("analyze", "--db", db)
    assert again.returncode == 0
    assert f"the claims file of the earlier analysis ({claims}) is no longer applied" \
        in again.stderr
    assert f"the device profile of the earlier analysis ({device}) is no longer applied: pass " \
        "--device again" in again.stderr
    doc = _study_meta(db, tmp_path / "r2")
    study = doc["study"]
    assert doc["claims"] == []
    assert (study["claims_file"], study["user_country"], study["app"]) == (  # type: ignore[index]
        None, None, None)
    assert study["device_profile"] is None  # type: ignore[index]
    # no note when there was no earlier claims file
    assert "no longer applied" not in phonehome("analyze", "--db", db).stderr


def test_claims_file_for_another_app_is_named_and_still_checked(tmp_path: Path) -> None:
    db = _study(tmp_path)
    claims = tmp_path / "other.toml"
    claims.write_text(CLAIMS.format(app="com.example.other"))
    result = phonehome("analyze", "--db", db, "--claims", claims)
    assert result.returncode == 0
    assert (f"phonehome: warning: {claims}: its app 'com.example.other' matches no capture in "
            "the study (captured apps: com.example.a); its claims cover only captures of that "
            "app or with no app recorded (0 here)") in result.stderr
    # QA3 P26: another app's policy judges none of com.example.a's traffic
    assert "1 untested" in result.stdout


def test_a_when_value_matching_no_capture_is_warned_about(tmp_path: Path) -> None:
    # QA3 P31: a typo in a claim's `when` label gives a warning, not a silent untested
    db = tmp_path / "s.db"
    assert phonehome("ingest", har(tmp_path / "a.har"), "--db", db, "--app", "com.example.a",
                     "--label", "noconsent", "--consent", "no").returncode == 0
    claims = tmp_path / "typo.toml"
    claims.write_text(CLAIMS.format(app="com.example.a")
                      + 'when = { label = "noconsnet", consent = false }\n')
    result = phonehome("analyze", "--db", db, "--claims", claims)
    assert result.returncode == 0
    assert (f"phonehome: warning: {claims}: claim 'no-ads-id': no capture has label "
            "'noconsnet' (captures have label: noconsent); it will be untested") in result.stderr
    assert "consent" not in result.stderr.replace("noconsent", "").replace("noconsnet", "")
    claims.write_text(CLAIMS.format(app="com.example.a") + 'when = { consent = true }\n')
    result = phonehome("analyze", "--db", db, "--claims", claims)
    assert "no capture has consent 'yes' (captures have consent: no)" in result.stderr


def test_a_closed_stdout_ends_the_command_quietly(tmp_path: Path) -> None:
    db = _study(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "analysis.cli", "analyze", "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as `| head -0` would: the reader is gone before anything is printed
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err
