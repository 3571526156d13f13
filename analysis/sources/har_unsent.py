"""HAR entries that are not requests the phone sent over the network (QA3 P25, P37), and
uploads whose files the export left out (QA76).

Browser DevTools export more than network traffic (Chrome's HAR writer, ``_fromCache`` and
``_error`` are its extensions; HAR 1.2 ``timings`` use -1 for "does not apply"):
- URLs of schemes that never touch the network — ``data:``, ``blob:``, ``file:``, ``about:``,
  ``chrome-extension:`` and other extension schemes: **dropped**, nothing left the device;
- responses served from the browser's cache (``_fromCache`` = ``"disk"``/``"memory"``, or no
  server address, no DNS/connect time and zero send and wait times — no request went out):
  **dropped**; whatever the app sent to fetch it went out earlier and is its own entry when
  it was captured;
- requests blocked inside the client (``response._error`` such as
  ``net::ERR_BLOCKED_BY_CLIENT`` with status 0, and no server address or connect/send time):
  **kept**, marked not delivered (no status, an error, no server address), because the attempt
  shows what the app tries to send; the claim judge sets them aside and the report names them
  in ``errors``. An entry with an error but a server address or network timings went out (a
  cancelled beacon, ``net::ERR_ABORTED``) and is an ordinary request without a response.
Every kind is counted in a ``ReadError`` (kind ``not-sent``), never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from analysis.records import ReadError

NETWORK_SCHEMES = frozenset({"http", "https", "ws", "wss"})
# the reason of the entries kept (as requests that never reached a server, which the report's
# errors count once, as such: analysis.report.errorgroups)
BLOCKED = "blocked or failed in the client"
DROP = "drop"
KEEP = "keep"


def _never(timings: dict[str, Any], key: str) -> bool:
    value = timings.get(key, -1)
    return not isinstance(value, int | float) or value < 0


def _zero(timings: dict[str, Any], key: str) -> bool:
    value = timings.get(key, 0)
    return isinstance(value, int | float) and value <= 0


def unsent(entry: dict[str, Any]) -> tuple[str, str] | None:
    """(reason, DROP or KEEP) for an entry that was not sent over the network, else None."""
    request = entry.get("request")
    url = request.get("url") if isinstance(request, dict) else None
    if not isinstance(url, str):
        return None  # malformed: the reader says so
    scheme = urlsplit(url).scheme.lower()
    if scheme not in NETWORK_SCHEMES:
        return f"{scheme or 'scheme-less'}: URLs never leave the device", DROP
    if entry.get("_fromCache"):
        return "served from the browser's cache", DROP
    response = entry.get("response") if isinstance(entry.get("response"), dict) else {}
    assert isinstance(response, dict)
    status = response.get("status")
    error = response.get("_error")
    timings = entry.get("timings") if isinstance(entry.get("timings"), dict) else None
    if error and not status:
        # A server address or a connect/send time says the request went out (a beacon the page
        # cancelled while waiting: net::ERR_ABORTED): it was sent, only the answer is missing.
        went_out = entry.get("serverIPAddress") or (timings is not None and (
            not all(_never(timings, k) for k in ("connect", "ssl"))
            or not all(_zero(timings, k) for k in ("send", "wait"))))
        if went_out:
            return None
        return f"{BLOCKED} ({error})", KEEP
    if (timings is not None and not entry.get("serverIPAddress") and not error
            and status in (0, 200, 304, None)
            and all(_never(timings, k) for k in ("dns", "connect", "ssl"))
            and _zero(timings, "send") and _zero(timings, "wait")):
        return "served from the browser's cache", DROP
    return None


def unsent_errors(source: str, counts: dict[str, int]) -> Iterator[ReadError]:
    """One ``not-sent`` error per reason, with its count."""
    for reason, n in counts.items():
        verb = "entry was" if n == 1 else "entries were"
        yield ReadError(source, "not-sent", f"{n} HAR {verb} not sent over the network: {reason}",
                        count=n)


# ...and an upload a HAR export kept only the names of (its file's bytes left out)
def files_left_out(entry: dict[str, Any]) -> list[str]:
    """The files of an upload a HAR export listed by name only (Chrome's and Firefox's exports
    give multipart ``postData`` as ``params`` and leave a file's bytes out: QA76)."""
    request = entry.get("request")
    post = request.get("postData") if isinstance(request, dict) else None
    if not isinstance(post, dict) or isinstance(post.get("text"), str):
        return []
    params = post.get("params")
    return [f"{p.get('name', '')}={p['fileName']}" for p in params or []
            if isinstance(p, dict) and p.get("fileName") and not p.get("value")]
