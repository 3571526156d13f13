"""PCAPdroid app attribution: the pcap trailer and the pcapng UID-map custom block."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import TcpConv, client_hello, custom, epb, idb, pcap_bytes, shb

from analysis.records import Connection, Exchange
from analysis.sources.base import SourceOptions
from analysis.sources.pcap import read


def _with_trailer(ip_packet: bytes, uid: int, name: str) -> bytes:
    frame = bytes(12) + (b"\x08\x00" if ip_packet[0] >> 4 == 4 else b"\x86\xdd") + ip_packet
    frame += bytes(-len(frame) % 4)
    trailer = struct.pack(">Ii", 0x01072021, uid) + name.encode().ljust(20, b"\x00")
    return frame + trailer + b"\x00\x00\x00\x00"  # fcs (not checked)


def test_pcap_trailer_attributes_connections(tmp_path: Path) -> None:
    conv = TcpConv(sport=80)
    conv.handshake()
    conv.send(True, b"GET /a HTTP/1.1\r\nHost: t.example\r\n\r\n")
    conv.send(False, b"HTTP/1.1 204 No Content\r\n\r\n")
    packets = [(ts, _with_trailer(data[14:], 10123, "com.example.app")) for ts, data in
               conv.packets]
    path = tmp_path / "trailer.pcap"
    path.write_bytes(pcap_bytes(packets))
    items = list(read(path, SourceOptions()))
    (conn,) = [i for i in items if isinstance(i, Connection)]
    (ex,) = [i for i in items if isinstance(i, Exchange)]
    assert conn.app == "com.example.app" and ex.app == "com.example.app"
    assert ex.status == 204
    # the trailer is not payload: byte counts follow the IP length
    assert conn.bytes_up == len(b"GET /a HTTP/1.1\r\nHost: t.example\r\n\r\n")


def test_pcapng_uid_map_block_and_comments(tmp_path: Path) -> None:
    a, b = TcpConv(sport=443), TcpConv(sport=443, cport=40001)
    a.send(True, client_hello("one.example"))
    b.send(True, client_hello("two.example"))
    pkg, label = b"com.example.one", b"One"
    mapping = struct.pack("<HBBiBB", 1, 1, 0, 10200, len(pkg), len(label)) + pkg + label
    data = (shb() + idb(101) + custom(62652, mapping)
            + epb(0, 1.0, a.packets[0][1][14:], comment=b"u-10200")
            + epb(0, 2.0, b.packets[0][1][14:], comment=b"u-10999"))
    path = tmp_path / "pd.pcapng"
    path.write_bytes(data)
    apps = {c.sni: c.app for c in read(path, SourceOptions()) if isinstance(c, Connection)}
    assert apps == {"one.example": "com.example.one", "two.example": "uid 10999"}
