"""Shared pieces of the report figures: the figure record, colours, empty-data placeholders.

Figures are drawn on ``matplotlib.figure.Figure`` objects with the Agg canvas, never through
pyplot, so nothing global is touched (matplotlib docs, "Embedding in a web application server").
Colours are colour-blind safe: the Okabe-Ito palette (Okabe & Ito, "Color Universal Design",
2008) for categories, cividis (Nuñez et al., PLOS ONE 2018) for quantities.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

import matplotlib

matplotlib.use("Agg")

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from analysis.report.text import label

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
SERIES = [OKABE_ITO[k] for k in ("blue", "orange", "green", "purple", "sky", "yellow", "black")]
SEQUENTIAL = "cividis"
NO_DATA = "#E8E8E8"
PNG_DPI = 150  # sharp on high-density screens, and printable in the PDF


class FigureText(Protocol):
    """What the HTML and PDF need of a figure besides its PNG."""

    @property
    def name(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def caption(self) -> str: ...


class FigureInfo(NamedTuple):
    """A figure drawn by another process: its texts (the PNG/SVG are on disk)."""

    name: str
    title: str
    caption: str


@dataclass(frozen=True, slots=True)
class ReportFigure:
    """One figure of the report: ``name`` is the file stem, ``title`` states the finding,
    ``caption`` says what data it shows."""

    name: str
    title: str
    caption: str
    figure: Figure

    def png(self) -> bytes:
        buf = io.BytesIO()
        with warnings.catch_warnings():
            # Glyphs missing from DejaVu (e.g. CJK host names) render as boxes: not an error.
            warnings.simplefilter("ignore", UserWarning)
            self.figure.savefig(buf, format="png", dpi=PNG_DPI)
        # The layout is settled by this first draw; SVG and PDF reuse it instead of solving the
        # constrained layout again (a third of the drawing time on big studies).
        self.figure.set_layout_engine("none")
        return buf.getvalue()

    def save_svg(self, out: Path) -> Path:
        svg = out / f"{self.name}.svg"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            self.figure.savefig(svg, format="svg", metadata={"Date": None})
        return svg

    def save(self, out: Path) -> list[Path]:
        """Write ``<name>.png`` and ``<name>.svg`` into ``out``."""
        png = out / f"{self.name}.png"
        png.write_bytes(self.png())
        return [png, self.save_svg(out)]


def new_figure(width: float = 10.0, height: float = 5.5) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def set_title(ax: Axes, title: str) -> None:
    ax.set_title(label(title, 170), loc="left", fontsize=12, fontweight="bold", wrap=True)


def placeholder(name: str, title: str, message: str, caption: str) -> ReportFigure:
    """A figure that says why there is nothing to draw, instead of failing or staying blank."""
    fig, ax = new_figure(10.0, 2.2)
    set_title(ax, title)
    ax.set_axis_off()
    ax.text(0.5, 0.45, label(message, 120), ha="center", va="center", fontsize=11,
            color="#444444", transform=ax.transAxes)
    return ReportFigure(name, title, caption, fig)
