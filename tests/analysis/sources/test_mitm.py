"""The mitmproxy flow converters and the .mitm dump source: fixtures built with mitmproxy's own
builders and ``FlowWriter``; a corpus sample when ../shared/corpus is present."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from mitmproxy import http
from mitmproxy import io as mio
from mitmproxy.test import tflow, tutils

from analysis.records import Connection, DnsAnswer, Exchange, ExchangeKind, ReadError
from analysis.sources import mitm
from analysis.sources.base import SourceError, SourceOptions

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"


def _dump(tmp_path: Path, flows: list, name: str = "f.mitm") -> Path:
    buf = io.BytesIO()
    writer = mio.FlowWriter(buf)
    for f in flows:
        writer.add(f)
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return path


def _post_flow() -> http.HTTPFlow:
    req = tutils.treq(method=b"POST", path=b"/collect?aid=42&x=%20y", content=b'{"a": 1}')
    req.headers["content-type"] = "application/json"
    f = tflow.tflow(req=req, resp=True)
    f.server_conn.peername = ("::ffff:203.0.113.7", 443)
    f.server_conn.timestamp_start = 100.0
    f.server_conn.timestamp_tcp_setup = 100.025
    f.server_conn.timestamp_tls_setup = 100.075
    f.client_conn.sni = "t.example.net"
    f.client_conn.peername = ("10.0.0.5", 51000)
    return f


def test_http_exchange_fields() -> None:
    f = _post_flow()
    ex, errors = mitm.http_exchange(f)
    assert errors == []
    assert ex.kind is ExchangeKind.HTTP and ex.method == "POST"
    assert ex.url == "http://address:22/collect?aid=42&x=%20y"
    assert ex.server_ip == "203.0.113.7" and ex.server_port == 443  # v4-mapped normalised
    assert (ex.client_ip, ex.client_port) == ("10.0.0.5", 51000)
    assert ex.sni == "t.example.net"
    assert ex.connect_ms == pytest.approx(25.0) and ex.tls_ms == pytest.approx(50.0)
    assert ("content-type", "application/json") in ex.request_headers
    assert ex.request_body == b'{"a": 1}' and ex.request_body_size == 8
    assert ex.status == 200 and ex.response_body == b"message"
    assert ex.ts == f.request.timestamp_start and ex.ts_end == f.response.timestamp_end
    assert ex.http_version == "HTTP/1.1"


def test_http3_and_http2_versions_are_kept() -> None:
    for version in ("HTTP/2.0", "HTTP/3"):
        req = tutils.treq(http_version=version.encode())
        f = tflow.tflow(req=req, resp=True)
        f.server_conn.alpn = b"h3" if version == "HTTP/3" else b"h2"
        ex, _ = mitm.http_exchange(f)
        assert ex.http_version == version and ex.alpn == f.server_conn.alpn.decode()


def test_body_is_decoded_and_truncation_recorded() -> None:
    body = b"x" * 5000
    req = tutils.treq(method=b"POST", content=b"")
    req.headers["content-encoding"] = "deflate"
    req.raw_content = zlib.compress(body)
    f = tflow.tflow(req=req, resp=True)
    ex, _ = mitm.http_exchange(f, max_body=1000)
    assert ex.request_body == b"x" * 1000
    assert ex.request_body_size == 5000 and ex.request_truncated
    assert not ex.response_truncated


def test_undecodable_body_kept_raw_with_error() -> None:
    """A request's body is kept as received with a note (the decode pass records the failure
    against the request: one body, one undecoded item, QA50); a response's is the record."""
    req = tutils.treq(method=b"POST", content=b"")
    req.headers["content-encoding"] = "gzip"
    req.raw_content = b"\x1f\x8bnot really gzip"
    ex, errors = mitm.http_exchange(tflow.tflow(req=req, resp=True))
    assert ex.request_body == b"\x1f\x8bnot really gzip"
    assert [e.kind for e in errors] == ["encoding"]
    assert "kept as received" in errors[0].message
    f = tflow.tflow(resp=True)
    f.response.headers["content-encoding"] = "gzip"
    f.response.raw_content = b"\x1f\x8bnot really gzip"
    _, errors = mitm.http_exchange(f)
    assert [e.kind for e in errors] == ["undecodable-body"]


def test_streamed_body_is_reported_not_silent() -> None:
    f = tflow.tflow(resp=True)
    f.response.stream = True
    f.response.raw_content = None
    ex, errors = mitm.http_exchange(f)
    assert ex.response_body is None and ex.status == 200
    assert [e.kind for e in errors] == ["body-not-captured"]


def test_error_flow_without_response() -> None:
    ex, _ = mitm.http_exchange(tflow.tflow(err=True))
    assert ex.status is None and ex.error == "error"
    ex, _ = mitm.http_exchange(tflow.tflow())
    assert ex.error == "no response recorded"


def test_websocket_tcp_udp_messages() -> None:
    items = list(mitm.flow_items(tflow.twebsocketflow()))
    ws = [i for i in items if isinstance(i, Exchange) and i.kind is ExchangeKind.WEBSOCKET]
    assert [m.direction for m in ws] == ["up", "up", "down"]
    assert ws[0].request_body == b"hello binary" and ws[0].url == "http://example.com/ws"
    for builder, kind in ((tflow.ttcpflow, ExchangeKind.TCP), (tflow.tudpflow, ExchangeKind.UDP)):
        items = list(mitm.flow_items(builder()))
        msgs = [i for i in items if isinstance(i, Exchange)]
        assert [(m.kind, m.direction, m.request_body) for m in msgs] == [
            (kind, "up", b"hello"), (kind, "down", b"it's me")]
        (conn,) = [i for i in items if isinstance(i, Connection)]
        assert (conn.bytes_up, conn.bytes_down, conn.packets_up) == (5, 7, 1)


def test_dns_flow_gives_query_and_answers() -> None:
    items = mitm.dns_items(tflow.tdnsflow(resp=True))
    ex = items[0]
    assert isinstance(ex, Exchange) and ex.kind is ExchangeKind.DNS
    assert ex.url == "dns:dns.google?type=A" and ex.status == 0
    answers = [i for i in items if isinstance(i, DnsAnswer)]
    assert {(a.name, a.rtype, a.value) for a in answers} == {
        ("dns.google", "A", "8.8.8.8"), ("dns.google", "A", "8.8.4.4")}


def test_dns_error_flow() -> None:
    (ex,) = mitm.dns_items(tflow.tdnsflow(err=True))
    assert isinstance(ex, Exchange) and ex.error == "error" and ex.status is None


def test_read_dump_of_every_type(tmp_path: Path) -> None:
    path = _dump(tmp_path, [_post_flow(), tflow.twebsocketflow(), tflow.ttcpflow(),
                            tflow.tudpflow(), tflow.tdnsflow(resp=True), tflow.tflow(err=True)])
    items = list(mitm.read(path, SourceOptions()))
    kinds = [i.kind for i in items if isinstance(i, Exchange)]
    assert kinds.count(ExchangeKind.HTTP) == 3
    assert kinds.count(ExchangeKind.WEBSOCKET) == 3
    assert kinds.count(ExchangeKind.TCP) == 2 and kinds.count(ExchangeKind.UDP) == 2
    assert kinds.count(ExchangeKind.DNS) == 1
    assert not [i for i in items if isinstance(i, ReadError)]


def test_truncated_dump_keeps_complete_flows(tmp_path: Path) -> None:
    full = _dump(tmp_path, [_post_flow(), _post_flow(), _post_flow()]).read_bytes()
    one = len(_dump(tmp_path, [_post_flow()], "one.mitm").read_bytes())
    cut = tmp_path / "cut.mitm"
    cut.write_bytes(full[: 2 * one + 40])
    items = list(mitm.read(cut, SourceOptions()))
    assert len([i for i in items if isinstance(i, Exchange)]) == 2
    (err,) = [i for i in items if isinstance(i, ReadError)]
    assert err.kind == "truncated" and err.offset == 2 * one


def test_not_a_dump_raises_source_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mitm"
    bad.write_bytes(b"12:hello world!")  # a tnetstring, but of no flow
    with pytest.raises(SourceError, match=r"bad\.mitm"):
        list(mitm.read(bad, SourceOptions()))
    cut = tmp_path / "cut.mitm"
    cut.write_bytes(b"99999:short")
    with pytest.raises(SourceError, match="not a complete mitmproxy flow dump"):
        list(mitm.read(cut, SourceOptions()))


def test_too_old_format_is_a_clear_error(tmp_path: Path) -> None:
    from mitmproxy.io import tnetstring

    state = _post_flow().get_state()
    state["version"] = (0, 10)
    path = tmp_path / "old.mitm"
    path.write_bytes(tnetstring.dumps(state))
    with pytest.raises(SourceError, match=r"flow format version \(0, 10\)"):
        list(mitm.read(path, SourceOptions()))


def test_ipv4_mapped_and_plain_addresses() -> None:
    assert mitm._ip(("::ffff:1.2.3.4", 5)) == ("1.2.3.4", 5)
    assert mitm._ip(("2001:db8::1", 443)) == ("2001:db8::1", 443)
    assert mitm._ip(None) == (None, None)


@pytest.mark.skipif(not (CORPUS / "mitm").is_dir(), reason="shared corpus not present")
def test_corpus_android_dump_imports_completely() -> None:
    items = list(mitm.read(CORPUS / "mitm" / "m2s_flows1_azul-android-app.mitm", SourceOptions()))
    exchanges = [i for i in items if isinstance(i, Exchange)]
    assert len(exchanges) == 205
    assert not [i for i in items if isinstance(i, ReadError)]
    assert all(e.server_ip and e.url and e.method for e in exchanges)


@pytest.mark.skipif(not (CORPUS / "mitm").is_dir(), reason="shared corpus not present")
def test_corpus_every_dump_imports_or_fails_clearly() -> None:
    for path in sorted((CORPUS / "mitm").glob("*.mitm")):
        try:
            items = list(mitm.read(path, SourceOptions()))
        except SourceError as exc:
            assert path.name in str(exc) and "flow format version" in str(exc)
            continue
        assert any(isinstance(i, Exchange) for i in items), path.name


def test_ingest_keeps_flows_of_a_cut_dump(tmp_path: Path) -> None:
    """Through ``analysis.ingest`` (what ``phonehome ingest`` runs): partial, nothing lost."""
    from analysis.ingest import CaptureMeta, ingest
    from analysis.store import Store

    full = _dump(tmp_path, [_post_flow(), tflow.ttcpflow(), _post_flow()]).read_bytes()
    cut = tmp_path / "cut.mitm"
    cut.write_bytes(full[:-50])
    store = Store.memory()
    (result,) = ingest(store, [cut], CaptureMeta(app="com.example.app"))
    assert result.kind == "mitm" and result.status == "partial"
    assert result.counts["exchanges"] == 3 and result.counts["connections"] == 1
    ((kind, offset),) = store.db.execute("select kind, offset from errors").fetchall()
    assert kind == "truncated" and 0 < offset < len(full)


def test_old_dump_websocket_text_messages_become_bytes() -> None:
    # mitmproxy 7 dumps hold a text WebSocket message's content as str
    path = CORPUS / "mitm" / "dumpfile-7-websocket.mitm"
    if not path.exists():
        pytest.skip("shared corpus not present")
    bodies = [i.request_body for i in mitm.read(path, SourceOptions())
              if isinstance(i, Exchange) and i.request_body is not None]
    assert bodies and all(isinstance(b, bytes) for b in bodies)
