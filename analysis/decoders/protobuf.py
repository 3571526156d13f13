"""Protocol Buffers without a schema (wire format: protobuf.dev/programming-guides/encoding).

Fields are keyed by field number (paths such as ``3.1``); a repeated field becomes a list. Without
the ``.proto`` the wire types are ambiguous, so the decoder guesses the way ``protoc
--decode_raw`` and blackboxprotobuf do: a length-delimited field is a nested message if it parses
completely as one, else UTF-8 text if printable, else a packed float32 list if every 4 bytes
read as a plausible float (an embedding), else bytes; fixed64/fixed32 are shown as a
double/float when that reads as a plausible number, else as an integer. gRPC bodies
(``application/grpc``: 5-byte frame headers, grpc/doc/PROTOCOL-HTTP2.md) are unframed first,
gRPC-Web-text bodies base64-decoded before that (grpc/doc/PROTOCOL-WEB.md).
A maintained schema-less library exists (bbpb, MIT); this small decoder was written instead for
its hard bounds on depth and size and to add no dependency.
"""

from __future__ import annotations

import base64
import math
import re
import struct

from analysis.decoders import enc_gzip
from analysis.decoders.base import Blob, Malformed, NotThisFormat, Tree, printable_text

MAX_NESTING = 16
MAX_FIELDS = 5000
MAX_FIELD_NUMBER = 1 << 29


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data):
            raise Malformed("varint runs past the end")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise Malformed("varint longer than 10 bytes")


def _plausible_float(value: float) -> bool:
    return math.isfinite(value) and (value == 0 or 1e-7 <= abs(value) <= 1e9)


_ASCII = re.compile(rb"[\x20-\x7e]+")
_LETTERS = re.compile(rb"[A-Za-z ]")
_WORD = re.compile(rb"[A-Za-z]{2}")


# An ID, a token or a code: 8+ letters, digits and the separators IDs use, no space
_ID_TOKEN = re.compile(rb"[0-9A-Za-z][0-9A-Za-z_.:/+=-]{7,}")


def _words(chunk: bytes) -> bool:
    """Printable ASCII that reads as words: mostly letters and spaces, a run of two letters."""
    return (_ASCII.fullmatch(chunk) is not None and _WORD.search(chunk) is not None
            and len(_LETTERS.findall(chunk)) >= 0.6 * len(chunk))


def _length_delimited(chunk: bytes, depth: int) -> Tree:
    if chunk and depth < MAX_NESTING:
        try:
            message = parse_message(chunk, depth + 1, strict=True)
        except Malformed:
            pass
        else:
            # Short text often parses as a message of numbers ("en_US": field 12, a fixed32;
            # "I want a union": a fixed64 and a fixed32; an ID such as "5e2f9a7c1b3d4086",
            # QA30). A message of numbers only, all of whose bytes are words or an ID's
            # characters, is read as the text; a message holding text stays one.
            if not (_words(chunk) or _ID_TOKEN.fullmatch(chunk)) or holds_text(message):
                return message
            return chunk.decode("ascii")
    text = printable_text(chunk, min_len=1)
    if text is not None:
        return text
    floats = packed_floats(chunk) or packed_doubles(chunk)
    if floats is not None:
        return floats
    return Blob(chunk) if chunk else ""


MIN_PACKED = 8  # values: shorter float runs are as likely any other bytes


def _packed(chunk: bytes, width: int, code: str, minimum: int) -> list[float] | None:
    """``chunk`` read as packed ``width``-byte floats when every one is plausible — finite,
    zero or of a magnitude between 1e-6 and 1e4, most non-zero; random bytes read as floats are
    mostly huge or denormal and fail."""
    n = len(chunk) // width
    if len(chunk) % width or n < minimum:
        return None
    values = struct.unpack(f"<{n}{code}", chunk)
    nonzero = 0
    for v in values:
        if v != 0:
            if not (math.isfinite(v) and 1e-6 <= abs(v) <= 1e4):
                return None
            nonzero += 1
    return [round(v, 7) for v in values] if nonzero * 2 >= n else None


def packed_floats(chunk: bytes) -> list[float] | None:
    """A packed ``repeated float`` (the encoding guide's "Packed Repeated Fields"): how an
    embedding travels in protobuf."""
    return _packed(chunk, 4, "f", MIN_PACKED)


MIN_PACKED_VECTOR = 32  # values, for bytes found alone (a wrapper, a body, a msgpack bin)


def packed_doubles(chunk: bytes, minimum: int = MIN_PACKED) -> list[float] | None:
    """Packed float64 values, by the same test as ``packed_floats``."""
    return _packed(chunk, 8, "d", minimum)


def packed_vector(raw: bytes) -> list[float] | None:
    """Bytes that are only a vector of float32 (or float64) values, 32 or more: a face or
    speaker template sent as raw bytes (a multipart part, a msgpack bin, base64 in JSON).
    Random bytes practically never pass (each value must land in 1e-6..1e4)."""
    if len(raw) < 4 * MIN_PACKED_VECTOR:
        return None
    floats = packed_floats(raw)
    if floats is not None and len(floats) >= MIN_PACKED_VECTOR:
        return floats
    return packed_doubles(raw, MIN_PACKED_VECTOR)


def parse_message(data: bytes, depth: int = 0, strict: bool = False) -> dict[str, Tree]:
    """Parse one message; ``strict`` (guessed nested messages) also refuses odd field numbers."""
    out: dict[str, Tree] = {}
    pos = count = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if number == 0 or number >= MAX_FIELD_NUMBER or (strict and number > 20000):
            raise Malformed(f"invalid field number {number}")
        value: Tree
        if wire == 0:
            value, pos = _varint(data, pos)
            if value >= 1 << 63:
                # a negative int32/int64 is sent as its 64-bit two's complement, always ten
                # bytes (protobuf encoding guide, "Signed Integers"); no uint64 a phone sends is
                # this large, so the signed reading is the likely one (an E7 longitude west)
                value -= 1 << 64
        elif wire == 1:
            if pos + 8 > len(data):
                raise Malformed("fixed64 runs past the end")
            as_double = struct.unpack_from("<d", data, pos)[0]
            value = (as_double if _plausible_float(as_double)
                     else struct.unpack_from("<q", data, pos)[0])
            pos += 8
        elif wire == 5:
            if pos + 4 > len(data):
                raise Malformed("fixed32 runs past the end")
            as_float = struct.unpack_from("<f", data, pos)[0]
            value = (round(as_float, 7) if _plausible_float(as_float)
                     else struct.unpack_from("<i", data, pos)[0])
            pos += 4
        elif wire == 2:
            length, pos = _varint(data, pos)
            if pos + length > len(data):
                raise Malformed("length-delimited field runs past the end")
            value = _length_delimited(data[pos:pos + length], depth)
            pos += length
        else:
            raise Malformed(f"unsupported wire type {wire}")  # groups (3/4) are deprecated
        count += 1
        if count > MAX_FIELDS:
            raise Malformed("more than 5000 fields")
        name = str(number)
        if name in out:
            prev = out[name]
            if isinstance(prev, _Repeated):
                prev.append(value)
            else:
                out[name] = _Repeated([prev, value])
        else:
            out[name] = value
    if strict and not out:
        raise Malformed("empty message")
    return out


class _Repeated(list):  # type: ignore[type-arg]
    """A repeated field (kept apart from a packed or nested list)."""


def _ungrpc(data: bytes) -> bytes:
    """Concatenate the messages of gRPC length-prefixed frames. A compressed frame (flag bit 0,
    ``grpc-encoding: gzip``) is gunzipped within ``MAX_OUTPUT``; a gRPC-Web trailers frame
    (flag bit 7, grpc/doc/PROTOCOL-WEB.md) carries headers, not a message, and is skipped."""
    parts, pos = [], 0
    while pos + 5 <= len(data):
        flag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        frame = data[pos + 5:pos + 5 + length]
        pos += 5 + length
        if flag & 0x80:
            continue
        if flag & 1:
            frame = enc_gzip.DECODER.decode(frame)
        parts.append(frame)
    if pos != len(data):
        raise Malformed("truncated gRPC frame")
    return b"".join(parts)


def _unbase64(data: bytes) -> bytes:
    """A gRPC-Web-text body: base64 of the frames, possibly several base64 chunks one after
    the other (each padded), as streaming clients write them."""
    out = bytearray()
    for chunk in re.findall(rb"[A-Za-z0-9+/]+={0,2}", data):
        try:
            out += base64.b64decode(chunk + b"=" * (-len(chunk) % 4))
        except ValueError as exc:
            raise Malformed(f"gRPC-Web-text body is not base64: {exc}") from exc
    return bytes(out)


class ProtobufBody:
    name = "protobuf"

    def fits(self, data: bytes, content_type: str) -> int:
        if "protobuf" in content_type or "grpc" in content_type or "x-proto" in content_type:
            return 2
        # Sniffing: a first key with field 1..31 and a valid wire type; decode() decides.
        first = data[0] if data else 0
        return 1 if (first >> 3) in range(1, 32) and first & 7 in (0, 1, 2, 5) else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        declared = "protobuf" in content_type or "grpc" in content_type or "x-proto" in content_type
        if "grpc-web-text" in content_type:
            data = _unbase64(data)
        if "grpc" in content_type:
            data = _ungrpc(data)
        try:
            message = parse_message(data, strict=not declared)
        except Malformed as exc:
            if declared:
                raise
            raise NotThisFormat(f"not protobuf: {exc}") from exc
        if not declared and not looks_structured(message, data):
            raise NotThisFormat("binary that merely parses as protobuf")
        return message


def holds_text(tree: Tree) -> bool:
    """Whether a parsed message holds a string of 3 characters or more, at any depth."""
    if isinstance(tree, str):
        return len(tree) >= 3
    if isinstance(tree, dict):
        return any(holds_text(v) for v in tree.values())
    if isinstance(tree, list):
        return any(holds_text(v) for v in tree)
    return False


def holds_vector(tree: Tree) -> bool:
    """Whether a parsed message holds a packed float list of ``MIN_PACKED_VECTOR`` values or
    more (an embedding, by ``packed_vector``'s rules), at any depth."""
    if isinstance(tree, dict):
        return any(holds_vector(v) for v in tree.values())
    if isinstance(tree, list):
        if isinstance(tree, _Repeated):
            return any(holds_vector(v) for v in tree)
        return len(tree) >= MIN_PACKED_VECTOR and all(type(v) is float for v in tree)
    return False


def looks_structured(message: dict[str, Tree], data: bytes) -> bool:
    """Accept a sniffed message (``data`` parsed) only if it holds some text, or a packed float
    vector when ``data`` is not itself only floats (then it is that vector, ``float-vector``):
    random bytes rarely parse into either (every value of a vector must land in 1e-6..1e4)."""
    return holds_text(message) or (holds_vector(message) and packed_vector(data) is None)


DECODER = ProtobufBody()
