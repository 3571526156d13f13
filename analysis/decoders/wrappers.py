"""Base64 (RFC 4648 §4, and base64url §5) and hex (§8) wrappers inside string values.

A wrapper is only unwrapped when what it hides is recognisably something: compressed data,
JSON, MessagePack, or printable text. Tokens, nonces and hashes are also base64/hex-shaped;
unwrapping them into random bytes would only add noise, so they stay as they are.
"""

from __future__ import annotations

import base64
import binascii
import re

from analysis.decoders.base import Blob, NotThisFormat, Tree, printable_text

_B64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2})+")
MAX_WRAPPED = 4 << 20


def _worth_it(raw: bytes) -> Tree:
    if raw[:2] == b"\x1f\x8b" or raw[:4] == b"\x28\xb5\x2f\xfd":
        return Blob(raw)
    head = raw[:1]
    if head in (b"{", b"[") or (head and 0x80 <= head[0] <= 0x8F):
        return Blob(raw)
    text = printable_text(raw)
    if text is not None:
        return text
    raise NotThisFormat("wrapped bytes are not recognisable")


class Base64:
    name = "base64"

    def decode(self, text: str) -> Tree:
        s = text.strip()
        if (len(s) < 12 or len(s) > MAX_WRAPPED or not _B64.fullmatch(s) or s.isdigit()
                or _HEX.fullmatch(s) or s.isalpha()):
            raise NotThisFormat("not base64")
        body = s.rstrip("=")
        if len(body) % 4 == 1:
            raise NotThisFormat("impossible base64 length")
        padded = body + "=" * (-len(body) % 4)
        try:
            if "-" in s or "_" in s:
                raw = base64.urlsafe_b64decode(padded)
            else:
                raw = base64.b64decode(padded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise NotThisFormat(f"not base64: {exc}") from exc
        return _worth_it(raw)


class Hex:
    name = "hex"

    def decode(self, text: str) -> Tree:
        s = text.strip()
        if len(s) < 16 or len(s) > MAX_WRAPPED or not _HEX.fullmatch(s):
            raise NotThisFormat("not hex")
        return _worth_it(bytes.fromhex(s))


BASE64 = Base64()
HEX = Hex()
