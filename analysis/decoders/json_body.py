"""JSON (RFC 8259) and JSON Lines / NDJSON bodies, and JSON held inside a string value.

Phones send JSON that is not quite valid: UTF-16 with a BOM, Latin-1 with a charset parameter,
one invalid UTF-8 byte in one string, NUL padding after the document, control characters inside
strings, and bodies cut short by a capture limit. Each is read as far as it goes
(``charset.body_text``; a lenient parser): a broken or cut document yields the complete values
before the break (``Partial``) instead of nothing.
"""

from __future__ import annotations

import json
import re

import orjson

from analysis.decoders.base import Malformed, NotThisFormat, Partial, Tree
from analysis.decoders.charset import body_text

MAX_JSON_DEPTH = 200  # the C parser recurses; deeper documents are refused, not crashed on
# Padding seen after (and before) documents: whitespace and the NULs of fixed-size buffers.
PAD = " \t\r\n\x00"
# strict=False: control characters inside strings (a NUL, a raw tab) are kept, not fatal
_DECODER = json.JSONDecoder(strict=False)
# orjson parses the same documents to the same values 3-4x faster (scripts/bench_instructions:
# 2% of all of analyze's instructions), except integers beyond 64 bits, which it turns into
# floats without a word (a 20-digit ICCID sent as a number would lose its digits): a text
# with 19 digits in a row goes to the standard parser, as does any text orjson refuses. The
# digits are looked for in bytes with every other byte blanked (C speed: 1.7 µs for the
# benchmark's 1.2 kB bodies, a regex took 13-17 µs, more than parsing them).
_DIGITS_ONLY = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))  # a digit: "0"
_LONG_RUN = b"0" * 19


def _long_number(text: str) -> bool:
    return _LONG_RUN in text.encode("utf-8", "surrogatepass").translate(_DIGITS_ONLY)


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
    if not _long_number(text):
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass  # NaN, control characters, lone surrogates...: the lenient parser reads them
    return _DECODER.decode(text)


def is_json(data: str | bytes) -> bool:
    """Whether ``data`` is one JSON document the standard parser reads (``json.loads``: also
    UTF-16/32 bytes, NaN), asked of orjson first: most texts asked are JSON."""
    try:
        orjson.loads(data)
        return True
    except orjson.JSONDecodeError:
        pass
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


# One token of JSON: a string's opening quote, punctuation, or a scalar followed by a delimiter
# (a number at the very end may have been cut, so it does not count as complete).
_TOKEN = re.compile(r'[ \t\r\n]*(?:(")|([][{},:])|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false'
                    r'|null)(?=[ \t\r\n,:\]}]))')
_STRING_REST = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_CLOSE = {"{": "}", "[": "]"}
# The token scan runs in Python (about 1 µs a token): a broken document is salvaged from its
# first MiB at most, the rest kept raw (a bound on hostile bodies: about a second).
MAX_SALVAGE = 1 << 20


def complete_prefix(text: str) -> tuple[str, int] | None:
    """The longest prefix of ``text`` that ends after a complete value, closed into a valid
    document: (document, length of the prefix used), or None.

    A small state machine over JSON tokens remembers the last point where every value so far is
    complete; the containers open there are closed. Whatever follows (a cut string, a cut
    number, a key without its value, garbage) is left for the caller to keep raw.
    """
    stack: list[str] = []
    expect = "value"  # value, key, colon, sep (',' or the closer)
    fresh = False  # a container was just opened: its closer may come at once
    good, pos, n = -1, 0, len(text)
    while pos < n:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        quote, punct, scalar = m.groups()
        pos = m.end()
        if quote:
            rest = _STRING_REST.match(text, pos)
            if rest is None or expect not in ("key", "value"):
                break
            pos = rest.end()
            if expect == "key":
                expect = "colon"
            else:
                expect, good = "sep", pos
        elif scalar:
            if expect != "value":
                break
            expect, good = "sep", pos
        elif punct in "{[":
            if expect != "value":
                break
            stack.append(punct)
            expect, good = ("key" if punct == "{" else "value"), pos
            fresh = True
            continue
        elif punct in "}]":
            if not stack or _CLOSE[stack[-1]] != punct or not (expect == "sep" or fresh):
                break
            stack.pop()
            expect, good = "sep", pos
        elif punct == ",":
            if expect != "sep" or not stack:
                break
            expect = "key" if stack[-1] == "{" else "value"
        elif punct == ":":
            if expect != "colon":
                break
            expect = "value"
        fresh = False
        if not stack and expect == "sep":
            break  # the top-level value is complete: anything after it is not part of it
    if good <= 0:
        return None
    return text[:good] + "".join(_CLOSE[c] for c in reversed(stack)), good


def salvage(text: str, error: ValueError) -> Tree:
    """Raise ``Partial`` with the values before the break, or ``Malformed`` if there are none."""
    found = complete_prefix(text[:MAX_SALVAGE])
    if found is not None:
        document, used = found
        try:
            tree = loads(document)
        except ValueError:
            tree = None
        if isinstance(tree, dict | list) and tree:
            raise Partial(f"invalid JSON: {error}; decoded up to char {used} of {len(text)}, "
                          "the rest kept raw", tree, text[used:].strip(PAD))
    raise Malformed(f"invalid JSON: {error}") from error


def without_padding(tree: Tree) -> Tree:
    """Strings' trailing NULs removed: the padding of a C string's fixed-size buffer is not
    part of the value (``"Qa@x.net\\u0000\\u0000"``). Looked for only when the body has a NUL."""
    if isinstance(tree, str):
        return tree.rstrip("\x00")
    if isinstance(tree, dict):
        return {k: without_padding(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [without_padding(v) for v in tree]
    return tree


class JsonBody:
    name = "json"

    def fits(self, data: bytes, content_type: str) -> int:
        head = data[:64].lstrip()
        if "json" in content_type and "jsonl" not in content_type and "ndjson" not in content_type:
            return 2
        return 1 if head[:1] in (b"{", b"[") else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        text = body_text(data, content_type).strip(PAD)
        try:
            tree = loads(text)
        except ValueError as exc:
            if text[:1] in ("{", "[") or "json" in content_type:
                # Several documents one per line is JSON Lines; anything else is broken JSON.
                lines = [ln for ln in text.splitlines() if ln.strip(PAD)]
                if len(lines) > 1 and lines[0].strip()[:1] in ("{", "["):
                    try:
                        return json_lines(lines)
                    except Partial:
                        raise  # lines, one of them broken: the others are read
                    except Malformed:
                        pass
                return salvage(text, exc)
            raise NotThisFormat("not JSON") from exc
        return without_padding(tree) if "\x00" in text or "\\u0000" in text else tree


class JsonLines:
    name = "jsonl"

    def fits(self, data: bytes, content_type: str) -> int:
        return 2 if ("jsonl" in content_type or "ndjson" in content_type) else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        try:
            text = body_text(data, content_type)
        except ValueError as exc:
            raise Malformed(f"invalid JSON Lines: {exc}") from exc
        return json_lines([ln for ln in text.splitlines() if ln.strip(PAD)])


def json_lines(lines: list[str]) -> list[Tree]:
    """One value per line (JSON Lines). A broken line does not end the others: it is kept raw
    (``Partial``) and its index stays empty, so that the lines after it keep their ``[i]``."""
    out: list[Tree] = []
    broken: list[str] = []
    for i, line in enumerate(lines):
        try:
            out.append(loads(line))
        except ValueError:
            out.append(None)
            broken.append(f"[{i}]")
    if not broken:
        return out
    if len(broken) == len(lines) or len(broken) * 2 > len(lines):
        raise Malformed(f"invalid JSON Lines: lines {', '.join(broken[:5])} are not JSON")
    raise Partial(f"invalid JSON Lines: line(s) {', '.join(broken[:5])} not JSON, kept raw", out,
                  "\n".join(ln for ln, v in zip(lines, out, strict=True) if v is None))


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
