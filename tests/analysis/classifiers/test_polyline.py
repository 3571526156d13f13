"""Encoded polylines (``analysis/classifiers/polyline.py``): a route the phone sends as Google's
Encoded Polyline is its user's precise location, read only under a route's key and only when
the string decodes strictly; tokens, words and polylines under other keys say nothing."""

from __future__ import annotations

import base64
import json
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.classifiers.polyline import RULE, decode, encoded_polylines, route_key
from analysis.decoders import decode_exchange
from analysis.passes.classify import findings_for_exchange
from analysis.records import Detector, Exchange, Finding

EXAMPLE = "_p~iF~ps|U_ulLnnqC_mqNvxq`@"  # the format documentation's example
EXAMPLE_POINTS = [(38.5, -120.2), (40.7, -120.95), (43.252, -126.453)]


def encode(points: list[tuple[float, float]]) -> str:
    """The format's encoder (Google Maps Platform, "Encoded Polyline Algorithm Format")."""
    out, last = [], (0, 0)
    for point in points:
        here = (round(point[0] * 1e5), round(point[1] * 1e5))
        for value in (here[0] - last[0], here[1] - last[1]):
            value = ~(value << 1) if value < 0 else value << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        last = here
    return "".join(out)


def degrees(points: list[tuple[int, int]] | None) -> list[tuple[float, float]]:
    assert points is not None
    return [(lat / 1e5, lon / 1e5) for lat, lon in points]


def _post(body: object, url: str = "https://api.rides.example/v1/trips") -> Exchange:
    return Exchange(ts=0, method="POST", url=url,
                    request_headers=(("content-type", "application/json"),),
                    request_body=json.dumps(body).encode())


def _polylines(ex: Exchange) -> dict[str, Finding]:
    return {f.path: f for f in findings_for_exchange(1, ex, None) if f.rule == RULE}


TRACK = [(52.52001 + i * 0.00013, 13.40495 + i * 0.00021) for i in range(40)]


# --- the decode --------------------------------------------------------------------------

def test_the_documented_example_decodes_to_its_points() -> None:
    assert degrees(decode(EXAMPLE)) == EXAMPLE_POINTS
    assert encode(EXAMPLE_POINTS) == EXAMPLE


@settings(max_examples=200, deadline=None)
@given(st.floats(-60, 60), st.floats(-150, 150),  # 50 steps of 0.5 stay in range
       st.lists(st.tuples(st.floats(-0.5, 0.5), st.floats(-0.5, 0.5)), min_size=1, max_size=50))
def test_any_route_round_trips(lat: float, lon: float,
                               steps: list[tuple[float, float]]) -> None:
    if abs(lat) < 1.5 and abs(lon) < 1.5:
        lat += 3  # (within a degree of (0, 0) is refused, tested below)
    points = [(lat, lon)]
    for dlat, dlon in steps:
        points.append((points[-1][0] + dlat, points[-1][1] + dlon))
    expected = [(round(a * 1e5), round(b * 1e5)) for a, b in points]
    assert decode(encode(points)) == expected


def test_every_cut_of_the_example_inside_a_value_or_a_point_is_refused() -> None:
    # value boundaries of the example: after each chunk below 0x20
    ends = [i + 1 for i, c in enumerate(EXAMPLE) if (ord(c) - 63) < 0x20]
    assert len(ends) == 6
    for cut in range(len(EXAMPLE)):
        got = decode(EXAMPLE[:cut])
        if cut == ends[3]:  # cut exactly after the second point: a shorter route, as it must
            assert degrees(got) == EXAMPLE_POINTS[:2]
        else:
            assert got is None, cut


@pytest.mark.parametrize("text", [
    EXAMPLE + "?",  # a value too many: an odd count
    EXAMPLE.replace("F", "5"),  # a digit (53) is below 63
    EXAMPLE[:10] + " " + EXAMPLE[10:],  # a space
    "_p~iF",  # one value
    "_p~iF~ps|U",  # one point
    "~~~~~~~?~ps|U_ulLnnqC",  # a seventh chunk
    encode([(38.5, -120.2), (48.6, -120.2)]),  # a 10.1-degree step
    encode([(38.5, -120.2), (38.5, -110.1)]),
    encode([(0.5, 0.3), (0.51, 0.31)]),  # within a degree of (0, 0)
    "ABCDEFGH",  # capitals land there
    "",
])
def test_what_is_refused(text: str) -> None:
    assert decode(text) is None


def test_latitude_out_of_range_is_refused() -> None:
    # 89.9 then +0.2 (a plausible step) crosses the pole
    assert decode(encode([(89.9, 10.0), (90.1, 10.0)])) is None
    assert decode(encode([(10.0, 179.9), (10.0, 180.1)])) is None


@pytest.mark.parametrize("token", [
    "AbCdEfGhIjKlMnOp",  # letters: tiny numbers near (0, 0)
    "eyJhbGciOiJIUzI1NiJ9",  # digits
    "dGhpcyBpcyBhIHRva2Vu",
    "550e8400-e29b-41d4-a716-446655440000",
    "settings", "HomeScreen", "home_to_work", "/v1/trips/42", "Settings",
    "a" * 40, "ZZZZZZZZZZZZ",
])
def test_tokens_and_words_do_not_decode(token: str) -> None:
    assert decode(token) is None


def test_bounded_on_a_long_string() -> None:
    track = [(40.0 + i * 1e-4, -74.0 + (i % 7) * 1e-4) for i in range(20_000)]
    text = encode(track)
    start = time.process_time()
    assert len(decode(text) or []) == 20_000
    assert decode("_" * (1 << 19)) is None  # past the bound: not read
    assert time.process_time() - start < 5.0


# --- the keys ----------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "kind"), [
    ("polyline", 2), ("encoded_polyline", 2), ("overview_polyline", 2), ("routePolyline", 2),
    ("route_polyline", 2), ("encodedPath", 2), ("path", 2), ("encoded-route", 2),
    ("points", 1), ("pts", 1),
    ("token", 0), ("session_id", 0), ("data", 0), ("pathname", 0), ("route", 0), ("", 0),
])
def test_route_keys(key: str, kind: int) -> None:
    assert route_key(key) == kind


@pytest.mark.parametrize(("body", "path"), [
    ({"trip": {"id": "t-1", "polyline": EXAMPLE}}, "trip.polyline"),
    ({"encoded_polyline": EXAMPLE}, "encoded_polyline"),
    ({"run": {"encodedPath": EXAMPLE}}, "run.encodedPath"),
    ({"routes": [{"overview_polyline": {"points": EXAMPLE}}]},
     "routes[0].overview_polyline.points"),
    ({"route": {"points": EXAMPLE, "distance_m": 1200}}, "route.points"),
    ({"trip": {"legs": [{"pts": EXAMPLE}]}}, "trip.legs[0].pts"),
    ({"route_polyline": EXAMPLE}, "route_polyline"),
    ({"path": EXAMPLE}, "path"),
])
def test_a_polyline_under_a_routes_key_is_a_precise_location(body: object, path: str) -> None:
    found = _polylines(_post(body))
    assert set(found) == {path}
    f = found[path]
    assert f.category == "location.precise" and f.detector == Detector.KEY
    assert f.confidence >= 0.6  # enough to decide a claim
    assert "3 points" in f.evidence and "(38.5, -120.2)" in f.evidence
    assert f.value == EXAMPLE


def test_a_recorded_track_and_the_evidence() -> None:
    found = _polylines(_post({"activity": {"type": "run", "polyline": encode(TRACK)}}))
    f = found["activity.polyline"]
    assert f.category == "location.precise"
    assert "40 points" in f.evidence and "(52.5, 13.4)" in f.evidence
    assert "52.52001" not in f.evidence  # the place itself is in the (masked) value only


def test_a_static_maps_path_in_a_query() -> None:
    url = ("https://maps.example.com/maps/api/staticmap?size=600x300"
           f"&path=color:0x0000ff|weight:5|enc:{EXAMPLE}")
    ex = Exchange(ts=0, method="GET", url=url, request_headers=())
    assert set(_polylines(ex)) == {"path"}


@pytest.mark.parametrize("value", ["AbCdEfGhIjKlMnOp", "eyJhbGciOiJIUzI1NiJ9.e30.sig",
                                   "/home/feed", "HomeScreen", "Settings", "ABCDEFGH",
                                   EXAMPLE[:-3]])
def test_no_polyline_under_the_same_key_is_not_reported(value: str) -> None:
    assert not _polylines(_post({"trip": {"polyline": value}, "path": value}))


@pytest.mark.parametrize("body", [
    {"token": EXAMPLE}, {"session": {"id": EXAMPLE}}, {"cursor": EXAMPLE},
    {"points": EXAMPLE},  # points, but of a loyalty programme: no route above
    {"rewards": {"points": EXAMPLE}},
    {"stores": [{"name": "Mitte", "path": EXAMPLE}]},  # a store's route: not the user's
    {"station": {"polyline": EXAMPLE}},
])
def test_a_polyline_under_an_unrelated_key_is_not_reported(body: object) -> None:
    assert not _polylines(_post(body))


def test_coarse_when_rounded_to_two_decimals() -> None:
    rounded = encode([(48.85, 2.35), (48.86, 2.36), (48.88, 2.35)])
    f = _polylines(_post({"trip": {"polyline": rounded}}))["trip.polyline"]
    assert f.category == "location.coarse" and "2 decimals" in f.evidence


def test_a_base64_wrapped_route_names_its_transform() -> None:
    inner = base64.b64encode(json.dumps({"trip": {"polyline": EXAMPLE}}).encode()).decode()
    found = _polylines(_post({"payload": inner}))
    assert found["payload.trip.polyline"].transform == "base64"


def test_nothing_to_do_without_a_routes_key() -> None:
    decoded = decode_exchange(_post({"user": "a", "events": [{"name": "open"}] * 50}))
    assert encoded_polylines(1, decoded) == []


def test_random_strings_under_a_polyline_key_never_raise() -> None:
    rnd = random.Random(5)
    for _ in range(300):
        text = "".join(chr(rnd.randrange(63, 127)) for _ in range(rnd.randrange(0, 60)))
        points = decode(text)
        assert points is None or all(abs(a) <= 9e6 and abs(b) <= 18e6 for a, b in points)
        findings_for_exchange(1, _post({"route": {"polyline": text}}), None)
