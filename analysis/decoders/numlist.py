"""Numbers written as one comma-separated string (``"0.0123,-0.0456,..."``, ``"88,92,101"``):
how some SDKs send a face template, a feature vector or a typing rhythm in a JSON string or a
form field. Read as the list of numbers it spells, so the structure classifier sees its shape;
fewer than five numbers (a "lat,lon" pair, a date, a version) stay text."""

from __future__ import annotations

import re

from analysis.decoders.base import NotThisFormat, Tree

MIN_NUMBERS = 5
MAX_TEXT = 1 << 20
# unambiguous (one way to match each number), so a long near-miss cannot backtrack for ever
_NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_LIST = re.compile(rf"\s*{_NUMBER}(?:\s*[,;]\s*{_NUMBER}){{{MIN_NUMBERS - 1},}}\s*")


class NumberList:
    name = "numbers"

    def quick(self, text: str) -> bool:
        return (text[:1] in "-.0123456789" and ("," in text or ";" in text)
                and len(text) <= MAX_TEXT)

    def decode(self, text: str) -> Tree:
        if not _LIST.fullmatch(text):
            raise NotThisFormat("not a list of numbers")
        out: list[int | float] = []
        for part in re.split(r"\s*[,;]\s*", text.strip()):
            number = float(part)
            out.append(int(number) if number.is_integer() and "." not in part
                       and "e" not in part.lower() else number)
        return out


DECODER = NumberList()
