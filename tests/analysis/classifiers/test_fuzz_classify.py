"""Hostile JSON trees and bytes: classification never raises and stays bounded in time."""

from __future__ import annotations

import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange

PROFILE = DeviceProfile(device=DeviceInfo(country="US"),
                        identifiers={"advertising_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"},
                        contact={"email": "jane@example.org", "phone": "+15550100199"},
                        location={"lat": 40.74183, "lon": -73.98931},
                        carrier={"mcc": "310", "mnc": "260", "sim_country": "US"})
KEYS = st.sampled_from(["lat", "lon", "gaid", "email", "face", "embedding", "typing", "down",
                        "up", "x", "y", "z", "t", "mcc", "ip", "id", "device", "events", "k"])
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
           | st.text(max_size=40) | st.sampled_from(["40.74183", "+15550100199", "eyJhbGci"]))
TREES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=8)
                     | st.dictionaries(KEYS | st.text(max_size=6), inner, max_size=6),
                     max_leaves=60)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TREES)
def test_random_json_trees(tree: object) -> None:
    body = json.dumps(tree, allow_nan=True).encode()
    ex = Exchange(ts=0, method="POST", url="https://h.example/p",
                  request_headers=(("content-type", "application/json"),), request_body=body)
    start = time.perf_counter()
    found = classify_decoded(1, decode_exchange(ex), matcher_for(PROFILE))
    assert time.perf_counter() - start < 2.0
    slots = [(f.part, f.path, f.category) for f in found]
    assert len(slots) == len(set(slots))
