"""Capture metadata after import (QA3 P22): a re-import with other metadata says it was not
applied and how to change it; ``phonehome relabel`` changes it and the report says the
analysis predates it."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.store import Store
from tests.analysis.test_cli import har, phonehome


def test_reimport_with_other_metadata_says_it_was_ignored(tmp_path: Path) -> None:
    db, path = tmp_path / "s.db", har(tmp_path / "a.har")
    assert phonehome("ingest", path, "--db", db, "--consent", "yes").returncode == 0
    again = phonehome("ingest", path, "--db", db, "--consent", "no", "--label", "noconsent")
    assert again.returncode == 0
    assert "already imported as capture 1 (same sha256); skipped" in again.stdout
    assert ("The new --label, --consent were NOT applied (capture 1 keeps label none, "
            "consent yes); to change them: phonehome relabel --db "
            f"{db} --capture 1 --label noconsent --consent no") in again.stdout
    same = phonehome("ingest", path, "--db", db, "--consent", "yes")
    assert "NOT applied" not in same.stdout


def test_relabel_changes_a_capture_and_marks_the_analysis_stale(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert phonehome("ingest", har(tmp_path / "a.har"), "--db", db, "--consent",
                     "yes", "--app", "com.example.a").returncode == 0
    assert phonehome("analyze", "--db", db).returncode == 0
    done = phonehome("relabel", "--db", db, "--capture", "1", "--consent", "no", "--label",
                     "noconsent")
    assert done.returncode == 0, done.stderr
    assert "capture 1: label none -> noconsent, consent yes -> no" in done.stdout
    with Store.open(db, create=False) as store:
        assert store.capture_meta(1) == {"app": "com.example.a", "label": "noconsent",
                                         "consent": "no"}
    out = tmp_path / "r"
    assert phonehome("report", "--db", db, "--out", out, "--format", "json").returncode == 0
    doc = json.loads((out / "report.json").read_text())
    assert doc["study"]["analysis"]["status"] == "stale"
    assert "relabelled" in doc["study"]["analysis"]["message"]
    assert doc["study"]["captures"][0]["consent"] == "no"
    # clearing, and mistakes
    assert phonehome("relabel", "--db", db, "--capture", "1", "--app", "").returncode == 0
    with Store.open(db, create=False) as store:
        assert store.capture_meta(1)["app"] is None  # type: ignore[index]
    missing = phonehome("relabel", "--db", db, "--capture", "7", "--consent", "no")
    assert missing.returncode == 2
    assert f"phonehome: error: {db}: no capture 7 (captures: 1)" in missing.stderr
    nothing = phonehome("relabel", "--db", db, "--capture", "1")
    assert nothing.returncode == 2 and "at least one of" in nothing.stderr
    bad = phonehome("relabel", "--db", db, "--capture", "1", "--consent", "maybe")
    assert bad.returncode == 2
