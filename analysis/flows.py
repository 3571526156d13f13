"""Flows: what reached which organisation in which country, and how the policy covers it.

DESIGN.md "Outputs": ``flows`` is the disclosure of each observed (category, organisation,
country) flow — ``contradicted``, ``disclosed``, ``vague`` or ``omitted`` (README "Flows" gives
the order and the rules). The grouping is shared with ``phonehome diff`` (``analysis.diff``), so
that a diff and the report always speak of the same flows:
- only requests that reached a server (``Request.delivered``, ``analysis.passes.check``) and a
  finding of at least ``MIN_CONFIDENCE`` make a flow: an attempt that was blocked or never
  connected transferred nothing (README "Requests that never reached a server");
- the organisation is the destination's (enrich pass), else the host, else ``unknown``;
- the country is where the claim check placed the server: GeoIP's answer, or, when the
  round-trip time rules that out and the check placed the server by it (``Request.reach``, from
  ``analysis.passes.check._reach``), the countries within reach — ``placed_in`` lists them, and
  ``country`` is the one country when there is only one, else none (README "Placed by physics");
- a claims file states one app's policy, so its flows are that app's: requests of captures
  recorded for another app, or named per packet as another app's (PCAPdroid), are left out of
  ``flows`` — the same scoping as the claims (``analysis.judge_scope.app_in_scope``, QA3 P26) —
  and counted in ``left_out`` instead of being judged ``omitted`` by a policy that never
  spoke for them (QA15 #5). Captures with no app are the claims file's app's, as for claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from analysis.claims import expand_countries
from analysis.judge import MIN_CONFIDENCE, Request, Study, claim_sessions, request_in_scope
from analysis.records import ClaimVerdict, Disclosure, Flow, Verdict
from analysis.taxonomy import expand


class FlowKey(NamedTuple):
    category: str
    organization: str
    country: str | None
    placed_in: tuple[str, ...]  # the RTT's countries when GeoIP's answer was impossible


def organization(r: Request) -> str:
    return r.organization or r.host or "unknown"


def place(r: Request, placing: bool = False) -> tuple[str | None, tuple[str, ...]]:
    """(country, placed_in) of a request's server, as the claim check placed it: when it placed
    servers from a credible vantage point (``placing``), never a GeoIP country the round-trip
    time rules out, even where it could not place the server (a CDN edge, several countries in
    reach: QA55, QA57); without a vantage point, what GeoIP says."""
    if r.geo_plausible is False:
        if r.reach:
            codes = tuple(sorted(r.reach))
            return (codes[0] if len(codes) == 1 else None), codes
        if placing:
            return None, ()
    return r.country, ()


def flow_groups(study: Study, among: Iterable[int] | None = None) -> dict[FlowKey, set[int]]:
    """Request ids per flow, from the requests ``among`` (all by default) that reached a
    server and carry a finding a verdict can be judged on."""
    wanted = None if among is None else set(among)
    # a request's (organisation, country, placed_in), worked out once: a request has many
    # hits, often several of one category, and the study tens of thousands; the hits are
    # unpacked as tuples and the FlowKeys made once per group, not once per hit
    where: dict[int, tuple[str, str | None, tuple[str, ...]] | None] = {}
    placing = study.placed_from is not None
    groups: dict[tuple[str, tuple[str, str | None, tuple[str, ...]]], set[int]] = {}
    for rid, category, _, _, _, _, confidence in study.hits:
        if confidence < MIN_CONFIDENCE or (wanted is not None and rid not in wanted):
            continue
        if rid in where:
            found = where[rid]
        else:
            r = study.requests.get(rid)
            # attempted, never reached a server: not a flow
            if r is None or not r.delivered:
                found = None
            else:
                country, placed_in = place(r, placing)
                # one country from the RTT joins the flow GeoIP would have put there
                found = (organization(r), country, placed_in if country is None else ())
            where[rid] = found
        if found is not None:
            group = groups.get((category, found))
            if group is None:
                group = groups[(category, found)] = set()
            group.add(rid)
    return {FlowKey(category, *found): ids for (category, found), ids in groups.items()}


def policy_requests(study: Study) -> set[int] | None:
    """The requests the claims file's policy speaks for: those of captures recorded for its
    ``app`` or with no app, or for an app a claim's ``when`` names, unless the capture names
    another app per packet. None: every request (no claims file, or one without ``app``)."""
    app = study.claims.app
    if not app:
        return None
    apps = {app.lower()} | {str(v).lower() for c in study.claims.claims
                            for k, v in c.when if k == "app"}
    sessions = {sid for sid, s in study.sessions.items()
                if not s.app or s.app.lower() in apps}
    return {rid for rid, r in study.requests.items()
            if r.capture_id in sessions and (not r.app or r.app.lower() in apps)}


def left_out(study: Study, mine: set[int] | None) -> dict[str, Any] | None:
    """What other apps' captures would have made of flows: their apps, requests and flows."""
    if mine is None or len(mine) == len(study.requests):  # the usual case: one app's study
        return None
    others = flow_groups(study, set(study.requests) - mine)
    if not others:
        return None
    ids = {i for group in others.values() for i in group}
    apps = set()
    for i in ids:
        r = study.requests[i]
        session = study.sessions.get(r.capture_id)
        apps.add(r.app or (session.app if session else None) or "")
    return {"apps": sorted(apps), "requests": len(ids), "flows": len(others)}


def _placed_in(reqs: list[Request]) -> tuple[str, ...]:
    # only requests whose GeoIP answer was ruled out have countries here (place): most none
    return tuple(sorted({c for r in reqs if r.geo_plausible is False and r.reach
                         for c in r.reach}))


def disclosure_flows(study: Study, verdicts: list[ClaimVerdict]) -> list[Flow]:
    groups = flow_groups(study, policy_requests(study))
    violated = {v.claim_id: set(v.evidence) for v in verdicts if v.verdict == Verdict.VIOLATED}
    covered = {c.id: claim_sessions(c, study)[0] for c in study.claims.claims}
    flows = []
    for key, ids in sorted(groups.items(), key=lambda kv: str(kv[0])):
        category = key.category
        reqs = [study.requests[i] for i in sorted(ids)]
        exact: list[str] = []
        broad: list[str] = []
        against: list[str] = []
        for claim in study.claims.claims:
            if not any(category in expand(p) for p in claim.data):
                continue
            if violated.get(claim.id, set()) & ids:
                against.append(claim.id)
                continue
            if claim.expect == "absent":
                continue
            scoped = [r for r in reqs if r.capture_id in covered[claim.id]
                      and request_in_scope(claim, r, study.claims.first_party)]
            if claim.expect == "only":
                allowed = expand_countries(claim.countries)
                # placed by GeoIP, or by the RTT when GeoIP's answer is impossible (judge)
                inside = [r for r in scoped if (r.country in allowed and r.geo_plausible
                                                is not False) or (r.geo_plausible is False
                                                                  and r.reach
                                                                  and r.reach <= allowed)]
                if not inside:
                    # Covered by the claim, but where the data went is unknown or implausible.
                    if any(not r.country or r.geo_plausible is False for r in scoped):
                        broad.append(claim.id)
                    continue
                scoped = inside
            if not scoped:
                continue
            (exact if category in claim.data else broad).append(claim.id)
        if against:
            disclosure, ids_ = Disclosure.CONTRADICTED, against
        elif exact:
            disclosure, ids_ = Disclosure.DISCLOSED, exact
        elif broad:
            disclosure, ids_ = Disclosure.VAGUE, broad
        else:
            disclosure, ids_ = Disclosure.OMITTED, []
        flows.append(Flow(category, key.organization, key.country, disclosure, tuple(ids_),
                          tuple(sorted(ids)), tuple(sorted({r.capture_id for r in reqs})),
                          _placed_in(reqs)))
    return flows
