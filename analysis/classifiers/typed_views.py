"""A screen or a page the user viewed, named in an analytics call whose type says so: Segment's
``screen`` and ``page`` calls (``{"type": "screen", "name": "Chat"}``, Segment Spec "Screen" and
"Page"), and the same shape in RudderStack, Jitsu and mParticle-style events; and Google
Analytics' Measurement Protocol hit ``t=screenview`` with its screen name ``cd`` (QA197's SDK
wrote ``sn``). The name under a generic ``name`` or ``title`` key says nothing by itself; its
sibling ``type`` does. It is ``behavior.usage`` (TAXONOMY.md: screens viewed) at 0.75. Found by
the QA40 tester.

The web address of a page such a call or a tracking pixel's page view reports
(``/tr?ev=PageView&url=https://...``, a Segment page call's ``properties.url``) is a web page
visited, ``behavior.browsing`` (TAXONOMY.md), at 0.7: under a bare ``url`` only there.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.validators_values import web_url
from analysis.decoders import Decoded, Leaf
from analysis.decoders.form import object_path
from analysis.records import Finding

RULE = "context.typed-view"
PAGE_RULE = "context.page-view-url"
TYPES = frozenset({"screen", "page", "screenview", "pageview"})
# (Google Analytics Measurement Protocol v1: "t=screenview&cd=Home"; QA197's "t=screenview&sn=Home")
NAMES = frozenset({"name", "title", "screenname", "pagename", "cd", "sn"})
# a page view named by an event key (a pixel's "ev=PageView", GA4's "en=page_view")
EVENT_KEYS = frozenset({"type", "ev", "event", "en", "eventname", "eventtype", "e", "t"})
PAGE_EVENTS = frozenset({"pageview", "page", "pageviewed", "viewpage", "pagevisit"})
PAGE_URL_KEYS = frozenset({"url", "u", "href", "location", "pageurl", "dl", "uri"})
MINIFIED = frozenset({"ev", "en", "e", "t"})  # a pixel's or GA's event key
# a file the page loads, not a page: an image, a font, a style sheet, a script, a clip
_ASSETS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".woff", ".woff2", ".ttf",
           ".otf", ".css", ".js", ".mp4", ".mp3", ".m4a", ".webm", ".avif")


def _asset(url: str) -> bool:
    return url.partition("?")[0].partition("#")[0].lower().endswith(_ASSETS)
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
    return bool(normed & EVENT_KEYS) and bool(normed & (NAMES | PAGE_URL_KEYS))


def typed_views(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """A finding for each name of a screen or a page its object's type says was viewed."""
    if not _maybe(decoded.key_set()):
        return []
    viewed: set[tuple[str, str]] = set()
    calls: set[tuple[str, str]] = set()
    pages: set[tuple[str, str]] = set()
    pixels: set[tuple[str, str]] = set()
    names: list[Leaf] = []
    urls: list[Leaf] = []
    for leaf in decoded.leaves:
        key = norm_key(leaf.key)
        where = (leaf.part, object_path(leaf.path))
        if key in EVENT_KEYS and type(leaf.value) is str:
            said = norm_key(leaf.text.strip())
            if key == "type" and said in TYPES:
                viewed.add(where)
            elif key == "t" and said == "screenview":
                # (GA's Measurement Protocol hit type: the hit is an analytics call by itself)
                viewed.add(where)
                calls.add(where)
            if said in PAGE_EVENTS and not leaf.array:
                # ...named by a pixel's minified key, or in an analytics call (QA73: an
                # on-call "page" alert, a pagination link's "type": "page")
                (pixels if key in MINIFIED else pages).add(where)
        elif key in NAMES and type(leaf.value) is str and leaf.text.strip():
            names.append(leaf)
        elif (key in PAGE_URL_KEYS and type(leaf.value) is str and not leaf.array
              and web_url(leaf.text) and not _asset(leaf.text)):
            urls.append(leaf)
        elif key in CALL_KEYS:
            calls.add(where)
    if not TELEMETRY_CALLS & url_words(decoded):  # (a call to /telemetry is one throughout)
        viewed &= calls
        pages &= calls
    pages |= pixels
    out = [leaf_finding(exchange_id, leaf, "behavior.usage", 0.75,
                        f"key '{leaf.key}' names the screen or page of an analytics call "
                        "whose type says it was viewed", RULE)
           for leaf in names
           if (leaf.part, object_path(leaf.path)) in viewed]
    return out + [leaf_finding(exchange_id, leaf, "behavior.browsing", 0.7,
                               f"key '{leaf.key}' holds the address of a page a page-view call "
                               "reports", PAGE_RULE)
                  for leaf in urls if _of_page(leaf, pages)]


def _of_page(leaf: Leaf, pages: set[tuple[str, str]]) -> bool:
    """The URL is in the page view's object or in its properties (Segment's page call)."""
    obj = object_path(leaf.path)
    head, _, last = obj.rpartition(".")
    return (leaf.part, obj) in pages or (
        norm_key(last) in ("properties", "props", "params") and (leaf.part, head) in pages)
