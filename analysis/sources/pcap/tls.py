"""TLS handshake parsing with ``struct``: ClientHello SNI/ALPN/random, ServerHello cipher/version.

Structures from RFC 8446 section 4 (handshake framing, ClientHello, ServerHello,
``supported_versions``), RFC 6066 section 3 (server_name, type 0 = host_name) and RFC 7301
(application_layer_protocol_negotiation). Scapy's TLS layer costs ~0.4-1.4 ms per ClientHello
(STYLE.md); this parser costs a few microseconds and never raises: malformed input gives
``None``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

_U16 = struct.Struct(">H").unpack_from

CLIENT_HELLO, SERVER_HELLO = 1, 2
EXT_SNI, EXT_ALPN, EXT_VERSIONS = 0, 16, 43


@dataclass(frozen=True, slots=True)
class ClientHello:
    random: bytes
    sni: str | None
    alpn: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ServerHello:
    random: bytes
    cipher: int
    version: int  # negotiated: supported_versions if present, else legacy_version
    compression: int = 0  # 1 = DEFLATE (RFC 3749), TLS <= 1.2 only


def _extensions(body: bytes, pos: int) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    if pos + 2 > len(body):
        return out
    end = min(len(body), pos + 2 + _U16(body, pos)[0])
    pos += 2
    while pos + 4 <= end:
        etype, elen = _U16(body, pos)[0], _U16(body, pos + 2)[0]
        out.setdefault(etype, body[pos + 4:pos + 4 + elen])
        pos += 4 + elen
    return out


def parse_client_hello(body: bytes) -> ClientHello | None:
    """Parse a ClientHello message body (after the 4-byte handshake header)."""
    try:
        if len(body) < 38:
            return None
        random = body[2:34]
        pos = 34
        pos += 1 + body[pos]  # session id
        pos += 2 + _U16(body, pos)[0]  # cipher suites
        pos += 1 + body[pos]  # compression methods
        if pos > len(body):
            return None
        exts = _extensions(body, pos)
    except (IndexError, struct.error):
        return None
    return ClientHello(random, _sni(exts.get(EXT_SNI)), _alpn(exts.get(EXT_ALPN)))


def _sni(ext: bytes | None) -> str | None:
    if not ext or len(ext) < 5:
        return None
    pos, end = 2, min(len(ext), 2 + _U16(ext, 0)[0])
    while pos + 3 <= end:
        ntype, nlen = ext[pos], _U16(ext, pos + 1)[0]
        if ntype == 0:
            name = ext[pos + 3:pos + 3 + nlen]
            return name.decode("ascii", "replace").rstrip(".").lower() or None
        pos += 3 + nlen
    return None


def _alpn(ext: bytes | None) -> tuple[str, ...]:
    if not ext or len(ext) < 3:
        return ()
    out: list[str] = []
    pos, end = 2, min(len(ext), 2 + _U16(ext, 0)[0])
    while pos < end:
        plen = ext[pos]
        out.append(ext[pos + 1:pos + 1 + plen].decode("ascii", "replace"))
        pos += 1 + plen
    return tuple(out)


def parse_server_hello(body: bytes) -> ServerHello | None:
    try:
        if len(body) < 38:
            return None
        legacy = _U16(body, 0)[0]
        random = body[2:34]
        pos = 34
        pos += 1 + body[pos]
        cipher = _U16(body, pos)[0]
        compression = body[pos + 2]
        pos += 3  # cipher + compression method
        exts = _extensions(body, pos)
    except (IndexError, struct.error):
        return None
    sv = exts.get(EXT_VERSIONS)
    version = _U16(sv, 0)[0] if sv and len(sv) == 2 else legacy
    return ServerHello(random, cipher, version, compression)


class HandshakeReader:
    """Reassembles handshake messages across TLS records (RFC 8446 5.1: a message may span
    records and a record may hold several messages). Bounded: at most ``limit`` bytes."""

    __slots__ = ("buf", "limit")

    def __init__(self, limit: int = 1 << 16) -> None:
        self.buf = b""
        self.limit = limit

    def feed(self, fragment: bytes) -> list[tuple[int, bytes]]:
        self.buf += fragment
        out: list[tuple[int, bytes]] = []
        while len(self.buf) >= 4:
            mlen = int.from_bytes(self.buf[1:4], "big")
            if len(self.buf) < 4 + mlen:
                if 4 + mlen > self.limit:
                    self.buf = b""
                break
            out.append((self.buf[0], self.buf[4:4 + mlen]))
            self.buf = self.buf[4 + mlen:]
        return out


def version_name(version: int) -> str:
    return {0x0300: "SSLv3", 0x0301: "TLSv1.0", 0x0302: "TLSv1.1", 0x0303: "TLSv1.2",
            0x0304: "TLSv1.3"}.get(version, f"{version:#06x}")
