"""Protobuf wire-format bytes written by hand for tests (protobuf.dev "Encoding"): varints,
tagged fields, length-delimited fields, and a gRPC frame around a message."""

from __future__ import annotations

import struct


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def field(number: int, wire: int, payload: bytes) -> bytes:
    return varint(number << 3 | wire) + payload


def ld(number: int, data: bytes) -> bytes:
    """A length-delimited field (wire type 2)."""
    return field(number, 2, varint(len(data)) + data)


def num(number: int, value: int) -> bytes:
    """A varint field (wire type 0)."""
    return field(number, 0, varint(value))


def grpc_frame(message: bytes) -> bytes:
    """One uncompressed gRPC length-prefixed message (gRPC PROTOCOL-HTTP2)."""
    return b"\x00" + struct.pack(">I", len(message)) + message
