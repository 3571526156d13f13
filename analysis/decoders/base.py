"""The decoder interface and the limits every decoder respects.

Modelled on mitmproxy's ``contentviews``: each decoder is a small object behind a typed
``Protocol``; the registry (``analysis.decoders``) asks each one whether it fits, isolates its
errors and falls back to raw bytes. Following dpkt, "not this format" (``NotThisFormat``) is kept
apart from "this format, but broken" (``Malformed``, ``Truncated``, ``BombError``) so the latter
can be recorded as an undecodable body instead of silently trying the next decoder.
"""

from __future__ import annotations

from typing import Any, Protocol

# Bounds that keep hostile payloads cheap: decompressed output, nesting of decoded layers,
# number of leaves one exchange may produce, and the longest field value kept.
MAX_OUTPUT = 8 << 20
MAX_DEPTH = 8
MAX_LEAVES = 20_000
MAX_VALUE_CHARS = 4096

# A decoded value: what JSON, msgpack, protobuf, forms... turn into.
Tree = Any


class DecodeError(Exception):
    """Base of every error a decoder may raise."""


class NotThisFormat(DecodeError):
    """The data is not in this decoder's format: try the next one."""


class Malformed(DecodeError):
    """The data claims this format but is broken."""


class Truncated(Malformed):
    """The data stops in the middle of a structure."""


class Partial(Malformed):
    """The data is this format but broken or cut: ``tree`` is what came before the break (to be
    walked like a full result), ``rest`` the undecoded remainder (to be kept raw)."""

    def __init__(self, message: str, tree: Tree, rest: str) -> None:
        super().__init__(message)
        self.tree = tree
        self.rest = rest


class BombError(Malformed):
    """Decompressed output exceeded ``MAX_OUTPUT``: cut off and recorded. ``prefix`` is the
    output up to the cut, still decoded (a payload cannot hide in front of its padding)."""

    def __init__(self, limit: int, prefix: bytes = b"") -> None:
        super().__init__(f"decompressed output exceeds {limit:,} bytes; cut off there")
        self.prefix = prefix


class ContentEncoding(Protocol):
    """A Content-Encoding (RFC 9110 §8.4): bytes in, bytes out, bounded."""

    name: str  # the Content-Encoding token, e.g. "gzip"

    def sniff(self, data: bytes) -> bool: ...

    def decode(self, data: bytes, limit: int = MAX_OUTPUT) -> bytes: ...


class BodyDecoder(Protocol):
    """A payload format: bytes in, a tree (dict/list/scalars/bytes) out."""

    name: str

    def fits(self, data: bytes, content_type: str) -> int:
        """How well the data fits: 0 not at all, 1 by content sniffing, 2 by content type."""
        ...

    def decode(self, data: bytes, content_type: str) -> Tree: ...


class StringDecoder(Protocol):
    """A wrapper found inside a string value (base64, hex, JWT, JSON-in-a-string...)."""

    name: str

    def quick(self, text: str) -> bool:
        """A cheap look (first characters, length): False when ``decode`` cannot succeed."""
        ...

    def decode(self, text: str) -> Tree:
        """Return the unwrapped tree (or bytes to be sniffed again); raise ``NotThisFormat``."""
        ...


class Blob:
    """Bytes found inside a decoded tree (a multipart part, a protobuf bytes field, an unwrapped
    base64 string) with the content type it declared, to be sniffed and decoded again."""

    __slots__ = ("content_type", "data", "filename")

    def __init__(self, data: bytes, content_type: str = "", filename: str = "") -> None:
        self.data = data
        self.content_type = content_type
        self.filename = filename  # a multipart file part's own name ("licence_front.jpg")


def printable_text(data: bytes, min_len: int = 4) -> str | None:
    """``data`` as text if it is UTF-8 and almost all printable, else None."""
    if len(data) < min_len:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if printable(text) else None


def printable(text: str) -> bool:
    """Almost all printable, with some letters or digits."""
    sample = text[:8192]  # judged on a prefix: a multi-megabyte body costs no more
    bad = 0 if sample.isprintable() else sum(
        1 for ch in sample if not ch.isprintable() and ch not in "\r\n\t")
    return bad <= len(sample) // 50 and any(ch.isalnum() for ch in sample)
