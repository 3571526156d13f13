"""The phonehome mitmproxy addon, driven through ``mitmproxy.test.taddons`` with flows from
``mitmproxy.test.tflow``, writing into a real study database in a temporary directory."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from mitmproxy import eventsequence, exceptions, hooks
from mitmproxy.addons import script
from mitmproxy.proxy import context as pcontext
from mitmproxy.test import taddons, tflow, tutils
from mitmproxy.tls import TlsData

from addons.phonehome import PhoneHome


def run(coro: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(coro())


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_every_flow_type_is_recorded(tmp_path: Path) -> None:
    db = tmp_path / "s.db"

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, phonehome_db=str(db), phonehome_app="com.example.app",
                           phonehome_label="noconsent", phonehome_consent="no")
            ws_broken = tflow.twebsocketflow(err=True)
            ws_broken.error = tflow.terr("connection reset")
            addon.websocket_end(ws_broken)
            for f in (tflow.tflow(resp=True), tflow.tflow(err=True), tflow.twebsocketflow(),
                      tflow.ttcpflow(), tflow.tudpflow(err=True), tflow.tdnsflow(resp=True)):
                await tctx.cycle(addon, f)
            addon.done()
        assert addon.last_stats is not None and addon.last_stats.failure is None

    run(go)
    kinds = rows(db, "select kind, direction, status, error from exchanges order by id")
    assert kinds == [
        ("http", "up", 200, None),
        ("http", "up", None, "error"),
        ("http", "up", 101, None),  # the WebSocket handshake
        ("websocket", "up", None, None), ("websocket", "up", None, None),
        ("websocket", "down", None, None),
        ("tcp", "up", None, None), ("tcp", "down", None, None),
        ("udp", "up", None, "error"), ("udp", "down", None, "error"),
        ("dns", "up", 0, None),
    ]
    assert rows(db, "select transport, bytes_up, bytes_down from connections") == [
        ("tcp", 5, 7), ("udp", 5, 7)]
    assert rows(db, "select count(*) from dns_answers") == [(2,)]
    assert rows(db, "select kind from errors") == [("websocket-error",), ("udp-error",)]
    assert rows(db, "select kind, app, label, consent, status from captures") == [
        ("proxy", "com.example.app", "noconsent", "no", "complete")]
    assert rows(db, "select pass, status from runs") == [("proxy", "ok")]


def test_tls_failure_recorded_as_connection_and_error(tmp_path: Path) -> None:
    db = tmp_path / "s.db"

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, phonehome_db=str(db))
            client = tflow.tclient_conn()
            client.sni = "pinned.example.org"
            client.error = "client rejected the certificate"
            server = tflow.tserver_conn()
            server.peername = ("198.51.100.9", 443)
            data = TlsData(client, pcontext.Context(client, tctx.options))
            data.context.server = server
            addon.tls_failed_client(data)
            addon.done()

    run(go)
    assert rows(db, "select server_ip, server_port, sni from connections") == [
        ("198.51.100.9", 443, "pinned.example.org")]
    ((kind, message),) = rows(db, "select kind, message from errors")
    assert kind == "tls-failed" and "pinned.example.org" in message
    assert "not visible" in message


def test_unset_db_records_nothing_and_passes_traffic() -> None:
    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon)
            f = tflow.tflow(resp=True)
            await tctx.cycle(addon, f)
            assert addon.writer is None and f.response is not None and not f.error

    run(go)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("phonehome_consent", "maybe", "maybe"),
        ("phonehome_max_body", -1, "-1"),
        ("phonehome_device", "/nonexistent/device.toml", "device.toml"),
    ],
)
def test_invalid_options_name_the_value(option: str, value: Any, message: str) -> None:
    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx, pytest.raises(exceptions.OptionsError,
                                                           match=message):
            tctx.configure(addon, **{option: value})

    run(go)


def test_db_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "capture.pcap"
    bad.write_bytes(b"\xd4\xc3\xb2\xa1" + b"\0" * 40)

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx, pytest.raises(exceptions.OptionsError,
                                                           match=r"capture\.pcap"):
            tctx.configure(addon, phonehome_db=str(bad))

    run(go)


def test_valid_options_and_body_truncation(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    device = tmp_path / "device.toml"
    device.write_text('[device]\nname = "test phone"\nplatform = "android"\n')

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, phonehome_db=str(db), phonehome_max_body=10,
                           phonehome_consent="yes", phonehome_device=str(device))
            req = tutils.treq(method=b"POST", content=b"0123456789abcdef")
            await tctx.cycle(addon, tflow.tflow(req=req, resp=True))
            addon.done()

    run(go)
    assert rows(db, "select request_body, request_body_size, request_truncated,"
                    " response_truncated from exchanges") == [(b"0123456789", 16, 1, 0)]
    assert rows(db, "select consent from captures") == [("yes",)]


def test_failing_database_stops_the_proxy_loudly(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, phonehome_db=str(db))
            # The study database refuses writes under the running proxy (as a full disk or a
            # broken file would): a trigger makes SQLite abort every exchange insert.
            with sqlite3.connect(db) as other:
                other.execute("create trigger refuse before insert on exchanges"
                              " begin select raise(abort, 'database or disk is full'); end")
            await tctx.cycle(addon, tflow.tflow(resp=True))
            assert addon.writer is not None
            addon.writer.flush()
            await asyncio.sleep(0.05)  # let the thread-safe shutdown call land
            assert tctx.master.should_exit.is_set()
            later = tflow.tflow()
            addon.requestheaders(later)
            assert later.error is not None  # killed: no traffic passes unrecorded
            addon.done()
        assert addon.last_stats is not None
        assert addon.last_stats.failure and addon.last_stats.unrecorded == 1

    run(go)
    assert "cannot write the study database" in capsys.readouterr().err
    assert rows(db, "select status from captures") == [("failed",)]


def test_live_marks_flows_with_categories_found(tmp_path: Path) -> None:
    """Live mode: the writer process classifies each request and the flow is marked on the
    event loop; a flow without findings stays untouched."""
    db = tmp_path / "s.db"

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, phonehome_db=str(db), phonehome_live=True)
            tracked = tflow.tflow(req=tutils.treq(
                path=b"/c?gaid=38400000-8cf0-11bd-b23e-10b96e40000d"), resp=True)
            plain = tflow.tflow(req=tutils.treq(path=b"/c?page=2"), resp=True)
            await tctx.cycle(addon, tracked)
            await tctx.cycle(addon, plain)
            assert addon.writer is not None and addon.writer.flush()
            for _ in range(100):  # marks are applied on the event loop
                if tracked.marked:
                    break
                await asyncio.sleep(0.01)
            assert tracked.marked and "id.advertising" in tracked.comment
            assert not plain.marked and not plain.comment and plain.response is not None
            addon.done()
        assert addon.last_stats is not None
        assert addon.last_stats.live == {"live_classified": 2, "live_marked": 1,
                                         "live_failures": 0}

    run(go)
    assert rows(db, "select count(*) from exchanges") == [(2,)]
    ((counts,),) = rows(db, "select counts from runs")
    assert '"live_marked": 1' in counts


def test_writer_process_dying_stops_the_proxy_loudly(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The writer process killed (OOM killer, a crash): the proxy stops, no flow passes
    unrecorded, and the capture says it failed."""
    db = tmp_path / "s.db"

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, phonehome_db=str(db))
            await tctx.cycle(addon, tflow.tflow(resp=True))
            assert addon.writer is not None and addon.writer.flush()
            addon.writer._proc.kill()
            for _ in range(200):
                if tctx.master.should_exit.is_set():
                    break
                await asyncio.sleep(0.01)
            assert tctx.master.should_exit.is_set()
            later = tflow.tflow()
            addon.requestheaders(later)
            assert later.error is not None
            addon.response(tflow.tflow(resp=True))  # one already on its way: counted as lost
            addon.done()
        assert addon.last_stats is not None
        assert "writer process ended unexpectedly" in (addon.last_stats.failure or "")
        assert addon.last_stats.unrecorded == 1

    run(go)
    assert "cannot write the study database" in capsys.readouterr().err
    assert rows(db, "select count(*) from exchanges") == [(1,)]  # written before the kill
    assert rows(db, "select status from captures") == [("failed",)]


def test_script_loads_like_mitmdump_s(tmp_path: Path) -> None:
    """``mitmdump -s addons/phonehome.py --set phonehome_db=...`` from a checkout."""
    path = Path(__file__).resolve().parents[2] / "addons" / "phonehome.py"
    db = tmp_path / "s.db"

    async def go() -> None:
        loader = script.ScriptLoader()
        with taddons.context(loader) as tctx:
            tctx.configure(loader, scripts=[str(path)])
            for _ in range(100):  # the script loader loads the file from a task
                if "phonehome_db" in tctx.options:
                    break
                await asyncio.sleep(0.02)
            tctx.options.update(phonehome_db=str(db))
            for event in eventsequence.iterate(tflow.tflow(resp=True)):
                await tctx.master.addons.trigger_event(event)
            await tctx.master.addons.trigger_event(hooks.DoneHook())

    run(go)
    assert rows(db, "select count(*) from exchanges") == [(1,)]


def test_flows_still_open_at_done_are_recorded(tmp_path: Path) -> None:
    """SIGTERM while a response is on its way (QA round 2): ``done`` records the request with
    an error saying the proxy stopped, and the connection of a raw TCP flow still open."""
    db = tmp_path / "s.db"

    async def go() -> None:
        addon = PhoneHome()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, phonehome_db=str(db))
            finished = tflow.tflow(resp=True)
            await tctx.cycle(addon, finished)
            waiting = tflow.tflow(req=tutils.treq(method=b"POST", path=b"/slow?gaid=g-1",
                                                  content=b'{"a":1}'))
            addon.requestheaders(waiting)  # sent upstream, no response yet
            half = tflow.tflow(req=tutils.treq(path=b"/half"), resp=True)
            addon.requestheaders(half)  # response headers seen, body still coming
            socket = tflow.twebsocketflow()  # handshake done, socket still open
            await tctx.cycle(addon, socket)
            stream = tflow.ttcpflow()
            messages, stream.messages = stream.messages, []
            addon.tcp_start(stream)
            for m in messages:
                stream.messages.append(m)
                addon.tcp_message(stream)
            datagrams = tflow.tudpflow()  # a UDP flow with no message yet
            datagrams.messages = []
            datagrams.client_conn.sni = None
            addon.udp_start(datagrams)
            query = tflow.tdnsflow()
            addon.dns_request(query)
            addon.done()
            # The response arriving after shutdown is not recorded twice, nor does it crash.
            await tctx.cycle(addon, waiting)
        assert addon.last_stats is not None and addon.last_stats.failure is None

    run(go)
    http_rows = rows(db, "select url, status, error, request_body from exchanges"
                         " where kind = 'http' order by id")
    assert http_rows == [
        ("http://address:22/path", 200, None, b"content"),
        ("http://example.com/ws", 101, None, b""),
        ("http://address:22/slow?gaid=g-1", None, "proxy stopped before the response",
         b'{"a":1}'),
        ("http://address:22/half", 200, "proxy stopped before the response was complete",
         b"content"),
    ]
    assert rows(db, "select direction from exchanges where kind = 'websocket'") == [
        ("up",), ("up",), ("down",)]
    assert rows(db, "select count(*) from exchanges where kind = 'tcp'") == [(2,)]
    assert rows(db, "select transport, bytes_up, bytes_down from connections order by id") == [
        ("tcp", 5, 7), ("udp", 0, 0)]
    # Nothing in a connections row says the flow was still open: an errors row of the capture
    # does, naming the flow by the addresses of its connections row.
    stopped = rows(db, "select kind, message, capture_id from errors order by id")
    assert [(k, c) for k, _, c in stopped] == [("proxy-stopped", 1)] * 2
    assert stopped[0][1] == (
        "tcp flow 127.0.0.1:22 -> 192.168.0.1:22 (address) was still open when the proxy "
        "stopped: cut short, its record covers only the messages seen until then (1 up, 1 down)")
    assert stopped[1][1].startswith("udp flow 127.0.0.1:22 -> 192.168.0.1:22 ")
    assert stopped[1][1].endswith("(0 up, 0 down)")
    assert rows(db, "select kind, status, error from exchanges where kind = 'dns'") == [
        ("dns", None, "proxy stopped before the response")]
    assert rows(db, "select status from captures") == [("complete",)]
