"""The report's charts of what goes where: category heatmaps, bytes per organisation, consent.

Each function takes the report document (``report.json``'s dict) and returns a ``ReportFigure``
whose title states the finding in words and whose caption says what data it shows. Numbers come
from ``analysis.report.aggregate``; this module only draws. Empty data gives a placeholder figure
saying so, never an exception.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import LogNorm, Normalize
from matplotlib.ticker import MaxNLocator

from analysis.report import aggregate as agg
from analysis.report.figkit import (
    NO_DATA,
    OKABE_ITO,
    SEQUENTIAL,
    ReportFigure,
    new_figure,
    placeholder,
    set_title,
)
from analysis.report.text import label
from analysis.taxonomy import is_sensitive

plural = agg.plural


def _heatmap(name: str, title: str, caption: str, matrix: agg.Matrix,
             xlabel: str) -> ReportFigure:
    rows, cols = matrix.rows, matrix.cols
    width = min(16.0, max(7.0, 2.5 + 0.55 * len(cols)))
    height = min(14.0, max(3.2, 1.6 + 0.32 * len(rows)))
    fig, ax = new_figure(width, height)
    data = np.array(matrix.counts, dtype=float)
    shown = np.ma.masked_equal(data, 0)
    top = max(1.0, float(data.max()))
    norm = LogNorm(vmin=1, vmax=top) if top > 20 else Normalize(vmin=0, vmax=top)
    cmap = colormaps[SEQUENTIAL]
    ax.set_facecolor(NO_DATA)
    image = ax.imshow(shown, cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
    names = ["unknown" if c == agg.UNKNOWN_COUNTRY else label(c, 28) for c in cols]
    ax.set_xticks(range(len(cols)), labels=names, rotation=40,
                  ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(rows)),
                  labels=[("⚠ " if is_sensitive(r) else "") + label(r) for r in rows])
    ax.set_xlabel(xlabel)
    ax.set_ylabel("data category (⚠ sensitive)")
    if len(rows) * len(cols) <= 400:
        for i in range(len(rows)):
            for j in range(len(cols)):
                if data[i, j]:
                    rgba = cmap(norm(data[i, j]))
                    light = 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2]
                    ax.text(j, i, str(int(data[i, j])), ha="center", va="center", fontsize=8,
                            color="black" if light > 0.55 else "white")
    fig.colorbar(image, ax=ax, label="requests" + (" (log scale)" if top > 20 else ""),
                 shrink=0.8)
    set_title(ax, title)
    return ReportFigure(name, title, caption, fig)


def category_org_figure(report: dict[str, Any],
                        places: list[agg.Place] | None = None) -> ReportFigure:
    caption = ("Number of distinct requests in which the phone sent each data category, per "
               "receiving organisation (from the destination's domain and network owner). Grey: "
               "none observed. Only what the phone sent counts, not responses.")
    places = agg.finding_places(report) if places is None else places
    matrix = agg.category_matrix(report, "organization", places=places)
    if not matrix.rows:
        return placeholder("categories_by_organisation", "No data categories were found in "
                           "any request", "no requests with findings", caption)
    orgs = {org for _f, org, _c in places}
    title = (f"{plural(len(matrix.rows), 'data category', 'data categories')} went to "
             f"{plural(len(orgs), 'organisation')}")
    sensitive = [r for r in matrix.rows if is_sensitive(r)]
    if sensitive:
        reached = agg.reach_by_category(places)
        worst = max(sensitive, key=lambda r: (len(reached[r][0]), len(reached[r][1])))
        o, c = reached[worst]
        # (a destination GeoIP could not place is no country: QA173's loopback servers made
        # "in 1 country" of none)
        known = c - {agg.UNKNOWN_COUNTRY}
        where = (f"in {plural(len(known), 'country', 'countries')}" if known
                 else "in no country GeoIP could place")
        if known and agg.UNKNOWN_COUNTRY in c:
            where += " and elsewhere unplaced"
        title += f"; sensitive {worst} to {plural(len(o), 'organisation')} {where}"
    return _heatmap("categories_by_organisation", title, caption, matrix, "organisation")


def category_country_figure(report: dict[str, Any],
                            places: list[agg.Place] | None = None) -> ReportFigure:
    caption = ("Number of distinct requests carrying each data category, per country of the "
               "server's address (GeoIP). A server's country is where the network endpoint is, "
               "not necessarily where data is stored; CDN edges are marked on the map.")
    places = agg.finding_places(report) if places is None else places
    matrix = agg.category_matrix(report, "country", places=places)
    if not matrix.rows:
        return placeholder("categories_by_country", "No data categories were found in any "
                           "request", "no requests with findings", caption)
    countries = sorted({c for _f, _o, c in places} - {agg.UNKNOWN_COUNTRY})
    title = (f"Data left the phone for {plural(len(countries), 'country', 'countries')}")
    home = report.get("study", {}).get("user_country")
    if home:
        abroad = [c for c in countries if c != home]
        title += f"; {len(abroad)} outside the user's country ({home})"
    return _heatmap("categories_by_country", title, caption, matrix, "destination country")


def bytes_figure(report: dict[str, Any], max_orgs: int = 15) -> ReportFigure:
    caption = ("Bytes the phone sent (up) and received (down) per organisation, summed over its "
               "destinations (transport-level counts where a packet capture has them). First "
               "party: domains the claims file lists as the app's own.")
    orgs = agg.org_bytes(report)
    if not orgs or not any(o.bytes_up or o.bytes_down for o in orgs):
        return placeholder("bytes_by_organisation", "No byte counts were recorded",
                           "no destinations with byte counts", caption)
    total_up = sum(o.bytes_up for o in orgs)
    third_up = sum(o.bytes_up for o in orgs if o.party != "first")
    share = 100.0 * third_up / total_up if total_up else 0.0
    title = (f"Organisations other than the first party received {share:.0f}% of uploaded "
             f"bytes ({_size(third_up)} of {_size(total_up)})")
    shown = orgs[:max_orgs]
    fig, ax = new_figure(10.0, min(12.0, 1.8 + 0.42 * len(shown)))
    y = np.arange(len(shown))
    up = [o.bytes_up for o in shown]
    down = [o.bytes_down for o in shown]
    top = max(up + down)
    unit, scale = ("MB", 1024.0**2) if top >= 2 * 1024**2 else (
        ("KB", 1024.0) if top >= 2048 else ("B", 1.0))
    ax.barh(y - 0.2, [v / scale for v in up], height=0.4, color=OKABE_ITO["vermillion"],
            label="sent (up)")
    ax.barh(y + 0.2, [v / scale for v in down], height=0.4, color=OKABE_ITO["sky"],
            label="received (down)")
    names = [f"{label(o.organization, 34)} [{o.party} party]" if o.party != "unknown"
             else label(o.organization, 34) for o in shown]
    ax.set_yticks(y, labels=names)
    ax.invert_yaxis()
    # Linear bars with their size written at the end: a log axis hides zero, and a few big
    # uploads beside small pings stay readable through the labels.
    for ys, values in ((y - 0.2, up), (y + 0.2, down)):
        for yy, v in zip(ys, values, strict=True):
            ax.text(v / scale, yy, f" {_size(v)}", va="center", fontsize=7)
    ax.margins(x=0.15)
    ax.set_xlabel(f"{unit} (1 KB = 1024 bytes)" if unit != "B" else "bytes")
    ax.set_ylabel("organisation")
    ax.legend(loc="lower right")
    if len(orgs) > max_orgs:
        ax.text(1.0, -0.12, f"{len(orgs) - max_orgs} more organisations in report.json",
                transform=ax.transAxes, ha="right", fontsize=8)
    set_title(ax, title)
    return ReportFigure("bytes_by_organisation", title, caption, fig)


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"


CONSENT_ORDER = ("no", "yes", "unknown")
CONSENT_COLOURS = {"no": OKABE_ITO["vermillion"], "yes": OKABE_ITO["blue"],
                   "unknown": OKABE_ITO["black"]}


def consent_figure(report: dict[str, Any],
                   places: list[agg.Place] | None = None) -> ReportFigure:
    caption = ("Number of organisations that received each data category, in sessions recorded "
               "with consent given (yes), refused (no) or not recorded (unknown) — from each "
               "capture's --consent. Sessions of different length are not normalised.")
    states = agg.consent_states(report)
    compare = agg.consent_comparison(report, places)
    if len(states & {"yes", "no"}) < 2:
        only = ", ".join(sorted(states)) or "none"
        return placeholder("consent", "No consent comparison: sessions with and without consent "
                           "are both needed", f"consent states captured: {only}", caption)
    if not compare:
        return placeholder("consent", "No data categories were found in any session",
                           "no requests with findings", caption)
    cats = sorted(compare, key=lambda c: (-len(compare[c].get("no", ())), c))
    shown_states = [s for s in CONSENT_ORDER if s in states]
    fig, ax = new_figure(10.0, min(14.0, 1.8 + 0.38 * len(cats) * max(1, len(shown_states) / 2)))
    y = np.arange(len(cats))
    height = 0.8 / len(shown_states)
    for k, state in enumerate(shown_states):
        counts = [len(compare[c].get(state, ())) for c in cats]
        ax.barh(y - 0.4 + height * (k + 0.5), counts, height=height,
                color=CONSENT_COLOURS[state], label=f"consent: {state}")
    ax.set_yticks(y, labels=[("⚠ " if is_sensitive(c) else "") + label(c) for c in cats])
    ax.invert_yaxis()
    ax.set_xlabel("organisations that received the category")
    ax.set_ylabel("data category (⚠ sensitive)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right")
    without = [c for c in cats if compare[c].get("no")]
    orgs_without = set().union(*(compare[c]["no"] for c in without)) if without else set()
    with_ = [c for c in cats if compare[c].get("yes")]
    orgs_with = set().union(*(compare[c]["yes"] for c in with_)) if with_ else set()
    title = (f"Without consent, {plural(len(without), 'data category', 'data categories')} "
             f"still went to {plural(len(orgs_without), 'organisation')} (with consent: "
             f"{len(with_)} to {len(orgs_with)})")
    set_title(ax, title)
    return ReportFigure("consent", title, caption, fig)
