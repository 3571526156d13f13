"""QUIC Initial decryption (RFC 9001 / RFC 9369 vectors) and TLS key-log decryption."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: find the helpers
from test_pcap_helpers import CORPUS, client_hello, dsb, epb, idb, pcap_bytes, shb, udp

from analysis.records import Connection, Exchange, ReadError
from analysis.sources.base import SourceError, SourceOptions
from analysis.sources.pcap import read
from analysis.sources.pcap.quic import V1, V2, client_keys

DCID = bytes.fromhex("8394c8f03e515708")


def test_initial_keys_match_rfc_vectors() -> None:
    # RFC 9001 Appendix A.1 and RFC 9369 Appendix A.1
    assert client_keys(DCID, V1) == (bytes.fromhex("1f369613dd76d5467730efcbe3b1a22d"),
                                     bytes.fromhex("fa044b2f42a3fd3b46fb255c"),
                                     bytes.fromhex("9f50449e04a0e810283a1e9933adedd2"))
    assert client_keys(DCID, V2) == (bytes.fromhex("8b1a0bc121284290a29e0971b5cd045d"),
                                     bytes.fromhex("91f73e2351d8fa91660e909f"),
                                     bytes.fromhex("45b95e15235d6f45a6b19cbcb0294ba9"))


def _initial(version: int, pn: int, frames: bytes) -> bytes:
    """Protect a client Initial the way RFC 9001 5.3-5.4 says (the inverse of the reader)."""
    key, iv, hp = client_keys(DCID, version)  # type: ignore[misc]
    ptype = 1 if version == V2 else 0
    payload = frames + bytes(1170 - len(frames))  # PADDING: a client Initial datagram is >= 1200
    length = len(payload) + 16 + 2
    first = 0xC0 | (ptype << 4) | 1  # 2-byte packet number
    header = (bytes([first]) + struct.pack(">I", version) + bytes([len(DCID)]) + DCID + b"\x00"
              + b"\x00" + struct.pack(">H", 0x4000 | length) + struct.pack(">H", pn))
    nonce = (int.from_bytes(iv, "big") ^ pn).to_bytes(12, "big")
    ct = AESGCM(key).encrypt(nonce, payload, header)
    enc = Cipher(algorithms.AES(hp), modes.ECB()).encryptor()
    mask = enc.update(ct[2:18]) + enc.finalize()  # sample starts 4 bytes after the pn start
    hdr = bytearray(header)
    hdr[0] ^= mask[0] & 0x0F
    hdr[-2] ^= mask[1]
    hdr[-1] ^= mask[2]
    return bytes(hdr) + ct


@pytest.mark.parametrize("version", [V1, V2])
def test_quic_sni_from_crypto_frames_over_two_initials(tmp_path: Path, version: int) -> None:
    hello = client_hello("quic.example", ("h3",))[5:]  # handshake message, no record header
    half = len(hello) // 2
    # second half first: CRYPTO frames are reassembled by offset, across packets
    f2 = b"\x06" + struct.pack(">H", 0x4000 | half) + struct.pack(">H", 0x4000 | (
        len(hello) - half)) + hello[half:]
    f1 = b"\x06\x00" + struct.pack(">H", 0x4000 | half) + hello[:half]
    packets = [(float(i), udp("10.0.0.2", "192.0.2.5", 50000, 443, _initial(version, i, f)))
               for i, f in enumerate((f2, f1))]
    path = tmp_path / "quic.pcap"
    path.write_bytes(pcap_bytes(packets))
    (conn,) = [i for i in read(path, SourceOptions()) if isinstance(i, Connection)]
    assert (conn.transport, conn.sni, conn.alpn) == ("quic", "quic.example", "h3")


def test_keylog_file_that_is_not_a_keylog_is_refused(tmp_path: Path) -> None:
    keys = tmp_path / "keys.txt"
    keys.write_text("hello world\n")
    path = tmp_path / "x.pcap"
    path.write_bytes(pcap_bytes([]))
    with pytest.raises(SourceError, match="no NSS key log lines"):
        list(read(path, SourceOptions(keylog=keys)))


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


@needs_corpus
def test_keylog_decrypts_split_handshake_tls12_get_uuid() -> None:
    items = list(read(CORPUS / "pcap" / "tls_tcp_frag_withnss.pcap",
                      SourceOptions(keylog=CORPUS / "keylog" / "tls_tcp_frag_withnss.keys")))
    (ex,) = [i for i in items if isinstance(i, Exchange)]
    assert (ex.method, ex.url, ex.status) == ("GET", "https://httpbin.org/uuid", 200)
    assert ex.sni == "httpbin.org" and b"uuid" in (ex.response_body or b"")
    assert not [i for i in items if isinstance(i, ReadError)]
    # without the key log: the connection and SNI, no exchange
    plain = list(read(CORPUS / "pcap" / "tls_tcp_frag_withnss.pcap", SourceOptions()))
    assert not [i for i in plain if isinstance(i, Exchange)]


@needs_corpus
def test_keylog_decrypts_tls13_and_embedded_dsb(tmp_path: Path) -> None:
    keys = (CORPUS / "keylog" / "tls_nss_example.keys.txt").read_bytes()
    cap = CORPUS / "pcap" / "tls_nss_example.pcap"
    ext = [i for i in read(cap, SourceOptions(keylog=CORPUS / "keylog" /
                                             "tls_nss_example.keys.txt"))
           if isinstance(i, Exchange)]
    assert len(ext) == 2 and all(e.url and e.url.startswith("https://") for e in ext)
    assert {e.tls_version for e in ext} == {"TLSv1.2", "TLSv1.3"}
    # the same secrets embedded as a pcapng Decryption Secrets Block
    raw = cap.read_bytes()
    packets, pos = [], 24
    while pos + 16 <= len(raw):
        sec, usec, incl, _orig = struct.unpack_from("<IIII", raw, pos)
        packets.append(epb(0, sec + usec / 1e6, raw[pos + 16:pos + 16 + incl]))
        pos += 16 + incl
    ng = tmp_path / "dsb.pcapng"
    ng.write_bytes(shb() + idb(1) + dsb(keys) + b"".join(packets))
    inner = [i for i in read(ng, SourceOptions()) if isinstance(i, Exchange)]
    assert [e.url for e in inner] == [e.url for e in ext]


def test_google_quic_clear_hello_sni(tmp_path: Path) -> None:
    sni, ver = b"gq.example", b"Q043"
    tags = [(b"PAD\x00", b"\x00" * 8), (b"SNI\x00", sni), (b"VER\x00", ver)]
    table, values, end = b"", b"", 0
    for tag, value in tags:
        end += len(value)
        table += tag + end.to_bytes(4, "little")
        values += value
    chlo = b"CHLO" + len(tags).to_bytes(2, "little") + b"\x00\x00" + table + values
    datagram = b"\x0d" + bytes(8) + ver + b"\x01" + bytes(12) + b"\x80\x01" + chlo
    path = tmp_path / "gquic.pcap"
    path.write_bytes(pcap_bytes([(1.0, udp("10.0.0.2", "192.0.2.9", 51000, 443, datagram))]))
    (conn,) = [i for i in read(path, SourceOptions()) if isinstance(i, Connection)]
    assert (conn.transport, conn.sni) == ("quic", "gq.example")


@needs_corpus
@pytest.mark.parametrize(("capture", "keys", "sessions"), [
    ("lek_tls_all_ciphers.pcapng", "lek_tls_all_ciphers.keys", 36),  # CBC, RC4, 3DES, SEED...
    ("lek_ssl3.pcapng", "lek_ssl3.keys", 36),  # SSL 3.0
])
def test_keylog_legacy_suites(capture: str, keys: str, sessions: int) -> None:
    items = list(read(CORPUS / "pcapng" / capture, SourceOptions(keylog=CORPUS / "keylog" / keys)))
    exchanges = [i for i in items if isinstance(i, Exchange)]
    assert len(exchanges) == sessions and all(e.status == 200 for e in exchanges)
    # the three export-grade sessions are reported, not silently skipped
    errors = {e.kind: e.count for e in items if isinstance(e, ReadError)}
    assert errors == {"unsupported": 3}
