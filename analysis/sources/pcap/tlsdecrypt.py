"""TLS record decryption with key-log secrets, for SSL 3.0, TLS 1.0-1.2 and TLS 1.3.

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
import zlib
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

from analysis.sources.pcap.tls import ServerHello

Problem = Callable[[str, str], None]

# suite id -> (kind, block cipher, key length, MAC hash or None, PRF hash); from the IANA TLS
# Cipher Suites registry. kind: gcm | chacha | cbc | rc4 | null.
_SUITES: dict[int, tuple[str, str, int, str | None, str]] = {}
for _ids, _spec in (
    ((0x009C, 0x009E, 0x00A0, 0x00A2, 0x00A4, 0x00A8, 0x00AA, 0x00AC, 0xC02B, 0xC02D, 0xC02F,
      0xC031), ("gcm", "aes", 16, None, "sha256")),
    ((0x009D, 0x009F, 0x00A1, 0x00A3, 0x00A5, 0x00A9, 0x00AB, 0x00AD, 0xC02C, 0xC02E, 0xC030,
      0xC032), ("gcm", "aes", 32, None, "sha384")),
    ((0xCCA8, 0xCCA9, 0xCCAA, 0xCCAB, 0xCCAC, 0xCCAD, 0xCCAE),
     ("chacha", "chacha", 32, None, "sha256")),
    ((0x002F, 0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x008C, 0x0090, 0x0094, 0xC004, 0xC009,
      0xC00E, 0xC013, 0xC018, 0xC01D, 0xC01E, 0xC01F, 0xC035),
     ("cbc", "aes", 16, "sha1", "sha256")),
    ((0x0035, 0x0036, 0x0037, 0x0038, 0x0039, 0x003A, 0x008D, 0x0091, 0x0095, 0xC005, 0xC00A,
      0xC00F, 0xC014, 0xC019, 0xC020, 0xC021, 0xC022, 0xC036),
     ("cbc", "aes", 32, "sha1", "sha256")),
    ((0x003C, 0x003E, 0x003F, 0x0040, 0x0067, 0x006C, 0x00AE, 0x00B2, 0x00B6, 0xC023, 0xC025,
      0xC027, 0xC029, 0xC037), ("cbc", "aes", 16, "sha256", "sha256")),
    ((0x003D, 0x0068, 0x0069, 0x006A, 0x006B, 0x006D), ("cbc", "aes", 32, "sha256", "sha256")),
    ((0x00AF, 0x00B3, 0x00B7, 0xC024, 0xC026, 0xC028, 0xC02A, 0xC038),
     ("cbc", "aes", 32, "sha384", "sha384")),
    ((0x0041, 0x0042, 0x0043, 0x0044, 0x0045, 0x0046), ("cbc", "camellia", 16, "sha1", "sha256")),
    ((0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089), ("cbc", "camellia", 32, "sha1", "sha256")),
    ((0x0096, 0x0097, 0x0098, 0x0099, 0x009A, 0x009B), ("cbc", "seed", 16, "sha1", "sha256")),
    ((0x0007,), ("cbc", "idea", 16, "sha1", "sha256")),
    ((0x000A, 0x000D, 0x0010, 0x0013, 0x0016, 0x001B, 0x008B, 0x008F, 0x0093, 0xC003, 0xC008,
      0xC00D, 0xC012, 0xC017, 0xC01A, 0xC01B, 0xC01C, 0xC034),
     ("cbc", "3des", 24, "sha1", "sha256")),
    ((0x0009, 0x000C, 0x000F, 0x0012, 0x0015, 0x001A), ("cbc", "des", 8, "sha1", "sha256")),
    ((0x0004, 0x0018), ("rc4", "rc4", 16, "md5", "sha256")),
    ((0x0005, 0x008A, 0x008E, 0x0092, 0xC002, 0xC007, 0xC00C, 0xC011, 0xC016, 0xC033),
     ("rc4", "rc4", 16, "sha1", "sha256")),
    ((0x0001,), ("null", "null", 0, "md5", "sha256")),
    ((0x0002, 0x002C, 0x002D, 0x002E, 0xC001, 0xC006, 0xC00B, 0xC010, 0xC015, 0xC039),
     ("null", "null", 0, "sha1", "sha256")),
    ((0x003B, 0x00B0, 0x00B4, 0x00B8, 0xC03A), ("null", "null", 0, "sha256", "sha256")),
):
    for _id in _ids:
        _SUITES[_id] = _spec
_BLOCK = {"aes": 16, "camellia": 16, "seed": 16, "idea": 8, "3des": 8, "des": 8}


def _block_cipher(name: str, key: bytes) -> algorithms.BlockCipherAlgorithm:
    if name == "aes":
        return algorithms.AES(key)
    if name == "camellia":
        return algorithms.Camellia(key)
    if name == "seed":
        return decrepit.SEED(key)
    if name == "idea":
        return decrepit.IDEA(key)
    return decrepit.TripleDES(key)  # 3DES, or single DES as 3DES with one key (K1=K2=K3)
_TLS13 = {0x1301: ("gcm", 16, "sha256"), 0x1302: ("gcm", 32, "sha384"),
          0x1303: ("chacha", 32, "sha256")}


def _p_hash(name: str, secret: bytes, seed: bytes, size: int) -> bytes:
    out, a = b"", seed
    while len(out) < size:
        a = hmac.new(secret, a, name).digest()
        out += hmac.new(secret, a + seed, name).digest()
    return out[:size]


def prf(version: int, name: str, secret: bytes, label: bytes, seed: bytes, size: int) -> bytes:
    if version == 0x0300:  # SSL 3.0 key block (RFC 6101 6.2.2): MD5(secret + SHA1("A".. + seed))
        out, i = b"", 1
        while len(out) < size:
            inner = hashlib.sha1(bytes([64 + i]) * i + secret + seed).digest()
            out += hashlib.md5(secret + inner).digest()
            i += 1
        return out[:size]
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
                 mac_name: str | None = None, cipher: str = "aes") -> None:
        self.kind, self.iv, self.mac, self.mac_name = kind, iv, mac, mac_name
        self.key, self.cipher = key, cipher
        self.aead = AESGCM(key) if kind == "gcm" else ChaCha20Poly1305(key) \
            if kind == "chacha" else None
        # RC4 is one key stream per direction across records (RFC 5246 6.2.3.1)
        self.stream = Cipher(decrepit.ARC4(key), None).decryptor() if kind == "rc4" else None
        self.seq = 0


class Session:
    def __init__(self, version: int, stages: tuple[list[_Dir], list[_Dir]],
                 problem: Problem, compression: int = 0) -> None:
        self.version = version
        # TLS compression (RFC 3749): one zlib stream per direction, after decryption
        self.inflate = [zlib.decompressobj(), zlib.decompressobj()] if compression == 1 else None
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
                if self.inflate is not None:
                    try:
                        plain = (plain[0], self.inflate[int(up)].decompress(plain[1]))
                    except zlib.error:
                        self.problem("undecodable-tls", "TLS-compressed record could not be "
                                     "inflated")
                        return []
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
        if d.kind in ("rc4", "null"):
            plain = d.stream.update(body) if d.stream is not None else body
            return self._unmac(d, ctype, header, plain, seq)
        size = _BLOCK[d.cipher]
        if self.version >= 0x0302:
            iv, ct = body[:size], body[size:]
        else:
            iv, ct = d.iv, body
        if not ct or len(ct) % size:
            return None
        dec = Cipher(_block_cipher(d.cipher, d.key), modes.CBC(iv)).decryptor()
        plain = dec.update(ct) + dec.finalize()
        pad = plain[-1]
        if pad + 1 > len(plain):
            return None
        if self.version == 0x0300:
            if pad >= size:  # SSL 3.0: padding bytes are arbitrary, shorter than a block
                return None
        elif plain[-pad - 1:] != bytes([pad]) * (pad + 1):
            return None
        result = self._unmac(d, ctype, header, plain[:-pad - 1], seq)
        if result is not None and self.version < 0x0302:
            d.iv = ct[-size:]  # TLS 1.0: the next record's IV is this one's last block
        return result

    def _unmac(self, d: _Dir, ctype: int, header: bytes, plain: bytes, seq: bytes
               ) -> tuple[int, bytes] | None:
        assert d.mac_name is not None
        mlen = hashlib.new(d.mac_name).digest_size
        if len(plain) < mlen:
            return None
        data, mac = plain[:len(plain) - mlen], plain[len(plain) - mlen:]
        if self.version == 0x0300:  # SSL 3.0 MAC (RFC 6101 5.2.3.1): nested hash with pads
            pad = 48 if d.mac_name == "md5" else 40
            inner = hashlib.new(d.mac_name, d.mac + b"\x36" * pad + seq + header[:1] +
                                len(data).to_bytes(2, "big") + data).digest()
            check = hashlib.new(d.mac_name, d.mac + b"\x5c" * pad + inner).digest()
        else:
            check = hmac.new(d.mac, seq + header[:3] + len(data).to_bytes(2, "big") + data,
                             d.mac_name).digest()
        if not hmac.compare_digest(check, mac):
            return None
        return ctype, data


def make_session(secrets: dict[str, bytes], client_random: bytes, hello: ServerHello,
                 problem: Problem) -> Session | None:
    if hello.version >= 0x0304:
        return _tls13(secrets, hello, problem)
    spec = _SUITES.get(hello.cipher)
    master = secrets.get("CLIENT_RANDOM")
    if spec is None or hello.version < 0x0300:
        problem("unsupported", "TLS session uses a cipher suite or version phonehome cannot "
                "decrypt (export-grade or other legacy suites)")
        return None
    if master is None:
        problem("no-keys", "key log has no CLIENT_RANDOM line for this TLS 1.2 session")
        return None
    kind, cipher, klen, mac_name, prf_name = spec
    mlen = hashlib.new(mac_name).digest_size if mac_name else 0
    ivlen = {"cbc": _BLOCK.get(cipher, 16), "gcm": 4, "chacha": 12}.get(kind, 0)
    block = prf(hello.version, prf_name, master, b"key expansion", hello.random + client_random,
                2 * (mlen + klen + ivlen))
    cmac, smac = block[:mlen], block[mlen:2 * mlen]
    pos = 2 * mlen
    ckey, skey = block[pos:pos + klen], block[pos + klen:pos + 2 * klen]
    pos += 2 * klen
    civ, siv = block[pos:pos + ivlen], block[pos + ivlen:pos + 2 * ivlen]
    return Session(hello.version, ([_Dir(kind, skey, siv, smac, mac_name, cipher)],
                                   [_Dir(kind, ckey, civ, cmac, mac_name, cipher)]), problem,
                   hello.compression)


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
