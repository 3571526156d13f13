"""index.html: self-contained, escaped, structured; parsed with the standard HTML parser."""

from __future__ import annotations

import re

import pytest

from analysis.report import htmltables
from analysis.report.data import build_report
from analysis.report.html import CSP, render_html
from analysis.store import Store
from tests.analysis.report.dom import parse

SAFE_ATTRS = {"class", "id", "href", "src", "alt", "lang", "charset", "http-equiv", "content",
              "name", "aria-label"}


@pytest.fixture
def page(study: Store) -> str:
    return render_html(build_report(study), [], {})


def test_page_has_csp_and_no_active_content(page: str) -> None:
    tags = parse(page)
    names = [t for t, _a in tags.tags]
    assert not {"script", "iframe", "object", "embed", "link", "base", "form"} & set(names)
    assert names.count("h1") == 1 and names.count("style") == 1
    meta = [a for t, a in tags.tags if t == "meta" and a.get("http-equiv")]
    assert meta == [{"http-equiv": "Content-Security-Policy", "content": CSP}]
    for tag, attrs in tags.tags:
        assert set(attrs) <= SAFE_ATTRS, (tag, attrs)
        assert (attrs.get("href") or "#").startswith("#")  # no link leaves the page
        assert (attrs.get("src") or "data:image/png;base64,").startswith("data:image/png;")


def test_hostile_strings_show_as_text(page: str) -> None:
    text = "".join(parse(page).text)
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "</style><h1>styled</h1>" in text
    assert "\\u{0007}" in text and "\\u{202E}" in text and "\x07" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_very_long_values_are_cut(page: str) -> None:
    assert "A" * 1000 not in page
    assert re.search(r"more characters\]", page)


def test_sections_and_evidence_links(page: str) -> None:
    tags = parse(page).tags
    ids = {a.get("id") for _t, a in tags}
    for section in ("summary", "figures", "claims", "destinations", "findings", "flows",
                    "errors", "limits"):
        assert section in ids
    hrefs = {a["href"] for _t, a in tags if a.get("href", "").startswith(("#req-", "#claim-"))}
    assert {h for h in hrefs if h.startswith("#req-")} == {"#req-1", "#req-7", "#req-11"}
    assert "#claim-no-face-without-consent" in hrefs  # from the flows table
    assert {h.removeprefix("#") for h in hrefs} <= ids  # every link has its target
    assert "✗ violated" in page and "✓ holds" in page  # badges carry words, not only colour


def test_secrets_stay_masked_even_with_show_values(study: Store) -> None:
    page = render_html(build_report(study, show_values=True), [], {}, show_values=True)
    assert "TOPSECRETTOKEN" not in page
    assert "[secret masked]" in page


def test_limits_and_synthetic_banner(study: Store) -> None:
    report = build_report(study)
    assert "Synthetic demo data" not in render_html(report, [], {})
    report["study"]["synthetic"] = True
    page = render_html(report, [], {})
    assert "Synthetic demo data" in page
    assert "A network destination is not a storage location" in page
    assert "Pinned or undecrypted traffic is not seen" in page


def test_long_tables_are_capped_and_keep_evidence(study: Store,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmltables, "MAX_FINDINGS_PER_CATEGORY", 2)
    page = render_html(build_report(study), [], {})
    assert "Showing 2 of 10 biometric.face fields" in page
    assert 'id="req-7"' in page  # claim evidence is kept even past the cap


def test_empty_study_renders() -> None:
    page = render_html(build_report(Store.memory()), [], {})
    assert "nothing was left undecoded" in page
    assert "No claims were checked" in page
    assert "This is not proof that nothing was sent" in page


def test_a_flow_placed_by_the_rtt_shows_where_it_can_be() -> None:
    # QA15 #11: not the impossible GeoIP country, but the claim check's placement
    flow = {"category": "id.user", "organization": "B", "country": None,
            "placed_in": ["CZ", "DE", "DK", "PL"], "disclosure": "contradicted",
            "claims": ["ids-us"], "requests": [1]}
    text = "".join(parse(htmltables.flows_section({"flows": [flow]})).text)
    assert "one of CZ, DE, DK, PL" in text and "placed by RTT" in text
    one = htmltables.flows_section({"flows": [{**flow, "country": "ES", "placed_in": ["ES"]}]})
    assert "ES" in one and "placed by RTT" in one and "one of" not in one
