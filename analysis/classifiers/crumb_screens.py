"""The screens a crash reporter's breadcrumbs say the user went through.

A crash SDK sends, with each error, the trail of what happened before it: Sentry's breadcrumbs
of type or category ``navigation`` hold ``data.from`` and ``data.to``, the screens or routes
the user moved between ("Navigation breadcrumbs describe a change in the application's
location", Sentry's breadcrumb interface documentation; Bugsnag's "navigation" breadcrumbs
alike). They are the app's use (TAXONOMY.md ``behavior.usage``:
"analytics events, screens, taps"), sent to the crash SDK's servers, abroad as often (QA180:
a legal-aid app's case screens to Singapore, and a claim "usage data stays in the EU and the
US" held).

Read: under a ``breadcrumbs`` list, an element whose ``type`` or ``category`` is navigation,
its ``from`` and ``to`` (or ``screen``, ``route``) when they are short names or paths, not a URL
with a host (an HTTP breadcrumb's). ``behavior.usage`` at 0.7, for fields no reading named so.
Not a lifecycle breadcrumb's ``state`` ("resumed", "background"): the sets leave it unlabelled,
an app's state, no use of it.
"""

from __future__ import annotations

from analysis.classifiers.base import Unread, leaf_finding
from analysis.decoders import Decoded
from analysis.records import Finding

CATEGORY = "behavior.usage"
CONFIDENCE = 0.7
RULE = "context.crumb-screen"
KINDS = frozenset({"navigation"})
PLACES = frozenset({"from", "to", "screen", "route", "view"})
MAX_NAME = 120


def crumb_screens(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``behavior.usage`` for the screens of navigation breadcrumbs."""
    crumbs: set[str] = set()
    for leaf in decoded.leaves:
        if ("breadcrumbs" in leaf.path and leaf.key in ("type", "category")
                and type(leaf.value) is str and leaf.text.strip().lower() in KINDS):
            crumbs.add(leaf.path.rpartition(".")[0])
    if not crumbs:
        return []  # (most requests: no navigation breadcrumb)
    unread = Unread(found, CATEGORY)
    out = []
    for leaf in decoded.leaves:
        record, _, key = leaf.path.rpartition(".")
        owner = record[:-len(".data")] if record.endswith(".data") else record
        if (owner not in crumbs or key not in PLACES or type(leaf.value) is not str
                or not 0 < len(leaf.text) <= MAX_NAME or "://" in leaf.text
                or not unread.claim(leaf.part, leaf.path)):
            continue
        out.append(leaf_finding(
            exchange_id, leaf, CATEGORY, CONFIDENCE,
            f"'{key}' of a crash reporter's navigation breadcrumb: a screen the user moved "
            "between", RULE))
    return out
