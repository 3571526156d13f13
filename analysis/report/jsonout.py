"""``report.json`` writing: the report dict, indented, with one record per line in long arrays.

``json.dumps(indent=...)`` falls back to the pure-Python encoder (CPython's C accelerator only
handles ``indent=None``), which took a second on a 100,000-exchange study. Records of the
top-level arrays (findings, destinations, flows, ...) are therefore encoded compactly by the C
encoder, one per line, inside an indented document: the same JSON value, fast to write, and
easy to grep and diff line by line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _indented(value: Any, prefix: str) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + prefix)


def dumps_report(report: dict[str, Any]) -> str:
    parts = []
    for key, value in report.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in value)
            parts.append(f"  {name}: [\n{items}\n  ]")
        else:
            parts.append(f"  {name}: {_indented(value, '  ')}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def write_json(report: dict[str, Any], path: Path) -> Path:
    path.write_text(dumps_report(report), encoding="utf-8")
    return path
