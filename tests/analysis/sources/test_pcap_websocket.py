"""Plaintext WebSocket messages after an HTTP/1.1 upgrade (RFC 6455, RFC 7692) in a pcap."""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import TcpConv, pcap_bytes

from analysis.records import Exchange, ExchangeKind, ReadError
from analysis.sources.base import SourceOptions
from analysis.sources.pcap import read

UPGRADE = (b"GET /ws?v=1 HTTP/1.1\r\nHost: ws.example\r\nUpgrade: websocket\r\n"
           b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
           b"Sec-WebSocket-Version: 13\r\n\r\n")
MASK = b"\x11\x22\x33\x44"


def switching(extensions: str = "") -> bytes:
    ext = f"Sec-WebSocket-Extensions: {extensions}\r\n".encode() if extensions else b""
    return (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n" + ext + b"\r\n")


def frame(payload: bytes, opcode: int = 1, fin: bool = True, masked: bool = True,
          rsv1: bool = False) -> bytes:
    b0 = (0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode
    mask_bit = 0x80 if masked else 0
    n = len(payload)
    if n < 126:
        head = bytes([b0, mask_bit | n])
    elif n < 65536:
        head = bytes([b0, mask_bit | 126]) + struct.pack(">H", n)
    else:
        head = bytes([b0, mask_bit | 127]) + struct.pack(">Q", n)
    if not masked:
        return head + payload
    return head + MASK + bytes(b ^ MASK[i % 4] for i, b in enumerate(payload))


def _read(tmp_path: Path, conv: TcpConv) -> list[object]:
    path = tmp_path / "ws.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    return list(read(path, SourceOptions()))


def _messages(items: list[object]) -> list[Exchange]:
    return [i for i in items if isinstance(i, Exchange) and i.kind == ExchangeKind.WEBSOCKET]


def _opened(extensions: str = "") -> TcpConv:
    conv = TcpConv()
    conv.handshake()
    conv.send(True, UPGRADE)
    conv.send(False, switching(extensions))
    return conv


def test_masked_client_text_frame_is_an_up_message(tmp_path: Path) -> None:
    payload = b'{"type": "typing", "gaid": "38400000-8cf0-11bd-b23e-10b96e40000d"}' * 3
    conv = _opened()
    t_up = conv.send(True, frame(payload))[0]
    conv.send(False, frame(b'{"ok": 1}', masked=False))
    conv.close()
    items = _read(tmp_path, conv)
    upgrade = [i for i in items if isinstance(i, Exchange) and i.kind == ExchangeKind.HTTP]
    assert [u.status for u in upgrade] == [101]
    up, down = _messages(items)
    assert (up.direction, up.method, up.url, up.host) == ("up", None, "http://ws.example/ws?v=1",
                                                          "ws.example")
    assert up.request_body == payload and up.request_body_size == len(payload)
    assert up.ts == pytest.approx(t_up, abs=1e-6)
    assert (down.direction, down.request_body) == ("down", b'{"ok": 1}')
    assert not [i for i in items if isinstance(i, ReadError)]


def test_fragmented_message_with_a_ping_between_and_split_segments(tmp_path: Path) -> None:
    conv = _opened()
    wire = (frame(b"hello ", fin=False) + frame(b"ping!", opcode=9) +
            frame(b"world", opcode=0))
    t_first = conv.send(True, wire[:1])[0]  # even the 2-byte frame header is split
    conv.send(True, wire[1:9])
    conv.send(True, wire[9:])
    conv.close()
    (msg,) = _messages(_read(tmp_path, conv))
    assert msg.request_body == b"hello world"
    assert msg.ts == pytest.approx(t_first, abs=1e-6)


def test_server_frame_in_the_segment_of_the_101_is_kept(tmp_path: Path) -> None:
    conv = TcpConv()
    conv.handshake()
    conv.send(True, UPGRADE)
    conv.send(False, switching() + frame(b"welcome", masked=False))
    conv.send(True, frame(b"hi"))
    conv.close()
    down, up = _messages(_read(tmp_path, conv))
    assert (down.direction, down.request_body) == ("down", b"welcome")
    assert (up.direction, up.request_body) == ("up", b"hi")


def _deflate_messages(texts: list[bytes], takeover: bool) -> list[bytes]:
    out, comp = [], zlib.compressobj(wbits=-15)
    for text in texts:
        if not takeover:
            comp = zlib.compressobj(wbits=-15)
        data = comp.compress(text) + comp.flush(zlib.Z_SYNC_FLUSH)
        assert data.endswith(b"\x00\x00\xff\xff")
        out.append(data[:-4])  # RFC 7692 7.2.1: the tail is removed
    return out


@pytest.mark.parametrize("takeover", [True, False])
def test_permessage_deflate_is_inflated(tmp_path: Path, takeover: bool) -> None:
    ext = "permessage-deflate" + ("" if takeover else "; client_no_context_takeover")
    texts = [b'{"email": "user@example.org", "n": 1}', b'{"email": "user@example.org", "n": 2}']
    conv = _opened(ext)
    for data in _deflate_messages(texts, takeover):
        conv.send(True, frame(data, rsv1=True))
    conv.close()
    msgs = _messages(_read(tmp_path, conv))
    assert [m.request_body for m in msgs] == texts
    assert all(m.error is None for m in msgs)


def test_undecodable_deflate_keeps_raw_bytes_and_reports(tmp_path: Path) -> None:
    conv = _opened("permessage-deflate")
    conv.send(True, frame(b"\xff\xfe\xfd not deflate", rsv1=True))
    conv.close()
    items = _read(tmp_path, conv)
    (msg,) = _messages(items)
    assert msg.request_body == b"\xff\xfe\xfd not deflate" and msg.error
    assert [e.kind for e in items if isinstance(e, ReadError)] == ["undecodable-body"]


def test_message_cut_by_the_end_of_the_capture_is_marked(tmp_path: Path) -> None:
    conv = _opened()
    conv.send(True, frame(b"0123456789")[:-4])
    (msg,) = _messages(_read(tmp_path, conv))
    assert msg.request_body == b"012345" and msg.request_truncated and msg.error


def test_upgrade_to_an_unknown_protocol_becomes_tcp_messages(tmp_path: Path) -> None:
    conv = TcpConv()
    conv.handshake()
    conv.send(True, b"GET / HTTP/1.1\r\nHost: x.example\r\nUpgrade: foo/1\r\n"
              b"Connection: Upgrade\r\n\r\n")
    conv.send(False, b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: foo/1\r\n\r\n")
    conv.send(True, b"SECRET imei=1")
    conv.close()
    items = [i for i in _read(tmp_path, conv) if isinstance(i, Exchange)]
    assert [(i.kind, i.request_body if i.kind == ExchangeKind.TCP else i.status)
            for i in items] == [(ExchangeKind.HTTP, 101), (ExchangeKind.TCP, b"SECRET imei=1")]
