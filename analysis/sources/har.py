"""HAR 1.2 import: browser DevTools, HTTP Toolkit, PCAPdroid, PiRogue, mitmproxy ``savehar``.

Follows the HAR 1.2 spec (W3C draft by Jan Odvarko): ``log.entries[]`` with ``startedDateTime``,
``request``, ``response``, ``serverIPAddress`` and ``timings``. Real exports differ from the spec
in ways handled here: optional fields missing, ``postData`` with ``params`` but no ``text``,
bodies with ``"encoding": "base64"``, a UTF-8 BOM, zlib-compressed ``.zhar`` files (mitmproxy),
Chrome's ``_webSocketMessages`` and ``_serverPort``. HAR bodies are already content-decoded, so
they are stored as they are. A broken entry is recorded as a ``ReadError`` and skipped; a file
that is not HAR raises ``SourceError``. Entries that never went over the network (``data:``
URLs, cache hits, requests blocked in the client) follow ``analysis.sources.har_unsent``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import ipaddress
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from analysis.records import Exchange, ExchangeKind, ReadError
from analysis.sources.base import Item, SourceError, SourceOptions
from analysis.sources.har_file import load_har as _load
from analysis.sources.har_text import body as _body
from analysis.sources.har_unsent import DROP, files_left_out, unsent, unsent_errors

MAX_HAR_BYTES = 2 * 1024**3


def _ts(value: Any) -> float:
    """Epoch seconds of an ISO 8601 time; one without a zone is taken as UTC (not the local
    time of the machine reading it, which would shift every request)."""
    if not isinstance(value, str):
        raise ValueError(f"startedDateTime is {value!r}")
    text = value.strip().replace("Z", "+00:00")
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def _naive(value: Any) -> bool:
    try:
        return isinstance(value, str) and datetime.fromisoformat(
            value.strip().replace("Z", "+00:00")).tzinfo is None
    except ValueError:
        return False


def _headers(items: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(items, list):
        return ()
    # (a null value is an empty one, not the text "None": QA69)
    return tuple(
        (str(h.get("name") or ""), "" if h.get("value") is None else str(h["value"]))
        for h in items if isinstance(h, dict)
    )


def _with_cookies(headers: tuple[tuple[str, str], ...],
                  cookies: Any) -> tuple[tuple[str, str], ...]:
    """Some exporters list a request's cookies in ``request.cookies`` (HAR 1.2) without the
    ``Cookie`` header they were sent in: rebuild it, so a session cookie is read (QA66)."""
    if not isinstance(cookies, list) or any(
            k.lower() == "cookie" and v.strip() for k, v in headers):
        return headers
    headers = tuple((k, v) for k, v in headers if k.lower() != "cookie")  # (an empty one)
    pairs = [f"{c['name']}={c.get('value') or ''}" for c in cookies
             if isinstance(c, dict) and isinstance(c.get("name"), str) and c["name"]
             and isinstance(c.get("value") or "", str)]
    return (*headers, ("Cookie", "; ".join(pairs))) if pairs else headers


def _with_content_type(headers: tuple[tuple[str, str], ...],
                       post: Any) -> tuple[tuple[str, str], ...]:
    """Some exporters drop the Content-Type header but keep ``postData.mimeType`` (the same
    value in HAR 1.2): restore it so the body is decoded as what it was declared to be."""
    mime = post.get("mimeType") if isinstance(post, dict) else None
    if not mime or any(k.lower() == "content-type" for k, _ in headers):
        return headers
    return (*headers, ("Content-Type", str(mime)))


def _ip(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().strip("[]")
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return str(addr.ipv4_mapped)
    return str(addr)


def _ms(timings: Any, key: str) -> float | None:
    if not isinstance(timings, dict):
        return None
    value = timings.get(key)
    if isinstance(value, int | float) and value >= 0:
        return float(value)
    return None


def _connect_ms(timings: Any, ssl_included: bool) -> float | None:
    """The TCP connect time of an entry. HAR 1.2 says ``connect`` includes ``ssl``; browsers
    (Chrome's WebInspector, Firefox, Safari) write it so, mitmproxy's export does not (its
    ``connect`` ends at TCP setup). Only for the former is the TLS time taken off: a connect
    time too large only makes the RTT check lenient, one too small could condemn a server."""
    connect = _ms(timings, "connect")
    ssl = _ms(timings, "ssl")
    if connect is not None and ssl and ssl_included and connect > ssl:
        return connect - ssl
    return connect


def _entry(entry: dict[str, Any], options: SourceOptions, fallback_ts: float | None = None,
           ssl_in_connect: bool = False, mitm: bool = False) -> list[Exchange]:
    request = entry.get("request")
    if not isinstance(request, dict) or not isinstance(request.get("url"), str):
        raise ValueError("entry has no request.url")
    response = entry.get("response") if isinstance(entry.get("response"), dict) else {}
    assert isinstance(response, dict)
    try:
        ts = _ts(entry.get("startedDateTime"))
    except ValueError:
        if fallback_ts is None:
            raise
        ts = fallback_ts  # kept, with a missing-timestamp error (see read())
    url = request["url"]
    parts = urlsplit(url)
    port = entry.get("_serverPort")
    if not isinstance(port, int):
        port = parts.port or (443 if parts.scheme in {"https", "wss"} else 80)
    # (a mitmproxy export's text is its bytes decoded by their charset, Latin-1 by default:
    # har_text.py undoes it)
    req_body, req_size, req_cut = _body(request.get("postData"), options.max_body, mitm)
    resp_body, resp_size, resp_cut = _body(response.get("content"), options.max_body, mitm)
    status = response.get("status")
    total = entry.get("time")
    error = response.get("_error") or (
        "no response recorded" if not status else None)
    base = Exchange(
        ts=ts,
        kind=ExchangeKind.HTTP,
        method=str(request.get("method") or "GET"),
        url=url,
        host=parts.hostname,
        server_ip=_ip(entry.get("serverIPAddress")),
        server_port=port,
        http_version=str(request.get("httpVersion") or "") or None,
        request_headers=_with_cookies(_with_content_type(_headers(request.get("headers")),
                                                         request.get("postData")),
                                      request.get("cookies")),
        request_body=req_body,
        request_body_size=req_size,
        request_truncated=req_cut,
        status=status if isinstance(status, int) and status > 0 else None,
        response_headers=_headers(response.get("headers")),
        response_body=resp_body,
        response_body_size=resp_size,
        response_truncated=resp_cut,
        error=str(error) if error else None,
        connect_ms=_connect_ms(entry.get("timings"), ssl_in_connect),
        tls_ms=_ms(entry.get("timings"), "ssl"),
        ts_end=ts + total / 1000 if isinstance(total, int | float) and total >= 0 else None,
    )
    out = [base]
    for msg in entry.get("_webSocketMessages") or []:
        if not isinstance(msg, dict):
            continue
        data = msg.get("data")
        payload = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else b""
        if msg.get("opcode") == 2 and isinstance(data, str):
            # Binary frames: Chrome and mitmproxy's savehar write them base64-encoded.
            with contextlib.suppress(binascii.Error, ValueError):
                payload = base64.b64decode(data, validate=True)
        when = msg.get("time")
        out.append(Exchange(
            ts=float(when) if isinstance(when, int | float) else ts,
            kind=ExchangeKind.WEBSOCKET, method=None, url=url, host=base.host,
            server_ip=base.server_ip, server_port=base.server_port,
            request_body=payload[: options.max_body], request_body_size=len(payload),
            request_truncated=len(payload) > options.max_body,
            direction="up" if msg.get("type") == "send" else "down",
        ))
    return out


def _has_ts(entry: dict[str, Any]) -> bool:
    try:
        _ts(entry.get("startedDateTime"))
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def _page_start(doc: dict[str, Any]) -> float | None:
    pages = doc["log"].get("pages")
    if isinstance(pages, list) and pages and isinstance(pages[0], dict):
        try:
            return _ts(pages[0].get("startedDateTime"))
        except (ValueError, TypeError, OverflowError):
            return None
    return None


# HAR writers known to include the TLS handshake in "connect" as HAR 1.2 says
SPEC_TIMING_CREATORS = ("webinspector", "firefox", "safari", "chrome", "microsoft edge")


def read(path: Path, options: SourceOptions) -> Iterator[Item]:
    if path.stat().st_size > MAX_HAR_BYTES:
        raise SourceError(path, "HAR file larger than 2 GiB; split it or use a pcap/mitm dump")
    doc, note = _load(path)
    if note:
        yield ReadError(str(path), "encoding", f"HAR file {note}")
    naive = sum(1 for e in doc["log"]["entries"]
                if isinstance(e, dict) and _naive(e.get("startedDateTime")))
    if naive:
        yield ReadError(str(path), "timezone", f"{naive} startedDateTime value(s) without a "
                        "time zone, taken as UTC", count=naive)
    bad: dict[str, int] = {}
    first_bad: dict[str, int] = {}
    # An entry without a usable startedDateTime is kept with the time of the entry before it
    # (or of its page) rather than lost: what it sent matters more than when.
    last_ts = _page_start(doc)
    undated = 0
    creator = doc["log"].get("creator")
    name = str(creator.get("name", "")).lower() if isinstance(creator, dict) else ""
    ssl_in_connect = name.startswith(SPEC_TIMING_CREATORS)
    not_sent: dict[str, int] = {}
    omitted: list[str] = []
    for index, entry in enumerate(doc["log"]["entries"]):
        try:
            if not isinstance(entry, dict):
                raise ValueError("entry is not an object")
            if (why := unsent(entry)) is not None:
                not_sent[why[0]] = not_sent.get(why[0], 0) + 1
                if why[1] == DROP:
                    continue
            items = _entry(entry, options, last_ts, ssl_in_connect, name == "mitmproxy")
            files = files_left_out(entry)
            if files:
                omitted.append(f"{items[0].method} {items[0].url} ({', '.join(files)})")
            if items[0].ts == last_ts and not _has_ts(entry):
                undated += 1
            last_ts = items[0].ts
            yield from items
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            reason = str(exc) or type(exc).__name__
            bad[reason] = bad.get(reason, 0) + 1
            first_bad.setdefault(reason, index)
    if undated:
        yield ReadError(str(path), "missing-timestamp",
                        f"{undated} HAR entr{'y' if undated == 1 else 'ies'} had no usable "
                        "startedDateTime; kept with the time of the entry before", count=undated)
    yield from unsent_errors(str(path), not_sent)
    if omitted:
        yield ReadError(str(path), "file-left-out",
                        f"{len(omitted)} upload(s) whose file the HAR export left out (postData "
                        f"params with a fileName and no content), not inspected: "
                        f"{'; '.join(omitted[:3])}" + (" ..." if len(omitted) > 3 else ""),
                        count=len(omitted))
    for reason, count in bad.items():
        yield ReadError(str(path), "malformed-entry",
                        f"HAR entry #{first_bad[reason]} skipped: {reason}"
                        + (f" (and {count - 1} more)" if count > 1 else ""), count=count)
