"""Content-Encoding ``gzip`` (RFC 1952, RFC 9110 §8.4.1.3), multi-member, with bounded output."""

from __future__ import annotations

import zlib

from analysis.decoders.base import MAX_OUTPUT, BombError, Malformed, NotThisFormat, Truncated


def inflate_bounded(data: bytes, wbits: int, limit: int) -> bytes:
    """Inflate ``data`` (all concatenated members) without ever holding more than ``limit``."""
    out = bytearray()
    rest = data
    while rest:
        engine = zlib.decompressobj(wbits)
        try:
            out += engine.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            raise Malformed(f"corrupt {('gzip', 'zlib')[wbits == 15]} stream: {exc}") from exc
        if len(out) > limit:
            raise BombError(limit, bytes(out[:limit]))
        if engine.unconsumed_tail:
            raise BombError(limit, bytes(out[:limit]))
        if not engine.eof:
            raise Truncated("compressed stream ends early")
        rest = engine.unused_data
        if wbits != 31 or not rest.startswith(b"\x1f\x8b"):
            break  # trailing garbage after the last member is ignored, like gzip(1) does
    return bytes(out)


class Gzip:
    name = "gzip"

    def sniff(self, data: bytes) -> bool:
        return data[:2] == b"\x1f\x8b"

    def decode(self, data: bytes, limit: int = MAX_OUTPUT) -> bytes:
        if not self.sniff(data):
            raise NotThisFormat("no gzip magic")
        return inflate_bounded(data, 31, limit)


DECODER = Gzip()
