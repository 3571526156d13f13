"""HTML building blocks: escaped tables and the long sections (destinations, findings, flows,
errors, limits of the method).

Every captured or derived string goes through ``analysis.report.text.h`` (escaped, control
characters made visible, long values cut). Long tables are capped in HTML with a note pointing
to the CSV/JSON files, which keep every row (issue 8's 100,000-exchange benchmark).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from analysis.countries import country_name
from analysis.report import errorgroups
from analysis.report.text import h
from analysis.taxonomy import CATEGORIES, SECRET, is_sensitive

MAX_DESTINATIONS = 1000
MAX_FINDINGS_PER_CATEGORY = 150
MAX_FLOWS = 1000
MAX_ERRORS = 500

Cell = tuple[str, str]  # (html, css class)


def utc(ts: Any) -> str:
    if ts is None:
        return ""
    try:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(float(ts))) + "Z"
    except (TypeError, ValueError, OverflowError, OSError):
        return h(ts)


def country(code: Any) -> str:
    if not code:
        return '<span class="muted">unknown</span>'
    return f'{h(code, 8)} <span class="muted">{h(country_name(str(code)), 60)}</span>'


def badge(word: Any, symbols: dict[str, str]) -> str:
    text = str(word or "unknown")
    css = text if text in symbols else "unknown"
    return f'<span class="badge b-{css}">{symbols.get(text, "?")} {h(text, 30)}</span>'


VERDICT_SYMBOLS = {"violated": "✗", "holds": "✓", "untested": "?"}
DISCLOSURE_SYMBOLS = {"disclosed": "✓", "vague": "~", "omitted": "!", "contradicted": "✗"}


def table(headers: Sequence[str], rows: Iterable[Sequence[Cell | str]],
          row_ids: Sequence[str | None] | None = None, num: Iterable[int] = ()) -> str:
    """A scrollable table; header names are ours (trusted), cells are already HTML."""
    numeric = set(num)
    out = ['<div class="scroll"><table><thead><tr>']
    out += [f'<th{" class=num" if i in numeric else ""}>{name}</th>'
            for i, name in enumerate(headers)]
    out.append("</tr></thead><tbody>")
    for k, row in enumerate(rows):
        rid = row_ids[k] if row_ids is not None and k < len(row_ids) else None
        out.append(f'<tr id="{rid}">' if rid else "<tr>")
        for i, cell in enumerate(row):
            content, css = cell if isinstance(cell, tuple) else (cell, "")
            if i in numeric:
                css = (css + " num").strip()
            out.append(f'<td class="{css}">{content}</td>' if css else f"<td>{content}</td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def capped(total: int, shown: int, what: str, where: str) -> str:
    if total <= shown:
        return ""
    return (f'<p class="note">Showing {shown} of {total} {what}; all of them are in '
            f"{where}.</p>")


def _yes_no(value: Any) -> str:
    return "" if value is None else ("yes" if value else "no")


def destinations_section(report: dict[str, Any]) -> str:
    dests = report.get("destinations", [])
    if not dests:
        return "<p>No destinations were recorded.</p>"
    rows = []
    for d in dests[:MAX_DESTINATIONS]:
        plausible = d.get("geo_plausible")
        rtt = d.get("rtt_ms")
        rtt_text = "" if rtt is None else f"{float(rtt):.1f} ms"
        check = ("not checked" if plausible is None else
                 "plausible" if plausible else '<span class="sensitive">implausible</span>')
        if plausible is False and d.get("geo_note"):
            check += f' <span class="muted">({h(d["geo_note"], 200)})</span>'
        rows.append([
            h(d.get("host") or "", 120), h(d.get("ip") or "", 45), h(d.get("port") or ""),
            country(d.get("country")), country(d.get("registered_country")),
            h(d.get("organization") or "", 80),
            h(f"AS{d['asn']} {d.get('as_org') or ''}" if d.get("asn") else "", 80),
            h(d.get("party") or "unknown", 10), "CDN/anycast" if d.get("cdn") else "",
            f"{rtt_text} {check}".strip(), h(d.get("requests") or 0), h(d.get("bytes_up") or 0),
            h(d.get("bytes_down") or 0), h(", ".join(d.get("categories") or []), 400),
        ])
    headers = ["host", "IP", "port", "country (GeoIP)", "registered country", "organisation",
               "network (AS)", "party", "CDN", "RTT check", "requests", "bytes up",
               "bytes down", "data categories"]
    return table(headers, rows, num=(2, 10, 11, 12)) + capped(
        len(dests), MAX_DESTINATIONS, "destinations", "destinations.csv and report.json")


def finding_rows_by_category(report: dict[str, Any],
                             keep: set[Any]) -> dict[str, tuple[list[dict[str, Any]], int]]:
    """category -> (rows to show, total rows); requests in ``keep`` (claim evidence) first."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in report.get("findings", []):
        groups[str(f.get("category"))].append(f)
    out = {}
    for cat, rows in groups.items():
        if len(rows) > MAX_FINDINGS_PER_CATEGORY:
            first = [r for r in rows if r.get("request_id") in keep]
            rest = [r for r in rows if r.get("request_id") not in keep]
            shown = (first + rest)[:max(MAX_FINDINGS_PER_CATEGORY, len(first))]
            shown.sort(key=lambda r: (r.get("ts") or 0, r.get("request_id") or 0))
        else:
            shown = rows
        out[cat] = (shown, len(rows))
    return dict(sorted(out.items(), key=lambda kv: (not is_sensitive(kv[0]), -kv[1][1], kv[0])))


def findings_section(report: dict[str, Any], keep: set[Any],
                     anchored: Callable[[Any], str | None]) -> str:
    groups = finding_rows_by_category(report, keep)
    if not groups:
        return ("<p>No data category was found in what the phone sent. This is not proof that "
                "nothing was sent: see what could not be decoded and the limits below.</p>")
    parts = []
    for cat, (rows, total) in groups.items():
        info = CATEGORIES.get(cat)
        mark = ' <span class="sensitive">⚠ sensitive</span>' if is_sensitive(cat) else ""
        requests = len({r.get("request_id") for r in rows})
        parts.append(f'<h3 id="cat-{h(cat, 60)}">{h(cat, 60)}{mark} '
                     f'<span class="muted">— {total} fields in {requests}'
                     f'{"+" if total > len(rows) else ""} requests</span></h3>')
        if info:
            parts.append(f'<p class="muted">{h(info.description)}. Apple: {h(info.apple)}; '
                         f"Google: {h(info.google)}.</p>")
        cells: list[list[Cell | str]] = []
        ids: list[str | None] = []
        for f in rows:
            value = "[secret masked]" if cat in SECRET else f.get("value_preview") or ""
            ids.append(anchored(f.get("request_id")))
            cells.append([
                h(f.get("request_id")), utc(f.get("ts")), h(f.get("method") or "", 12),
                (h(f.get("url_display") or f.get("url") or "", 400), "url"),
                country(f.get("country")),
                h(f.get("organization") or "", 60),
                h(f"{f.get('part') or ''}: {f.get('path') or ''}", 200),
                h(f.get("transform") or ""), h(f.get("detector") or ""),
                h(f"{float(f.get('confidence') or 0):.2f}"), (h(value, 160), "val"),
                h(f.get("evidence") or "", 200),
            ])
        parts.append(table(["request", "time (UTC)", "method", "URL", "country",
                            "organisation", "field (part: path)", "transform", "detector",
                            "confidence", "value", "evidence"], cells, ids, num=(0, 9)))
        parts.append(capped(total, len(rows), f"{cat} fields", "findings.csv and report.json"))
    return "".join(parts)


def request_links(ids: Sequence[Any], shown: set[Any], limit: int = 5) -> str:
    """Links to the findings rows of requests (plain numbers for rows not in the page)."""
    parts = [f'<a href="#req-{h(r)}">{h(r)}</a>' if r in shown else h(r) for r in ids[:limit]]
    more = f" +{len(ids) - limit}" if len(ids) > limit else ""
    return f"{len(ids)}: " + " ".join(parts) + more if ids else "0"


def flow_country(flow: dict[str, Any]) -> str:
    """A flow's country; when the claim check placed its server by the round-trip time
    (``placed_in``, GeoIP's answer being impossible), the countries it can be in."""
    placed = list(flow.get("placed_in") or [])
    if not placed:
        return country(flow.get("country"))
    where = (country(flow.get("country")) if flow.get("country")
             else "one of " + h(", ".join(placed), 200))
    return where + ' <span class="muted">(placed by RTT; GeoIP\u2019s answer was impossible)</span>'


def left_out_note(report: dict[str, Any]) -> str:
    """Other apps' requests, left out of the flows: this policy does not speak for them."""
    left = (report.get("summary") or {}).get("flows_left_out")
    if not left:
        return ""
    app = (report.get("study") or {}).get("app") or "the claims file's app"
    return (f"<p>{h(left.get('requests'))} request(s) of other apps' captures "
            f"({h(', '.join(left.get('apps') or []), 300)}), which would make "
            f"{h(left.get('flows'))} flow(s), are not judged against {h(app, 100)}'s policy "
            "and are not listed here; their findings are under the findings above.</p>")


def flows_section(report: dict[str, Any], shown: set[Any] | None = None) -> str:
    flows = report.get("flows", [])
    if not flows:
        return ("<p>No flows were judged (no claims file was given to <code>phonehome analyze"
                "</code>, or nothing was found).</p>" + left_out_note(report))
    rows: list[list[Cell | str]] = [
        [h(f.get("category")), h(f.get("organization") or "", 80), flow_country(f),
         badge(f.get("disclosure"), DISCLOSURE_SYMBOLS),
         " ".join(f'<a href="#claim-{h(c, 80)}">{h(c, 80)}</a>' for c in f.get("claims") or []),
         request_links(list(f.get("requests") or []), shown or set())]
        for f in flows[:MAX_FLOWS]]
    return left_out_note(report) + table(
        ["data category", "organisation", "country", "policy", "claims", "requests"],
        rows) + capped(len(flows), MAX_FLOWS, "flows", "report.json")


def errors_section(report: dict[str, Any]) -> str:
    errors = report.get("errors", [])
    if not errors:
        return "<p>Every input was read and every body decoded: nothing was left undecoded.</p>"
    rows: list[list[Cell | str]] = [
        [h(e.get("stage")), h(e.get("source"), 160), h(e.get("kind")), h(errorgroups.label(e)),
         h(e.get("count")), h(e.get("message"), 300),
         h("" if e.get("offset") is None else e["offset"])]
        for e in errors[:MAX_ERRORS]]
    return (f"<p>{h(errorgroups.headline(errors), 1000)} They are counted here, not treated as "
            f"\u201cnothing found\u201d.</p>"
            + table(["stage", "source", "kind", "what it is", "count", "example message",
                     "offset"], rows, num=(4, 6))
            + capped(len(errors), MAX_ERRORS, "error groups", "report.json"))


LIMITS = [
    "<strong>A network destination is not a storage location.</strong> The country is where a "
    "GeoIP database places the server address; data may be stored or processed elsewhere. "
    "CDN and anycast edges (marked CDN) answer near the phone and forward traffic onwards.",
    "<strong>GeoIP answers can be wrong</strong>, and databases disagree. Each answer is checked "
    "against the measured round-trip time: light in fibre covers about 100 km per millisecond "
    "of RTT, so a server cannot be farther than that. \u201cimplausible\u201d marks an answer "
    "the physics rules out; \u201cplausible\u201d does not prove it right.",
    "<strong>Pinned or undecrypted traffic is not seen.</strong> Connections the proxy could not "
    "decrypt (certificate pinning, QUIC without keys, traffic outside the proxy or capture) "
    "appear only as destinations and byte counts; payload encryption inside an app hides "
    "content too. Missing findings there mean \u201cnot seen\u201d, not \u201cnot sent\u201d.",
    "<strong>Findings are classifications.</strong> Values matched against the device profile "
    "(detector <code>ground_truth</code>) are the strongest evidence; key names, value shapes "
    "and structures are heuristics with the confidence shown.",
    "<strong>Only what the phone sent</strong> (requests and upward messages) counts as a "
    "finding; responses are decoded for context only.",
    "<strong>Values are masked</strong> unless the report was made with "
    "<code>--show-values</code>; secrets (passwords, tokens) are always masked.",
]


def limits_section(report: dict[str, Any], synthetic: bool) -> str:
    items = list(LIMITS)
    if synthetic:
        items.insert(0, "<strong>This study is synthetic demo data</strong>: generated traffic "
                        "of a fictional app; it describes no real company.")
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
