"""Shared by the base64 and hex wrapper decoders: a wrapper is only unwrapped when what it hides
is recognisably something — compressed data (gzip, zstd, zlib), JSON, MessagePack, printable
text, a packed float vector, or a protobuf message that holds text or such a vector. Tokens,
nonces and hashes are also base64/hex-shaped; unwrapping them into random bytes would only add
noise, so they stay as they are."""

from __future__ import annotations

import zlib

import msgpack

from analysis.decoders.base import Blob, Malformed, NotThisFormat, Tree, printable_text
from analysis.decoders.json_body import is_json
from analysis.decoders.protobuf import looks_structured, packed_vector, parse_message

MAX_WRAPPED = 4 << 20


def _zlib(raw: bytes) -> bool:
    """A zlib stream (RFC 1950 header: CM=8, header a multiple of 31) whose start inflates: the
    2-byte header alone matches one random pair in about 500."""
    if len(raw) < 6 or raw[0] & 0x0F != 8 or (raw[0] << 8 | raw[1]) % 31:
        return False
    inflate = zlib.decompressobj()
    try:
        out = inflate.decompress(raw, 64)
    except zlib.error:
        return False
    # ...and yields something: a random start that only asks for more input is none (QA45: a
    # referral code "KM-FRIEND-22", read as base64url, began with a valid header)
    return bool(out) or inflate.eof


# The sizes of digests, random IDs and keys (MD5 16, SHA-1 20, SHA-224 28, SHA-256 32, SHA-384
# 48, SHA-512 64 bytes; 8-byte Android IDs): bytes of such a length hide text, JSON or compressed
# data at most. Read as MessagePack, a protobuf or a float vector, a hash practically always
# fails after a costly parse, and the odd one that "succeeds" is noise (an MD5 starting 0x82 is
# a two-entry msgpack map). Skipping them: 0.6% fewer instructions for the benchmark study
# (callgrind; a py-spy sample had put the attempts at ~3% of its time).
DIGEST_SIZES = frozenset({8, 16, 20, 28, 32, 48, 64})


def worth_unwrapping(raw: bytes) -> Tree:
    if raw[:2] == b"\x1f\x8b" or raw[:4] == b"\x28\xb5\x2f\xfd" or _zlib(raw):
        return Blob(raw)
    head = raw[:1]
    if head in (b"{", b"[") and is_json(raw):
        return Blob(raw)
    if len(raw) in DIGEST_SIZES:
        if raw.isascii() and (text := printable_text(raw)) is not None:
            return text  # a hex or base64 wrapper of an ID or an address of that length
        raise NotThisFormat("wrapped bytes of a digest's length are no text")
    if head and 0x81 <= head[0] <= 0x8F:  # a msgpack map, if it unpacks as one
        try:
            if isinstance(msgpack.unpackb(raw, strict_map_key=False), dict):
                return Blob(raw)
        except Exception:  # msgpack raises many types on garbage; any means "not msgpack"
            pass
    if raw[:5] == b"%PDF-":  # (printable, but a document: kept raw and said to be a PDF,
        return Blob(raw)     # not its drawing operators read as text: QA111's report export)
    text = printable_text(raw)
    if text is not None:
        return text
    if _protobuf(raw):
        return Blob(raw)
    vector = packed_vector(raw)
    if vector is not None:
        return vector  # a packed float template (base64 of 128 float32)
    raise NotThisFormat("wrapped bytes are not recognisable")


def _protobuf(raw: bytes) -> bool:
    """A schema-less protobuf message holding some text (a base64 "bin" field, a hex query
    value) or a packed float vector (a face template as field 3): parsed strictly, as a guessed
    nested message is. Random bytes (tokens, nonces, digests) practically never do: none of
    350,000 random 16-128-byte strings did."""
    try:
        return looks_structured(parse_message(raw, strict=True), raw)
    except (Malformed, ValueError, RecursionError):
        return False
