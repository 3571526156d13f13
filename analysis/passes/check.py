"""The check pass: judge every claim, and say how the policy covers every observed flow.

Verdicts follow ``analysis.judge``. Flows are the PoliCheck-style view of what the policy never
mentions: each observed (category, organisation, country) is
- ``contradicted`` when a violated claim's evidence includes one of its requests,
- ``disclosed`` when an ``allowed``/``only`` claim in scope names its category exactly,
- ``vague`` when only a wildcard or category-prefix claim covers it,
- ``omitted`` when no claim mentions it.
Without a claims file every flow is ``omitted`` and no verdict is written. Which requests make
flows, and where their servers are, is ``analysis.flows`` (shared with ``phonehome diff``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from analysis.claims import ClaimsFile
from analysis.enrich_party import study_attributor
from analysis.enrich_rtt import Vantage, placement_vantage, reachable
from analysis.flows import disclosure_flows, left_out, policy_requests
from analysis.judge import (
    MIN_CONFIDENCE,
    Hit,
    Request,
    Session,
    Study,
    judge_all,
    rows_to_hits,
)
from analysis.labels import StoreLabel, evaluate
from analysis.passes import AnalysisContext, written
from analysis.store import Store

__all__ = ["disclosure_flows", "judged_hits", "load_study", "run"]  # flows: analysis.flows

NAME = "check"
HIT_FIELDS = len(Hit._fields)


def judged_hits(rows: list[tuple[Any, ...]]) -> list[Hit]:
    """The hits judging needs, from ``Store.finding_hit_rows`` (in that order). Only the order
    of a request's own hits matters to ``judge`` (which of equally confident hits it quotes);
    flows are grouped sets.

    A verdict and a flow depend on a request's findings only through, per (request, category):
    whether it has a finding at or above ``MIN_CONFIDENCE`` and the first of the most confident
    of these (the example a verdict quotes), and whether it has one below. Only those findings
    become hits, in their original order, so ``judge`` picks the same example: the first hit
    of greatest confidence among a request's kept hits is the first of all its findings.
    """
    strong: dict[tuple[int, str], tuple[float, int]] = {}  # -> (confidence, row index)
    weak: dict[tuple[int, str], int] = {}
    for i, (rid, category, _, _, _, _, conf) in enumerate(rows):
        key = (rid, category)
        conf = float(conf or 0)
        if conf >= MIN_CONFIDENCE:
            old = strong.get(key)
            if old is None or conf > old[0]:
                strong[key] = (conf, i)
        elif key not in weak:
            weak[key] = i
    keep = sorted([i for _, i in strong.values()] + list(weak.values()))
    # A row whose confidence is a non-zero float is already the Hit's fields in order: made
    # by tuple.__new__ in C (the NamedTuple's own __new__ is a Python call, 24,000 a study)
    new = tuple.__new__
    return [new(Hit, r) if type(r[6]) is float and r[6] and len(r) == HIT_FIELDS
            else Hit(r[0], r[1], r[2], r[3], r[4], r[5], float(r[6] or 0))
            for r in map(rows.__getitem__, keep)]


def load_study(store: Store, claims: ClaimsFile,
               findings: list[dict[str, Any]] | None = None,
               hits: list[Hit] | None = None, vantage: Vantage | None = None,
               place: bool | None = None) -> Study:
    """The study as the judge reads it. Servers whose GeoIP answer the RTT rules out are placed
    from ``vantage`` when ``place`` (by default: when a claim is an ``only`` claim), if the
    vantage point is ``credible``; ``Study.placed_from`` records the point used, so that
    ``phonehome diff`` places them again from it (``analysis.diff``)."""
    captures = store.captures()
    sessions = {
        c.id: Session(c.id, str(c.capture.consent), c.capture.label, c.capture.app)
        for c in captures
    }
    on_wire = {c.id for c in captures if str(c.capture.kind) in ("pcap", "pcapng")}
    dest = {d["id"]: d for d in store.destination_rows()}
    # placing servers by the RTT only matters to "only" claims (and the flows they cover)
    if not (any(c.expect == "only" for c in claims.claims) if place is None else place):
        vantage = None
    vantage = credible(vantage, list(dest.values()))
    partial = store.partly_inspected()
    # Party as report.json states it: the destination's (enrich pass); a request with no
    # destination (no named host, no address) by the same attributor (QA3 P32).
    attributor = study_attributor(claims.first_party, claims.app, store.capture_apps())
    if hits is None:
        hits = rows_to_hits(store.finding_rows() if findings is None else findings)
    # a server GeoIP placed where the RTT rules out is placed from the vantage point, only for
    # the requests that carry something a claim can be judged on
    carrying = ({h.request_id for h in hits if h.confidence >= MIN_CONFIDENCE}
                if vantage is not None else set())
    requests: dict[int, Request] = {}
    for row in store.exchange_summary():
        if row["direction"] == "down":
            continue
        d = dest.get(row["destination_id"]) or {}
        host = d.get("host") or row["host"]
        rid = row["id"]
        plausible = d.get("geo_plausible")
        requests[rid] = Request(
            id=rid, capture_id=row["capture_id"], host=host,
            country=d.get("country"), organization=d.get("organization"),
            geo_plausible=plausible, url=row["url"], method=row["method"],
            partial=rid in partial,
            delivered=row["capture_id"] in on_wire or delivered(row),
            party=d.get("party") or str(attributor.attribute(host).party),
            cdn=bool(d.get("cdn")), app=row.get("app") or None,
            reach=_reach(vantage, d) if plausible is False and rid in carrying else None)
    # cut short: a truncated file, or a live recording that ended abnormally (proxy killed)
    cut = {c.id: c.note or c.status for c in captures if c.status in ("partial", "failed")}
    return Study(sessions, requests, hits, claims, store.undecrypted_tls_counts(),
                 store.tls_refused_counts(), store.unread_connection_counts(), cut,
                 partial_why=partial, placed_from=vantage,
                 unseen_where=store.undecrypted_tls_where())


MIN_PLACING_RTT_MS = 1.0  # below: more likely a middlebox on the LAN answered than the server


def _reach(vantage: Vantage | None, d: dict[str, Any]) -> frozenset[str] | None:
    """Where a server whose GeoIP country the RTT rules out can be (enrich_rtt.reachable); not
    for a CDN edge (where it answers is not where data is stored) or a sub-millisecond RTT."""
    if (vantage is None or d.get("geo_plausible") is not False or d.get("cdn")
            or (d.get("rtt_ms") or 0) < MIN_PLACING_RTT_MS):
        return None
    return reachable(vantage, float(d["rtt_ms"])) or None


def credible(vantage: Vantage | None, destinations: list[dict[str, Any]]) -> Vantage | None:
    """The vantage point, unless most GeoIP answers it could check came out impossible: then the
    point itself is more likely wrong than the GeoIP data (QA12)."""
    checked = [d["geo_plausible"] for d in destinations if d.get("geo_plausible") is not None]
    if vantage is None or sum(1 for v in checked if v is False) * 2 > len(checked):
        return None
    return vantage


def delivered(row: dict[str, Any]) -> bool:
    """Whether a request reached a server: not when it got no response, has an error and no
    server address (blocked in the client, connection failed). A request a pcap shows on the
    wire was sent, whatever else is missing (a proxy tunnel names no server address)."""
    return not (row["status"] is None and row["error"] and not row["server_ip"])


def run(store: Store, ctx: AnalysisContext) -> dict[str, int]:
    claims = ctx.claims or ClaimsFile(app=None, first_party=(), user_country=None, claims=())
    if ctx.claims is not None:
        store.set_meta("claims_file", ctx.claims.source)
        store.set_meta("app", ctx.claims.app)
        store.set_meta("user_country", ctx.claims.user_country)
        store.set_meta("first_party", list(ctx.claims.first_party))
    else:  # as a fresh analysis: no earlier claims file's context lingers in the report
        for key in ("claims_file", "app", "user_country", "first_party"):
            store.set_meta(key, None)
    study = load_study(store, claims, hits=judged_hits(written.hit_rows(store)),
                       vantage=placement_vantage(ctx.profile))
    written.forget()
    verdicts = judge_all(study)
    flows = disclosure_flows(study, verdicts)
    counts = {"claims": len(verdicts), "flows": len(flows)}
    store.set_claims(claims.claims, verdicts, flows)
    # the point servers were placed from, for ``phonehome diff`` to place them alike
    store.set_meta("placement_vantage", dataclasses.asdict(study.placed_from)
                   if study.placed_from is not None else None)
    # other apps' captures make no flows of this policy: say what was left out (QA15 #5)
    store.set_meta("flows_left_out", left_out(study, policy_requests(study)))
    if isinstance(ctx.store_label, StoreLabel):
        # A store listing is the claims file's app's: another app's captures are not its
        # traffic (QA3 P26); captures with no app are taken as its. A request that never
        # reached a server collected nothing (QA3 P29).
        app = (claims.app or "").lower()
        sent = {i for i, r in study.requests.items() if r.delivered}
        issues = evaluate(ctx.store_label, [
            r for r in store.finding_rows() if r["request_id"] in sent
            and (not app or not r["app"] or r["app"].lower() == app)])
        store.set_label_issues(issues)
        store.set_meta("store_label", ctx.store_label.source)
        counts["label_issues"] = len(issues)
    else:
        store.set_meta("store_label", None)
    for v in verdicts:
        counts[str(v.verdict)] = counts.get(str(v.verdict), 0) + 1
    return counts
