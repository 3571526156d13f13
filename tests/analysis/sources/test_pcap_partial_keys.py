"""A key log that covers only some TLS sessions (QA3 P8): the session it does not cover is not
inspected, even when the same server had a decrypted one, and a claim that holds says so.

The TLS sessions are real: Python's ``ssl`` on memory BIOs, a throw-away certificate, and the
client's NSS key log (``keylog_filename``); their bytes are laid into TCP packets with scapy.
"""

from __future__ import annotations

import contextlib
import datetime
import ssl
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import TcpConv, client_hello, pcap_bytes

from analysis.analyze import analyze
from analysis.ingest import CaptureMeta, ingest
from analysis.records import Consent
from analysis.sources.base import SourceOptions
from analysis.store import Store

HOST, SERVER = "health.qaapp.example", "192.0.2.80"


def _cert(tmp: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
    certfile, keyfile = tmp / "srv.crt", tmp / "srv.key"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile


def tls_session(cert: tuple[Path, Path], keylog: Path, request: bytes,
                version: ssl.TLSVersion) -> list[tuple[bool, bytes]]:
    """The bytes of one TLS session carrying ``request``, in order: (client to server, data)."""
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(*map(str, cert))
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.check_hostname, cctx.verify_mode = False, ssl.CERT_NONE
    cctx.minimum_version = cctx.maximum_version = version
    cctx.keylog_filename = str(keylog)
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    client = cctx.wrap_bio(c_in, c_out, server_hostname=HOST)
    server = sctx.wrap_bio(s_in, s_out, server_side=True)
    wire: list[tuple[bool, bytes]] = []

    def pump() -> None:
        for up, src, dst in ((True, c_out, s_in), (False, s_out, c_in)):
            data = src.read()
            if data:
                wire.append((up, data))
                dst.write(data)

    for _ in range(10):  # a handshake is 2-3 flights
        for side in (client, server):
            with contextlib.suppress(ssl.SSLWantReadError):
                side.do_handshake()
        pump()
    client.write(request)
    pump()
    assert server.read(65536) == request
    server.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    pump()
    return wire


def _post(path: str, body: bytes) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def test_session_missing_from_the_key_log_is_not_inspected(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cert = _cert(tmp_path)
    keys, other = tmp_path / "keys.txt", tmp_path / "other-keys.txt"
    health = tls_session(cert, keys, _post("/v1/sync", b'{"heart_rate_bpm": [72, 75, 88]}'),
                         ssl.TLSVersion.TLSv1_3)
    # the same server, a session whose secrets the key log does not hold (written elsewhere)
    login = tls_session(cert, other, _post("/v1/login", b'{"password": "hunter2-secret"}'),
                        ssl.TLSVersion.TLSv1_2)
    packets = []
    for i, wire in enumerate((health, login)):
        conv = TcpConv(server=SERVER, sport=443, cport=41000 + i, t=1000.0 + 10 * i)
        conv.handshake()
        for up, data in wire:
            conv.send(up, data)
        conv.close()
        packets += conv.packets
    cap = tmp_path / "partial.pcap"
    cap.write_bytes(pcap_bytes(packets))
    claims = tmp_path / "claims.toml"
    claims.write_text('app = "com.example.qaapp"\n[[claim]]\nid = "no-cred"\ntext = "t"\n'
                      'data = ["secret.credential"]\nexpect = "absent"\n')

    store = Store.memory()
    ingest(store, [cap], CaptureMeta(consent=Consent.NO), SourceOptions(keylog=keys), jobs=1)
    assert store.db.execute("select count(*) from exchanges").fetchone()[0] == 1
    assert store.undecrypted_tls_counts() == {1: 1}
    analyze(store, claims=claims)
    (row,) = store.claim_rows()
    assert row["verdict"] == "holds"
    assert "1 TLS connection(s) in these sessions (to " in row["explanation"]
    assert ") could not be decrypted" in row["explanation"]
    # the command line says so at ingest
    from analysis.cli import main

    assert main(["ingest", str(cap), "--keylog", str(keys), "--db", str(tmp_path / "c.db"),
                 "--no-progress"]) == 0
    assert ("1 TLS connection(s) were not decrypted (the key log has no secrets for them, or "
            "the capture holds only part of their handshake or records)"
            in capsys.readouterr().out)
    # with every session's secrets nothing is left unseen
    keys.write_text(keys.read_text() + other.read_text())
    full = Store.memory()
    ingest(full, [cap], CaptureMeta(), SourceOptions(keylog=keys), jobs=1)
    assert full.db.execute("select count(*) from exchanges").fetchone()[0] == 2
    assert full.undecrypted_tls_counts() == {}


def test_tls_without_a_name_on_an_unusual_port_is_not_inspected(tmp_path: Path) -> None:
    # TLS to an address on port 4434 with no SNI: nothing in the connection row says TLS, but
    # it sent data and no exchange came out of it — not "nothing sent"
    conv = TcpConv(server=SERVER, sport=4434, cport=42000)
    conv.handshake()
    conv.send(True, client_hello(None, ()))
    conv.send(True, bytes([23, 3, 3, 0, 40]) + bytes(40))  # application data, no key
    conv.close()
    plain = TcpConv(server=SERVER, sport=80, cport=42001, t=1001.0)  # plaintext HTTP is read
    plain.handshake()
    plain.send(True, b"GET /ok HTTP/1.1\r\nHost: a.example\r\n\r\n")
    plain.close()
    cap = tmp_path / "port4434.pcap"
    cap.write_bytes(pcap_bytes(conv.packets + plain.packets))
    claims = tmp_path / "claims.toml"
    claims.write_text('[[claim]]\nid = "no-cred"\ntext = "t"\ndata = ["secret.credential"]\n'
                      'expect = "absent"\n')
    store = Store.memory()
    ingest(store, [cap], CaptureMeta(), SourceOptions(), jobs=1)
    assert (store.undecrypted_tls_counts(), store.unread_connection_counts()) == ({}, {1: 1})
    analyze(store, claims=claims)
    (row,) = store.claim_rows()
    assert row["verdict"] == "holds"
    assert "1 other connection(s) in these sessions carried data no decoder read" \
        in row["explanation"]
    from analysis.report.data import build_report

    errors = build_report(store)["errors"]
    assert [(e["kind"], e["count"]) for e in errors if e["kind"] == "not-inspected"] == [
        ("not-inspected", 1)]


def test_decrypted_tls_of_another_protocol_is_recorded_as_tcp_messages(tmp_path: Path) -> None:
    """QA63: MQTT over TLS (port 8883), decrypted with the key log, was reported as a
    connection that "could not be decrypted", and its content was never read; the proxy's TCP
    flow of the same bytes was. Its bursts are now messages, kept raw and searched."""
    cert = _cert(tmp_path)
    keys = tmp_path / "keys.txt"
    # an MQTT CONNECT packet (type 1) with a client ID and a JSON PUBLISH-like payload after it
    connect = (b"\x10\x2c\x00\x04MQTT\x04\xc2\x00\x3c\x00\x0cu_7Hq2Kx9PzL"
               b'{"user":"u_7Hq2Kx9PzL","temp":21.5}')
    wire = tls_session(cert, keys, connect, ssl.TLSVersion.TLSv1_3)
    conv = TcpConv(server=SERVER, sport=8883, cport=42000, t=1000.0)
    conv.handshake()
    for up, data in wire:
        conv.send(up, data)
    conv.close()
    cap = tmp_path / "mqtt.pcap"
    cap.write_bytes(pcap_bytes(conv.packets))
    store = Store.memory()
    ingest(store, [cap], CaptureMeta(consent=Consent.NO), SourceOptions(keylog=keys), jobs=1)
    rows = store.db.execute("select kind, direction, request_body from exchanges").fetchall()
    assert ("tcp", "up") in {(kind, direction) for kind, direction, _ in rows}, rows
    assert any(b"u_7Hq2Kx9PzL" in (body or b"") for _, _, body in rows)
    assert store.undecrypted_tls_counts() == {}
