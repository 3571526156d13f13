"""Hex (RFC 4648 §8) wrappers inside string values, unwrapped only when they hide something
recognisable (``unwrap.worth_unwrapping``): a bare hex digest stays a digest."""

from __future__ import annotations

import re

from analysis.decoders.base import NotThisFormat, Tree
from analysis.decoders.unwrap import MAX_WRAPPED, worth_unwrapping

_HEX = re.compile(r"(?:[0-9a-fA-F]{2})+")


class Hex:
    name = "hex"

    def quick(self, text: str) -> bool:
        # what ``decode`` would reject without decoding: no exception for a UUID or an ID
        # ...nor for a number of a card's, an IMEI's or a SIM's length: all digits, up to 24,
        # is the number, not two hex digits a byte ("4242424242424242" is no "BBBBBBBB", QA21)
        return (len(text) >= 16 and len(text) % 2 == 0 and text[0] in "0123456789abcdefABCDEF"
                and not (len(text) <= 24 and text.isdigit())
                and _HEX.fullmatch(text.strip()) is not None)

    def decode(self, text: str) -> Tree:
        s = text.strip()
        if (len(s) < 16 or len(s) > MAX_WRAPPED or not _HEX.fullmatch(s)
                or (len(s) <= 24 and s.isdigit())):
            raise NotThisFormat("not hex")
        return worth_unwrapping(bytes.fromhex(s))


DECODER = Hex()
