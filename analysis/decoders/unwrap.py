"""Shared by the base64 and hex wrapper decoders: a wrapper is only unwrapped when what it hides
is recognisably something — compressed data, JSON, MessagePack, or printable text. Tokens,
nonces and hashes are also base64/hex-shaped; unwrapping them into random bytes would only add
noise, so they stay as they are."""

from __future__ import annotations

import json

import msgpack

from analysis.decoders.base import Blob, NotThisFormat, Tree, printable_text

MAX_WRAPPED = 4 << 20


def worth_unwrapping(raw: bytes) -> Tree:
    if raw[:2] == b"\x1f\x8b" or raw[:4] == b"\x28\xb5\x2f\xfd":
        return Blob(raw)
    head = raw[:1]
    if head in (b"{", b"["):
        try:
            json.loads(raw)
            return Blob(raw)
        except ValueError:
            pass
    elif head and 0x81 <= head[0] <= 0x8F:  # a msgpack map, if it unpacks as one
        try:
            if isinstance(msgpack.unpackb(raw, strict_map_key=False), dict):
                return Blob(raw)
        except Exception:  # msgpack raises many types on garbage; any means "not msgpack"
            pass
    text = printable_text(raw)
    if text is not None:
        return text
    raise NotThisFormat("wrapped bytes are not recognisable")
