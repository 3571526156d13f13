"""Number vectors sent as text or bytes: comma-separated numbers, packed float32/float64 in a
base64 wrapper, a body, a msgpack bin or a protobuf field."""

from __future__ import annotations

import base64
import json
import math
import struct

import msgpack
import pytest

from analysis.decoders import decode_exchange
from analysis.decoders.base import DecodeError
from analysis.decoders.numlist import DECODER as NUMBERS
from analysis.decoders.protobuf import packed_vector
from analysis.records import Exchange

VEC = [round(0.1 * math.sin(i + 0.5), 5) for i in range(128)]


def _nodes(body: bytes, ctype: str) -> dict[str, list[object]]:
    d = decode_exchange(Exchange(ts=0, method="POST", url="https://a.example/x",
                                 request_headers=(("content-type", ctype),), request_body=body))
    return {n.path: n.value for n in d.nodes}


def test_comma_separated_numbers_are_a_list() -> None:
    assert NUMBERS.decode("88, 92,101;76,95") == [88, 92, 101, 76, 95]
    assert NUMBERS.decode("0.5,-1e-3,2.,.25,7") == [0.5, -0.001, 2.0, 0.25, 7]
    nodes = _nodes(json.dumps({"t": ",".join(map(str, VEC)), "lat_lon": "40.1,-73.2"}).encode(),
                   "application/json")
    assert nodes["t"] == VEC and "lat_lon" not in nodes


@pytest.mark.parametrize("text", ["1,2,3,4", "1,2,3,4,x", "2026-11-27", "1,2,,3,4,5",
                                  "1,2,3,4,5 apples", "1" * 3000 + ",1,2,3,4x"])
def test_what_is_no_list_of_numbers_stays_text(text: str) -> None:
    with pytest.raises(DecodeError):
        NUMBERS.decode(text)


def test_packed_floats_travel_in_wrappers_bodies_and_bins() -> None:
    f32 = struct.pack("<128f", *VEC)
    b64 = base64.b64encode(f32).decode()
    assert [round(x, 5) for x in _nodes(json.dumps({"v": b64}).encode(),
                                        "application/json")["v"]] == VEC
    assert len(_nodes(f32, "application/octet-stream")[""]) == 128
    assert len(_nodes(msgpack.packb({"v": f32}), "application/x-msgpack")["v"]) == 128
    assert packed_vector(struct.pack("<64d", *VEC[:64])) == VEC[:64]


def test_random_bytes_are_no_vector() -> None:
    import random
    rng = random.Random(1)
    assert all(packed_vector(bytes(rng.randrange(256) for _ in range(512))) is None
               for _ in range(200))
