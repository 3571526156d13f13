"""Base64 (RFC 4648 §4) and base64url (§5) wrappers inside string values, unwrapped only when
they hide something recognisable (``unwrap.worth_unwrapping``)."""

from __future__ import annotations

import base64
import binascii
import re

from analysis.decoders.base import NotThisFormat, Tree
from analysis.decoders.unwrap import MAX_WRAPPED, worth_unwrapping

_B64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2})+")


class Base64:
    name = "base64"

    def quick(self, text: str) -> bool:
        # UUIDs and dotted/colon-separated IDs are base64url-charset but never base64
        return (len(text) >= 12 and " " not in text and not text.isdigit()
                and not (len(text) == 36 and text.count("-") == 4) and self._shaped(text.strip()))

    @staticmethod
    def _shaped(s: str) -> bool:
        """What ``decode`` would reject without decoding (tested here, a string no decoder
        takes costs no exception: hex nonces and digests are most of them)."""
        return (12 <= len(s) <= MAX_WRAPPED and _B64.fullmatch(s) is not None
                and not s.isdigit() and _HEX.fullmatch(s) is None and not s.isalpha()
                and len(s.rstrip("=")) % 4 != 1)

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
        return worth_unwrapping(raw)


DECODER = Base64()
