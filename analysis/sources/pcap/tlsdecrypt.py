"""TLS record decryption with key-log secrets, for TLS 1.0-1.2 and TLS 1.3.

TLS 1.2 (RFC 5246 5, 6.3): the key block is PRF(master_secret, "key expansion",
server_random + client_random) with the suite's PRF hash (TLS 1.0/1.1: the MD5/SHA-1 PRF of
RFC 2246 5); AES-GCM (RFC 5288: 4-byte implicit + 8-byte explicit nonce), ChaCha20-Poly1305
(RFC 7905: IV xor sequence number) and AES-CBC with HMAC (MAC-then-encrypt, explicit IV from
TLS 1.1, MAC checked). TLS 1.3 (RFC 8446 7.1-7.3, 5.2-5.3): key/iv from each traffic secret by
HKDF-Expand-Label; handshake secrets first, then ``*_TRAFFIC_SECRET_0``, switched when a record
only opens with the next stage's keys. The NSS key-log labels are ``CLIENT_RANDOM`` (1.2) and
``{CLIENT,SERVER}_{HANDSHAKE_,}TRAFFIC_SECRET{,_0}`` (1.3).

A record that does not authenticate is counted, never passed on as plaintext.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

from analysis.sources.pcap.tls import ServerHello

Problem = Callable[[str, str], None]

# suite id -> (kind, key length, MAC hash or None, PRF hash)
_SUITES: dict[int, tuple[str, int, str | None, str]] = {}
for _ids, _spec in (
    ((0x009C, 0x009E, 0x00A0, 0x00A2, 0x00A4, 0xC02B, 0xC02D, 0xC02F, 0xC031),
     ("gcm", 16, None, "sha256")),
    ((0x009D, 0x009F, 0x00A1, 0x00A3, 0x00A5, 0xC02C, 0xC02E, 0xC030, 0xC032),
     ("gcm", 32, None, "sha384")),
    ((0xCCA8, 0xCCA9, 0xCCAA, 0xCCAB, 0xCCAC, 0xCCAD, 0xCCAE), ("chacha", 32, None, "sha256")),
    ((0x002F, 0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0xC004, 0xC009, 0xC00E, 0xC013, 0xC018),
     ("cbc", 16, "sha1", "sha256")),
    ((0x0035, 0x0036, 0x0037, 0x0038, 0x0039, 0x003A, 0xC005, 0xC00A, 0xC00F, 0xC014, 0xC019),
     ("cbc", 32, "sha1", "sha256")),
    ((0x003C, 0x003E, 0x003F, 0x0040, 0x0067, 0x006C, 0xC023, 0xC025, 0xC027, 0xC029),
     ("cbc", 16, "sha256", "sha256")),
    ((0x003D, 0x0068, 0x0069, 0x006A, 0x006B, 0x006D), ("cbc", 32, "sha256", "sha256")),
    ((0xC024, 0xC026, 0xC028, 0xC02A), ("cbc", 32, "sha384", "sha384")),
):
    for _id in _ids:
        _SUITES[_id] = _spec
_TLS13 = {0x1301: ("gcm", 16, "sha256"), 0x1302: ("gcm", 32, "sha384"),
          0x1303: ("chacha", 32, "sha256")}


def _p_hash(name: str, secret: bytes, seed: bytes, size: int) -> bytes:
    out, a = b"", seed
    while len(out) < size:
        a = hmac.new(secret, a, name).digest()
        out += hmac.new(secret, a + seed, name).digest()
    return out[:size]


def prf(version: int, name: str, secret: bytes, label: bytes, seed: bytes, size: int) -> bytes:
    if version >= 0x0303:
        return _p_hash(name, secret, label + seed, size)
    half = (len(secret) + 1) // 2
    md5 = _p_hash("md5", secret[:half], label + seed, size)
    sha = _p_hash("sha1", secret[-half:], label + seed, size)
    return bytes(x ^ y for x, y in zip(md5, sha, strict=True))


def expand_label(name: str, secret: bytes, label: str, size: int) -> bytes:
    full = b"tls13 " + label.encode()
    info = size.to_bytes(2, "big") + bytes([len(full)]) + full + b"\x00"
    out, block, i = b"", b"", 1
    while len(out) < size:
        block = hmac.new(secret, block + info + bytes([i]), name).digest()
        out += block
        i += 1
    return out[:size]


class _Dir:
    """Keys and sequence number of one direction at one stage."""

    def __init__(self, kind: str, key: bytes, iv: bytes, mac: bytes = b"",
                 mac_name: str | None = None) -> None:
        self.kind, self.iv, self.mac, self.mac_name = kind, iv, mac, mac_name
        self.key = key
        self.aead = AESGCM(key) if kind == "gcm" else ChaCha20Poly1305(key) \
            if kind == "chacha" else None
        self.seq = 0


class Session:
    def __init__(self, version: int, stages: tuple[list[_Dir], list[_Dir]],
                 problem: Problem) -> None:
        self.version = version
        self.stages = stages  # [server stages, client stages]
        self.active = [version >= 0x0304, version >= 0x0304]
        self.problem = problem

    def encrypted(self, up: bool, ctype: int) -> bool:
        if ctype == 20:  # ChangeCipherSpec: from here on this side encrypts (1.2)
            if self.version < 0x0304:
                self.active[int(up)] = True
            return False
        return self.active[int(up)] and (ctype == 23 or self.version < 0x0304)

    def decrypt(self, up: bool, ctype: int, header: bytes, body: bytes) -> list[tuple[int, bytes]]:
        stages = self.stages[int(up)]
        for i, keys in enumerate(stages):
            plain = self._open(keys, ctype, header, body)
            if plain is not None:
                del stages[:i]  # later records use this stage or the next
                keys.seq += 1
                return [plain]
            if self.version < 0x0304:
                break
        self.problem("undecryptable-tls", "TLS record did not authenticate with the key-log "
                     "secrets (wrong or missing keys); its content is unknown")
        return []

    def _open(self, d: _Dir, ctype: int, header: bytes, body: bytes) -> tuple[int, bytes] | None:
        seq = d.seq.to_bytes(8, "big")
        try:
            if self.version >= 0x0304:
                nonce = bytes(a ^ b for a, b in zip(d.iv, bytes(4) + seq, strict=True))
                assert d.aead is not None
                inner = d.aead.decrypt(nonce, body, header).rstrip(b"\x00")
                return (inner[-1], inner[:-1]) if inner else None
            if d.kind in ("gcm", "chacha"):
                assert d.aead is not None
                if d.kind == "gcm":
                    nonce, ct = d.iv + body[:8], body[8:]
                else:
                    nonce = bytes(a ^ b for a, b in zip(d.iv, bytes(4) + seq, strict=True))
                    ct = body
                aad = seq + header[:3] + (len(ct) - 16).to_bytes(2, "big")
                return ctype, d.aead.decrypt(nonce, ct, aad)
            return self._cbc(d, ctype, header, body, seq)
        except (InvalidTag, ValueError, IndexError):
            return None

    def _cbc(self, d: _Dir, ctype: int, header: bytes, body: bytes, seq: bytes
             ) -> tuple[int, bytes] | None:
        if self.version >= 0x0302:
            iv, ct = body[:16], body[16:]
        else:
            iv, ct = d.iv, body
        if not ct or len(ct) % 16:
            return None
        dec = Cipher(algorithms.AES(d.key), modes.CBC(iv)).decryptor()
        plain = dec.update(ct) + dec.finalize()
        pad = plain[-1]
        if pad + 1 > len(plain) or plain[-pad - 1:] != bytes([pad]) * (pad + 1):
            return None
        assert d.mac_name is not None
        mlen = hashlib.new(d.mac_name).digest_size
        data, mac = plain[:-pad - 1 - mlen], plain[-pad - 1 - mlen:-pad - 1]
        check = hmac.new(d.mac, seq + header[:3] + len(data).to_bytes(2, "big") + data,
                         d.mac_name).digest()
        if not hmac.compare_digest(check, mac):
            return None
        if self.version < 0x0302:
            d.iv = ct[-16:]
        return ctype, data


def make_session(secrets: dict[str, bytes], client_random: bytes, hello: ServerHello,
                 problem: Problem) -> Session | None:
    if hello.version >= 0x0304:
        return _tls13(secrets, hello, problem)
    spec = _SUITES.get(hello.cipher)
    master = secrets.get("CLIENT_RANDOM")
    if spec is None or hello.version < 0x0301:
        problem("unsupported", "TLS session uses a cipher suite or version phonehome cannot "
                "decrypt (supported: AES-GCM, ChaCha20, AES-CBC on TLS 1.0-1.3)")
        return None
    if master is None:
        problem("no-keys", "key log has no CLIENT_RANDOM line for this TLS 1.2 session")
        return None
    kind, klen, mac_name, prf_name = spec
    mlen = hashlib.new(mac_name).digest_size if mac_name else 0
    ivlen = 16 if kind == "cbc" else (4 if kind == "gcm" else 12)
    block = prf(hello.version, prf_name, master, b"key expansion", hello.random + client_random,
                2 * (mlen + klen + ivlen))
    cmac, smac = block[:mlen], block[mlen:2 * mlen]
    pos = 2 * mlen
    ckey, skey = block[pos:pos + klen], block[pos + klen:pos + 2 * klen]
    pos += 2 * klen
    civ, siv = block[pos:pos + ivlen], block[pos + ivlen:pos + 2 * ivlen]
    return Session(hello.version, ([_Dir(kind, skey, siv, smac, mac_name)],
                                   [_Dir(kind, ckey, civ, cmac, mac_name)]), problem)


def _tls13(secrets: dict[str, bytes], hello: ServerHello, problem: Problem) -> Session | None:
    spec = _TLS13.get(hello.cipher)
    if spec is None:
        problem("unsupported", f"TLS 1.3 cipher suite {hello.cipher:#06x} is not supported")
        return None
    kind, klen, name = spec

    def stage(label: str) -> list[_Dir]:
        secret = secrets.get(label)
        if secret is None:
            return []
        return [_Dir(kind, expand_label(name, secret, "key", klen),
                     expand_label(name, secret, "iv", 12))]

    server = stage("SERVER_HANDSHAKE_TRAFFIC_SECRET") + stage("SERVER_TRAFFIC_SECRET_0")
    client = stage("CLIENT_HANDSHAKE_TRAFFIC_SECRET") + stage("CLIENT_TRAFFIC_SECRET_0")
    if not client and not server:
        problem("no-keys", "key log has no TLS 1.3 traffic secrets for this session")
        return None
    return Session(0x0304, (server, client), problem)
