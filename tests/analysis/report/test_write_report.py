"""write_report: every file of the report directory, and the CLI command around it."""

from __future__ import annotations

import csv
import json
import re
import stat
from pathlib import Path

import pytest

from analysis.report import FORMATS, ReportError, render_report, write_report
from analysis.report.data import build_report
from analysis.store import Store
from tests.analysis.report.conftest import build_study

FIGURES = ["map", "categories_by_organisation", "categories_by_country", "timeline",
           "bytes_by_organisation", "consent"]


def test_every_file_is_written(rendered: tuple[Path, list[Path]]) -> None:
    out, written = rendered
    names = {p.name for p in written}
    expected = {"index.html", "report.json", "report.pdf", "findings.csv", "destinations.csv"}
    expected |= {f"{n}.{ext}" for n in FIGURES for ext in ("png", "svg")}
    assert names == expected
    assert all(p.parent == out and p.stat().st_size > 0 for p in written)
    pdf = (out / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    # A summary page, then one page per figure.
    assert len(re.findall(rb"/Type /Page\b(?!s)", pdf)) == 1 + len(FIGURES)
    assert (out / "map.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (out / "timeline.svg").read_bytes()[:2000]
    assert FORMATS == ("html", "pdf", "json", "csv")


def test_report_json_is_the_report_document(rendered: tuple[Path, list[Path]],
                                            study: Store) -> None:
    doc = json.loads((rendered[0] / "report.json").read_text(encoding="utf-8"))
    fresh = build_report(study)
    assert doc["schema"] == "phonehome.report/1"
    for key in ("destinations", "findings", "claims", "flows", "errors", "geo_databases"):
        assert doc[key] == json.loads(json.dumps(fresh[key])), key
    assert doc["study"]["captures"][1]["source"] == "/tmp/</style><h1>styled</h1>"


def test_csv_exports_keep_every_row_and_defuse_formulas(
        rendered: tuple[Path, list[Path]], study: Store) -> None:
    with (rendered[0] / "findings.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(build_report(study)["findings"])
    assert {r["category"] for r in rows} >= {"biometric.face", "secret.credential"}
    with (rendered[0] / "destinations.csv").open(encoding="utf-8-sig", newline="") as handle:
        dests = list(csv.DictReader(handle))
    assert dests[0]["host"] == "api.clipshare.example"
    assert dests[0]["categories"] == "biometric.face;id.advertising"

    report = {"findings": [{"url": "=cmd|' /C calc'!A0", "path": "-1+2", "confidence": 0.5}],
              "destinations": []}
    out = rendered[0].parent / "csv-only"
    render_report(report, out, ["csv"])
    with (out / "findings.csv").open(encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["url"] == "'=cmd|' /C calc'!A0" and row["path"] == "'-1+2"
    assert row["confidence"] == "0.5"


def test_show_values_files_are_private(tmp_path: Path) -> None:
    store = Store.memory()
    build_study(store)
    written = write_report(store, tmp_path / "r", ["json"], show_values=True)
    assert stat.S_IMODE(written[0].stat().st_mode) == 0o600
    assert "TOPSECRETTOKEN" not in written[0].read_text(encoding="utf-8")


def test_every_report_file_is_private(rendered: tuple[Path, list[Path]], tmp_path: Path) -> None:
    # QA3 P18: hosts, URLs and identifiers, masked or not, are the tester's data (like the DB)
    _out, written = rendered
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o600}
    old = tmp_path / "r" / "report.json"
    old.parent.mkdir()
    old.write_text("{}")
    old.chmod(0o644)  # a report written by an earlier version, overwritten now
    store = Store.memory()
    build_study(store)
    write_report(store, tmp_path / "r", ["json", "csv"])
    assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "r").iterdir()} == {0o600}


def test_bad_format_and_unwritable_directory(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report format"):
        render_report({}, tmp_path, ["docx"])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ReportError, match="cannot create the report directory"):
        render_report({}, blocker / "sub", ["json"])
    with pytest.raises(ReportError, match="is a file, not a directory"):  # (QA165)
        render_report({}, blocker, ["json"])


def test_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from analysis.cli import main

    db = tmp_path / "study.db"
    with Store.open(db) as store:
        build_study(store)
    assert main(["report", "--db", str(db), "--out", str(tmp_path / "out"),
                 "--format", "json,csv"]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == ["report.json", "findings.csv",
                                               "destinations.csv"]


def test_a_failing_worker_names_the_directory(tmp_path: Path) -> None:
    out = tmp_path / "r"
    (out / "report.json").mkdir(parents=True)  # a directory where the file should go
    with pytest.raises(ReportError, match=r"/r: cannot write the report: IsADirectoryError"):
        render_report({"findings": [], "destinations": []}, out, ["json", "csv"])
    assert (out / "findings.csv").exists() is False  # JSON failed first, in the same worker


def test_serial_rendering_writes_the_same_files(rendered: tuple[Path, list[Path]],
                                                tmp_path: Path) -> None:
    from analysis.report import FIGURES

    store = Store.memory()
    build_study(store)
    report = build_report(store)
    written = render_report(report, tmp_path, ["html", "pdf"], timeline=store.request_timeline,
                            world=None, parallel=False)
    assert [p.name for p in written] == [
        *(f"{n}.{ext}" for n in FIGURES for ext in ("png", "svg")), "index.html", "report.pdf"]
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    positions = [page.index(f'id="fig-{n}"') for n in FIGURES]
    assert positions == sorted(positions)  # figures in their fixed order, whoever drew them
    assert "Country shapes were unavailable" in page  # world=None: markers only


def test_empty_study_gives_a_complete_report(tmp_path: Path) -> None:
    written = write_report(Store.memory(), tmp_path, list(FORMATS))
    assert len(written) == 5 + 2 * len(FIGURES)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert page.count("<img ") == len(FIGURES)  # placeholders that say why, not gaps
    assert "No data categories were found in any request" in page
    assert "No requests were recorded" in page
    assert json.loads((tmp_path / "report.json").read_text())["findings"] == []


@pytest.mark.parametrize("blocked", ["map.png", "timeline.png"])  # worker's / main process's
def test_a_failing_figure_write_names_the_directory(tmp_path: Path, blocked: str) -> None:
    (tmp_path / blocked).mkdir()
    with pytest.raises(ReportError, match=r"cannot write the report: .*(Is a directory|IsADir)"):
        render_report({"findings": [], "destinations": []}, tmp_path, ["html"])
