"""``unwrap.worth_unwrapping`` on a base64 (or hex) string that holds only a schema-less
protobuf message whose field is a packed float vector (QA22: ``{"face": base64(field 3 = 128
float32)}``): unwrapped into the message, so the walk reaches the vector as a numeric array at
``face.3``; random tokens and messages of integers stay strings. Protobuf bytes hand-encoded."""

from __future__ import annotations

import base64
import json
import math
import random
import struct

import pytest

from analysis.decoders import decode_exchange
from analysis.decoders.b64 import DECODER as B64
from analysis.decoders.base import Blob, DecodeError
from analysis.decoders.hexwrap import DECODER as HEX
from analysis.decoders.protobuf import parse_message
from analysis.decoders.unwrap import worth_unwrapping
from analysis.passes.classify import findings_for_exchange
from analysis.records import Exchange, Part
from tests.analysis.pb import ld, num, varint

VEC = [round(0.1 * math.sin(i + 0.5), 5) for i in range(128)]
URL = "https://api.band.example/unlock/enroll"


FLOATS = struct.pack("<128f", *VEC)  # 512 bytes
TEMPLATES = {
    "flat": (ld(3, FLOATS), "3"),
    "nested": (ld(1, ld(3, FLOATS)), "1.3"),
    "siblings": (num(1, 2) + num(2, 128) + ld(3, FLOATS), "3"),
    "float64": (num(2, 128) + ld(3, struct.pack("<128d", *VEC)), "3"),
}


def _exchange(body: dict[str, str]) -> Exchange:
    return Exchange(ts=0, method="POST", url=URL,
                    request_headers=(("content-type", "application/json"),),
                    request_body=json.dumps(body).encode())


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_a_protobuf_holding_only_a_float_vector_is_unwrapped(name: str) -> None:
    raw, sub = TEMPLATES[name]
    inner = B64.decode(_b64(raw))
    assert isinstance(inner, Blob) and inner.data == raw
    assert isinstance(HEX.decode(raw.hex()), Blob)
    d = decode_exchange(_exchange({"face": _b64(raw)}))
    arrays = [leaf for leaf in d.leaves if leaf.array]
    assert [(a.path, a.layers) for a in arrays] == [
        (f"face.{sub}", ("json", "base64", "protobuf"))]
    assert [round(x, 5) for x in arrays[0].value] == VEC
    assert f"face.{sub}" in {n.path for n in d.nodes} and not d.errors
    # the same tree as the protobuf body decoder gives (one convention for both paths)
    assert arrays[0].value == _at(parse_message(raw), sub)


def _at(tree: object, sub: str) -> object:
    for part in sub.split("."):
        assert isinstance(tree, dict)
        tree = tree[part]
    return tree


def test_bytes_that_are_only_floats_stay_a_bare_vector() -> None:
    assert worth_unwrapping(FLOATS) == parse_message(ld(3, FLOATS))["3"]


@pytest.mark.parametrize("raw", [
    num(1, 2) + num(2, 128) + num(3, 1_700_000_000),  # integers only
    num(1, 2) + ld(3, b"".join(varint(i * 37) for i in range(200))),  # packed varints
    ld(3, struct.pack("<16f", *VEC[:16])),  # a float list too short for a template
    ld(1, num(1, 7) + num(2, 9)) + num(4, 1),  # nested integers
])
def test_a_protobuf_without_text_or_a_vector_stays_a_string(raw: bytes) -> None:
    parse_message(raw, strict=True)  # it is a valid message
    with pytest.raises(DecodeError):
        B64.decode(_b64(raw))


def test_random_tokens_nonces_and_hashes_stay_strings() -> None:
    rng = random.Random(22)
    for i in range(4000):
        raw = rng.randbytes(rng.randint(16, 1024))
        text = base64.urlsafe_b64encode(raw).decode() if i % 2 else _b64(raw)
        with pytest.raises(DecodeError):
            B64.decode(text)
    for size in (16, 20, 32, 64):  # digests: MD5, SHA-1, SHA-256, SHA-512
        for _ in range(250):
            with pytest.raises(DecodeError):
                B64.decode(_b64(rng.randbytes(size)))


@pytest.mark.parametrize(("key", "category"), [("face", "biometric.face"),
                                               ("speaker", "biometric.voice")])
def test_a_base64_protobuf_template_is_found_end_to_end(key: str, category: str) -> None:
    raw = num(1, 2) + num(2, 128) + ld(3, FLOATS)
    found = findings_for_exchange(1, _exchange({key: _b64(raw), "device": "band-7"}), None)
    hits = [f for f in found if f.category == category]
    assert [(f.part, f.path) for f in hits] == [(Part.BODY, f"{key}.3")]
    layers = next(leaf.layers for leaf in decode_exchange(_exchange({key: _b64(raw)})).leaves
                  if leaf.path == f"{key}.3")
    assert layers == ("json", "base64", "protobuf")
