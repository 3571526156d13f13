"""Arbitrary bytes: decoders raise only their own errors and stay within time/memory bounds."""

from __future__ import annotations

import contextlib
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.decoders import BODY_DECODERS, ENCODINGS, STRING_DECODERS, decode_exchange
from analysis.decoders.base import MAX_OUTPUT, DecodeError
from analysis.records import Exchange

CTYPES = ["", "application/json", "application/x-www-form-urlencoded", "application/grpc",
          "multipart/form-data; boundary=b", "application/msgpack", "application/x-protobuf"]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2048), st.sampled_from(CTYPES))
def test_body_decoders_raise_only_decode_errors(data: bytes, ctype: str) -> None:
    for dec in BODY_DECODERS:
        try:
            dec.fits(data, ctype)
            dec.decode(data, ctype)
        except DecodeError:
            pass
    for codec in ENCODINGS.values():
        try:
            out = codec.decode(data)
            assert len(out) <= MAX_OUTPUT
        except DecodeError:
            pass


@FAST
@given(st.text(max_size=512))
def test_string_decoders_raise_only_decode_errors(text: str) -> None:
    for dec in STRING_DECODERS:
        with contextlib.suppress(DecodeError):
            dec.decode(text)


@FAST
@given(st.binary(max_size=4096), st.sampled_from(CTYPES), st.sampled_from(["", "gzip", "br"]))
def test_whole_exchange_never_raises_and_is_fast(data: bytes, ctype: str, enc: str) -> None:
    ex = Exchange(ts=0, method="POST", url="https://h.example/p?q=" + data[:40].hex(),
                  request_headers=(("content-type", ctype), ("content-encoding", enc)),
                  request_body=data)
    start = time.perf_counter()
    decoded = decode_exchange(ex)
    assert time.perf_counter() - start < 1.0
    assert len(decoded.leaves) <= 20_001
