"""Figures, checked through the artists they draw (bars, images, labels, titles), not by eye."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.collections import PathCollection

from analysis.report import build_figures
from analysis.report import figures as f
from analysis.report.data import build_report
from analysis.report.figkit import ReportFigure
from analysis.report.timeline import timeline_figure
from analysis.report.worldmap import marker_places, ring_area, world_map_figure
from analysis.store import Store
from analysis.store.report_queries import Timeline, TimelineBin
from tests.analysis.report.conftest import TINY_WORLD

EMPTY: dict = {"study": {"captures": []}, "destinations": [], "findings": [], "claims": [],
               "flows": [], "errors": []}


def _draw(fig: ReportFigure) -> None:
    fig.figure.savefig(io.BytesIO(), format="png")  # raises if any label breaks mathtext etc.


@pytest.fixture
def report(study: Store) -> dict:
    return build_report(study)


def test_category_org_heatmap(report: dict) -> None:
    fig = f.category_org_figure(report)
    ax = fig.figure.axes[0]
    data = np.ma.filled(ax.images[0].get_array(), 0)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    face = rows.index("⚠ biometric.face")
    assert data[face, cols.index("Clipshare Example Inc.")] == 6
    assert data[face, cols.index("Adnet Example Ltd")] == 4
    assert ax.get_title(loc="left") == fig.title
    assert fig.title.startswith("6 data categories went to 4 organisations")
    assert "biometric.face to 2 organisations in 2 countries" in fig.title
    assert ax.get_xlabel() == "organisation" and "data category" in ax.get_ylabel()
    # Cell counts are written in the cells.
    assert sorted(t.get_text() for t in ax.texts).count("6") == 2
    _draw(fig)


def test_category_org_title_counts_no_unplaced_country(report: dict) -> None:
    # QA173: every server on loopback, none placed: "in 1 country" was the unknown one
    for d in report["destinations"]:
        d["country"] = None
    for finding in report["findings"]:
        finding["country"] = None
    fig = f.category_org_figure(report)
    assert "in no country GeoIP could place" in fig.title and "1 country" not in fig.title
    # ...and beside placed ones, the unplaced is said, not counted
    next(x for x in report["findings"] if x["category"] == "biometric.face")["country"] = "US"
    title = f.category_org_figure(report).title
    assert "biometric.face to 2 organisations in 1 country and elsewhere unplaced" in title


def test_category_country_heatmap_names_unknown_country(report: dict) -> None:
    report["study"]["user_country"] = "US"
    fig = f.category_country_figure(report)
    ax = fig.figure.axes[0]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert "unknown" in cols and "??" not in cols
    assert fig.title == "Data left the phone for 3 countries; 2 outside the user's country (US)"


def test_bytes_bars(report: dict) -> None:
    fig = f.bytes_figure(report)
    ax = fig.figure.axes[0]
    widths = sorted(round(p.get_width() * 1024) for p in ax.patches)  # drawn in KB
    assert len(ax.patches) == 2 * 4
    assert widths[-1] == 90000 and 5000 in widths and 3000 in widths
    assert ax.get_xlabel().startswith("KB")
    assert " 87.9 KB" in [t.get_text() for t in ax.texts]  # sizes written at the bar ends
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Clipshare Example Inc. [first party]"
    # Third parties: 3000 + 100 + 10 of 8110 uploaded bytes.
    assert "received 38% of uploaded bytes" in fig.title
    _draw(fig)


def test_consent_bars_and_title(report: dict) -> None:
    fig = f.consent_figure(report)
    ax = fig.figure.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["consent: no", "consent: yes"]
    cats = [t.get_text().removeprefix("⚠ ") for t in ax.get_yticklabels()]
    bars = ax.patches
    assert len(bars) == 2 * len(cats)
    face = cats.index("biometric.face")
    assert bars[face].get_width() == 2  # consent "no": two organisations got face data
    assert fig.title.startswith("Without consent, 6 data categories still went to")
    assert fig.title.endswith("(with consent: 5 to 4)")


def test_consent_needs_both_states(report: dict) -> None:
    for c in report["study"]["captures"]:
        c["consent"] = "yes"
    fig = f.consent_figure(report)
    assert "No consent comparison" in fig.title
    assert not fig.figure.axes[0].patches


def test_world_map_shading_markers_and_cdn(report: dict) -> None:
    fig = world_map_figure(report, TINY_WORLD)
    ax = fig.figure.axes[0]
    # Countries are drawn as PathCollections with zorder 1; markers are scatters above them.
    collections = [c for c in ax.collections
                   if isinstance(c, PathCollection) and c.get_zorder() == 1]
    hatched = [c for c in collections if c.get_hatch()]
    assert len(hatched) == 1 and len(hatched[0].get_paths()) == 1  # DE, CDN only
    offsets = [tuple(np.round(c.get_offsets()[0], 2).tolist()) for c in ax.collections
               if c not in collections]
    assert (103.8, 1.35) in offsets  # SG is too small to see: a marker at its centre
    # the vantage point (lat 48.85, lon 2.35), as the report gives it: to one decimal
    assert (2.4, 48.9) in offsets
    assert [t.get_text() for t in ax.texts] == ["SG"]
    assert fig.title == "12 requests went to 3 countries; 1 reached only via CDN/anycast edges"
    assert "2 requests to servers without a GeoIP country are not shown" in fig.caption
    _draw(fig)


def test_world_map_without_shapes_uses_known_positions(report: dict) -> None:
    fig = world_map_figure(report, None)
    assert "Country shapes were unavailable" in fig.caption
    assert "Not drawn (no shape or position known): DE, US" in fig.caption
    _draw(fig)


def test_marker_places_and_area() -> None:
    assert ring_area(TINY_WORLD["US"][0]) == pytest.approx(40 * 18)
    places = marker_places(TINY_WORLD)
    assert "SG" in places and "US" not in places and "HK" in places


def test_timeline(report: dict) -> None:
    t0 = 1000.0
    timeline = Timeline(60.0, {1: t0, 2: t0 + 30}, {1: 360.0, 2: 360.0}, [
        TimelineBin(1, "api.clipshare.example", 0.0, 3),
        TimelineBin(1, "sdk.adnet.example", 120.0, 2),
        TimelineBin(2, "<script>alert(1)</script>", 300.0, 1)])
    for fi in report["findings"]:
        fi["ts"] = t0 + 10 if fi["capture_id"] == 1 else fi["ts"]
    fig = timeline_figure(report, timeline)
    ax = fig.figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "api.clipshare.example", "sdk.adnet.example", "<script>alert(1)</script>"]
    dots = ax.collections[0].get_offsets()
    assert dots.tolist() == [[0.0, 0.0], [2.0, 1.0]]  # minutes, row
    assert "minutes" in ax.get_xlabel()
    assert fig.title.startswith("6 requests to 3 hosts over 6.0 minutes")
    _draw(fig)


def test_hostile_labels_draw() -> None:
    report = {"study": {"captures": [{"id": 1, "consent": "no"}]},
              "destinations": [{"host": "$\\frac{", "ip": "1", "organization": "$x$ \x07 $",
                                "country": "US", "bytes_up": 5, "bytes_down": 1,
                                "requests": 1}],
              "findings": [{"request_id": 1, "capture_id": 1, "ts": 1.0, "host": "$\\frac{",
                            "ip": "1", "category": "id.user"}]}
    for fig in build_figures(report, None, TINY_WORLD):
        assert "could not be drawn" not in fig.title
        _draw(fig)
    labels = [t.get_text() for t in f.bytes_figure(report).figure.axes[0].get_yticklabels()]
    assert labels == ["\\$x\\$ \\u{0007} \\$ [third party]".replace(" [third party]", "")]


def test_empty_report_gives_placeholders_not_errors() -> None:
    figures = build_figures(EMPTY, None, TINY_WORLD)
    assert [x.name for x in figures] == ["map", "categories_by_organisation",
                                        "categories_by_country", "timeline",
                                        "bytes_by_organisation", "consent"]
    for fig in figures:
        assert fig.title and fig.caption
        assert "could not be drawn" not in fig.title
        texts = [t.get_text() for t in fig.figure.axes[0].texts]
        assert texts and texts[0].startswith(("no ", "consent states"))
        _draw(fig)


def test_a_failing_figure_becomes_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> ReportFigure:
        raise ZeroDivisionError

    monkeypatch.setattr(f, "bytes_figure", broken)
    figures = build_figures(EMPTY, None, None)
    assert figures[4].name == "bytes_by_organisation"
    assert "could not be drawn (ZeroDivisionError)" in figures[4].title
