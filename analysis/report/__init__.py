"""The report: data (``data.build_report``) -> figures -> files (HTML, PDF, JSON, CSV).

``write_report`` is what ``phonehome report`` calls. It writes into one directory:
``report.json`` (the public contract, DESIGN.md "Outputs"), ``findings.csv`` and
``destinations.csv``, ``index.html`` (self-contained), ``report.pdf`` and each figure as PNG and
SVG (figures are drawn when HTML or PDF is asked for). ``render_report`` does the same from a
report dict already built, for tests and other callers. Drawing is most of the time on big
studies, so forked workers (``beside``) write the data files and half the figures.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.errors import PhonehomeError

if TYPE_CHECKING:
    from analysis.report.figkit import ReportFigure
    from analysis.store import Store
    from analysis.store.report_queries import Timeline

log = logging.getLogger(__name__)

FORMATS = ("html", "pdf", "json", "csv")
FIGURES = ("map", "categories_by_organisation", "categories_by_country", "timeline",
           "bytes_by_organisation", "consent")
# Drawn by a forked worker while this process draws the others (about half the time each).
WORKER_FIGURES = ("map", "categories_by_country", "bytes_by_organisation", "consent")
World = dict[str, list[list[tuple[float, float]]]]


class ReportError(PhonehomeError):
    """The report directory cannot be written."""


def load_world_shapes() -> World | None:
    """The bundled country shapes, or None (the map then shows markers only)."""
    try:
        from analysis.world import load_world

        return load_world()
    except (ImportError, OSError, ValueError, KeyError) as exc:
        log.warning("world shapes unavailable, map drawn without them: %s", exc)
        return None


def build_figures(report: dict[str, Any], timeline: Timeline | None = None,
                  world: World | None = None, only: Collection[str] | None = None
                  ) -> list[ReportFigure]:
    """The report's figures (those named in ``only``, else all, in ``FIGURES`` order); a
    figure that fails is replaced by a note saying so."""
    from analysis.report import figures as f
    from analysis.report.aggregate import finding_places
    from analysis.report.figkit import placeholder
    from analysis.report.timeline import timeline_figure
    from analysis.report.worldmap import world_map_figure

    places = finding_places(report)
    makers = [
        ("map", lambda: world_map_figure(report, world)),
        ("categories_by_organisation", lambda: f.category_org_figure(report, places)),
        ("categories_by_country", lambda: f.category_country_figure(report, places)),
        ("timeline", lambda: timeline_figure(report, timeline)),
        ("bytes_by_organisation", lambda: f.bytes_figure(report)),
        ("consent", lambda: f.consent_figure(report, places)),
    ]
    out = []
    for name, make in makers:
        if only is not None and name not in only:
            continue
        try:
            out.append(make())
        except Exception as exc:  # a drawing bug must not cost the reader the whole report
            log.exception("figure %s failed", name)
            out.append(placeholder(name, f"This figure could not be drawn ({type(exc).__name__})",
                                   "see the tables below and report.json", "Drawing failed."))
    return out


def render_report(report: dict[str, Any], out: Path, formats: Sequence[str],
                  show_values: bool = False,
                  timeline: Timeline | Callable[[], Timeline | None] | None = None,
                  world: World | Callable[[], World | None] | None = None,
                  parallel: bool = True) -> list[Path]:
    """Write the requested formats of ``report`` into ``out``; returns the paths written.

    ``timeline`` and ``world`` may be given as functions, called only where needed. JSON/CSV,
    and half the figures, are written by forked workers beside the rest
    (``analysis.report.beside``) unless ``parallel`` is false.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ReportError(f"unknown report format(s): {', '.join(unknown)}")
    # Report files name hosts, URLs and (with --show-values) the tester's identifiers: private
    # to the user like the study database (0600), from creation on (forked workers inherit it).
    old_umask = os.umask(0o077)
    try:
        return _write_files(report, out, formats, show_values, timeline, world, parallel)
    finally:
        os.umask(old_umask)


def _write_files(report: dict[str, Any], out: Path, formats: Sequence[str], show_values: bool,
                 timeline: Timeline | Callable[[], Timeline | None] | None,
                 world: World | Callable[[], World | None] | None,
                 parallel: bool) -> list[Path]:
    if out.exists() and not out.is_dir():
        # (not "[Errno 17] File exists": QA165)
        raise ReportError(f"{out}: is a file, not a directory: --out names the folder the "
                          "report's files are written to")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"{out}: cannot create the report directory: "
                          f"{exc.strerror or exc}") from exc
    from analysis.report.beside import beside

    written: list[Path] = []
    joins: list[Callable[[], bytes]] = []
    failures: list[str] = []
    try:
        if "json" in formats:
            written.append(out / "report.json")
        if "csv" in formats:
            written += [out / "findings.csv", out / "destinations.csv"]
        if written:
            joins.append(beside(lambda: _write_data(report, out, formats), ReportError,
                                parallel))
        if "html" in formats or "pdf" in formats:
            written += _render_figures(report, out, formats, show_values, timeline, world,
                                       parallel)
    except (OSError, ReportError) as exc:
        failures.append(str(exc))
    finally:
        for join in joins:  # every worker is waited for, even after a failure
            try:
                join()
            except ReportError as exc:
                failures.append(str(exc))
    if failures:
        raise ReportError(f"{out}: cannot write the report: {failures[0]}")
    for path in written:  # files that existed before keep their mode unless told
        os.chmod(path, 0o600)
    return written


def _write_data(report: dict[str, Any], out: Path, formats: Sequence[str]) -> None:
    if "json" in formats:
        from analysis.report.jsonout import write_json

        write_json(report, out / "report.json")
    if "csv" in formats:
        from analysis.report.csvout import write_csv

        write_csv(report, out)


def _render_figures(report: dict[str, Any], out: Path, formats: Sequence[str],
                    show_values: bool,
                    timeline: Timeline | Callable[[], Timeline | None] | None,
                    world: World | Callable[[], World | None] | None,
                    parallel: bool) -> list[Path]:
    from analysis.report.beside import beside
    from analysis.report.figkit import FigureInfo, FigureText
    from analysis.report.html import is_synthetic, render_html
    from analysis.report.pdf import write_pdf

    def draw(figures: Sequence[ReportFigure]) -> list[FigureInfo]:
        for fig in figures:  # the PNG draw settles the layout; the SVG reuses it
            (out / f"{fig.name}.png").write_bytes(fig.png())
            fig.save_svg(out)
        return [FigureInfo(fig.name, fig.title, fig.caption) for fig in figures]

    def worker() -> bytes:
        shapes = world() if callable(world) else world
        drawn = draw(build_figures(report, None, shapes, only=WORKER_FIGURES))
        return json.dumps(drawn).encode()

    # Drawing is most of a report's time: a forked worker draws some figures (with the world
    # shapes it loads itself) while this process queries the timeline and draws the others.
    join = beside(worker, ReportError, parallel)
    drawn: list[FigureInfo] = []
    try:
        series = timeline() if callable(timeline) else timeline
        own = set(FIGURES) - set(WORKER_FIGURES)
        drawn = draw(build_figures(report, series, None, only=own))
    finally:
        drawn += [FigureInfo(*item) for item in json.loads(join() or b"[]")]
    order = {name: i for i, name in enumerate(FIGURES)}
    infos: list[FigureText] = sorted(drawn, key=lambda i: order.get(i.name, len(order)))
    pngs = {i.name: (out / f"{i.name}.png").read_bytes() for i in infos}
    written = [out / f"{i.name}.{ext}" for i in infos for ext in ("png", "svg")]
    if "html" in formats:
        path = out / "index.html"
        path.write_text(render_html(report, infos, pngs, show_values), encoding="utf-8")
        written.append(path)
    if "pdf" in formats:
        written.append(write_pdf(report, infos, pngs, out / "report.pdf",
                                 is_synthetic(report)))
    return written


def write_report(store: Store, out: Path, formats: Sequence[str],
                 show_values: bool = False) -> list[Path]:
    """Build the report of ``store`` and write ``formats`` into the directory ``out``."""
    from analysis.report.data import build_report

    report = build_report(store, show_values)
    return render_report(report, Path(out), formats, show_values, store.request_timeline,
                         load_world_shapes)


__all__ = ["FORMATS", "ReportError", "build_figures", "render_report", "write_report"]
