from __future__ import annotations

import struct

import pytest

from analysis.decoders import protobuf
from analysis.decoders.base import Malformed, NotThisFormat
from tests.analysis.pb import field, ld, varint


def test_nested_message_strings_numbers_and_repeated() -> None:
    inner = (ld(1, b"38400000-8cf0-11bd-b23e-10b96e40000d")
             + field(2, 1, struct.pack("<d", 40.74183)))
    msg = field(1, 0, varint(150)) + ld(3, inner) + ld(4, b"a") + ld(4, b"b")
    tree = protobuf.DECODER.decode(msg, "application/x-protobuf")
    assert tree["1"] == 150
    assert tree["3"] == {"1": "38400000-8cf0-11bd-b23e-10b96e40000d", "2": 40.74183}
    assert tree["4"] == ["a", "b"]


def test_grpc_framing() -> None:
    msg = ld(1, b"hello")
    framed = b"\x00" + struct.pack(">I", len(msg)) + msg
    assert protobuf.DECODER.decode(framed, "application/grpc") == {"1": "hello"}


def test_truncated_declared_protobuf_is_malformed() -> None:
    with pytest.raises(Malformed):
        protobuf.DECODER.decode(ld(1, b"hello")[:-2], "application/x-protobuf")


def test_sniffed_binary_without_text_is_not_protobuf() -> None:
    with pytest.raises(NotThisFormat):
        protobuf.DECODER.decode(field(1, 0, varint(5)) + field(2, 0, varint(7)), "")


def test_negative_int64_varint_reads_signed() -> None:
    # -739893100 (an E7 longitude west of Greenwich) is sent as ten bytes of two's complement
    lon_e7 = -739893100
    msg = field(1, 0, varint(407418300)) + field(2, 0, varint(lon_e7 & (2**64 - 1)))
    tree = protobuf.DECODER.decode(msg, "application/x-protobuf")
    assert tree == {"1": 407418300, "2": lon_e7}


def test_grpc_web_text_and_compressed_frames() -> None:
    import base64
    import gzip
    msg = ld(1, b"hello") + field(2, 0, varint(7))
    framed = b"\x00" + struct.pack(">I", len(msg)) + msg
    trailers = b"grpc-status:0\r\n"
    body = framed + b"\x80" + struct.pack(">I", len(trailers)) + trailers
    text = base64.b64encode(body)
    assert protobuf.DECODER.decode(text, "application/grpc-web-text+proto") == {
        "1": "hello", "2": 7}
    packed = gzip.compress(msg)
    compressed = b"\x01" + struct.pack(">I", len(packed)) + packed
    assert protobuf.DECODER.decode(compressed, "application/grpc") == {"1": "hello", "2": 7}


@pytest.mark.parametrize("text", [b"I want a union", b"en_US"])
def test_short_words_that_parse_as_numbers_are_read_as_words(text: bytes) -> None:
    # "en_US" is also field 12 with a fixed32; "I want a union" a fixed64 and a fixed32
    msg = ld(3, ld(5, text) + ld(1, b"card-1"))
    assert protobuf.parse_message(msg) == {"3": {"5": text.decode(), "1": "card-1"}}


def test_a_message_of_printable_bytes_stays_a_message() -> None:
    # numbers only, in bytes that happen to print ("(d02"): no words, so a message
    numbers = bytes([0x28, 0x64, 0x30, 0x32])
    assert protobuf.parse_message(ld(3, numbers)) == {"3": {"5": 100, "6": 50}}
    # a message holding text stays a message even when all of its bytes print
    inner = ld(4, b"x" * 33)
    assert protobuf.parse_message(ld(3, inner)) == {"3": {"4": "x" * 33}}


def test_a_packed_float_vector_is_a_float_list_declared_or_sniffed() -> None:
    # a face template as field 3 (128 float32) beside a version and its dimension: the body
    # decoder reads it as a float list whether the body says protobuf or is only sniffed
    vec = [round(0.05 * ((i % 13) - 6) + 0.001, 5) for i in range(128)]
    msg = field(1, 0, varint(2)) + field(2, 0, varint(128)) + ld(3, struct.pack("<128f", *vec))
    for ctype in ("application/x-protobuf", "application/octet-stream", ""):
        tree = protobuf.DECODER.decode(msg, ctype)
        assert tree["1"] == 2 and tree["2"] == 128
        assert [round(x, 5) for x in tree["3"]] == vec
    assert protobuf.holds_vector(tree) and not protobuf.holds_text(tree)
    # bytes that are only floats are that vector (``float-vector``), not a message holding one
    assert not protobuf.looks_structured({"3": tree["3"]}, struct.pack("<128f", *vec))


def test_an_id_that_parses_as_a_message_of_numbers_is_read_as_text() -> None:
    """QA30: an Android ID in a string field parsed as fixed32/fixed64 fields and was lost."""
    assert protobuf.parse_message(bytes([0x12, 0x10]) + b"5e2f9a7c1b3d4086") == {
        "2": "5e2f9a7c1b3d4086"}
    assert protobuf.parse_message(bytes([0x12, 0x0c]) + b"abc-DEF_1234") == {"2": "abc-DEF_1234"}
    # a nested message of a number and a string stays a message
    inner = bytes([0x08, 0x96, 0x01, 0x12, 0x03]) + b"abc"
    assert protobuf.parse_message(bytes([0x1a, len(inner)]) + inner) == {
        "3": {"1": 150, "2": "abc"}}
