"""An exchange's ``ts`` in a pcap is the earliest capture time of the request's segments
(DESIGN.md: "the first TCP segment of the request"), not the segment that ends the headers."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import hpack
import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import TcpConv, pcap_bytes

from analysis.records import Exchange
from analysis.sources.base import SourceOptions
from analysis.sources.pcap import read


def _exchanges(tmp_path: Path, conv: TcpConv) -> list[Exchange]:
    path = tmp_path / "c.pcap"
    path.write_bytes(pcap_bytes(conv.packets))
    return [i for i in read(path, SourceOptions()) if isinstance(i, Exchange)]


def test_headers_split_over_three_segments_take_the_first_segments_time(
        tmp_path: Path) -> None:
    req = b"GET /v1/reg?imei=1&x=1 HTTP/1.1\r\nHost: api.example.com\r\nUser-Agent: t\r\n\r\n"
    conv = TcpConv()
    conv.handshake()
    first_t = conv.send(True, req[:20], dt=0.5)[0]
    conv.send(True, req[20:50], dt=0.1)
    conv.send(True, req[50:], dt=0.1)
    conv.send(False, b"HTTP/1.1 204 No Content\r\n\r\n")
    conv.close()
    (ex,) = _exchanges(tmp_path, conv)
    assert ex.url == "http://api.example.com/v1/reg?imei=1&x=1"
    assert ex.ts == pytest.approx(first_t, abs=1e-6)


def test_keep_alive_chunked_post_split_in_the_headers(tmp_path: Path) -> None:
    conv = TcpConv()
    conv.handshake()
    conv.send(True, b"GET /a HTTP/1.1\r\nHost: h.example\r\n\r\n")
    conv.send(False, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    post = (b"POST /b HTTP/1.1\r\nHost: h.example\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"4\r\nabcd\r\n0\r\n\r\n")
    post_t = conv.send(True, post[:30], dt=1.0)[0]
    conv.send(True, post[30:], dt=0.02)
    conv.send(False, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    conv.close()
    first, second = _exchanges(tmp_path, conv)
    assert second.method == "POST" and second.request_body == b"abcd"
    assert second.ts == pytest.approx(post_t, abs=1e-6)
    assert first.ts < second.ts


def test_out_of_order_segments_take_the_earliest_capture_time(tmp_path: Path) -> None:
    body = b'{"pad": "' + b"x" * 100 + b'"}'
    req = (b"POST /ooo HTTP/1.1\r\nHost: h.example\r\nContent-Type: application/json\r\n"
           b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    conv = TcpConv()
    conv.handshake()
    s0 = conv.cseq
    first_t = conv.send(True, req[:60], seq=s0, dt=0.1)[0]
    conv.send(True, req[150:], seq=s0 + 150)  # captured before the middle segment
    conv.send(True, req[60:150], seq=s0 + 60)  # completes the headers
    conv.send(True, req[:60], seq=s0)  # retransmission of the first: later, must not count
    conv.cseq = s0 + len(req)
    conv.send(False, b"HTTP/1.1 204 No Content\r\n\r\n")
    conv.close()
    (ex,) = _exchanges(tmp_path, conv)
    assert ex.request_body == body
    assert ex.ts == pytest.approx(first_t, abs=1e-6)


def test_body_segment_captured_before_the_headers_sets_ts(tmp_path: Path) -> None:
    req = b"POST /p HTTP/1.1\r\nHost: h.example\r\nContent-Length: 5\r\n\r\nhello"
    conv = TcpConv()
    conv.handshake()
    s0 = conv.cseq
    early = conv.send(True, req[-5:], seq=s0 + len(req) - 5)  # the body, captured first
    head = conv.send(True, req[:-5], seq=s0)  # the headers, 10 ms later
    conv.cseq = s0 + len(req)
    conv.send(False, b"HTTP/1.1 204 No Content\r\n\r\n")
    (ex,) = _exchanges(tmp_path, conv)
    assert ex.request_body == b"hello"
    assert early[0] < head[0]
    assert ex.ts == pytest.approx(early[0], abs=1e-6)


def test_h2_headers_frame_split_over_segments(tmp_path: Path) -> None:
    block = hpack.Encoder().encode([(":method", "GET"), (":scheme", "http"),
                                    (":authority", "h2.example"), (":path", "/x")])
    frame = struct.pack(">I", len(block))[1:] + bytes([1, 0x05]) + struct.pack(">I", 1) + block
    preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + b"\x00\x00\x00\x04\x00\x00\x00\x00\x00"
    conv = TcpConv()
    conv.handshake()
    conv.send(True, preface)
    first_t = conv.send(True, frame[:7], dt=0.3)[0]
    conv.send(True, frame[7:], dt=0.2)
    resp = hpack.Encoder().encode([(":status", "204")])
    conv.send(False, struct.pack(">I", len(resp))[1:] + bytes([1, 0x05]) +
              struct.pack(">I", 1) + resp)
    conv.close()
    (ex,) = _exchanges(tmp_path, conv)
    assert ex.url == "http://h2.example/x" and ex.status == 204
    assert ex.ts == pytest.approx(first_t, abs=1e-6)
