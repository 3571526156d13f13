"""``report.pdf``: summary, verdicts and figures, for readers who print or attach a file.

Written with matplotlib's ``PdfPages`` (multi-page PDF, no extra dependency): a text page with
the summary and the claims' verdicts, then one page per figure (its PNG, at full resolution).
The HTML page stays the full report; the PDF says so. Captured strings are shortened and made
visible the same way as in the HTML, and dollars are escaped so matplotlib never reads them as
mathtext.
"""

from __future__ import annotations

import io
import textwrap
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.image import imread

from analysis.report.errorgroups import headline
from analysis.report.figkit import PNG_DPI, FigureText
from analysis.report.text import label

A4 = (8.27, 11.69)
LINES_PER_PAGE = 62


def summary_lines(report: dict[str, Any], synthetic: bool) -> list[str]:
    study = report.get("study", {})
    captures = study.get("captures", [])
    dests = report.get("destinations", [])
    findings = report.get("findings", [])
    claims = report.get("claims", [])
    countries = sorted({d.get("country") for d in dests if d.get("country")})
    cats = Counter(str(f.get("category")) for f in findings)
    verdicts = Counter(str(c.get("verdict") or "untested") for c in claims)
    app = study.get("app") or next((c.get("app") for c in captures if c.get("app")), "the app")
    lines = [f"phonehome report — what {app} sent",
             f"tool {report.get('tool_version')}, generated {report.get('generated')}", ""]
    if synthetic:
        lines += ["SYNTHETIC DEMO DATA: a fictional app, no real company.", ""]
    lines += [
        f"{len(captures)} capture(s), {sum(int(c.get('exchanges') or 0) for c in captures)} "
        "exchanges",
        f"{len(dests)} destinations in {len(countries)} countries: {', '.join(countries)}",
        f"{len(findings)} fields in {len(cats)} data categories",
        f"claims: {verdicts.get('violated', 0)} violated, {verdicts.get('holds', 0)} hold, "
        f"{verdicts.get('untested', 0)} untested",
        # (the HTML's sentence: an unreached request or a note is no decode failure, QA199)
        *_cut(headline(list(report.get("errors", []))), 96, 4),
        "", "GeoIP databases:",
    ]
    lines += [f"  {g.get('kind')}: {g.get('name')} ({g.get('build_date')}, {g.get('license')})"
              for g in report.get("geo_databases", [])] or ["  none recorded"]
    lines += ["", "Verdicts:"]
    for c in claims:
        lines.append(f"[{str(c.get('verdict') or 'untested').upper()}] {c.get('id')}")
        lines += ["    " + x for x in _cut(str(c.get("text") or ""), 90, 4)]
        shown = c.get("explanation_display", c.get("explanation")) or ""
        lines += ["    → " + x for x in _cut(str(shown), 88, 6)]
        evidence = list(c.get("evidence") or [])
        if evidence:
            lines.append(f"    evidence: requests {', '.join(map(str, evidence[:12]))}"
                         + (f" and {len(evidence) - 12} more" if len(evidence) > 12 else ""))
    if not claims:
        lines.append("  no claims file was checked")
    lines += ["", "A network destination is not a storage location; pinned or undecrypted",
              "traffic is not seen. Full evidence: index.html, report.json, findings.csv."]
    return lines


def _cut(text: str, width: int, most: int) -> list[str]:
    """``text`` wrapped to ``width``, at most ``most`` lines; a text cut short says so and where
    the rest is (QA166: explanations ended mid-sentence with no sign of it)."""
    wrapped = textwrap.wrap(text, width)
    if len(wrapped) <= most:
        return wrapped
    return [*wrapped[:most - 1], wrapped[most - 1] + " … (continued in index.html)"]


def _text_page(lines: Sequence[str]) -> Figure:
    fig = Figure(figsize=A4)
    for i, line in enumerate(lines):
        fig.text(0.07, 0.95 - i * 0.0145, label(line, 110), fontsize=8.5,
                 family="DejaVu Sans", weight="bold" if i == 0 else "normal")
    return fig


def _figure_page(fig: FigureText, png: bytes) -> Figure:
    """A page showing the figure's PNG at its native resolution, with the caption below."""
    image = imread(io.BytesIO(png), format="png")
    height_px, width_px = image.shape[:2]
    width, height = width_px / PNG_DPI, height_px / PNG_DPI
    band = 0.7  # inches for the caption
    page = Figure(figsize=(width, height + band))
    ax = page.add_axes((0, band / (height + band), 1, height / (height + band)))
    # interpolation="none": vector backends embed the pixels unresampled (matplotlib docs,
    # "Interpolations for imshow").
    ax.imshow(image, interpolation="none")
    ax.set_axis_off()
    page.text(0.015, 0.02, textwrap.fill(label(fig.caption, 700), int(width * 17)),
              fontsize=7, va="bottom", color="#444444")
    return page


def write_pdf(report: dict[str, Any], figures: Sequence[FigureText], pngs: dict[str, bytes],
              path: Path, synthetic: bool) -> Path:
    """Summary and verdicts as text pages, then one page per figure from its PNG rendering
    (drawing every figure a third time as vectors doubled the report's time on big studies;
    the SVG files are the vector versions)."""
    lines = summary_lines(report, synthetic)
    with warnings.catch_warnings(), PdfPages(path, metadata={"Title": "phonehome report",
                                                             "Creator": "phonehome"}) as pdf:
        warnings.simplefilter("ignore", UserWarning)
        for start in range(0, len(lines), LINES_PER_PAGE):
            pdf.savefig(_text_page(lines[start:start + LINES_PER_PAGE]))
        for fig in figures:
            pdf.savefig(_figure_page(fig, pngs[fig.name]))
    return path
