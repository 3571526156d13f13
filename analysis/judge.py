"""Judging claims against observed traffic (DESIGN.md "How a claim is judged").

Pure functions over plain rows, so every rule is testable without a database:
- only requests that carry a finding of the claim's categories count; a request with no such
  finding neither supports nor breaks a claim;
- a claims file states one app's policy: its claims apply to the captures recorded for its
  ``app`` and to captures with no app (said in the explanation), never to another app's
  captures in the same study (QA3 P26) — unless a claim's ``when`` names an app itself;
- ``when`` selects sessions (consent, label, app); ``recipients`` selects destinations by the
  same first-party decision as report.json's ``party`` (``Request.party``, from
  ``analysis.enrich_party.Attributor.is_first_party``; QA3 P32);
- a request that never reached a server (blocked, never connected, no response) is neither a
  transfer nor an inspected clean request: it is only mentioned;
- ``absent``: violated by any such request in scope; holds when sessions in scope exist and
  carried inspected requests, none of them such; untested when nothing is in scope;
- ``allowed``: holds when such requests are observed, untested when none;
- ``only`` + ``countries``: violated by such a request to a server geolocated outside the list
  (groups expanded), holds when all stay inside, untested when there are none.

Where DESIGN.md is silent we take the reading a careful regulator would: findings below
``MIN_CONFIDENCE`` never make a claim violated (they are mentioned); a request to a server whose
GeoIP country is physically impossible for the measured round-trip time, or whose country is
unknown, cannot violate an ``only`` claim (it is mentioned instead). A server flagged as a
CDN/anycast edge can still violate one — its answer did come from that network — but the
explanation says that the edge's GeoIP country is the operator's registration, not necessarily
where the data went (QA3 P23).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from analysis.claims import ClaimsFile, expand_countries
from analysis.judge_scope import (
    claim_sessions,
    request_in_scope,
)
from analysis.judge_text import (
    abroad_text,
    cdn_note,
    describe,
    observed,
    partial_captures_text,
    partial_text,
    placed,
    reach_note,
    recipients_text,
    recorded_text,
    scope_text,
    servers,
    unreached_text,
    unseen_text,
    what_text,
    when_text,
)
from analysis.records import Claim, ClaimVerdict, Verdict
from analysis.taxonomy import expand

if TYPE_CHECKING:
    from analysis.enrich_rtt import Vantage

MIN_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class Request:
    """One inspected request (or client-to-server message) with its session and destination."""

    id: int
    capture_id: int
    host: str | None
    country: str | None
    organization: str | None
    geo_plausible: bool | None = None
    url: str | None = None
    method: str | None = None
    partial: bool = False  # cut short, or a body no decoder understood: not fully inspected
    delivered: bool = True  # False: blocked or never connected (no server, no response)
    party: str | None = None  # report.json's party (first/third/unknown); None: decide here
    cdn: bool = False  # the server is a CDN/anycast edge
    app: str | None = None  # the app that sent it, when the capture says per packet (PCAPdroid)
    # when GeoIP's country is impossible for the RTT: the countries the server can be in
    reach: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Session:
    id: int
    consent: str
    label: str | None
    app: str | None


class Hit(NamedTuple):
    """A finding on a request: the category, the field and how sure we are. A NamedTuple, not
    a frozen dataclass: a study makes one per judged finding (tens of thousands), and a frozen
    dataclass's ``__init__`` costs four times a tuple's."""

    request_id: int
    category: str
    path: str
    part: str
    detector: str
    transform: str | None
    confidence: float


@dataclass(slots=True)
class Study:
    sessions: dict[int, Session]
    requests: dict[int, Request]
    hits: list[Hit]
    claims: ClaimsFile
    undecrypted: dict[int, int] = field(default_factory=dict)  # capture id -> TLS conns unseen
    refused: dict[int, int] = field(default_factory=dict)  # capture id -> pinned conns (proxy)
    unread: dict[int, int] = field(default_factory=dict)  # capture id -> other conns not read
    partial_captures: dict[int, str] = field(default_factory=dict)  # capture id -> why cut
    # request id -> why it was not fully inspected (``Store.partly_inspected``; each is named
    # in the report's errors with its reason, QA15 #6)
    partial_why: dict[int, str] = field(default_factory=dict)
    # the vantage point servers were placed from by the RTT (``Request.reach``), if any
    placed_from: Vantage | None = None
    unseen_where: dict[int, list[str]] = field(default_factory=dict)  # capture -> "host (CC)"
    _by_category: dict[str, list[tuple[int, Hit]]] | None = field(default=None, repr=False)

    def hits_of(self, categories: frozenset[str]) -> list[Hit]:
        """The hits of these categories, in the order of ``hits`` (indexed once per study: a
        claim names a few of ~40 categories, and every claim scanned every hit)."""
        if self._by_category is None:
            index: dict[str, list[tuple[int, Hit]]] = {}
            for pos, h in enumerate(self.hits):
                index.setdefault(h.category, []).append((pos, h))
            self._by_category = index
        found = [p for c in categories for p in self._by_category.get(c, ())]
        found.sort(key=lambda p: p[0])
        return [h for _, h in found]


# what an absence rests on (QA207: a "holds" read as if every field had been understood, where
# a personal number and a health note under words no rule knows had gone unread)
READ_BY = (" (Absence as the classifiers read it: by key names, value shapes and the device "
           "profile; a field named in words their rules do not know may go unread.)")


def judge(claim: Claim, study: Study) -> ClaimVerdict:
    cats = frozenset().union(*(expand(p) for p in claim.data))
    fp = study.claims.first_party
    sessions, app_note = claim_sessions(claim, study)
    app = study.claims.app
    names_app = any(k == "app" for k, _ in claim.when)

    in_sessions = [r for r in study.requests.values() if r.capture_id in sessions]
    # A capture of the whole phone (PCAPdroid) names each packet's app: another app's requests
    # are not this policy's, whatever the capture's own app (QA4 P10). Decided once a request.
    mine = app.lower() if app and not names_app else ""
    others = [r for r in in_sessions if r.app and r.app.lower() != mine] if mine else []
    other_reqs: Counter[str] = Counter(r.app or "" for r in others)
    other_ids = {r.id for r in others}
    in_scope = [r for r in in_sessions
                if r.id not in other_ids and request_in_scope(claim, r, fp)]
    if other_reqs:
        names = ", ".join(sorted(other_reqs)[:3]) + (" ..." if len(other_reqs) > 3 else "")
        app_note += (f" {sum(other_reqs.values())} request(s) of other apps ({names}), named "
                     f"per packet by the capture, not in scope of {app}'s policy.")
    scope_ids = {r.id for r in in_scope}
    hits_by_req: dict[int, list[Hit]] = {}
    weak: set[int] = set()
    for h in study.hits_of(cats):
        if h.request_id in scope_ids:
            if h.confidence >= MIN_CONFIDENCE:
                hits_by_req.setdefault(h.request_id, []).append(h)
            else:
                weak.add(h.request_id)
    tried = sorted((study.requests[i] for i in hits_by_req), key=lambda r: r.id)
    # A request that never reached a server (blocked, no connection) is not a transfer.
    carrying = [r for r in tried if r.delivered]
    undelivered = len(tried) - len(carrying)
    reached = [r for r in in_scope if r.delivered]
    what = what_text(claim, cats)
    scope = scope_text(claim)
    caveat = unseen_text(study, sessions) + partial_captures_text(study, sessions)
    weak_ids = weak - set(hits_by_req)
    weak_note = (f" {len(weak_ids)} request(s) had only low-confidence matches, not counted."
                 if weak_ids else "")
    unreached = unreached_text(len(in_scope) - len(reached), undelivered)

    def verdict(v: Verdict, text: str, evidence: Iterable[int] = ()) -> ClaimVerdict:
        return ClaimVerdict(claim.id, v, text + app_note, tuple(evidence))

    if not sessions:
        # no capture matches the claim's "when": say so, and what was recorded, not that its
        # requests were read (QA61)
        when = when_text(claim)
        # what was recorded of this app instead (another app's sessions are in the app note)
        own = [s for s in study.sessions.values()
               if not app or not s.app or s.app.lower() == app.lower()]
        recorded = recorded_text(own) if when else ""
        return verdict(Verdict.UNTESTED,
                       f"Untested: no session was recorded{' ' + when if when else ''}"
                       f"{' for ' + str(study.claims.app) if app_note else ''}"
                       f"{'' if when or app_note else ' at all'}"
                       f"{f' (recorded: {recorded})' if recorded else ''}, so nothing"
                       f"{recipients_text(claim)} could be inspected.")
    if claim.expect == "only":
        allowed = expand_countries(claim.countries)
        # GeoIP's answer, or, when the RTT makes it impossible, the countries within reach:
        # all of them allowed is inside, none of them allowed is outside (QA7 D9)
        bounded_in = [r for r in carrying if r.geo_plausible is False and r.reach
                      and r.reach <= allowed]
        bounded_out = [r for r in carrying if r.geo_plausible is False and r.reach
                       and not r.reach & allowed]
        outside = [r for r in carrying if r.country and r.country not in allowed
                   and r.geo_plausible is not False] + bounded_out
        bounded = {r.id for r in bounded_in} | {r.id for r in bounded_out}
        doubtful = [r for r in carrying if (not r.country or r.geo_plausible is False)
                    and r.id not in bounded]
        inside = [r for r in carrying if r.country in allowed
                  and r.geo_plausible is not False] + bounded_in
        note = (f" {len(doubtful)} more went to servers of unknown or implausible location, "
                f"not counted: {servers(doubtful)}." if doubtful else "")
        note += reach_note(bounded_in + bounded_out)
        if outside:
            countries = Counter(placed(r) for r in outside)
            listed = ", ".join(f"{c} ({n})" for c, n in countries.most_common())
            return verdict(Verdict.VIOLATED,
                           f"Violated: {len(outside)} request(s){scope} sent "
                           f"{observed(outside, hits_by_req)} to servers located outside "
                           f"{', '.join(claim.countries)}: {listed}. "
                           f"{describe(outside, hits_by_req)}. The server's location is "
                           f"where it answered, not necessarily where data is stored."
                           f"{cdn_note(outside)}{note}{weak_note}{unreached}",
                           (r.id for r in outside))
        if inside:
            return verdict(Verdict.HOLDS,
                           f"Holds: all {len(inside)} request(s){scope} with "
                           f"{observed(inside, hits_by_req)} went to servers located in "
                           f"{', '.join(claim.countries)}.{note}{weak_note}{unreached}{caveat}",
                           (r.id for r in inside))
        reason = (f"the {len(doubtful)} request(s) with {what} went to servers whose location "
                  f"is unknown or physically implausible: {servers(doubtful)}" if doubtful
                  else f"no request{scope} carried {what}")
        return verdict(Verdict.UNTESTED, f"Untested: {reason}.{weak_note}{unreached}{caveat}",
                       (r.id for r in doubtful))

    if claim.expect == "allowed":
        if carrying:
            return verdict(Verdict.HOLDS,
                           f"Observed, as disclosed: {len(carrying)} request(s){scope} "
                           f"carried {observed(carrying, hits_by_req)}: "
                           f"{describe(carrying, hits_by_req)}."
                           f"{abroad_text(carrying, study.claims.user_country)}",
                           (r.id for r in carrying))
        return verdict(Verdict.UNTESTED,
                       f"Untested: no request{scope} carried {what}, so the traffic "
                       f"neither confirms nor contradicts this disclosure.{weak_note}"
                       f"{unreached}{caveat}")

    # expect == "absent"
    if carrying:
        return verdict(Verdict.VIOLATED,
                       f"Violated: {len(carrying)} request(s){scope} sent "
                       f"{observed(carrying, hits_by_req)}: "
                       f"{describe(carrying, hits_by_req)}.{weak_note}{unreached}",
                       (r.id for r in carrying))
    if not in_scope:
        return verdict(Verdict.UNTESTED,
                       f"Untested: the {len(sessions)} capture(s){scope} have no "
                       f"inspected request{recipients_text(claim)}.{caveat}")
    if not reached:
        return verdict(Verdict.UNTESTED,
                       f"Untested: none of the {len(in_scope)} request(s){scope} reached a "
                       "server (blocked, not connected or no response), so nothing was "
                       f"sent that could be inspected.{caveat}", (r.id for r in tried))
    whole = [r for r in reached if not r.partial]
    partly = [r for r in reached if r.partial]
    partial = len(partly)
    if not whole:
        return verdict(Verdict.UNTESTED,
                       f"Untested: the {partial} request(s){scope} were not fully inspected "
                       f"({partial_text(partly, study.partial_why)}), so their content could "
                       f"not be checked.{unreached}{caveat}", (r.id for r in reached))
    partial_note = (f" {partial} more request(s) were not fully inspected and may hold such "
                    f"data: {partial_text(partly, study.partial_why)}." if partial else "")
    return verdict(Verdict.HOLDS,
                   f"Holds: in {len(sessions)} capture(s){scope}, none of the "
                   f"{len(whole)} fully inspected request(s){recipients_text(claim)} "
                   f"carried {what}.{partial_note}{weak_note}{unreached}{caveat}{READ_BY}")



def judge_all(study: Study) -> list[ClaimVerdict]:
    return [judge(c, study) for c in study.claims.claims]


def rows_to_hits(rows: Iterable[dict[str, Any]]) -> list[Hit]:
    return [Hit(r["request_id"], r["category"], r["path"], r["part"], r["detector"],
                r["transform"], float(r["confidence"] or 0)) for r in rows]
