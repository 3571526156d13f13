"""The store-label issues appear in the HTML report, escaped, with links to their requests."""

from __future__ import annotations

from analysis.report.html import render_html


def test_store_label_issues_are_rendered_and_escaped() -> None:
    report = {"schema": "phonehome.report/1", "study": {"captures": []}, "claims": [],
              "findings": [], "destinations": [], "flows": [], "errors": [],
              "store_labels": [{"store": "google", "issue": "undeclared-sharing",
                                "label_type": "Device or other IDs",
                                "categories": ["id.advertising"],
                                "organizations": ["<script>x</script>"], "requests": [3, 4],
                                "explanation": "went to third parties"}]}
    page = render_html(report, [], {})
    assert "Store privacy label" in page and "undeclared-sharing" in page
    assert "<script>x</script>" not in page and "&lt;script&gt;" in page
    assert "2: 3 4" in page
    empty = render_html({**report, "store_labels": []}, [], {})
    assert "Store privacy label" not in empty
