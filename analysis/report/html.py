"""``index.html``: one self-contained page a reader can open anywhere, safely.

No scripts, no external requests: a Content-Security-Policy (``default-src 'none'; img-src data:;
style-src 'unsafe-inline'``) forbids them even if an escaping bug slipped through, figures are
PNG ``data:`` URIs, the stylesheet is inline, and no captured URL is ever a link. Every captured
string is escaped (``analysis.report.text.h``). Sections follow issue 8: summary, figures,
claims, destinations, findings, flows, undecoded input, limits.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Sequence
from typing import Any

from analysis.report import errorgroups
from analysis.report.figkit import FigureText
from analysis.report.htmlstyle import CSS
from analysis.report.htmltables import (
    VERDICT_SYMBOLS,
    Cell,
    badge,
    destinations_section,
    errors_section,
    finding_rows_by_category,
    findings_section,
    flows_section,
    limits_section,
    request_links,
    table,
    utc,
)
from analysis.report.text import h

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
MAX_EVIDENCE_LINKS = 50


def is_synthetic(report: dict[str, Any]) -> bool:
    study = report.get("study", {})
    if study.get("synthetic"):
        return True
    return any("demo" in str(c.get("source") or "").replace("\\", "/").split("/")
               for c in study.get("captures", []))


def _summary(report: dict[str, Any], synthetic: bool, show_values: bool) -> str:
    study = report.get("study", {})
    captures = study.get("captures", [])
    dests = report.get("destinations", [])
    findings = report.get("findings", [])
    claims = report.get("claims", [])
    verdicts = Counter(str(c.get("verdict") or "untested") for c in claims)
    countries = sorted({d.get("country") for d in dests if d.get("country")})
    orgs = {d.get("organization") for d in dests if d.get("organization")}
    cats = Counter(str(f.get("category")) for f in findings)
    exchanges = sum(int(c.get("exchanges") or 0) for c in captures)
    parts = []
    if synthetic:
        parts.append('<p class="banner">Synthetic demo data: this report describes generated '
                     "traffic of a fictional app, not a real company.</p>")
    state = study.get("analysis") or {}
    if state.get("status") in {"not-analysed", "stale"}:
        parts.append(f'<p class="banner">{h(state.get("message"), 400)}</p>')
    starts = [c["started"] for c in captures if c.get("started") is not None]
    ends = [c["ended"] for c in captures if c.get("ended") is not None]
    when = f", recorded between {utc(min(starts))} and {utc(max(ends))}" if starts and ends else ""
    lines = [
        f"{len(captures)} capture(s) with {exchanges} recorded exchanges{when}.",
        f"The phone contacted {len(dests)} destinations in {len(countries)} countries "
        f"({h(', '.join(countries), 400) or 'none known'}), run by {len(orgs)} identified "
        "organisations.",
        f"{len(findings)} fields carried {len(cats)} data categories"
        + (": " + h(", ".join(f"{c} ({n})" for c, n in cats.most_common(8)), 600)
           + (f" and {len(cats) - 8} more" if len(cats) > 8 else "") if cats else "") + ".",
        "Claims: " + ", ".join(f"{badge(v, VERDICT_SYMBOLS)} {verdicts.get(v, 0)}"
                               for v in ("violated", "holds", "untested")) + ".",
        h(errorgroups.headline(report.get("errors", []))[:-1], 1000) + " (see below).",
    ]
    parts.append('<ul class="headline">' + "".join(f"<li>{x}</li>" for x in lines) + "</ul>")
    rows = [[h(c.get("id")), h(c.get("kind")), h(c.get("source"), 200), h(c.get("app")),
             h(c.get("label")), h(c.get("consent")), utc(c.get("started")), utc(c.get("ended")),
             h(c.get("exchanges")), h(c.get("connections")), h(c.get("status"))]
            for c in captures]
    parts.append("<h3>Captures</h3>" + table(
        ["id", "kind", "source", "app", "label", "consent", "started (UTC)", "ended (UTC)",
         "exchanges", "connections", "status"], rows, num=(0, 8, 9)))
    geo = report.get("geo_databases", [])
    parts.append("<h3>How this report was made</h3>")
    parts.append(f"<p>phonehome {h(report.get('tool_version') or '?')}, report generated "
                 f"{h(report.get('generated') or '?')}. Identifier values are "
                 f"{'shown (--show-values)' if show_values else 'masked'}; "
                 "secrets are always masked.</p>")
    if geo:
        parts.append(table(["kind", "database", "build date", "licence"],
                           [[h(g.get("kind")), h(g.get("name")), h(g.get("build_date")),
                             h(g.get("license"))] for g in geo]))
    else:
        parts.append("<p>No GeoIP database was recorded: countries may be missing.</p>")
    runs = study.get("runs") or []
    if runs:
        parts.append(table(["pass", "tool version", "status", "finished (UTC)"],
                           [[h(r.get("pass")), h(r.get("tool_version")), h(r.get("status")),
                             utc(r.get("finished"))] for r in runs]))
    return "".join(parts)


def _figures(figures: Sequence[FigureText], pngs: dict[str, bytes]) -> str:
    out = []
    for fig in figures:
        data = base64.b64encode(pngs[fig.name]).decode("ascii")
        out.append(f'<figure id="fig-{h(fig.name)}"><img src="data:image/png;base64,{data}" '
                   f'alt="{h(fig.title, 300)}"><figcaption><strong>{h(fig.title, 300)}</strong>'
                   f"{h(fig.caption, 1000)} Files: {h(fig.name)}.png, {h(fig.name)}.svg."
                   "</figcaption></figure>")
    return "".join(out)


def _listed(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} = {v}" for k, v in value.items())
    return ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


def _claims(report: dict[str, Any], shown: set[Any]) -> str:
    claims = report.get("claims", [])
    if not claims:
        return ("<p>No claims were checked: give <code>phonehome analyze --claims "
                "claims.toml</code> statements from the privacy policy.</p>")
    order = {"violated": 0, "untested": 2, "holds": 1}
    out = []
    for c in sorted(claims, key=lambda c: order.get(str(c.get("verdict")), 3)):
        verdict = str(c.get("verdict") or "untested")
        css = verdict if verdict in VERDICT_SYMBOLS else "untested"
        evidence = list(c.get("evidence") or [])
        links = []
        for rid in evidence[:MAX_EVIDENCE_LINKS]:
            if rid in shown:
                links.append(f'<a class="ev" href="#req-{h(rid)}">request {h(rid)}</a>')
            else:
                links.append(f'<span class="ev">request {h(rid)}</span>')
        more = len(evidence) - MAX_EVIDENCE_LINKS
        ev = ("Evidence: " + " ".join(links) + (f" and {more} more (report.json)" if more > 0
                                                else "")) if links else "No evidence requests."
        scope = ", ".join(f"{k}: {h(_listed(c.get(k)))}"
                          for k in ("data", "expect", "recipients", "countries", "when")
                          if c.get(k))
        out.append(f'<div class="claim {css}" id="claim-{h(c.get("id"), 80)}">'
                   f'{badge(verdict, VERDICT_SYMBOLS)} <strong>{h(c.get("id"), 80)}</strong>'
                   f"<blockquote>{h(c.get('text'), 1000)}</blockquote>"
                   f"<p>{h(c.get('explanation_display', c.get('explanation')), 2000)}</p>"
                   f'<p class="note">{scope}</p><p class="note">{ev}</p></div>')
    return "".join(out)


def _store_labels(report: dict[str, Any], shown: set[Any]) -> str:
    """Issues found against the app's store privacy label (``--store-label``), if any."""
    issues = report.get("store_labels") or []
    if not issues:
        return ""
    rows: list[list[Cell | str]] = [
        [h(i.get("store")), h(i.get("issue")), h(i.get("label_type"), 80),
         h(", ".join(i.get("categories") or []), 200),
         h(", ".join(i.get("organizations") or []), 200),
         request_links(list(i.get("requests") or []), shown), h(i.get("explanation"), 400)]
        for i in issues]
    return ("<h3>Store privacy label</h3><p>What the traffic shows against the app's store "
            "listing (Apple App Privacy label or Google Play Data safety section).</p>"
            + table(["store", "issue", "label type", "categories", "organisations",
                     "requests", "explanation"], rows))


SECTIONS = (("summary", "Summary"), ("figures", "Figures"), ("claims", "Claims and verdicts"),
            ("destinations", "Destinations"), ("findings", "Findings by data category"),
            ("flows", "Flows against the policy"), ("errors", "What could not be decoded"),
            ("limits", "Limits of the method"))


def render_html(report: dict[str, Any], figures: Sequence[FigureText],
                pngs: dict[str, bytes], show_values: bool = False) -> str:
    """The whole page as a string; ``pngs`` maps figure name -> PNG bytes."""
    synthetic = is_synthetic(report)
    evidence = {rid for c in report.get("claims", [])
                for rid in list(c.get("evidence") or [])[:MAX_EVIDENCE_LINKS]}
    groups = finding_rows_by_category(report, evidence)
    shown = {f.get("request_id") for rows, _n in groups.values() for f in rows}
    anchors: set[Any] = set()

    def anchored(rid: Any) -> str | None:
        if rid is None or rid in anchors:
            return None
        anchors.add(rid)
        return f"req-{h(rid)}"

    app = report.get("study", {}).get("app") or next(
        (c.get("app") for c in report.get("study", {}).get("captures", []) if c.get("app")), None)
    title = f"What {app} sent" if app else "What the app sent"
    body = {
        "summary": _summary(report, synthetic, show_values),
        "figures": _figures(figures, pngs),
        "claims": _claims(report, shown) + _store_labels(report, shown),
        "destinations": destinations_section(report),
        "findings": findings_section(report, evidence, anchored),
        "flows": flows_section(report, shown),
        "errors": errors_section(report),
        "limits": limits_section(report, synthetic),
    }
    nav = "".join(f'<li><a href="#{key}">{name}</a></li>' for key, name in SECTIONS)
    sections = "".join(f'<section id="{key}"><h2>{name}</h2>{body[key]}</section>'
                       for key, name in SECTIONS)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{h(title, 120)} — phonehome report</title><style>{CSS}</style></head><body>"
        f'<header><h1>{h(title, 120)}</h1><p class="muted">phonehome report · schema '
        f"{h(report.get('schema'))} · generated "
        f"{h(report.get('generated') or '')}</p></header>"
        f'<nav aria-label="sections"><ul>{nav}</ul></nav>{sections}'
        '<footer class="muted"><p>Made with phonehome. Machine-readable: report.json, '
        "findings.csv, destinations.csv.</p></footer></body></html>\n"
    )
