"""TCP and UDP payloads of protocols without a dissector become messages (DESIGN.md: findings
come also from "client-to-server WebSocket/TCP/UDP messages"); undecrypted TLS/QUIC do not."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import TcpConv, pcap_bytes, udp

from analysis.ingest import CaptureMeta, ingest
from analysis.records import Connection, Exchange, ExchangeKind, ReadError
from analysis.sources.base import SourceOptions
from analysis.sources.pcap import raw, read
from analysis.store import Store

HELLO = b'{"type": "hello", "adid": "6f1c0e0a-0000-4000-8000-000000000b4c"}\n'


def _items(tmp_path: Path, packets: list[tuple[float, bytes]], **opts: object) -> list[object]:
    path = tmp_path / "c.pcap"
    path.write_bytes(pcap_bytes(packets))
    return list(read(path, SourceOptions(**opts)))  # type: ignore[arg-type]


def _messages(items: list[object]) -> list[Exchange]:
    return [i for i in items if isinstance(i, Exchange)]


def test_tcp_json_line_to_a_chat_port_is_an_up_message(tmp_path: Path) -> None:
    conv = TcpConv(sport=5222)
    conv.handshake()
    t_up = conv.send(True, HELLO[:20])[0]
    conv.send(True, HELLO[20:])  # same burst: the server has not answered yet
    t_down = conv.send(False, b'{"ok":true}\n')[0]
    conv.send(True, b"PING\n")
    conv.close()
    up, down, ping = _messages(_items(tmp_path, conv.packets))
    assert (up.kind, up.direction, up.method) == (ExchangeKind.TCP, "up", None)
    assert up.url == "tcp://192.0.2.10:5222" and up.server_port == 5222
    assert up.request_body == HELLO and up.request_body_size == len(HELLO)
    assert up.ts == pytest.approx(t_up, abs=1e-6) and not up.request_truncated
    assert (down.direction, down.request_body) == ("down", b'{"ok":true}\n')
    assert down.ts == pytest.approx(t_down, abs=1e-6)
    assert (ping.direction, ping.request_body) == ("up", b"PING\n")


def test_tcp_message_is_cut_at_max_body_and_says_so(tmp_path: Path) -> None:
    conv = TcpConv(sport=7000)
    conv.handshake()
    conv.send(True, b"A" * 300)
    conv.send(True, b"B" * 300)
    conv.close()
    (msg,) = _messages(_items(tmp_path, conv.packets, max_body=400))
    assert msg.request_body == b"A" * 300 + b"B" * 100
    assert msg.request_body_size == 600 and msg.request_truncated


def test_tcp_messages_per_flow_are_bounded_and_the_rest_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(raw, "MAX_MESSAGES", 3)
    conv = TcpConv(sport=7000)
    conv.handshake()
    for i in range(4):
        conv.send(True, b"q%d" % i)
        conv.send(False, b"a%d" % i)
    conv.close()
    items = _items(tmp_path, conv.packets)
    assert [m.request_body for m in _messages(items)] == [b"q0", b"a0", b"q1"]
    (err,) = [i for i in items if isinstance(i, ReadError)]
    assert err.kind == "messages-not-recorded"


def test_udp_datagrams_are_messages_bounded_per_flow(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(raw, "MAX_MESSAGES", 2)
    packets = [(5.0 + i, udp("10.0.0.2", "192.0.2.20", 42000, 9999, b'{"adid": "%d"}' % i))
               for i in range(5)]
    packets.append((9.5, udp("192.0.2.20", "10.0.0.2", 9999, 42000, b"ack")))
    items = _items(tmp_path, packets)
    first, second = _messages(items)
    assert (first.kind, first.direction, first.url) == (ExchangeKind.UDP, "up",
                                                        "udp://192.0.2.20:9999")
    assert first.request_body == b'{"adid": "0"}' and first.ts == 5.0
    assert second.request_body == b'{"adid": "1"}'
    (err,) = [i for i in items if isinstance(i, ReadError)]
    assert err.kind == "messages-not-recorded" and err.count == 4  # 3 up + the answer
    (conn,) = [i for i in items if isinstance(i, Connection)]
    assert conn.transport == "udp" and conn.packets_up == 5  # all still counted


def test_ciphertext_without_handshake_is_not_a_message(tmp_path: Path) -> None:
    # a capture that begins inside QUIC (short header, random CID) and inside TLS
    quic = bytes([0x43]) + os.urandom(40)
    packets = [(1.0, udp("10.0.0.2", "192.0.2.30", 50000, 443, quic)),
               (1.1, udp("192.0.2.30", "10.0.0.2", 443, 50000, bytes([0x5a]) + os.urandom(30)))]
    tls = TcpConv(sport=443, cport=40001, t=2.0)
    tls.send(True, b"\x17\x03\x03\x00\x20" + os.urandom(32))  # application data, no SYN seen
    other = TcpConv(sport=993, cport=40002, t=3.0)
    other.send(True, os.urandom(64))  # middle of a record on a TLS port
    items = _items(tmp_path, packets + tls.packets + other.packets)
    assert _messages(items) == []
    assert len([i for i in items if isinstance(i, Connection)]) == 3


def test_udp_text_on_port_443_and_binary_elsewhere_are_messages(tmp_path: Path) -> None:
    packets = [(1.0, udp("10.0.0.2", "192.0.2.30", 50000, 443, b'{"email": "a@b.example"}')),
               (2.0, udp("10.0.0.2", "192.0.2.31", 50001, 7777, b"\x00\x01\xfe\xff"))]
    text, binary = _messages(_items(tmp_path, packets))
    assert text.request_body == b'{"email": "a@b.example"}'
    assert binary.request_body == b"\x00\x01\xfe\xff"


def test_tcp_message_reaches_the_store_as_kind_tcp(tmp_path: Path) -> None:
    conv = TcpConv(sport=5222)
    conv.handshake()
    conv.send(True, HELLO)
    conv.close()
    path = tmp_path / "c.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    store = Store.memory()
    ingest(store, [path], CaptureMeta(), SourceOptions())
    (row,) = list(store.db["exchanges"].rows_where(order_by="id"))
    assert (row["kind"], row["direction"], row["request_body"]) == ("tcp", "up", HELLO)
