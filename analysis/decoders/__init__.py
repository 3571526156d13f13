"""Decoder registry: every request part of an exchange down to its leaves.

``decode_exchange(exchange)`` returns a ``Decoded``: the leaves (one per scalar value, with its
DESIGN.md path that continues through nested decoded layers), the lists seen on the way (for
structure classifiers: embeddings, timing series), and what could not be decoded. The order of
the registries below is the order decoders are tried; each decoder's errors are isolated.
"""

from __future__ import annotations

from analysis.decoders import (
    b64,
    enc_brotli,
    enc_deflate,
    enc_gzip,
    enc_zstd,
    form,
    hexwrap,
    json_body,
    jwt,
    keyevents,
    msgpack_body,
    multipart,
    numlist,
    protobuf,
    query,
    socketio,
    xml_body,
)
from analysis.decoders.base import BodyDecoder, ContentEncoding, StringDecoder

ENCODINGS: dict[str, ContentEncoding] = {
    "gzip": enc_gzip.DECODER,
    "x-gzip": enc_gzip.DECODER,
    "deflate": enc_deflate.DECODER,
    "br": enc_brotli.DECODER,
    "zstd": enc_zstd.DECODER,
}

# Tried in this order among those that fit equally well (declared content type first).
BODY_DECODERS: tuple[BodyDecoder, ...] = (
    json_body.DECODER,
    json_body.LINES,
    multipart.DECODER,
    form.DECODER,
    msgpack_body.DECODER,
    protobuf.DECODER,
    xml_body.DECODER,
    socketio.DECODER,
)

# Wrappers inside string values, tried in order; the first that unwraps wins.
STRING_DECODERS: tuple[StringDecoder, ...] = (
    jwt.STRING,
    json_body.STRING,
    query.STRING,
    form.STRING,
    keyevents.DECODER,
    numlist.DECODER,
    b64.DECODER,
    hexwrap.DECODER,
)

from analysis.decoders.walk import Decoded, Leaf, Node, decode_exchange  # noqa: E402

__all__ = ["BODY_DECODERS", "ENCODINGS", "STRING_DECODERS", "Decoded", "Leaf", "Node",
           "decode_exchange"]
