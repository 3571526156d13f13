"""Timeline of requests per destination over each session, with sensitive data marked.

Input: the binned request counts of ``Store.request_timeline`` (SQL does the counting, so 100,000
requests cost the same picture as 100) and the report's findings for the sensitive marks
(``analysis.taxonomy.is_sensitive``: biometrics, keystroke and motion patterns, health, personal
traits, precise location). Time runs from each capture's first request, so sessions recorded on
different days line up.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
from matplotlib.lines import Line2D

from analysis.report import aggregate as agg
from analysis.report.figkit import (
    OKABE_ITO,
    SERIES,
    ReportFigure,
    new_figure,
    placeholder,
    set_title,
)
from analysis.report.text import label
from analysis.store.report_queries import Timeline

MAX_HOSTS = 15
OTHER = "other hosts"
RASTER_ABOVE = 1000


def _capture_names(report: dict[str, Any]) -> dict[int, str]:
    out = {}
    for c in report.get("study", {}).get("captures", []):
        name = f"capture {c.get('id')}"
        if c.get("label"):
            name += f" {label(c['label'], 20)}"
        out[c.get("id")] = f"{name} (consent {c.get('consent') or 'unknown'})"
    return out


def timeline_figure(report: dict[str, Any], timeline: Timeline | None) -> ReportFigure:
    caption = ("Each row is a destination host (the busiest first); dot size grows with the "
               "number of requests (and upward messages) in each time slice of "
               f"{timeline.bin_seconds:.3g} s. " if timeline else "")
    caption += ("Crosses mark requests that carried a sensitive data category. Time counts from "
                "each capture's first request.")
    if timeline is None or not timeline.bins:
        return placeholder("timeline", "No requests were recorded", "no requests to draw",
                           caption)
    per_host = Counter[str]()
    for b in timeline.bins:
        per_host[b.host] += b.requests
    hosts = [h for h, _n in sorted(per_host.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = hosts[:MAX_HOSTS]
    row = {h: i for i, h in enumerate(shown)}
    names = [label(h, 40) for h in shown]
    if len(hosts) > MAX_HOSTS:
        names.append(f"{len(hosts) - MAX_HOSTS} {OTHER}")
    other_row = len(shown)
    minutes = max(timeline.spans.values(), default=0.0) / 60.0
    scale = 60.0 if minutes > 2 else 1.0
    unit = "minutes" if scale == 60.0 else "seconds"

    fig, ax = new_figure(11.0, min(10.0, 2.2 + 0.36 * len(names)))
    captures = sorted(timeline.starts)
    colours = {c: SERIES[i % len(SERIES)] for i, c in enumerate(captures)}
    cap_names = _capture_names(report)
    merged: Counter[tuple[int, int, float]] = Counter()
    for b in timeline.bins:
        merged[(b.capture_id, row.get(b.host, other_row), b.start)] += b.requests
    for cap in captures:
        pts = [(t, r, n) for (c, r, t), n in merged.items() if c == cap]
        if not pts:
            continue
        t, r, n = (np.array(v, dtype=float) for v in zip(*pts, strict=True))
        dots = ax.scatter(t / scale, r, s=8 + 12 * np.sqrt(n), color=colours[cap], alpha=0.75,
                          linewidths=0, label=cap_names.get(cap, f"capture {cap}"), zorder=2)
        # Thousands of dots would make a multi-megabyte SVG/PDF: embed them as an image there.
        dots.set_rasterized(len(pts) > RASTER_ABOVE)
    sensitive = agg.sensitive_requests(report)
    # Marks share the dots' time slices: one cross per slice and row, however many requests.
    width = timeline.bin_seconds
    marks = {(cap, row.get(host, other_row), (ts - timeline.starts[cap]) // width * width)
             for cap, ts, host, _cat in sensitive if cap in timeline.starts}
    if marks:
        t_s, r_s = zip(*((t, r) for _c, r, t in marks), strict=True)
        crosses = ax.scatter(np.array(t_s) / scale, r_s, s=70, marker="X",
                             color=OKABE_ITO["vermillion"], edgecolors="black", linewidths=0.6,
                             zorder=3)
        crosses.set_rasterized(len(marks) > RASTER_ABOVE)
    ax.set_yticks(range(len(names)), labels=names)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_xlabel(f"{unit} since the capture's first request")
    ax.set_ylabel("destination host")
    ax.grid(axis="x", alpha=0.3)
    handles, _labels = ax.get_legend_handles_labels()
    if marks:
        handles.append(Line2D([], [], marker="X", linestyle="", markersize=9,
                              color=OKABE_ITO["vermillion"], markeredgecolor="black",
                              label="request with sensitive data"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    total = sum(per_host.values())
    n_sensitive = len({(c, t) for c, t, _h, _cat in sensitive})
    title = (f"{agg.plural(total, 'request')} to {agg.plural(len(hosts), 'host')} over "
             f"{max(timeline.spans.values(), default=0.0) / scale:.1f} {unit}")
    if n_sensitive:
        cats = sorted({cat for *_x, cat in sensitive})
        named = ", ".join(cats) if len(cats) <= 2 else f"{len(cats)} sensitive categories"
        title += f"; {n_sensitive} carried sensitive data ({named})"
    set_title(ax, title)
    return ReportFigure("timeline", title, caption, fig)
