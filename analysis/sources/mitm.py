"""The ``.mitm`` dump source: flows saved by mitmproxy (``mitmdump -w``, mitmweb "Save").

Saved dumps are a sequence of tnetstrings (mitmproxy ``io/tnetstring.py``: ``LENGTH:DATA TAG``),
one serialised flow state each, upgraded to the current flow format with
``mitmproxy.io.compat.migrate_flow`` (every version mitmproxy 11 can read, 0.11 onward). We read
the records ourselves rather than through ``FlowReader.stream`` so that we know each record's byte
offset: a dump cut short keeps every complete flow and reports where it stopped.

The flow -> record converters (shared with the live addon) are in ``mitm_flows``; they are
re-exported here, the module the addon and the tests know. mitmproxy is imported only by this
module family (``mitm*.py``) and ``addons/`` (DESIGN.md "Heavy libraries").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from mitmproxy import dns, flow, http, tcp, udp
from mitmproxy.io import compat, tnetstring

from analysis.records import ReadError
from analysis.sources.base import DEFAULT_MAX_BODY, Item, SourceError, SourceOptions
from analysis.sources.mitm_flows import (
    _ip,
    _server_addr,
    conn_wire,
    dns_items,
    http_exchange,
    message_exchange,
    stream_connection,
    target,
)

__all__ = ["KIND", "_ip", "_server_addr", "_target", "conn_wire", "dns_items", "flow_items",
           "http_exchange", "message_exchange", "read", "stream_connection"]

_target = target

KIND = "mitm"
MAX_PREFIX = 12  # tnetstring.load refuses longer length prefixes too


def flow_items(f: flow.Flow, max_body: int = DEFAULT_MAX_BODY,
               source: str = "proxy") -> Iterator[Item]:
    """Every record in one complete flow, whatever its type."""
    if isinstance(f, http.HTTPFlow):
        ex, errors = http_exchange(f, max_body, source)
        yield ex
        yield from errors
        if f.websocket is not None:
            for m in f.websocket.messages:
                yield message_exchange(f, m, max_body)
    elif isinstance(f, tcp.TCPFlow | udp.UDPFlow):
        for msg in f.messages:
            yield message_exchange(f, msg, max_body)
        conn = stream_connection(f)
        if conn is not None:
            yield conn
    elif isinstance(f, dns.DNSFlow):
        yield from dns_items(f, max_body)
    else:
        yield ReadError(source, "unsupported", f"flow of unknown type {f.type!r} skipped")


# -- saved dumps ----------------------------------------------------------------------------


def _next_record(fo: BinaryIO) -> bytes | None:
    """The next raw tnetstring, None at a clean end; raises EOFError if cut, ValueError if bad."""
    prefix = b""
    while True:
        c = fo.read(1)
        if c == b"":
            if prefix:
                raise EOFError("file ends inside a record's length prefix")
            return None
        if c == b":":
            break
        if not c.isdigit() or len(prefix) >= MAX_PREFIX:
            raise ValueError(f"bad tnetstring length prefix {prefix + c!r}")
        prefix += c
    if not prefix:
        raise ValueError("bad tnetstring: empty length prefix")
    length = int(prefix)
    payload = fo.read(length + 1)  # data plus the one-byte type tag
    if len(payload) < length + 1:
        raise EOFError(f"file ends {length + 1 - len(payload)} bytes into a {length}-byte record")
    return prefix + b":" + payload


def _flow_from(raw: bytes) -> flow.Flow:
    state: Any = tnetstring.loads(raw)
    if not isinstance(state, dict):
        raise ValueError("record is not a serialised flow (not a dictionary)")
    return flow.Flow.from_state(compat.migrate_flow(state))


def read(path: Path, options: SourceOptions | None = None) -> Iterator[Item]:
    """Read a mitmproxy dump (``mitmdump -w`` / mitmweb "Save"): every flow of every type."""
    options = options or SourceOptions()
    src = str(path)
    try:
        fo = path.open("rb")
    except OSError as exc:
        raise SourceError(path, f"cannot be read: {exc.strerror or exc}") from exc
    with fo:
        n = 0
        skipped: list[ReadError] = []  # held back until one flow proves the file is a dump
        while True:
            offset = fo.tell()
            try:
                raw = _next_record(fo)
            except EOFError as exc:
                if n == 0:
                    raise SourceError(path, f"not a complete mitmproxy flow dump: {exc}",
                                      offset) from exc
                yield ReadError(src, "truncated", f"dump cut short after {n} complete flows: "
                                f"{exc}", offset)
                return
            except ValueError as exc:
                if n == 0:
                    raise SourceError(path, f"is not a mitmproxy flow dump ({exc})",
                                      offset) from exc
                # Without a valid length we cannot find the next record: stop here, keep the rest.
                yield ReadError(src, "truncated", f"unreadable data after {n} flows: {exc}",
                                offset)
                return
            if raw is None:
                if n == 0 and skipped:
                    # Nothing in the file could be imported: that is a file-level failure.
                    reason = skipped[0].message.removeprefix("flow record skipped: ")
                    reason = reason.rstrip(". ")
                    raise SourceError(path, f"no flow can be imported: {reason}",
                                      skipped[0].offset)
                return
            try:
                f = _flow_from(raw)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
                # The record's length is known, so the following flows are still readable.
                err = ReadError(src, "unsupported", f"flow record skipped: {exc}", offset)
                if n:
                    yield err
                else:
                    skipped.append(err)
                continue
            if not n:
                yield from skipped
            n += 1
            yield from flow_items(f, options.max_body, src)

