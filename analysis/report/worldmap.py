"""World map of destination countries, shaded by requests (or bytes).

Shapes come from ``analysis.world.load_world()`` (Natural Earth via world-atlas, public domain:
ISO alpha-2 -> rings of (lon, lat)) and are drawn in plate carrée with ``PolyCollection``, as
DATA-SOURCES.md "World map" suggests: no cartopy, no download at run time. Countries too small to
see at this scale (Singapore, Hong Kong, Macao, Bahrain...) get a marker; countries absent from
the shapes fall back to the capital coordinates below (public-domain facts, rounded). Countries
reached only through CDN/anycast edges are hatched: the edge's country says little about where
the company keeps the data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib import colormaps
from matplotlib.collections import PathCollection
from matplotlib.colors import LogNorm, Normalize
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.path import Path

from analysis.report import aggregate as agg
from analysis.report.figkit import NO_DATA, SEQUENTIAL, ReportFigure, new_figure, placeholder
from analysis.report.figkit import set_title as _set_title
from analysis.world import plate_carree_rings

World = dict[str, list[list[tuple[float, float]]]]

SMALL_AREA = 2.0  # square degrees: below this a country is a few pixels wide on the map
# (lon, lat) of small countries and territories, for when the shapes lack them.
PLACES: dict[str, tuple[float, float]] = {
    "SG": (103.82, 1.35), "HK": (114.17, 22.32), "MO": (113.54, 22.20), "BH": (50.56, 26.07),
    "MT": (14.51, 35.90), "LU": (6.13, 49.61), "MC": (7.42, 43.74), "LI": (9.55, 47.16),
    "AD": (1.52, 42.51), "SM": (12.46, 43.94), "VA": (12.45, 41.90), "BM": (-64.78, 32.30),
    "KY": (-81.25, 19.31), "VG": (-64.62, 18.43), "GI": (-5.35, 36.14), "JE": (-2.13, 49.21),
    "GG": (-2.58, 49.45), "IM": (-4.55, 54.24), "MV": (73.51, 4.18), "MU": (57.55, -20.35),
    "SC": (55.45, -4.62), "BB": (-59.54, 13.19), "QA": (51.18, 25.35), "CY": (33.38, 35.13),
    "BN": (114.73, 4.54), "KW": (47.98, 29.37), "AW": (-69.97, 12.52), "CW": (-68.99, 12.17),
    "PR": (-66.59, 18.22), "GU": (144.79, 13.44), "TW": (121.0, 23.7), "IL": (34.9, 31.5),
    "AE": (54.4, 24.3), "LB": (35.86, 33.87), "AG": (-61.80, 17.07), "LC": (-60.98, 13.91),
    "DM": (-61.37, 15.41), "GD": (-61.68, 12.12), "KN": (-62.78, 17.30), "VC": (-61.20, 13.25),
    "TO": (-175.20, -21.14), "WS": (-171.75, -13.76), "FJ": (178.07, -17.71), "XK": (20.9, 42.6),
}


def ring_area(ring: Sequence[tuple[float, float]]) -> float:
    """Shoelace area of a (lon, lat) ring in square degrees (unsigned)."""
    if len(ring) < 3:
        return 0.0
    xy = np.asarray(ring, dtype=float)
    x, y = xy[:, 0], xy[:, 1]
    return float(abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))) / 2.0)


def _unwrap(ring: Sequence[tuple[float, float]]) -> np.ndarray:
    """Rings crossing the antimeridian (Russia, Fiji) would streak across the map: make the
    longitudes continuous; the axes clip what lands beyond ±180."""
    xy = np.asarray(ring, dtype=float)
    if len(xy) and np.abs(np.diff(xy[:, 0])).max(initial=0.0) > 180:
        xy = xy.copy()
        xy[:, 0] = np.unwrap(xy[:, 0], period=360)
    return xy


def country_path(rings: Sequence[Sequence[tuple[float, float]]]) -> Path:
    """One compound path per country, so holes (Lesotho inside South Africa, wound the other
    way in TopoJSON) stay holes under matplotlib's non-zero fill rule."""
    unwrapped = [[(float(x), float(y)) for x, y in _unwrap(r)] for r in rings if len(r) > 2]
    # A ring reaching past ±180 is drawn a second time shifted by 360 degrees, so both sides
    # of the antimeridian show (Chukotka's tip, Fiji's eastern islands).
    return Path.make_compound_path(*(Path(np.asarray(r), closed=True)
                                     for r in plate_carree_rings(unwrapped)))


def marker_places(world: World) -> dict[str, tuple[float, float]]:
    """Where to put a marker for each small country: centre of its largest ring."""
    out = dict(PLACES)
    for code, rings in world.items():
        if not rings:
            continue
        if sum(ring_area(r) for r in rings) < SMALL_AREA:
            big = max(rings, key=ring_area)
            xy = np.asarray(big, dtype=float)
            if len(xy) > 1 and (xy[0] == xy[-1]).all():
                xy = xy[:-1]  # a closed ring repeats its first point: count it once
            out[code] = (float(xy[:, 0].mean()), float(xy[:, 1].mean()))
        else:
            out.pop(code, None)
    return out


def _luminance(rgba: Any) -> float:
    return float(0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2])


def _vantage(report: dict[str, Any]) -> tuple[float, float] | None:
    """The tester's position as (lon, lat), from ``study.vantage`` ([lat, lon] or a dict)."""
    v = report.get("study", {}).get("vantage")
    try:
        if isinstance(v, dict):
            return (float(v["lon"]), float(v["lat"]))
        if isinstance(v, list | tuple) and len(v) == 2:
            return (float(v[1]), float(v[0]))
    except (KeyError, TypeError, ValueError):
        return None
    return None


def world_map_figure(report: dict[str, Any], world: World | None,
                     metric: str = "requests") -> ReportFigure:
    totals = agg.country_totals(report)
    unknown = totals.pop(agg.UNKNOWN_COUNTRY, None)
    shade = "bytes sent and received" if metric == "bytes" else "requests"
    caption = (f"Destination countries shaded by {shade} "
               "(GeoIP country of each server address). Hatched or diamond: reached only "
               "through CDN/anycast edges. Small countries are circles. A server's country is "
               "not necessarily where the data is stored.")
    if unknown and unknown.requests:
        caption += (f" {plural_requests(unknown.requests)} to servers without a GeoIP country "
                    "are not shown.")
    if not totals:
        return placeholder("map", "No destination could be placed in a country",
                           "no destinations with a GeoIP country", caption)
    world = world or {}
    if not world:
        caption += " Country shapes were unavailable: countries are shown as markers."
    values = {c: float(t.bytes_up + t.bytes_down if metric == "bytes" else t.requests)
              for c, t in totals.items()}
    top = max(1.0, max(values.values()))
    norm = LogNorm(vmin=1, vmax=top) if top > 20 else Normalize(vmin=0, vmax=top)
    cmap = colormaps[SEQUENTIAL]
    fig, ax = new_figure(11.0, 5.0)
    ax.set_facecolor("#F7FBFF")
    places = marker_places(world)
    # CDN-only countries are hatched; the hatch takes its collection's edge colour, so dark
    # and light fills get separate collections with a contrasting hatch.
    groups: dict[str, tuple[list[Path], list[Any]]] = {
        "none": ([], []), "traffic": ([], []), "cdn-light": ([], []), "cdn-dark": ([], [])}
    for code, rings in world.items():
        if not any(len(r) > 2 for r in rings):
            continue
        t = totals.get(code)
        colour = NO_DATA if t is None else cmap(norm(max(values[code], 1.0)))
        group = "none" if t is None else "traffic"
        if t is not None and t.cdn_only:
            group = "cdn-light" if _luminance(colour) > 0.5 else "cdn-dark"
        groups[group][0].append(country_path(rings))
        groups[group][1].append(colour)
    edges = {"none": "white", "traffic": "white", "cdn-light": "black", "cdn-dark": "white"}
    for group, (paths, colours) in groups.items():
        if paths:
            ax.add_collection(PathCollection(
                paths, facecolors=colours, edgecolors=edges[group],
                linewidths=0.8 if group.startswith("cdn") else 0.3,
                hatch="////" if group.startswith("cdn") else None, zorder=1,
                # 50m shapes are ~100k vertices: as vectors they make a 2.5 MB SVG and slow
                # PDF; as an image in those files the map stays sharp at print size.
                rasterized=True))
    missing = []
    for code, t in sorted(totals.items()):
        if code in world and code not in places:
            continue
        if code not in places:
            missing.append(code)
            continue
        lon, lat = places[code]
        ax.scatter([lon], [lat], s=70, marker="D" if t.cdn_only else "o",
                   color=cmap(norm(max(values[code], 1.0))), edgecolors="black",
                   linewidths=0.9, zorder=3)
        ax.annotate(code, (lon, lat), xytext=(5, 4), textcoords="offset points", fontsize=7,
                    zorder=4)
    if missing:
        caption += f" Not drawn (no shape or position known): {', '.join(missing)}."
    handles: list[Any] = [
        Patch(facecolor=NO_DATA, edgecolor="#999999", label="no traffic"),
        Patch(facecolor="white", edgecolor="#555555", hatch="////",
              label="only via CDN/anycast edges"),
        Line2D([], [], marker="o", linestyle="", markeredgecolor="black", color="white",
               label="small country"),
    ]
    vantage = _vantage(report)
    if vantage:
        ax.scatter([vantage[0]], [vantage[1]], s=220, marker="*", color="white",
                   edgecolors="black", linewidths=1.2, zorder=5)
        handles.append(Line2D([], [], marker="*", linestyle="", markersize=12, color="white",
                              markeredgecolor="black", label="vantage point (tester)"))
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    ax.set_aspect("equal")
    ax.set_xlabel("longitude (°)")
    ax.set_ylabel("latitude (°)")
    ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.9)
    from matplotlib.cm import ScalarMappable

    fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.7,
                 label=("bytes" if metric == "bytes" else "requests")
                 + (" (log scale)" if top > 20 else ""))
    n_requests = sum(t.requests for t in totals.values())
    cdn_only = sorted(c for c, t in totals.items() if t.cdn_only)
    title = (f"{plural_requests(n_requests)} went to "
             f"{agg.plural(len(totals), 'country', 'countries')}")
    if cdn_only:
        title += f"; {len(cdn_only)} reached only via CDN/anycast edges"
    _set_title(ax, title)
    return ReportFigure("map", title, caption, fig)


def plural_requests(n: int) -> str:
    return agg.plural(n, "request")
