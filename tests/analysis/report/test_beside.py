"""Forked report workers: files appear, failures come back as errors, serial fallback works."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.report import ReportError
from analysis.report.beside import beside


@pytest.mark.parametrize("parallel", [True, False])
def test_task_runs_and_writes(tmp_path: Path, parallel: bool) -> None:
    target = tmp_path / "out.txt"
    join = beside(lambda: target.write_text("done"), ReportError, parallel)
    join()
    assert target.read_text() == "done"


def test_failure_in_child_is_raised_in_parent() -> None:
    def boom() -> None:
        raise OSError("disk full")

    join = beside(boom, ReportError, parallel=True)
    with pytest.raises(ReportError, match="OSError: disk full"):
        join()


def test_failure_without_fork_raises_directly() -> None:
    def boom() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        beside(boom, ReportError, parallel=False)


@pytest.mark.parametrize("parallel", [True, False])
def test_bytes_come_back(parallel: bool) -> None:
    assert beside(lambda: b"x" * 100_000, ReportError, parallel)() == b"x" * 100_000
    assert beside(lambda: 42, ReportError, parallel)() == b""
