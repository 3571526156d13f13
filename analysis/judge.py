"""Judging claims against observed traffic (DESIGN.md "How a claim is judged").

Pure functions over plain rows, so every rule is testable without a database:
- only requests that carry a finding of the claim's categories count; a request with no such
  finding neither supports nor breaks a claim;
- ``when`` selects sessions (consent, label, app); ``recipients`` selects destinations, where
  first party means the host's registrable domain is in the claims file's ``first_party``;
- ``absent``: violated by any such request in scope; holds when sessions in scope exist and
  carried inspected requests, none of them such; untested when nothing is in scope;
- ``allowed``: holds when such requests are observed, untested when none;
- ``only`` + ``countries``: violated by such a request to a server geolocated outside the list
  (groups expanded), holds when all stay inside, untested when there are none.

Where DESIGN.md is silent we take the reading a careful regulator would: findings below
``MIN_CONFIDENCE`` never make a claim violated (they are mentioned); a request to a server whose
GeoIP country is physically impossible for the measured round-trip time, or whose country is
unknown, cannot violate an ``only`` claim (it is mentioned instead).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.claims import ClaimsFile, expand_countries
from analysis.records import Claim, ClaimVerdict, Verdict
from analysis.taxonomy import expand

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


@dataclass(frozen=True, slots=True)
class Session:
    id: int
    consent: str
    label: str | None
    app: str | None


@dataclass(frozen=True, slots=True)
class Hit:
    """A finding on a request: the category, the field and how sure we are."""

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


def is_first_party(host: str | None, first_party: Sequence[str]) -> bool:
    if not host:
        return False
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in first_party)


def session_in_scope(claim: Claim, session: Session) -> bool:
    for key, want in claim.when:
        have = {"consent": session.consent, "label": session.label, "app": session.app}[key]
        if (have or "") != want:
            return False
    return True


def request_in_scope(claim: Claim, request: Request, first_party: Sequence[str]) -> bool:
    if claim.recipients == "any":
        return True
    first = is_first_party(request.host, first_party)
    return first if claim.recipients == "first_party" else not first


def _fmt_categories(cats: Iterable[str]) -> str:
    return ", ".join(sorted(cats))


def _what(claim: Claim, cats: frozenset[str]) -> str:
    """The claim's data in words: its ids, or its patterns when they are broad."""
    if len(cats) <= 4:
        return _fmt_categories(cats)
    words = ["data of any category" if p == "*" else f"{p}.* data" if p not in cats else p
             for p in claim.data]
    return " or ".join(words)


def _observed(requests: list[Request], hits_by_req: dict[int, list[Hit]]) -> str:
    """The claim's categories these requests actually carried (a prefix claim such as
    ``contact`` must not read as if every contact.* category was sent)."""
    seen = sorted({h.category for r in requests for h in hits_by_req[r.id]})
    return ", ".join(seen[:6]) + (f" and {len(seen) - 6} more" if len(seen) > 6 else "")


def short_url(url: str | None) -> str:
    """The URL without its query: explanations are quoted, identifiers in queries are not."""
    if not url:
        return ""
    base, sep, _query = url.partition("?")
    return base + ("?…" if sep else "")


def _servers(requests: list[Request]) -> str:
    names = sorted({f"{r.host or 'an unnamed server'} ("
                    + (f"{r.country}, location implausible for the measured RTT"
                       if r.country and r.geo_plausible is False else "no location") + ")"
                    for r in requests})
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _describe(requests: list[Request], hits_by_req: dict[int, list[Hit]]) -> str:
    orgs = Counter((r.organization or r.host or "an unknown server", r.country or "no location")
                   for r in requests)
    where = "; ".join(f"{org} ({country}) ×{n}" for (org, country), n in orgs.most_common(4))
    ex = requests[0]
    hit = max(hits_by_req[ex.id], key=lambda h: h.confidence)
    how = f" as {hit.transform}" if hit.transform else ""
    return (f"{where}. Example: request {ex.id} {ex.method or ''} "
            f"{short_url(ex.url) or ex.host or ''} "
            f"— field {hit.part} {hit.path!r} carries {hit.category}{how} "
            f"(detector {hit.detector}, confidence {hit.confidence:.2f})").replace("  ", " ")


def judge(claim: Claim, study: Study) -> ClaimVerdict:
    cats = frozenset().union(*(expand(p) for p in claim.data))
    fp = study.claims.first_party
    sessions = {sid for sid, s in study.sessions.items() if session_in_scope(claim, s)}
    in_scope = [r for r in study.requests.values()
                if r.capture_id in sessions and request_in_scope(claim, r, fp)]
    scope_ids = {r.id for r in in_scope}
    hits_by_req: dict[int, list[Hit]] = {}
    weak: set[int] = set()
    for h in study.hits:
        if h.request_id in scope_ids and h.category in cats:
            if h.confidence >= MIN_CONFIDENCE:
                hits_by_req.setdefault(h.request_id, []).append(h)
            else:
                weak.add(h.request_id)
    tried = sorted((study.requests[i] for i in hits_by_req), key=lambda r: r.id)
    # A request that never reached a server (blocked, no connection) is not a transfer.
    carrying = [r for r in tried if r.delivered]
    undelivered = len(tried) - len(carrying)
    what = _what(claim, cats)
    scope_text = _scope_text(claim)
    caveat = _unseen_text(study, sessions)
    weak_note = (f" {len(weak - set(hits_by_req))} request(s) had only low-confidence matches, "
                 "not counted." if weak - set(hits_by_req) else "")
    if undelivered:
        weak_note += (f" {undelivered} more request(s) with such data were attempted but never "
                      "reached a server (blocked or not connected): not counted.")

    if claim.expect == "only":
        allowed = expand_countries(claim.countries)
        outside = [r for r in carrying if r.country and r.country not in allowed
                   and r.geo_plausible is not False]
        doubtful = [r for r in carrying if not r.country or r.geo_plausible is False]
        inside = [r for r in carrying if r.country in allowed and r.geo_plausible is not False]
        note = (f" {len(doubtful)} more went to servers of unknown or implausible location, "
                f"not counted: {_servers(doubtful)}." if doubtful else "")
        if outside:
            countries = Counter(r.country for r in outside)
            listed = ", ".join(f"{c} ({n})" for c, n in countries.most_common())
            return ClaimVerdict(claim.id, Verdict.VIOLATED,
                                f"Violated: {len(outside)} request(s){scope_text} sent "
                                f"{_observed(outside, hits_by_req)} to servers located outside "
                                f"{', '.join(claim.countries)}: {listed}. "
                                f"{_describe(outside, hits_by_req)}. The server's location is "
                                f"where it answered, not necessarily where data is stored.{note}"
                                f"{weak_note}", tuple(r.id for r in outside))
        if inside:
            return ClaimVerdict(claim.id, Verdict.HOLDS,
                                f"Holds: all {len(inside)} request(s){scope_text} with "
                                f"{_observed(inside, hits_by_req)} went to servers located in "
                                f"{', '.join(claim.countries)}.{note}{weak_note}{caveat}",
                                tuple(r.id for r in inside))
        reason = (f"the {len(doubtful)} request(s) with {what} went to servers whose location "
                  f"is unknown or physically implausible: {_servers(doubtful)}" if doubtful
                  else f"no request{scope_text} carried {what}")
        return ClaimVerdict(claim.id, Verdict.UNTESTED, f"Untested: {reason}.{weak_note}"
                            f"{caveat}", tuple(r.id for r in doubtful))

    if claim.expect == "allowed":
        if carrying:
            return ClaimVerdict(claim.id, Verdict.HOLDS,
                                f"Observed, as disclosed: {len(carrying)} request(s){scope_text} "
                                f"carried {_observed(carrying, hits_by_req)}: "
                                f"{_describe(carrying, hits_by_req)}.",
                                tuple(r.id for r in carrying))
        return ClaimVerdict(claim.id, Verdict.UNTESTED,
                            f"Untested: no request{scope_text} carried {what}, so the traffic "
                            f"neither confirms nor contradicts this disclosure.{weak_note}"
                            f"{caveat}")

    # expect == "absent"
    if carrying:
        return ClaimVerdict(claim.id, Verdict.VIOLATED,
                            f"Violated: {len(carrying)} request(s){scope_text} sent "
                            f"{_observed(carrying, hits_by_req)}: "
                            f"{_describe(carrying, hits_by_req)}.{weak_note}",
                            tuple(r.id for r in carrying))
    if not sessions:
        return ClaimVerdict(claim.id, Verdict.UNTESTED,
                            f"Untested: no session was recorded{scope_text or ' at all'}.")
    if not in_scope:
        return ClaimVerdict(claim.id, Verdict.UNTESTED,
                            f"Untested: the {len(sessions)} capture(s){scope_text} have no "
                            f"inspected request{_recipients_text(claim)}.{caveat}")
    whole = [r for r in in_scope if not r.partial]
    partial = len(in_scope) - len(whole)
    if not whole:
        return ClaimVerdict(claim.id, Verdict.UNTESTED,
                            f"Untested: the {partial} request(s){scope_text} were only partly "
                            "captured or could not be decoded, so their content was not fully "
                            f"inspected.{caveat}", tuple(r.id for r in in_scope))
    partial_note = (f" {partial} more request(s) were only partly captured or could not be "
                    "decoded and may hold such data." if partial else "")
    return ClaimVerdict(claim.id, Verdict.HOLDS,
                        f"Holds: in {len(sessions)} capture(s){scope_text}, none of the "
                        f"{len(whole)} fully inspected request(s){_recipients_text(claim)} "
                        f"carried {what}.{partial_note}{weak_note}{caveat}")


def _unseen_text(study: Study, sessions: set[int]) -> str:
    """Connections of these sessions whose content was never seen, counted one by one: absence
    in what was inspected is not absence on the wire (README "Unseen traffic")."""
    unseen = sum(study.undecrypted.get(s, 0) for s in sessions)
    refused = sum(study.refused.get(s, 0) for s in sessions)
    unread = sum(study.unread.get(s, 0) for s in sessions)
    parts = []
    if unseen:
        parts.append(f"{unseen} TLS connection(s) in these sessions could not be decrypted")
    if refused:
        parts.append(f"{refused} connection(s) in these sessions refused the proxy's certificate "
                     "(certificate pinning or an untrusted CA)")
    if unread:
        parts.append(f"{unread} other connection(s) in these sessions carried data no decoder "
                     "read (encrypted without a known TLS port or name, or an unknown protocol)")
    if not parts:
        return ""
    if len(parts) == 1:
        return f" {parts[0]} and were not inspected."
    return f" {'; '.join(parts)}: none of them was inspected."


def _scope_text(claim: Claim) -> str:
    parts = []
    for key, value in claim.when:
        if key == "consent":
            parts.append({"yes": "with consent given", "no": "without consent",
                          "unknown": "with unknown consent"}[value])
        else:
            parts.append(f"with {key} {value!r}")
    text = (" in sessions recorded " + " and ".join(parts)) if parts else ""
    return text + _recipients_text(claim)


def _recipients_text(claim: Claim) -> str:
    return {"any": "", "first_party": " to the app's own servers",
            "third_party": " to third parties"}[claim.recipients]


def judge_all(study: Study) -> list[ClaimVerdict]:
    return [judge(c, study) for c in study.claims.claims]


def rows_to_hits(rows: Iterable[dict[str, Any]]) -> list[Hit]:
    return [Hit(r["request_id"], r["category"], r["path"], r["part"], r["detector"],
                r["transform"], float(r["confidence"] or 0)) for r in rows]
