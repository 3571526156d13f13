"""The base64 and hex wrappers' ``quick`` tests only skip what ``decode`` would reject anyway:
a string ``quick`` turns away never decodes (so tightening ``quick`` changed no output)."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.decoders.b64 import DECODER as B64
from analysis.decoders.base import DecodeError
from analysis.decoders.hexwrap import DECODER as HEX

ALPHABET = "0123456789abcdefABCDEF-_+/= .xyzXYZ"
wrapped = st.builds(lambda d: base64.b64encode(json.dumps(d).encode()).decode(),
                    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))
hexed = st.builds(lambda t: t.encode().hex(), st.text(min_size=4, max_size=20))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(alphabet=ALPHABET, max_size=80), wrapped, hexed,
                 st.text(max_size=40)))
def test_quick_rejects_only_what_decode_rejects(text: str) -> None:
    for dec in (B64, HEX):
        if not dec.quick(text):
            with pytest.raises((DecodeError, ValueError)):
                dec.decode(text)


def test_ids_are_turned_away_before_decoding() -> None:
    # a hex nonce is no base64 (decode() refuses hex-only text), a UUID no hex: neither costs
    # a decode attempt any more
    assert not B64.quick("0123456789abcdef0123456789abcdef")
    assert not HEX.quick("5f0c6d1e-8d4c-4b6a-9d0e-3c2b1a0f9e8d")


def test_wrappers_still_open(demo_text: str = '{"imei": "490154203237518"}') -> None:
    assert B64.quick(base64.b64encode(demo_text.encode()).decode())
    assert HEX.quick(demo_text.encode().hex())
