"""Wording of claim verdicts: what a request carried, where it went, what was not seen.

Split from ``analysis.judge`` (which decides); these only phrase. The caveats follow DESIGN.md
"Truthfulness": network destination is not storage location, CDN/anycast edges are flagged,
what was not inspected is said to be not inspected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.judge import Hit, Request, Session, Study
    from analysis.records import Claim

def fmt_categories(cats: Iterable[str]) -> str:
    return ", ".join(sorted(cats))


def what_text(claim: Claim, cats: frozenset[str]) -> str:
    """The claim's data in words: its ids, or its patterns when they are broad."""
    if len(cats) <= 4:
        return fmt_categories(cats)
    words = ["data of any category" if p == "*" else f"{p}.* data" if p not in cats else p
             for p in claim.data]
    return " or ".join(words)


def observed(requests: list[Request], hits_by_req: dict[int, list[Hit]]) -> str:
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


def servers(requests: list[Request]) -> str:
    names = sorted({f"{r.host or 'an unnamed server'} ("
                    + (f"{r.country}, location implausible for the measured RTT"
                       if r.country and r.geo_plausible is False else "no location") + ")"
                    for r in requests})
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def describe(requests: list[Request], hits_by_req: dict[int, list[Hit]]) -> str:
    orgs = Counter((r.organization or r.host or "an unknown server", placed(r))
                   for r in requests)
    shown = orgs.most_common(4)
    where = "; ".join(f"{org} ({country}) ×{n}" for (org, country), n in shown)
    if len(orgs) > len(shown):  # never cut silently: every statement checkable (QA17)
        rest = orgs.most_common()[len(shown):]
        where += (f"; and {sum(n for _, n in rest)} more request(s) to "
                  + ", ".join(f"{org} ({country})" for (org, country), _ in rest))
    ex = requests[0]
    hit = max(hits_by_req[ex.id], key=lambda h: h.confidence)
    how = f" as {hit.transform}" if hit.transform else ""
    return (f"{where}. Example: request {ex.id} {ex.method or ''} "
            f"{short_url(ex.url) or ex.host or ''} "
            f"— field {hit.part} {hit.path!r} carries {hit.category}{how} "
            f"(detector {hit.detector}, confidence {hit.confidence:.2f})").replace("  ", " ")


def unseen_text(study: Study, sessions: set[int]) -> str:
    """Connections of these sessions whose content was never seen, counted one by one: absence
    in what was inspected is not absence on the wire (README "Unseen traffic")."""
    unseen = sum(study.undecrypted.get(s, 0) for s in sessions)
    refused = sum(study.refused.get(s, 0) for s in sessions)
    unread = sum(study.unread.get(s, 0) for s in sessions)
    parts = []
    if unseen:
        where = sorted({w for s in sessions for w in study.unseen_where.get(s, [])})
        to = (f" (to {', '.join(where[:4])}{' and more' if len(where) > 4 else ''})"
              if where else "")  # (where they went: a country claim's reader needs it, QA82)
        parts.append(f"{unseen} TLS connection(s) in these sessions{to} could not be "
                     "decrypted")
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


def when_text(claim: Claim) -> str:
    """The sessions a claim is about, as "with consent given and with label 'x'" ("" for all)."""
    parts = []
    for key, value in claim.when:
        if key == "consent":
            parts.append({"yes": "with consent given", "no": "without consent",
                          "unknown": "with unknown consent"}[value])
        else:
            parts.append(f"with {key} {value!r}")
    return " and ".join(parts)


def scope_text(claim: Claim) -> str:
    when = when_text(claim)
    return (f" in sessions recorded {when}" if when else "") + recipients_text(claim)


def recorded_text(sessions: Iterable[Session]) -> str:
    """What was recorded instead, for a claim no session matches: "onboarding (consent no),
    after-consent (consent yes)"."""
    return ", ".join(f"{s.label or f'session {s.id}'} (consent {s.consent})"
                     for s in sorted(sessions, key=lambda s: s.id))


def recipients_text(claim: Claim) -> str:
    return {"any": "", "first_party": " to the app's own servers",
            "third_party": " to third parties"}[claim.recipients]


CDN_CAVEAT = (" The server is a CDN/anycast edge: its GeoIP country is the operator's "
              "registration, not necessarily where the data went.")


def cdn_note(requests: list[Request]) -> str:
    """The anycast caveat for violations whose servers are CDN edges (QA3 P23)."""
    edges = [r for r in requests if r.cdn]
    if not edges:
        return ""
    if len(edges) == len(requests):
        return CDN_CAVEAT
    return (f" {len(edges)} of these request(s) went to CDN/anycast edges: their GeoIP country "
            "is the operator's registration, not necessarily where the data went.")


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def partial_captures_text(study: Study, sessions: set[int]) -> str:
    """Captures that were cut short: what the phone sent after the cut is unseen (QA3 P28)."""
    cut = [(cid, why) for cid, why in sorted(study.partial_captures.items()) if cid in sessions]
    if not cut:
        return ""
    named = "; ".join(f"capture {cid}" + (f" ({_clip(why)})" if why else "")
                      for cid, why in cut[:3])
    more = f" and {len(cut) - 3} more" if len(cut) > 3 else ""
    return (f" {len(cut)} capture(s) were cut short — {named}{more}: what the phone sent after "
            "the cut was not seen.")


def partial_text(requests: list[Request], why: dict[int, str]) -> str:
    """Requests not fully inspected, each with its reason: the report's ``errors`` name each
    one with the same reason (truncated, kept-raw, undecodable-body, unclassified; QA15 #6)."""
    named = [f"request {r.id}" + (f" ({why[r.id]})" if why.get(r.id) else "")
             for r in requests[:5]]
    more = f" and {len(requests) - 5} more" if len(requests) > 5 else ""
    return ", ".join(named) + more + "; the report's errors name each, with why"


def app_scope_text(other_apps: Counter[str], no_app: int, app: str | None) -> str:
    """Which captures the claims file's ``app`` left out or let in (QA3 P26)."""
    text = ""
    if other_apps:
        names = ", ".join(sorted(other_apps)[:3]) + (" ..." if len(other_apps) > 3 else "")
        text += (f" {sum(other_apps.values())} capture(s) of other apps ({names}) not in scope "
                 f"of {app}'s policy.")
    if no_app:
        text += (f" {no_app} capture(s) with no app recorded were included as {app}'s "
                 "traffic.")
    return text


def unreached_text(unreached: int, carrying: int) -> str:
    """Requests that never reached a server: attempted, not transfers (QA3 P29)."""
    if not unreached:
        return ""
    which = f", {carrying} of them with such data" if carrying else ""
    return (f" {unreached} request(s) were attempted but never reached a server (blocked, not "
            f"connected or no response){which}: not counted.")


def abroad_text(requests: list[Request], user_country: str | None) -> str:
    """Where disclosed data went relative to the user's country (claims ``user_country``): a
    policy's "outside the country where you live" is read against this."""
    if not user_country:
        return ""
    # where a server is: GeoIP's country, or, when the RTT rules that out, the countries it can
    # be in (one of them, if they are all the same side of the border)
    located = [r for r in requests if r.country and (r.geo_plausible is not False or (
        r.reach and (r.reach == {user_country} or user_country not in r.reach)))]
    abroad = Counter(placed(r) for r in located if placed(r) != user_country)
    if not located:
        return ""
    if not abroad:
        return f" All went to servers located in the user's country ({user_country})."
    listed = ", ".join(f"{c} ({n})" for c, n in sorted(abroad.items()))
    return (f" {sum(abroad.values())} of them went to servers located outside the user's "
            f"country ({user_country}): {listed}.")


def placed(r: Request) -> str:
    """Where a request's server is, as a text: its GeoIP country, or the countries the RTT
    leaves ("one of CZ, DE, PL") when GeoIP's answer is impossible."""
    if r.geo_plausible is False and r.reach:
        codes = sorted(r.reach)
        return codes[0] if len(codes) == 1 else "one of " + ", ".join(codes[:6]) + (
            " …" if len(codes) > 6 else "")
    return r.country or "no location"


def reach_note(requests: list[Request]) -> str:
    """Requests placed by the round-trip time where GeoIP's answer was impossible."""
    if not requests:
        return ""
    hosts = sorted({(r.host or "an unnamed server", ", ".join(sorted(r.reach or ())[:8])
                     + (" …" if len(r.reach or ()) > 8 else "")) for r in requests})
    listed = "; ".join(f"{h} can only be in {c}" for h, c in hosts[:3])
    return (f" For {len(requests)} request(s) GeoIP's country was impossible for the measured "
            f"round-trip time, so the server was placed by it instead (within 100 km per ms "
            f"of RTT of the vantage point): {listed}.")
