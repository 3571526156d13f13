"""Key events written as one compact string (``"h:0:96|e:210:302|..."``, a masked key as ``*``):
how keystroke-dynamics SDKs pack a field's typing into a form value or a JSON string. Read as
``[key, down, up]`` rows so that the structure classifier sees their shape (a character held
for a finger's time, pressed in order: ``structure_shapes.typed_key_rows``); five events at
least, every one ``key:down:up`` with one character for the key, so a list of times ("08:30")
or a version ("1:2:3") stays text."""

from __future__ import annotations

import re

from analysis.decoders.base import NotThisFormat, Tree

MIN_EVENTS = 5
MAX_TEXT = 1 << 16
_MS = r"(?:0|[1-9]\d{0,8})"  # no leading zero: "0:05:32" is a clock, not milliseconds
_EVENT = rf"[^:|;]:{_MS}:{_MS}"
_LIST = re.compile(rf"{_EVENT}(?:[|;]{_EVENT}){{{MIN_EVENTS - 1},}}")


class KeyEvents:
    name = "key-events"

    def quick(self, text: str) -> bool:
        return len(text) <= MAX_TEXT and text[1:2] == ":" and ("|" in text or ";" in text)

    def decode(self, text: str) -> Tree:
        if not _LIST.fullmatch(text):
            raise NotThisFormat("not a string of key:down:up events")
        rows: list[Tree] = []
        for event in re.split(r"[|;]", text):
            key, down, up = event.split(":")
            rows.append([key, int(down), int(up)])
        return rows


DECODER = KeyEvents()
