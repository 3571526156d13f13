"""CSV exports of the report: ``findings.csv`` and ``destinations.csv``, every row.

Columns follow report.json (DESIGN.md "Outputs") one to one; lists are joined with ``;``.
Cells a spreadsheet would evaluate as formulas (OWASP "CSV Injection") get a leading
apostrophe: captured URLs and values are chosen by the app, not by the reader. UTF-8 with a BOM
so spreadsheet programs detect the encoding; report.json keeps the exact values.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.report.text import csv_cell

FINDING_COLUMNS = ("request_id", "capture_id", "ts", "method", "url", "host", "ip", "country",
                   "organization", "party", "part", "path", "category", "detector", "transform",
                   "confidence", "value_preview", "evidence", "rule")
DESTINATION_COLUMNS = ("host", "ip", "port", "country", "registered_country", "asn", "as_org",
                       "organization", "party", "cdn", "rtt_ms", "geo_plausible", "requests",
                       "bytes_up", "bytes_down", "categories")


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        value = ";".join(str(v) for v in value)
    return csv_cell(value)


def write_rows(path: Path, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)  # None is written as an empty cell
        writer.writerow(columns)
        plain = (int, float, bool, type(None))
        for row in rows:
            # Only strings and lists need care; numbers and None go through as they are.
            writer.writerow([v if type(v) in plain else _cell(v) for v in map(row.get, columns)])
    return path


def write_csv(report: dict[str, Any], out: Path) -> list[Path]:
    # The URL column shows identifiers masked like value_preview (unless --show-values).
    findings = [{**f, "url": f.get("url_display") or f.get("url")}
                for f in report.get("findings", [])]
    return [
        write_rows(out / "findings.csv", FINDING_COLUMNS, findings),
        write_rows(out / "destinations.csv", DESTINATION_COLUMNS,
                   report.get("destinations", [])),
    ]
