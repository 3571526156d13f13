"""JSON (RFC 8259) and JSON Lines / NDJSON bodies, and JSON held inside a string value."""

from __future__ import annotations

import json

from analysis.decoders.base import Malformed, NotThisFormat, Tree

MAX_JSON_DEPTH = 200  # the C parser recurses; deeper documents are refused, not crashed on


def _depth_ok(text: str) -> bool:
    depth = peak = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            peak = max(peak, depth)
        elif ch in "]}":
            depth -= 1
    return peak <= MAX_JSON_DEPTH


def loads(text: str) -> Tree:
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH and not _depth_ok(text):
        raise Malformed(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return json.loads(text)


class JsonBody:
    name = "json"

    def fits(self, data: bytes, content_type: str) -> int:
        head = data[:64].lstrip()
        if "json" in content_type and "jsonl" not in content_type and "ndjson" not in content_type:
            return 2
        return 1 if head[:1] in (b"{", b"[") else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise NotThisFormat(f"not UTF-8: {exc}") from exc
        try:
            return loads(text)
        except ValueError as exc:
            if text.lstrip()[:1] in ("{", "[") or "json" in content_type:
                # Several documents one per line is JSON Lines; anything else is broken JSON.
                lines = [ln for ln in text.splitlines() if ln.strip()]
                if len(lines) > 1:
                    try:
                        return [loads(ln) for ln in lines]
                    except ValueError:
                        pass
                raise Malformed(f"invalid JSON: {exc}") from exc
            raise NotThisFormat("not JSON") from exc


class JsonLines:
    name = "jsonl"

    def fits(self, data: bytes, content_type: str) -> int:
        return 2 if ("jsonl" in content_type or "ndjson" in content_type) else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        try:
            text = data.decode("utf-8-sig")
            return [loads(ln) for ln in text.splitlines() if ln.strip()]
        except (UnicodeDecodeError, ValueError) as exc:
            raise Malformed(f"invalid JSON Lines: {exc}") from exc


class JsonString:
    """A string value that itself holds a JSON object or array (a common double encoding)."""

    name = "json"

    def quick(self, text: str) -> bool:
        return text[:1] in ("{", "[") or text.lstrip()[:1] in ("{", "[")

    def decode(self, text: str) -> Tree:
        s = text.strip()
        if len(s) < 2 or not ((s[0] == "{" and s[-1] == "}") or (s[0] == "[" and s[-1] == "]")):
            raise NotThisFormat("not a JSON container")
        try:
            value = loads(s)
        except ValueError as exc:
            raise NotThisFormat("not JSON") from exc
        if not isinstance(value, dict | list):
            raise NotThisFormat("not a JSON container")
        return value


DECODER = JsonBody()
LINES = JsonLines()
STRING = JsonString()
