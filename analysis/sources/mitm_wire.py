"""An HTTP flow as a tuple of plain values: what the live proxy's event loop hands to the writer.

mitmproxy runs every addon hook on its one event loop, so the recording hook must cost next to
nothing there (issue 3 benchmark: building the ``Exchange`` on the loop cost about 40 µs per flow
unloaded and 80 µs in the saturated proxy, measured with ``time.thread_time`` around the hook).
``http_wire`` only reads attributes: the request's and response's ``data`` (mitmproxy's
``RequestData``/``ResponseData``: bytes, ints, floats and the headers' ``fields``, a tuple of
byte pairs that mitmproxy replaces, never mutates) and the connections' addresses. The tuple
pickles cheaply, and ``wire_exchange`` — in the writer process — rebuilds mitmproxy's own
``Request``/``Response`` from it and converts them with ``mitm_flows.exchange_of``, the same code
that imports saved dumps, so a live exchange and an imported one cannot differ.
"""

from __future__ import annotations

from typing import Any

from mitmproxy import http

from analysis.records import Exchange, ReadError
from analysis.sources.base import DEFAULT_MAX_BODY
from analysis.sources.mitm_flows import conn_wire, exchange_of

# (request data, response data or None, conn_wire, error or None)
HttpWire = tuple[Any, ...]


def http_wire(f: http.HTTPFlow, error: str | None = None) -> HttpWire:
    """The parts of an HTTP flow the exchange is made of; ``error`` overrides the flow's."""
    q = f.request.data
    req = (q.host, q.port, q.method, q.scheme, q.authority, q.path, q.http_version,
           q.headers.fields, q.content, q.timestamp_start, q.timestamp_end,
           bool(f.request.stream))
    resp = None
    if f.response is not None:
        r = f.response.data
        resp = (r.http_version, r.status_code, r.reason, r.headers.fields, r.content,
                r.timestamp_start, r.timestamp_end, bool(f.response.stream))
    if error is None and f.error:
        error = f.error.msg
    return req, resp, conn_wire(f), error


def wire_exchange(wire: HttpWire, max_body: int = DEFAULT_MAX_BODY,
                  source: str = "proxy") -> tuple[Exchange, list[ReadError]]:
    """The exchange of ``http_wire(flow)``, exactly as ``mitm_flows.http_exchange(flow)``."""
    (host, port, method, scheme, authority, path, version, headers, content, t0, t1,
     q_stream), resp_w, conn, error = wire
    req = http.Request(host, port, method, scheme, authority, path, version, headers, content,
                       None, t0, t1)
    req.stream = q_stream
    resp = None
    if resp_w is not None:
        r_version, status, reason, r_headers, r_content, r_t0, r_t1, r_stream = resp_w
        resp = http.Response(r_version, status, reason, r_headers, r_content, None, r_t0, r_t1)
        resp.stream = r_stream
    return exchange_of(req, resp, conn, error, max_body, source)
