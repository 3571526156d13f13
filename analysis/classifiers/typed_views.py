"""A screen or a page the user viewed, named in an analytics call whose type says so: Segment's
``screen`` and ``page`` calls (``{"type": "screen", "name": "Chat"}``, Segment Spec "Screen" and
"Page"), and the same shape in RudderStack, Jitsu and mParticle-style events. The name under a
generic ``name`` or ``title`` key says nothing by itself; its sibling ``type`` does. It is
``behavior.usage`` (TAXONOMY.md: screens viewed) at 0.75. Found by the QA40 tester.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded, Leaf
from analysis.decoders.form import object_path
from analysis.records import Finding

RULE = "context.typed-view"
TYPES = frozenset({"screen", "page", "screenview", "pageview"})
NAMES = frozenset({"name", "title", "screenname", "pagename"})
# ...in an object that is an analytics call by its other keys (not a display list's "screen" or
# a notes app's page: review)
CALL_KEYS = frozenset({"anonymousid", "userid", "messageid", "timestamp", "sentat",
                       "originaltimestamp", "receivedat", "distinctid", "deviceid",
                       # ...or a performance trace of the screen (APM SDKs); or the
                       # request's path names an analytics call (/v1/telemetry, /track)
                       "traceid", "spanid", "sessionid", "durationms", "duration", "starttime"})
TELEMETRY_CALLS = frozenset({"telemetry", "track", "batch", "analytics", "events", "collect",
                             "screen", "page", "rum", "ingest"})


@lru_cache(maxsize=4096)
def _maybe(keys: frozenset[str]) -> bool:
    normed = {norm_key(k) for k in keys}
    return "type" in normed and bool(normed & NAMES)


def typed_views(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """A finding for each name of a screen or a page its object's type says was viewed."""
    if not _maybe(decoded.key_set()):
        return []
    viewed: set[tuple[str, str]] = set()
    calls: set[tuple[str, str]] = set()
    names: list[Leaf] = []
    for leaf in decoded.leaves:
        key = norm_key(leaf.key)
        where = (leaf.part, object_path(leaf.path))
        if key == "type" and type(leaf.value) is str and leaf.text.strip().lower() in TYPES:
            viewed.add(where)
        elif key in NAMES and type(leaf.value) is str and leaf.text.strip():
            names.append(leaf)
        elif key in CALL_KEYS:
            calls.add(where)
    if not TELEMETRY_CALLS & url_words(decoded):  # (a call to /telemetry is one throughout)
        viewed &= calls
    return [leaf_finding(exchange_id, leaf, "behavior.usage", 0.75,
                         f"key '{leaf.key}' names the screen or page of an analytics call "
                         "whose type says it was viewed", RULE)
            for leaf in names
            if (leaf.part, object_path(leaf.path)) in viewed]
