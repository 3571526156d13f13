"""Content-Encoding ``br`` (RFC 7932), with bounded output.

Brotli has no magic number, so it is only tried when the Content-Encoding header names it. The
``brotli`` binding (1.1) has no output limit, so input is fed in small chunks and decoding stops
as soon as the output passes the limit.
"""

from __future__ import annotations

import brotli

from analysis.decoders.base import MAX_OUTPUT, BombError, Malformed, Truncated

CHUNK = 256


class Brotli:
    name = "br"

    def sniff(self, data: bytes) -> bool:
        return False

    def decode(self, data: bytes, limit: int = MAX_OUTPUT) -> bytes:
        engine = brotli.Decompressor()
        out = bytearray()
        try:
            for i in range(0, len(data), CHUNK):
                out += engine.process(data[i:i + CHUNK])
                if len(out) > limit:
                    raise BombError(limit, bytes(out[:limit]))
        except brotli.error as exc:
            raise Malformed(f"corrupt brotli stream: {exc}") from exc
        if not engine.is_finished():
            raise Truncated("brotli stream ends early")
        return bytes(out)


DECODER = Brotli()
