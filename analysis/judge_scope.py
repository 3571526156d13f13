"""Which sessions and requests a claim covers (DESIGN.md "How a claim is judged"): its
``when`` (consent, label, app), the claims file's app (its captures and those with no app,
never another app's, QA3 P26), and its ``recipients`` by the report's first-party decision
(``Request.party``, else ``analysis.enrich_party.Attributor``; QA3 P32)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from analysis.enrich_party import Attributor
from analysis.judge_text import app_scope_text
from analysis.records import Claim

if TYPE_CHECKING:
    from analysis.judge import Request, Session, Study


@lru_cache(maxsize=64)
def _attributor(first_party: tuple[str, ...]) -> Attributor:
    return Attributor(first_party)


def is_first_party(request: Request, first_party: Sequence[str]) -> bool:
    """The report's party decides (``Request.party``); a request built without one is decided
    by the same ``Attributor`` rule from the claims file's list."""
    if request.party is not None:
        return request.party == "first"
    return _attributor(tuple(first_party)).is_first_party(request.host)


def session_in_scope(claim: Claim, session: Session) -> bool:
    for key, want in claim.when:
        have = {"consent": session.consent, "label": session.label, "app": session.app}[key]
        if (have or "") != want:
            return False
    return True


def app_in_scope(claim: Claim, session: Session, app: str | None) -> bool:
    """A claims file's claims cover its app's captures and captures with no app."""
    if app is None or any(key == "app" for key, _ in claim.when):
        return True
    return not session.app or session.app.lower() == app.lower()  # as analyze's warning


def claim_sessions(claim: Claim, study: Study) -> tuple[set[int], str]:
    """The sessions a claim covers, and a note on what the claims file's app left out/in."""
    app = study.claims.app
    sessions: set[int] = set()
    other: Counter[str] = Counter()
    no_app = 0
    for sid, s in study.sessions.items():
        if not session_in_scope(claim, s):
            continue
        if not app_in_scope(claim, s, app):
            other[s.app or ""] += 1
            continue
        sessions.add(sid)
        if app is not None and not s.app and not any(k == "app" for k, _ in claim.when):
            no_app += 1
    return sessions, app_scope_text(other, no_app, app)


def request_in_scope(claim: Claim, request: Request, first_party: Sequence[str]) -> bool:
    if claim.recipients == "any":
        return True
    first = is_first_party(request, first_party)
    return first if claim.recipients == "first_party" else not first
