"""The live proxy's two-step HTTP conversion (``http_wire`` on the event loop, ``wire_exchange``
in the writer process) gives exactly the exchange that importing the flow from a dump gives."""

from __future__ import annotations

import gzip
import pickle

import pytest
from mitmproxy import http
from mitmproxy.test import tflow, tutils

from analysis.sources import mitm
from analysis.sources.mitm_flows import _url_and_host
from analysis.sources.mitm_wire import http_wire, wire_exchange


def _flows() -> list[http.HTTPFlow]:
    plain = tflow.tflow(resp=True)
    failed = tflow.tflow(err=True)
    h2 = tflow.tflow(req=tutils.treq(http_version=b"HTTP/2.0", authority=b"api.example.org",
                                     headers=http.Headers()), resp=True)
    no_host = tflow.tflow(req=tutils.treq(headers=http.Headers()), resp=True)
    connect = tflow.tflow(req=tutils.treq(method=b"CONNECT", authority=b"a.example:443"))
    connect.request.data.scheme = b""
    gz = tflow.tflow(resp=True)
    gz.request.headers["content-encoding"] = "gzip"
    gz.request.raw_content = gzip.compress(b'{"gaid": "38400000-8cf0-11bd"}')
    broken = tflow.tflow(resp=True)
    broken.response.headers["content-encoding"] = "gzip"
    broken.response.raw_content = b"not gzip at all"
    streamed = tflow.tflow(resp=True)
    streamed.response.raw_content = None
    streamed.response.stream = True
    bytes_header = tflow.tflow(resp=True)
    bytes_header.request.headers.fields += ((b"x-raw", b"\xff\xfe"),)
    mapped = tflow.tflow(resp=True)
    mapped.server_conn.peername = ("::ffff:198.51.100.7", 443, 0, 0)
    mapped.client_conn.sni = "sni.example"
    v6 = tflow.tflow(resp=True)
    v6.request.headers["host"] = "[2001:db8::1]:8443"
    idn = tflow.tflow(req=tutils.treq(scheme=b"https", port=443), resp=True)
    idn.request.headers["host"] = "bücher.example"
    return [plain, failed, h2, no_host, connect, gz, broken, streamed, bytes_header, mapped, v6,
            idn]


@pytest.mark.parametrize("index", range(12))
def test_wire_exchange_equals_http_exchange(index: int) -> None:
    f = _flows()[index]
    wire = pickle.loads(pickle.dumps(http_wire(f)))  # it crosses a process boundary
    assert wire_exchange(wire, 20) == mitm.http_exchange(f, 20)


@pytest.mark.parametrize("index", range(12))
def test_url_and_host_are_mitmproxys(index: int) -> None:
    req = _flows()[index].request
    assert _url_and_host(req) == (req.pretty_url, req.pretty_host)
    assert _url_and_host(req) == (req.pretty_url, req.pretty_host)  # from the cache


def test_wire_error_override_and_values() -> None:
    f = tflow.tflow(req=tutils.treq(method=b"POST", content=b"0123456789abcdef"))
    ex, errors = wire_exchange(http_wire(f, "proxy stopped before the response"), 10)
    assert ex.error == "proxy stopped before the response" and ex.status is None
    assert (ex.request_body, ex.request_body_size, ex.request_truncated) == (
        b"0123456789", 16, True)
    assert errors == []
    streamed = tflow.tflow(resp=True)
    streamed.response.raw_content = None
    streamed.response.stream = True
    _, errors = wire_exchange(http_wire(streamed))
    assert [e.kind for e in errors] == ["body-not-captured"]
    mapped = _flows()[9]
    ex, _ = wire_exchange(http_wire(mapped))
    assert ex.server_ip == "198.51.100.7" and ex.sni == "sni.example"
