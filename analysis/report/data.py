"""The report document: ``report.json``, a public contract (DESIGN.md "Outputs").

``build_report`` turns a study into one plain dict with ``"schema": "phonehome.report/1"``.
The keys DESIGN.md lists are always present with exactly its names and meanings; extra keys
(``summary``, ``generated``, ...) only extend it. HTML, PDF and CSV are rendered from this same
dict, so every format tells the same story.

Masking: every finding's ``value_preview`` is masked unless ``show_values`` (DESIGN.md: a typed
text, an address-book entry or a search term is as private as an identifier); secrets
(``secret.credential``) always are. ``url_display`` hides the same values except the phone's
own descriptions and event names (``device.info``, ``behavior.usage``), which a reader needs to
follow a URL and which identify no one.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from typing import Any

from analysis import __version__
from analysis.enrich_party import study_attributor
from analysis.report import errorgroups
from analysis.report.urls import masked_url
from analysis.store import Store
from analysis.taxonomy import SECRET

SCHEMA = "phonehome.report/1"
READABLE = frozenset({"device.info", "behavior.usage"})  # left readable in url_display
PREVIEW_MAX = 120

CAPTURE_KEYS = ("id", "kind", "source", "app", "label", "consent")
DESTINATION_KEYS = ("host", "ip", "port", "country", "registered_country", "asn", "as_org",
                    "organization", "party", "cdn", "rtt_ms", "geo_plausible", "requests",
                    "bytes_up", "bytes_down", "categories")
FINDING_KEYS = ("request_id", "capture_id", "ts", "method", "url", "host", "ip", "country",
                "part", "path", "category", "detector", "transform", "confidence")


def mask(value: str) -> str:
    """Keep a hint of the value's shape (length, first and last characters), hide the rest."""
    n = len(value)
    if n <= 4:
        return "•" * n
    keep = 2 if n < 12 else 3
    return printable(f"{value[:keep]}{'•' * min(n - 2 * keep, 24)}{value[-keep:]} ({n} chars)")


def printable(text: str) -> str:
    """``text`` with control characters (Unicode's Cc, all below U+00A0) shown as escapes, but
    for a newline and a tab: a photo's or a video's bytes kept raw (Latin-1) would write NULs
    into a CSV and the HTML (QA116: ten NULs in findings.csv). A no-break space, a joiner, a
    direction mark stay as they are (the review)."""
    if text.isprintable():
        return text
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" and c not in "\n\t"
                   else c for c in text)


def preview(value: str | None, category: str, show_values: bool) -> str:
    text = value or ""
    if category in SECRET:
        return "[secret masked]" if text else ""
    if not show_values:
        return mask(text)
    if len(text) > PREVIEW_MAX:
        return printable(f"{text[:PREVIEW_MAX]}… ({len(text)} chars)")
    return printable(text)


def _captures(store: Store) -> list[dict[str, Any]]:
    out = []
    for row in store.capture_rows():
        item = {k: row[k] for k in CAPTURE_KEYS}
        item.update(sha256=row["sha256"], status=row["status"], note=row["note"],
                    started=row["started"], ended=row["ended"],
                    exchanges=row["exchanges"], connections=row["connections"])
        out.append(item)
    return out


def _destinations(store: Store) -> list[dict[str, Any]]:
    out = []
    for row in store.destination_rows():
        item = {k: row.get(k) for k in DESTINATION_KEYS}
        item["categories"] = sorted(row.get("categories") or [])
        item.update(organization_source=row.get("organization_source"),
                    geo_note=row.get("geo_note"))
        out.append(item)
    return out


def _findings(store: Store, show_values: bool) -> tuple[list[dict[str, Any]], set[str]]:
    rows = store.finding_rows()
    # Values that must not be shown in a URL either: identifiers unless --show-values, secrets
    # always. report.json keeps the exact URL (the contract); ``url_display`` is for reading.
    # ...by request, and by URL: a WebSocket's messages carry their socket's URL, whose values
    # were found in the upgrade request (QA57)
    hidden: dict[int, set[str]] = {}
    by_url: dict[str, set[str]] = {}
    for row in rows:
        if row["category"] in SECRET or (row["category"] not in READABLE and not show_values):
            hidden.setdefault(row["request_id"], set()).add(str(row["value"] or ""))
            if row["part"] in ("url", "query"):
                by_url.setdefault(row["url"] or "", set()).add(str(row["value"] or ""))
    out = []
    attributor = None
    for row in rows:
        item = {k: row.get(k) for k in FINDING_KEYS}
        item["value_preview"] = preview(row["value"], row["category"], show_values)
        party = row["party"]
        if not party:
            # A request with no destination (it never reached a server): its host decided by
            # the same first-party rule as the claims' recipients (QA4 P13), else "unknown".
            if attributor is None:
                attributor = study_attributor(store.get_meta("first_party") or (),
                                              store.get_meta("app"), store.capture_apps())
            party = str(attributor.attribute(row["host"]).party)
        item.update(evidence=row["evidence"], rule=row["rule"], organization=row["organization"],
                    party=party,
                    url_display=masked_url(row["url"] or "", hidden.get(row["request_id"], set())
                                           | by_url.get(row["url"] or "", set()),
                                           not show_values))
        out.append(item)
    return out, set().union(*hidden.values()) if hidden else set()


_URL_IN_TEXT = re.compile(r"https?://\S+|wss?://\S+")  # (only a URL's values, not a host's name)


def _claims(store: Store, hidden: set[str], show_values: bool) -> list[dict[str, Any]]:
    # ``explanation_display``: the explanation with the study's hidden values masked, for
    # reading (an example URL's path may hold a VIN or an ID: QA86); ``explanation`` is exact
    return [
        {"id": r["id"], "text": r["text"], "verdict": r["verdict"] or "untested",
         "explanation": r["explanation"] or "",
         "explanation_display": _URL_IN_TEXT.sub(
             lambda m: masked_url(m.group(0), hidden, not show_values), r["explanation"] or ""),
         "evidence": list(r["evidence_ids"] or []),
         "data": r["data"], "expect": r["expect"], "recipients": r["recipients"],
         "countries": r["countries"], "when": r["conditions"]}
        for r in store.claim_rows()
    ]


def _flows(store: Store) -> list[dict[str, Any]]:
    return [
        {"category": r["category"], "organization": r["organization"], "country": r["country"],
         "disclosure": r["disclosure"], "claims": r["claims"], "requests": r["requests"],
         "capture_ids": r["capture_ids"], "placed_in": r.get("placed_in") or None}
        for r in store.flow_rows()
    ]


def _errors(store: Store) -> list[dict[str, Any]]:
    out = [
        {"stage": r["stage"], "source": r["source"], "kind": r["kind"], "count": r["count"],
         "message": r["message"], "offset": r["offset"]}
        for r in store.error_rows()
    ]
    # Encrypted traffic that was not decrypted is content not seen: say so, per capture.
    sources = {c.id: c.capture.source for c in store.captures()}
    for capture_id, n in sorted(store.undecrypted_tls_counts().items()):
        out.append({"stage": "ingest", "source": sources.get(capture_id), "kind": "not-decrypted",
                    "count": n, "offset": None,
                    "message": f"{n} TLS/QUIC connection(s) were not decrypted: their server, "
                               "SNI and byte counts are known, their content is not (pinned, "
                               "no key log, or captured outside the proxy)"})
    for capture_id, n in sorted(store.unread_connection_counts().items()):
        out.append({"stage": "ingest", "source": sources.get(capture_id), "kind": "not-inspected",
                    "count": n, "offset": None,
                    "message": f"{n} other connection(s) sent data that no decoder read: TLS "
                               "without a server name on an unusual port, or a protocol "
                               "phonehome does not decode; their server and byte counts are "
                               "known, their content is not"})
    for capture_id, (n, error) in sorted(store.unreached_request_counts().items()):
        out.append({"stage": "ingest", "source": sources.get(capture_id), "kind": "no-response",
                    "count": n, "offset": None,
                    "message": f"{n} request(s) got no response: {error} — they never reached "
                               "a server (blocked in the client, the connection failed, or the "
                               "proxy stopped before it had a connection to send them on) and "
                               "are not counted as sent in verdicts"})
    for e in out:  # what each row is: a decode failure, an attempt, content not seen, a note
        e["group"] = errorgroups.group(str(e["kind"]), str(e["message"] or ""))
    return out


def _rounded(point: Any) -> list[float] | None:
    """The tester's vantage point to one decimal (about 11 km), enough for the world map's
    marker (QA158: a safe house's position was copied unrounded into study.vantage)."""
    if not isinstance(point, (list, tuple)) or len(point) != 2:
        return None
    return [round(float(point[0]), 1), round(float(point[1]), 1)]


def _imported(run: dict[str, Any]) -> bool:
    """Whether an import run added anything: a refused file (not a capture, unreadable) makes
    a failed run with no exchange, which changes nothing to analyse (QA165, QA167: the next
    report called the analysis stale)."""
    if run["status"] != "failed":
        return True
    counts = run.get("counts")
    if isinstance(counts, str):
        try:
            counts = json.loads(counts)
        except ValueError:
            return True
    return not isinstance(counts, dict) or bool(counts.get("exchanges"))


def analysis_state(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Whether the analysis is current: a report on captures never analysed, or analysed
    before the last import, would otherwise say "nothing found" about what was not inspected."""
    imported = [r["started"] for r in runs if r["pass"] in {"ingest", "proxy"} and _imported(r)]
    checked = [r["started"] for r in runs if r["pass"] == "check" and r["status"] == "ok"]
    if not checked:
        return {"status": "not-analysed",
                "message": "The captures were not analysed: run phonehome analyze before "
                           "phonehome report. Nothing below is a finding about their content."}
    if imported and max(imported) > max(checked):
        return {"status": "stale",
                "message": "Captures were imported after the last analysis: run phonehome "
                           "analyze again. Findings and verdicts below do not cover them."}
    relabelled = [r["started"] for r in runs if r["pass"] == "relabel"]
    if relabelled and max(relabelled) > max(checked):
        return {"status": "stale",
                "message": "Captures were relabelled (app, label or consent) after the last "
                           "analysis: run phonehome analyze again. Verdicts below use the "
                           "earlier values."}
    return {"status": "current", "message": ""}


def build_report(store: Store, show_values: bool = False) -> dict[str, Any]:
    captures = _captures(store)
    destinations = _destinations(store)
    findings, hidden = _findings(store, show_values)
    claims = _claims(store, hidden, show_values)
    flows = _flows(store)
    errors = _errors(store)
    tally = errorgroups.counts(errors)
    verdicts = Counter(c["verdict"] for c in claims)
    runs = store.runs()
    countries = sorted({d["country"] for d in destinations if d["country"]})
    return {
        "schema": SCHEMA,
        "tool_version": __version__,
        "generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "study": {
            "captures": captures,
            "synthetic": bool(store.get_meta("synthetic", False)),
            "device_profile": store.get_meta("device_profile"),
            "claims_file": store.get_meta("claims_file"),
            "app": store.get_meta("app"),
            "user_country": store.get_meta("user_country"),
            "vantage": _rounded(store.get_meta("vantage")),
            "runs": [{k: r[k] for k in ("id", "pass", "tool_version", "started", "finished",
                                         "status", "inputs", "params", "counts")}
                     for r in runs],
            "analysis": analysis_state(runs),
        },
        "geo_databases": [{k: g[k] for k in ("kind", "name", "build_date", "license")}
                          for g in store.geo_database_rows()],
        "destinations": destinations,
        "findings": findings,
        "claims": claims,
        "flows": flows,
        "errors": errors,
        "store_labels": store.label_issue_rows(),
        "summary": {
            "captures": len(captures),
            "exchanges": sum(c["exchanges"] for c in captures),
            "destinations": len(destinations),
            "countries": countries,
            "organizations": sorted({d["organization"] for d in destinations
                                     if d["organization"]}),
            "findings": len(findings),
            "categories": dict(sorted(Counter(f["category"] for f in findings).items())),
            "verdicts": {v: verdicts.get(v, 0) for v in ("holds", "violated", "untested")},
            # items that could not be read or decoded, and, apart, what is no decode failure
            # (analysis.report.errorgroups; QA15 #6)
            "undecoded": tally[errorgroups.UNDECODED],
            "not_inspected": tally[errorgroups.NOT_SEEN],
            "unreached": tally[errorgroups.UNREACHED],
            "not_sent": tally[errorgroups.NOT_SENT],
            # requests of other apps' captures, not judged against the claims file's app's
            # policy and not in ``flows`` (analysis.flows.left_out); null when none
            "flows_left_out": store.get_meta("flows_left_out"),
        },
    }
