"""Escaping captured strings for HTML, figure labels and CSV cells."""

from __future__ import annotations

from analysis.report.text import csv_cell, h, label, shorten, visible


def test_html_escape_quotes_and_tags() -> None:
    assert h('<img src=x onerror="a">\'') == "&lt;img src=x onerror=&quot;a&quot;&gt;&#x27;"


def test_control_and_bidi_characters_become_visible() -> None:
    assert visible("a\x00b\x1b[31m\u202ec\u2028") == "a\\u{0000}b\\u{001B}[31m\\u{202E}c\\u{2028}"
    assert visible("plain ascii") == "plain ascii"
    assert visible("Zürich 東京") == "Zürich 東京"  # printable non-ASCII stays
    assert visible(None) == ""


def test_long_values_are_cut_with_a_note() -> None:
    assert shorten("x" * 10, 4) == "xxxx… [6 more characters]"
    assert len(h("A" * 5000, 300)) < 340


def test_labels_escape_mathtext_and_stay_short() -> None:
    assert label("$5 $x$") == "\\$5 \\$x\\$"
    assert label("y" * 100, 10) == "y" * 9 + "…"


def test_csv_formula_cells_are_defused() -> None:
    assert csv_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert csv_cell("+1") == "'+1" and csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell("ok") == "ok" and csv_cell(5) == 5
