"""URL query strings (RFC 3986 §3.4, parsed as WHATWG form encoding) and URLs inside values.

A string value that is itself a URL with a query (a referrer, a deep link, a tracking redirect)
is unwrapped so its parameters become fields: ``ref.gaid`` for ``"ref": "https://x/?gaid=..."``,
an app's own scheme too (RFC 3986 §3.1: ``"deeplink": "taisfeto://open?uid=..."``, blind126).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from analysis.decoders.base import NotThisFormat, Tree
from analysis.decoders.form import pairs_tree, parse_pairs


def query_pairs(url: str) -> list[tuple[str, str]]:
    try:
        query = urlsplit(url).query
    except ValueError:
        query = url.partition("?")[2].partition("#")[0]
    return parse_pairs(query) if query else []


def path_segments(url: str) -> list[str]:
    try:
        path = urlsplit(url).path
    except ValueError:
        path = url.partition("?")[0]
    return [seg for seg in path.split("/") if seg]


# a scheme as RFC 3986 writes it, then "//": an app's deep link ("myapp://open?…"), not a
# "key://…" inside prose
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}://")


class UrlString:
    name = "url"

    def quick(self, text: str) -> bool:
        return (text[:4] == "http" or "://" in text[:36]) and "?" in text

    def decode(self, text: str) -> Tree:
        if ("?" not in text or len(text) > 16384 or not (
                text.startswith(("http://", "https://")) or _SCHEME.match(text))):
            raise NotThisFormat("not a URL with a query")
        pairs = query_pairs(text)
        if not pairs:
            raise NotThisFormat("URL without parameters")
        return pairs_tree(pairs)


STRING = UrlString()


MIN_ID_LABEL = 12  # a label this long below the last two may be an ID, not a name


def url_host(url: str) -> str:
    """The URL's host name as written, without user information or port ("" when none)."""
    start = url.find("://")
    if start < 0:
        return ""
    rest = url[start + 3:]
    for stop in "/?#":
        rest = rest.partition(stop)[0]
    return rest.rpartition("@")[2].partition(":")[0]


def id_labelled_host(url: str) -> str:
    """The URL's host name when a label below its last two is long enough to carry a value
    (``<advertising ID>.t.tracker.example``: a tracker that sends an ID in the host name, as
    DNS-based trackers do), else "": ordinary hosts ("api.example.com") are no field. Only the
    device profile's identifiers, e-mail and phone are read in it (``classify_decoded``)."""
    host = url_host(url)
    labels = host.split(".")
    return host if len(labels) > 2 and any(len(label) >= MIN_ID_LABEL
                                           for label in labels[:-2]) else ""
