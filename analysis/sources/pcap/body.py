"""Content decoding of HTTP bodies (RFC 9110 8.4 Content-Encoding): gzip, x-gzip, deflate
(zlib-wrapped or raw, as browsers accept both), br (RFC 7932), zstd (RFC 8878).

Output is bounded by ``limit``: a compression bomb yields ``limit`` bytes and ``truncated``.
A body cut short by the capture is decoded as far as it goes.
"""

from __future__ import annotations

import io
import zlib

import brotli
import zstandard


def decode_body(body: bytes, encoding: str, limit: int) -> tuple[bytes, bool, str | None]:
    """Return ``(decoded, truncated, error)``; on error the raw body is returned unchanged."""
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    data, truncated = body, False
    for coding in reversed(codings):  # codings are listed in the order they were applied
        if coding in ("identity", ""):
            continue
        try:
            if coding in ("gzip", "x-gzip"):
                data, cut = _zlib(data, 16 + zlib.MAX_WBITS, limit)
            elif coding == "deflate":
                try:
                    data, cut = _zlib(data, zlib.MAX_WBITS, limit)
                except zlib.error:
                    data, cut = _zlib(data, -zlib.MAX_WBITS, limit)
            elif coding == "br":
                data = brotli.decompress(data)
                cut = len(data) > limit
                data = data[:limit]
            elif coding == "zstd":
                reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
                try:
                    data = reader.read(limit + 1)
                except zstandard.ZstdError:
                    raise
                cut = len(data) > limit
                data = data[:limit]
            else:
                return body, False, f"unsupported content-encoding {coding!r}"
        except (zlib.error, brotli.error, zstandard.ZstdError, ValueError) as exc:
            return body, False, f"{coding} body undecodable: {exc}"
        truncated = truncated or cut
    return data, truncated, None


def _zlib(data: bytes, wbits: int, limit: int) -> tuple[bytes, bool]:
    dec = zlib.decompressobj(wbits)
    out = dec.decompress(data, limit + 1)
    return out[:limit], len(out) > limit
