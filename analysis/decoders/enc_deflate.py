"""Content-Encoding ``deflate``: a zlib stream (RFC 1950), or raw DEFLATE (RFC 1951) as some
servers and SDKs send despite RFC 9110 §8.4.1.2, with bounded output."""

from __future__ import annotations

from analysis.decoders.base import MAX_OUTPUT, Malformed, NotThisFormat
from analysis.decoders.enc_gzip import inflate_bounded


class Deflate:
    name = "deflate"

    def sniff(self, data: bytes) -> bool:
        # zlib header: CM=8, and the 16-bit header is a multiple of 31 (RFC 1950 §2.2).
        return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0

    def decode(self, data: bytes, limit: int = MAX_OUTPUT) -> bytes:
        if self.sniff(data):
            return inflate_bounded(data, 15, limit)
        try:
            return inflate_bounded(data, -15, limit)
        except Malformed as exc:
            raise NotThisFormat(f"neither zlib nor raw deflate: {exc}") from exc


DECODER = Deflate()
