"""End to end with real parts: ``phonehome proxy`` as a subprocess, a local HTTPS server speaking
HTTP/1.1, HTTP/2 and WebSocket (h11, h2 and websockets, TLS with a CA made here), real clients
(httpx, websockets) that trust the mitmproxy CA, SIGTERM, then the study database is checked
against what the clients sent. Everything listens on 127.0.0.1; every loop is bounded."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ipaddress
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

h2_config = pytest.importorskip("h2.config")
h2_connection = pytest.importorskip("h2.connection")
h2_events = pytest.importorskip("h2.events")
h11 = pytest.importorskip("h11")
httpx = pytest.importorskip("httpx")
ws_client = pytest.importorskip("websockets.asyncio.client")
ws_server = pytest.importorskip("websockets.asyncio.server")
ws_exceptions = pytest.importorskip("websockets.exceptions")

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


_USED: set[int] = set()


def _free_port() -> int:
    """A free port on 127.0.0.1, never one handed out before in this run."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port not in _USED:
            _USED.add(port)
            return port


def _make_ca_and_cert(d: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for localhost / 127.0.0.1."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "phonehome test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    (d / "ca.pem").write_bytes(ca.public_bytes(pem))
    (d / "cert.pem").write_bytes(cert.public_bytes(pem))
    (d / "key.pem").write_bytes(key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return d / "ca.pem", d / "cert.pem", d / "key.pem"


class Servers:
    """HTTPS (ALPN h2 or http/1.1) and WSS on 127.0.0.1, in a thread with its own loop."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ctx.load_cert_chain(cert, key)
        self.ctx.set_alpn_protocols(["h2", "http/1.1"])
        self.ws_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ws_ctx.load_cert_chain(cert, key)
        self.ws_ctx.set_alpn_protocols(["http/1.1"])  # websockets speaks HTTP/1.1 only
        self.https_port, self.wss_port = _free_port(), _free_port()
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.slow_seen = threading.Event()  # a request to /slow arrived; its answer waits
        self.slow_h2_seen = threading.Event()  # the same over HTTP/2 (one stream held)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self.ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self.release = asyncio.Event()  # /slow answers only once set (or after 10 s)
        self.conns: set[asyncio.Task[Any]] = set()  # awaited by stop(): no task left pending
        self.https = await asyncio.start_server(self._conn, "127.0.0.1", self.https_port,
                                                ssl=self.ctx)
        self.wss = await ws_server.serve(self._ws, "127.0.0.1", self.wss_port, ssl=self.ws_ctx)

    @staticmethod
    def _reply(method: str, path: str, body: bytes) -> bytes:
        return json.dumps({"method": method, "path": path, "len": len(body)}).encode()

    async def _conn(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.conns.add(task)
        task.add_done_callback(self.conns.discard)
        alpn = writer.get_extra_info("ssl_object").selected_alpn_protocol()
        try:
            await (self._h2 if alpn == "h2" else self._h1)(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, h11.RemoteProtocolError):
            pass
        finally:
            writer.close()

    async def _h1(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER)
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = await reader.read(65536)
                conn.receive_data(data)
                if not data:
                    return
                continue
            if isinstance(event, h11.Request):
                req, body = event, b""
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                if req.target.startswith(b"/slow"):
                    self.slow_seen.set()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.release.wait(), 10)
                out = self._reply(req.method.decode(), req.target.decode(), body)
                writer.write(conn.send(h11.Response(status_code=200, headers=[
                    ("content-type", "application/json"), ("content-length", str(len(out)))])))
                writer.write(conn.send(h11.Data(data=out)) + conn.send(h11.EndOfMessage()))
                await writer.drain()
                conn.start_next_cycle()
            elif isinstance(event, h11.ConnectionClosed):
                return

    async def _h2(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h2_connection.H2Connection(h2_config.H2Configuration(client_side=False))
        conn.initiate_connection()
        writer.write(conn.data_to_send())
        streams: dict[int, list[Any]] = {}
        while data := await reader.read(65536):
            for event in conn.receive_data(data):
                if isinstance(event, h2_events.RequestReceived):
                    streams[event.stream_id] = [dict(event.headers), b""]
                elif isinstance(event, h2_events.DataReceived):
                    streams[event.stream_id][1] += event.data
                    conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                elif isinstance(event, h2_events.StreamEnded):
                    headers, body = streams.pop(event.stream_id)
                    out = self._reply(headers[b":method"].decode(), headers[b":path"].decode(),
                                      body)
                    if headers[b":path"].startswith(b"/slow"):
                        # Hold this stream's answer; the connection's other streams go on.
                        self.slow_h2_seen.set()
                        held = asyncio.create_task(self._h2_later(conn, writer, event.stream_id,
                                                                  out))
                        self.conns.add(held)
                        held.add_done_callback(self.conns.discard)
                        continue
                    self._h2_answer(conn, event.stream_id, out)
            writer.write(conn.data_to_send())
            await writer.drain()

    @staticmethod
    def _h2_answer(conn: Any, stream_id: int, out: bytes) -> None:
        conn.send_headers(stream_id, [(":status", "200"), ("content-type", "application/json")])
        conn.send_data(stream_id, out, end_stream=True)

    async def _h2_later(self, conn: Any, writer: asyncio.StreamWriter, stream_id: int,
                        out: bytes) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.release.wait(), 10)
        with contextlib.suppress(Exception):  # the proxy may have closed the stream by now
            self._h2_answer(conn, stream_id, out)
            writer.write(conn.data_to_send())
            await writer.drain()

    async def _ws(self, ws: Any) -> None:
        async for message in ws:
            await ws.send(f"echo:{message}")

    def stop(self) -> None:
        async def close() -> None:
            self.release.set()
            self.https.close()
            self.wss.close()
            if self.conns:
                await asyncio.wait(self.conns, timeout=5)

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[tuple[Servers, Path]]:
    ca, cert, key = _make_ca_and_cert(tmp_path)
    s = Servers(cert, key)
    s.thread.start()
    assert s.ready.wait(10)
    yield s, ca
    s.stop()


def _wait_listening(port: int, proc: subprocess.Popen[str], deadline: float) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"proxy exited early: {proc.communicate()}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError("proxy did not start listening")


async def _clients(proxy: str, ca: Path, https: int, wss: int) -> list[tuple[str, str, bytes]]:
    """Send the mix; return (method, url, body) of every request sent."""
    ctx = ssl.create_default_context(cafile=str(ca))
    sent: list[tuple[str, str, bytes]] = []
    for http2 in (False, True):
        async with httpx.AsyncClient(proxy=proxy, verify=ctx, http2=http2) as client:
            version = "h2" if http2 else "h1"
            for i in range(6):
                url = f"https://localhost:{https}/v1/{version}/{i}?aid=ad-{i}&x=%20y"
                body = json.dumps({"i": i, "lat": 48.85}).encode() if i % 2 else b""
                method = "POST" if body else "GET"
                r = await client.request(method, url, content=body or None,
                                         headers={"x-phonehome-test": f"n{i}"})
                assert r.status_code == 200 and r.json()["len"] == len(body)
                assert r.http_version == ("HTTP/2" if http2 else "HTTP/1.1")
                sent.append((method, url, body))
    async with ws_client.connect(f"wss://localhost:{wss}/socket", ssl=ctx, proxy=proxy) as ws:
        for i in range(3):
            await ws.send(f"ping {i}")
            assert await ws.recv() == f"echo:ping {i}"
    return sent


async def _pinned_client(proxy_port: int, server_ca: Path, https: int) -> None:
    """A client that trusts only the real server's CA, as a pinning app would: it refuses the
    proxy's certificate."""
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy_port)
    writer.write(f"CONNECT localhost:{https} HTTP/1.1\r\nHost: localhost:{https}\r\n\r\n".encode())
    assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 200")
    with pytest.raises(ssl.SSLCertVerificationError):
        await writer.start_tls(ssl.create_default_context(cafile=str(server_ca)),
                               server_hostname="localhost")
    writer.close()


async def _unreachable(proxy_port: int, closed: int) -> bytes:
    """A CONNECT to a port nothing listens on (QA185: a crash reporter's dead fallback host);
    the proxy's answer's status line."""
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy_port)
    writer.write(f"CONNECT localhost:{closed} HTTP/1.1\r\nHost: localhost:{closed}\r\n\r\n"
                 .encode())
    status = (await reader.readuntil(b"\r\n")).strip()
    writer.close()
    return status


async def _in_flight(proxy: str, ca: Path, https: int, wss: int) -> list[str]:
    """Leave a WebSocket open and two requests waiting for their responses, one over HTTP/1.1
    and one on an HTTP/2 stream, as the proxy stops."""
    ctx = ssl.create_default_context(cafile=str(ca))

    async def slow(http2: bool) -> str:
        name = "slow-h2" if http2 else "slow"
        try:
            async with httpx.AsyncClient(proxy=proxy, verify=ctx, timeout=10,
                                         http2=http2) as client:
                r = await client.post(f"https://localhost:{https}/{name}?aid=ad-{name}",
                                      content=b'{"slow": 1}')
                return f"answered {r.status_code}"
        except (httpx.HTTPError, ConnectionError) as exc:
            return f"no response: {type(exc).__name__}"

    try:
        async with ws_client.connect(f"wss://localhost:{wss}/open", ssl=ctx, proxy=proxy) as ws:
            await ws.send("still open")
            assert await ws.recv() == "echo:still open"
            return list(await asyncio.gather(slow(False), slow(True)))
    except (ConnectionError, ws_exceptions.ConnectionClosed) as exc:
        return [f"no response: {type(exc).__name__}"]


def test_proxy_records_every_request(tmp_path: Path, servers: tuple[Servers, Path]) -> None:
    srv, ca = servers
    port, db, confdir = _free_port(), tmp_path / "study.db", tmp_path / "mitm"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from analysis.cli import main; sys.exit(main())",
         "proxy", "--db", str(db), "--listen-host", "127.0.0.1", "--mode", f"regular@{port}",
         "--confdir", str(confdir), "--app", "com.example.e2e", "--consent", "no",
         "--set", f"ssl_verify_upstream_trusted_ca={ca}"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_listening(port, proc, time.monotonic() + 15)
        sent = asyncio.run(asyncio.wait_for(
            _clients(f"http://127.0.0.1:{port}", confdir / "mitmproxy-ca-cert.pem",
                     srv.https_port, srv.wss_port), 20))
        asyncio.run(asyncio.wait_for(_pinned_client(port, ca, srv.https_port), 10))
        closed = _free_port()  # (bound once and released: nothing listens there now)
        refused = asyncio.run(asyncio.wait_for(_unreachable(port, closed), 10))
        # QA round 2: SIGTERM while a response is still on its way (the server holds /slow
        # until the proxy is gone) must not lose the request.
        waiting: list[list[str]] = []
        client = threading.Thread(target=lambda: waiting.append(asyncio.run(asyncio.wait_for(
            _in_flight(f"http://127.0.0.1:{port}", confdir / "mitmproxy-ca-cert.pem",
                       srv.https_port, srv.wss_port), 15))), daemon=True)
        client.start()
        assert srv.slow_seen.wait(10), "the slow request did not reach the server"
        assert srv.slow_h2_seen.wait(10), "the slow HTTP/2 stream did not reach the server"
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    client.join(15)
    assert waiting and len(waiting[0]) == 2, waiting
    assert all(w.startswith("no response") for w in waiting[0]), waiting
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "CancelledError" not in err, err
    assert "Android 7+" in out and "Certificate Trust Settings" in out

    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("select * from exchanges where kind = 'http'"
                            " and url not like 'wss:%' and status = 200 order by id").fetchall()
        ws_rows = conn.execute("select * from exchanges where kind = 'websocket'"
                               " and url like '%/socket' order by id").fetchall()
        open_ws = conn.execute("select direction, request_body from exchanges"
                               " where kind = 'websocket' and url like '%/open' order by id"
                               ).fetchall()
        slow = conn.execute("select * from exchanges where url like '%/slow?%'").fetchall()
        slow_h2 = conn.execute("select * from exchanges where url like '%/slow-h2?%'"
                               ).fetchall()
        capture = conn.execute("select * from captures").fetchone()
        tls_failed = conn.execute("select message from errors where kind = 'tls-failed'"
                                  ).fetchall()
        pinned = conn.execute("select server_ip, server_port, sni from connections").fetchall()
        unreached = conn.execute("select message from errors where kind = 'connect-failed'"
                                 ).fetchall()
        connects = conn.execute("select count(*) from exchanges where method = 'CONNECT'"
                                ).fetchone()[0]
    got = {(r["method"], r["url"]): r for r in rows}
    for method, url, body in sent:
        r = got[(method, url)]
        assert r["server_ip"] == "127.0.0.1" and r["server_port"] == srv.https_port
        assert r["sni"] == "localhost" and r["client_ip"] == "127.0.0.1"
        assert (r["request_body"] or b"") == body
        headers = dict(json.loads(r["request_headers"]))
        assert headers["x-phonehome-test"].startswith("n")
        assert r["http_version"] == ("HTTP/2.0" if "/h2/" in url else "HTTP/1.1")
        assert r["connect_ms"] is not None and r["tls_ms"] is not None
    assert len(got) == len(sent) == 12
    up = [r["request_body"] for r in ws_rows if r["direction"] == "up"]
    down = [r["request_body"] for r in ws_rows if r["direction"] == "down"]
    assert up == [f"ping {i}".encode() for i in range(3)]
    assert down == [f"echo:ping {i}".encode() for i in range(3)]
    assert all(r["sni"] == "localhost" and r["server_ip"] == "127.0.0.1" for r in ws_rows)
    # The refused handshake is on record: destination known, content not visible.
    assert len(tls_failed) == 1 and "localhost" in tls_failed[0]["message"]
    assert [tuple(r) for r in pinned] == [("127.0.0.1", srv.https_port, "localhost")]
    # The CONNECT to a server the proxy could not reach is on record as an attempt (an errors
    # row naming the destination), not as an exchange: nothing was sent there.
    assert refused.startswith(b"HTTP/1.1 502"), refused
    assert len(unreached) == 1, unreached
    assert f"localhost:{closed}" in unreached[0]["message"]
    assert "could not reach" in unreached[0]["message"] and connects == 0
    # The request still waiting at SIGTERM is recorded, saying why it has no response; the
    # messages of the WebSocket still open are recorded too.
    assert len(slow) == 1 and slow[0]["method"] == "POST" and slow[0]["status"] is None
    assert slow[0]["error"] == "proxy stopped before the response"
    assert slow[0]["request_body"] == b'{"slow": 1}' and slow[0]["server_ip"] == "127.0.0.1"
    assert slow[0]["url"] == f"https://localhost:{srv.https_port}/slow?aid=ad-slow"
    # The same for a request whose HTTP/2 stream was still waiting for its response.
    assert len(slow_h2) == 1 and slow_h2[0]["http_version"] == "HTTP/2.0"
    assert slow_h2[0]["error"] == "proxy stopped before the response"
    assert slow_h2[0]["status"] is None and slow_h2[0]["method"] == "POST"
    assert slow_h2[0]["request_body"] == b'{"slow": 1}' and slow_h2[0]["sni"] == "localhost"
    assert slow_h2[0]["url"] == f"https://localhost:{srv.https_port}/slow-h2?aid=ad-slow-h2"
    assert [tuple(r) for r in open_ws] == [("up", b"still open"), ("down", b"echo:still open")]
    assert capture["kind"] == "proxy" and capture["app"] == "com.example.e2e"
    assert capture["consent"] == "no" and capture["status"] == "complete"
