"""QUIC client Initial decryption to recover the TLS ClientHello (SNI, ALPN).

RFC 9000 17.2 (long header), RFC 9001 5.2-5.4 (Initial secrets from the client's Destination
Connection ID, HKDF-Expand-Label, AES-128-GCM packet protection, AES-ECB header protection) and
RFC 9369 3 (QUIC v2: version 0x6b3343cf, its own salt, ``quicv2`` labels, Initial packet type
0b01). Drafts 23-32 use the older salts listed in the drafts. CRYPTO frames (RFC 9000 19.6) are
reassembled by offset across packets, so a ClientHello spread over several Initials (post-quantum
key shares, Chrome) is recovered. ``cryptography`` does the AES; nothing here raises on bad input.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from analysis.sources.pcap.tls import parse_client_hello

V1, V2 = 0x00000001, 0x6B3343CF
_SALT_V1 = bytes.fromhex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a")
_SALT_V2 = bytes.fromhex("0dede3def700a6db819381be6e269dcbf9bd2ed9")
_SALT_D29 = bytes.fromhex("afbfec289993d24c9e9786f19c6111e04390a899")
_SALT_D23 = bytes.fromhex("c3eef712c72ebb5a11a7d2432bb46365bef9f502")
# Google QUIC with TLS (T050, T051), salts as in Wireshark's packet-quic.c
_SALT_T50 = bytes.fromhex("7ff579e5acd07291558030 4c43a2367c60488310".replace(" ", ""))
_SALT_T51 = bytes.fromhex("7a4edef4e7ccee5fa4506c19124fc8ccdaf3e1f2")
MAX_CRYPTO = 1 << 16


def _salt(version: int) -> tuple[bytes, str] | None:
    if version == V1:
        return _SALT_V1, "quic"
    if version == V2:
        return _SALT_V2, "quicv2"
    if 0xFF00001D <= version <= 0xFF000020:
        return _SALT_D29, "quic"
    if 0xFF000017 <= version <= 0xFF00001C or version in (0xFACEB002, 0xFACEB00E):
        return _SALT_D23, "quic"  # mvfst's faceb00x follow draft 27
    if version == 0x54303530:
        return _SALT_T50, "quic"
    if version == 0x54303531:
        return _SALT_T51, "quic"
    if version & 0x0F0F0F0F == 0x0A0A0A0A:
        return _SALT_V1, "quic"  # greased: see _GREASE_SALTS
    if version in (0xFF000021, 0xFF000022):
        return _SALT_V1, "quic"
    return None


# A greased version (RFC 9000 15) says nothing about the key schedule: clients used the
# draft-29 salt in 2020 (corpus: ndpi_quic_interop_V) and v1's since; both are tried.
_GREASE_SALTS = (_SALT_V1, _SALT_D29)


def _expand_label(secret: bytes, label: str, length: int) -> bytes:
    full = b"tls13 " + label.encode()
    info = length.to_bytes(2, "big") + bytes([len(full)]) + full + b"\x00"
    return hmac.new(secret, info + b"\x01", hashlib.sha256).digest()[:length]


def client_keys(dcid: bytes, version: int, salt: bytes | None = None
                ) -> tuple[bytes, bytes, bytes] | None:
    found = _salt(version)
    if found is None:
        return None
    prefix = found[1]
    initial = hmac.new(salt or found[0], dcid, hashlib.sha256).digest()
    secret = _expand_label(initial, "client in", 32)
    return (_expand_label(secret, f"{prefix} key", 16), _expand_label(secret, f"{prefix} iv", 12),
            _expand_label(secret, f"{prefix} hp", 16))


Keys = tuple[AESGCM, Cipher, bytes]  # type: ignore[type-arg]


def _cipher(dcid: bytes, version: int, salt: bytes | None) -> Keys | None:
    keys = client_keys(dcid, version, salt)
    if keys is None:
        return None
    return AESGCM(keys[0]), Cipher(algorithms.AES(keys[2]), modes.ECB()), keys[1]


def _open(entry: Keys, buf: bytes, pos: int, p: int, end: int, first: int) -> bytes | None:
    """Remove header protection and open the packet (RFC 9001 5.3, 5.4.1)."""
    aead, hp, iv = entry
    enc = hp.encryptor()
    mask = enc.update(buf[p + 4:p + 20]) + enc.finalize()
    first_clear = first ^ (mask[0] & 0x0F)
    pn_len = (first_clear & 3) + 1
    pn_bytes = bytes(b ^ m for b, m in zip(buf[p:p + pn_len], mask[1:1 + pn_len], strict=True))
    header = bytes([first_clear]) + buf[pos + 1:p] + pn_bytes
    nonce = (int.from_bytes(iv, "big") ^ int.from_bytes(pn_bytes, "big")).to_bytes(12, "big")
    try:
        return aead.decrypt(nonce, buf[p + pn_len:end], header)
    except InvalidTag:
        return None


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    first = buf[pos]
    n = 1 << (first >> 6)
    if pos + n > len(buf):
        raise IndexError("varint cut short")
    value = first & 0x3F
    for b in buf[pos + 1:pos + n]:
        value = (value << 8) | b
    return value, pos + n


class QuicClient:
    """State of one UDP flow's client side: keys per DCID and the CRYPTO stream."""

    __slots__ = ("crypto", "done", "failures", "is_quic", "keys")

    def __init__(self) -> None:
        self.is_quic = False
        self.keys: dict[tuple[bytes, int], list[Keys]] = {}
        # one CRYPTO stream per flow: a client may switch DCID mid-ClientHello once the server
        # chose its CID (corpus: ndpi_quic_frags_different_dcid); after a Retry it resends from
        # offset 0, the same bytes.
        self.crypto: dict[int, bytes] = {}
        self.done = False
        self.failures = 0

    def feed(self, datagram: bytes, problem: Callable[[str, str], None]
             ) -> tuple[str | None, str | None] | None:
        """Read one client datagram; return ``(sni, alpn)`` once the ClientHello is whole."""
        if self.done:
            return None
        pos = 0
        try:
            while pos + 7 <= len(datagram) and datagram[pos] & 0x80:
                pos = self._packet(datagram, pos, problem)
                if pos < 0:
                    break
        except (IndexError, ValueError):
            if self.is_quic:  # other UDP protocols also set the high bit (RTP, STUN...)
                problem("malformed-quic", "QUIC long-header packet is malformed")
        return self._hello()

    def _packet(self, buf: bytes, pos: int, problem: Callable[[str, str], None]) -> int:
        first = buf[pos]
        version = int.from_bytes(buf[pos + 1:pos + 5], "big")
        p = pos + 5
        dlen = buf[p]
        dcid = buf[p + 1:p + 1 + dlen]
        p += 1 + dlen
        slen = buf[p]
        p += 1 + slen
        if version == 0 or _salt(version) is None:
            if version == 0 or (version >> 8) in (0x510030, 0x540030):  # VN; gQUIC Q0xx/T0xx
                self.is_quic = True
            return -1
        self.is_quic = True
        ptype = (first >> 4) & 3
        if version == V2:  # RFC 9369 3.2: the long-header types are rotated
            is_initial, is_retry = ptype == 1, ptype == 0
        else:
            is_initial, is_retry = ptype == 0, ptype == 3
        if is_retry:
            return -1
        if not is_initial:  # 0-RTT / Handshake: skip over it to a coalesced packet
            length, p = _varint(buf, p)
            return p + length
        token_len, p = _varint(buf, p)
        p += token_len
        length, p = _varint(buf, p)
        end = p + length
        if end > len(buf) or length < 20:
            return -1
        key = (dcid, version)
        if key not in self.keys:
            salts = _GREASE_SALTS if version & 0x0F0F0F0F == 0x0A0A0A0A else (None,)
            self.keys[key] = [k for salt in salts if (k := _cipher(dcid, version, salt))]
        plain = None
        # Keys come from the DCID of the client's first Initial and stay when the client moves
        # to the server's CID (RFC 9001 5.2); only a Retry changes them: try those too.
        for entry in self.keys[key] + [k for ks in self.keys.values() for k in ks[:1]]:
            plain = _open(entry, buf, pos, p, end, first)
            if plain is not None:
                self.keys[key] = [entry]  # the schedule that worked
                break
        if plain is None:
            # Server Initials on a client port, an unknown draft schedule, or corruption.
            self.failures += 1
            if self.failures == 3:
                problem("undecryptable-quic", "QUIC Initial packets could not be decrypted "
                        "(unknown key schedule or not a client Initial); SNI unknown")
            return end
        self._frames(plain, self.crypto)
        return end

    def _frames(self, plain: bytes, crypto: dict[int, bytes]) -> None:
        pos, n = 0, len(plain)
        while pos < n:
            ftype = plain[pos]
            if ftype in (0x00, 0x01):
                pos += 1
            elif ftype in (0x02, 0x03):
                pos += 1
                _, pos = _varint(plain, pos)
                _, pos = _varint(plain, pos)
                count, pos = _varint(plain, pos)
                _, pos = _varint(plain, pos)
                for _ in range(count * 2):
                    _, pos = _varint(plain, pos)
                if ftype == 0x03:
                    for _ in range(3):
                        _, pos = _varint(plain, pos)
            elif ftype == 0x06:
                off, pos = _varint(plain, pos + 1)
                length, pos = _varint(plain, pos)
                if off + length <= MAX_CRYPTO:
                    crypto[off] = plain[pos:pos + length]
                pos += length
            else:
                return  # CONNECTION_CLOSE or a frame an Initial should not carry

    def _hello(self) -> tuple[str | None, str | None] | None:
        return self._hello_in(self.crypto)

    def _hello_in(self, crypto: dict[int, bytes]) -> tuple[str | None, str | None] | None:
        if 0 not in crypto:
            return None
        data = b""
        for off in sorted(crypto):
            if off > len(data):
                break
            data += crypto[off][len(data) - off:]
        if len(data) < 4 or data[0] != 1:
            return None
        mlen = int.from_bytes(data[1:4], "big")
        if len(data) < 4 + mlen:
            return None
        self.done = True
        hello = parse_client_hello(data[4:4 + mlen])
        if hello is None:
            return None, None
        return hello.sni, ",".join(hello.alpn) or None


def gquic_sni(datagram: bytes) -> str | None:
    """SNI from a Google QUIC (Q024-Q046) client hello, sent in clear: a ``CHLO`` message is a
    tag table (count:u16 LE, 2 bytes padding, then tag:4 + end offset:u32 LE per entry) followed
    by the values; the server name is tag ``SNI\\0`` (Chromium's crypto_protocol.h)."""
    at = datagram.find(b"CHLO")
    if at < 0 or len(datagram) < at + 8:
        return None
    count = int.from_bytes(datagram[at + 4:at + 6], "little")
    table, values = at + 8, at + 8 + 8 * count
    if count > 64 or values > len(datagram):
        return None
    prev = 0
    for i in range(count):
        tag = datagram[table + 8 * i:table + 8 * i + 4]
        end = int.from_bytes(datagram[table + 8 * i + 4:table + 8 * i + 8], "little")
        if tag == b"SNI\x00":
            name = datagram[values + prev:values + end]
            if len(name) != end - prev or not name:
                return None  # the table points past the datagram
            return name.decode("ascii", "replace").lower()
        prev = end
    return None

