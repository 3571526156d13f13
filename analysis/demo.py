"""``phonehome demo``: the whole pipeline on the bundled SYNTHETIC demo in ``captures/demo/``.

The demo's manifest (``demo.toml``) lists its sessions (files, label, consent) and its device
profile and claims file. The study database is created anew next to the report each time, so
the demo is repeatable; it is marked synthetic so every report says so.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from analysis.analyze import analyze
from analysis.errors import PhonehomeError
from analysis.ingest import CaptureMeta, ingest
from analysis.records import Consent
from analysis.store import Store

DEMO_DIR = Path(__file__).resolve().parents[1] / "captures" / "demo"


class DemoError(PhonehomeError):
    """The bundled demo cannot be found or read."""


def run_demo(out: Path, demo_dir: Path = DEMO_DIR) -> list[str]:
    manifest = demo_dir / "demo.toml"
    if not manifest.is_file():
        raise DemoError(f"{manifest}: demo manifest not found (run phonehome demo from a "
                        "checkout of phonehome; the demo ships in captures/demo/)")
    spec = tomllib.loads(manifest.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    lines = [f"Demo study (SYNTHETIC data of the fictional app {spec['app']}): {db_path}"]
    with Store.open(db_path) as store:
        store.set_meta("synthetic", True)
        for session in spec["session"]:
            meta = CaptureMeta(app=spec["app"], label=session["label"],
                               consent=Consent(session["consent"]))
            for result in ingest(store, [demo_dir / f for f in session["files"]], meta):
                lines.append(f"  ingested {result.path.name}: {result.kind}, "
                             + ", ".join(f"{v} {k}" for k, v in result.counts.items()))
        summary = analyze(store, device=demo_dir / spec["device"],
                          claims=demo_dir / spec["claims"])
        for name, counts in summary.items():
            lines.append(f"  {name}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        from analysis.report import FORMATS, write_report

        written = write_report(store, out, list(FORMATS))
    lines.append("Report:")
    lines.extend(f"  {p}" for p in written)
    index = out / "index.html"
    if index.exists():
        lines.append(f"Open {index} in a browser; the contract data is {out / 'report.json'}.")
    return lines
