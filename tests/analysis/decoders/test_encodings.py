from __future__ import annotations

import gzip
import zlib

import brotli
import pytest
import zstandard

from analysis.decoders import enc_brotli, enc_deflate, enc_gzip, enc_zstd
from analysis.decoders.base import BombError, Malformed, NotThisFormat, Truncated

DATA = b'{"gaid": "38400000-8cf0-11bd-b23e-10b96e40000d"}' * 10


@pytest.mark.parametrize(("codec", "packed"), [
    (enc_gzip.DECODER, gzip.compress(DATA)),
    (enc_gzip.DECODER, gzip.compress(DATA[:100]) + gzip.compress(DATA[100:])),  # two members
    (enc_deflate.DECODER, zlib.compress(DATA)),
    (enc_deflate.DECODER, zlib.compress(DATA)[2:-4]),  # raw deflate
    (enc_brotli.DECODER, brotli.compress(DATA)),
    (enc_zstd.DECODER, zstandard.ZstdCompressor().compress(DATA)),
])
def test_round_trip(codec: object, packed: bytes) -> None:
    assert codec.decode(packed) == DATA  # type: ignore[attr-defined]


@pytest.mark.parametrize(("codec", "packed"), [
    (enc_gzip.DECODER, gzip.compress(b"\0" * 10_000_000)),
    (enc_deflate.DECODER, zlib.compress(b"\0" * 10_000_000)),
    (enc_brotli.DECODER, brotli.compress(b"\0" * 10_000_000)),
    (enc_zstd.DECODER, zstandard.ZstdCompressor().compress(b"\0" * 10_000_000)),
])
def test_bomb_is_cut_off(codec: object, packed: bytes) -> None:
    with pytest.raises(BombError) as info:
        codec.decode(packed, limit=1_000_000)  # type: ignore[attr-defined]
    assert info.value.prefix == b"\0" * 1_000_000  # the output up to the cut, for decoding


def test_truncated_and_corrupt_gzip() -> None:
    packed = gzip.compress(DATA)
    with pytest.raises(Truncated):
        enc_gzip.DECODER.decode(packed[: len(packed) // 2])
    with pytest.raises(Malformed):
        enc_gzip.DECODER.decode(packed[:10] + b"\xff" * 20)
    with pytest.raises(NotThisFormat):
        enc_gzip.DECODER.decode(DATA)


def test_corrupt_brotli_and_zstd() -> None:
    with pytest.raises(Malformed):
        enc_brotli.DECODER.decode(b"\xff\xfe garbage")
    with pytest.raises(Malformed):
        enc_zstd.DECODER.decode(enc_zstd.MAGIC + b"\xff" * 20)
