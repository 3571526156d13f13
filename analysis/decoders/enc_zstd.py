"""Content-Encoding ``zstd`` (RFC 8878), with bounded output (read through a stream reader)."""

from __future__ import annotations

import io

import zstandard

from analysis.decoders.base import MAX_OUTPUT, BombError, Malformed, NotThisFormat

MAGIC = b"\x28\xb5\x2f\xfd"


class Zstd:
    name = "zstd"

    def sniff(self, data: bytes) -> bool:
        return data[:4] == MAGIC

    def decode(self, data: bytes, limit: int = MAX_OUTPUT) -> bytes:
        if not self.sniff(data):
            raise NotThisFormat("no zstd magic")
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data),
                                                            read_across_frames=True)
        try:
            out = reader.read(limit + 1)
        except zstandard.ZstdError as exc:
            raise Malformed(f"corrupt zstd stream: {exc}") from exc
        if len(out) > limit:
            raise BombError(limit, bytes(out[:limit]))
        return bytes(out)


DECODER = Zstd()
