"""Capture format detection from a file's first bytes, never from its extension.

Magic numbers: pcap ``a1b2c3d4`` / ``a1b23c4d`` (nanosecond) in either byte order (libpcap
savefile format), pcapng Section Header Block type ``0a0d0d0a`` (draft-ietf-opsawg-pcapng), HAR
is a JSON object (HAR 1.2 spec: top-level ``log``), mitmproxy dumps are tnetstrings (a decimal
length followed by ``:``).
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from analysis.sources.base import SourceError

PCAP_MAGICS = {
    b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\xc3\xd4", b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d",
}
PCAPNG_MAGIC = b"\x0a\x0d\x0d\x0a"
_TNETSTRING = re.compile(rb"^\d{1,12}:")


def detect(path: Path) -> str:
    """Return ``pcap``, ``pcapng``, ``har`` or ``mitm``, or raise ``SourceError``."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except IsADirectoryError as exc:
        raise SourceError(path, "is a directory, not a capture file") from exc
    except OSError as exc:
        raise SourceError(path, f"cannot be read: {exc.strerror or exc}") from exc
    if not head:
        raise SourceError(path, "is empty (0 bytes): no capture to read")
    if head[:4] in PCAP_MAGICS:
        return "pcap"
    if head[:4] == PCAPNG_MAGIC:
        return "pcapng"
    if head[:2] == b"\x1f\x8b":
        raise SourceError(path, "is gzip-compressed: decompress it first (gunzip)")
    if head[:1] == b"\x78" and head[1:2] in {b"\x01", b"\x5e", b"\x9c", b"\xda"}:
        # zlib stream: mitmproxy writes compressed HAR as .zhar
        try:
            inner = zlib.decompressobj().decompress(head)
        except zlib.error:
            inner = b""
        if inner.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
            return "har"
    if _TNETSTRING.match(head):
        return "mitm"
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom) and head[2:].decode(codec, "ignore").lstrip()[:1] == "{":
            return "har"  # a HAR written as UTF-16 (some Windows tools)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] == b"{":
        return "har"
    if stripped[:1] == b"[":
        raise SourceError(path, "is a JSON array, not a HAR file (HAR starts with {\"log\": ...})")
    if _KEY_LOG.match(stripped):
        # (QA174, QA178: a key log given as the capture; the message now says where it goes)
        raise SourceError(path, "is a TLS key log (SSLKEYLOGFILE), not a capture: give it with "
                                "--keylog beside the pcap or pcapng it decrypts")
    kind = "a text file" if _looks_text(head) else "binary data"
    raise SourceError(
        path, f"is {kind} of no known capture format (expected pcap, pcapng, HAR or mitmproxy dump)"
    )


# the NSS key log format's labels (CLIENT_RANDOM for TLS 1.2, the traffic secrets of TLS 1.3),
# after any comment lines
_KEY_LOG = re.compile(rb"(?:#[^\n]*\n\s*)*(?:CLIENT_RANDOM|CLIENT_HANDSHAKE_TRAFFIC_SECRET|"
                      rb"SERVER_HANDSHAKE_TRAFFIC_SECRET|CLIENT_TRAFFIC_SECRET_0|"
                      rb"SERVER_TRAFFIC_SECRET_0|EXPORTER_SECRET|CLIENT_EARLY_TRAFFIC_SECRET) ")


def _looks_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
