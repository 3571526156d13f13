"""Device-profile matching: every transform the issue lists, found in one pass."""

from __future__ import annotations

import base64
import hashlib
import json
from urllib.parse import quote

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Detector, Exchange

GAID = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
IMEI = "490154203237518"
PROFILE = DeviceProfile(
    device=DeviceInfo(country="US"),
    identifiers={"advertising_id": GAID, "imei": IMEI, "mac": "3c:5a:b4:12:34:56",
                 "user_id": "42"},
    contact={"email": "Jane.Doe@example.org", "phone": "+1 555 010 0199", "name": "Jane Doe"},
    location={"lat": 40.74183, "lon": -73.98931},
    carrier={"mcc": "310", "mnc": "260", "sim_country": "US"},
    network={"public_ip": "203.0.113.7", "local_ip": "192.168.1.23", "wifi_ssid": "HomeNet-5G"},
)


def _find(body: dict[str, object]) -> dict[str, tuple[str, str | None]]:
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    matcher = matcher_for(PROFILE)
    assert matcher is not None
    found = matcher.classify(1, decode_exchange(ex))
    return {f.path: (f.category, f.transform) for f in found}


def h(algo: str, text: str) -> str:
    return hashlib.new(algo, text.encode()).hexdigest()


@pytest.mark.parametrize(("value", "category", "transform"), [
    (GAID, "id.advertising", None),
    (GAID.upper(), "id.advertising", "uppercase"),
    (GAID.replace("-", ""), "id.advertising", "nodashes"),
    (GAID.replace("-", "").upper(), "id.advertising", "uppercase+nodashes"),
    (h("md5", GAID.upper()), "id.advertising", "uppercase+md5"),
    (h("sha1", "JANE.DOE@EXAMPLE.ORG"), "contact.email", "uppercase+sha1"),
    (h("sha256", "15550100199"), "contact.phone", "e164-noplus+sha256"),
    (base64.b64encode(GAID.encode()).decode(), "id.advertising", "base64"),
    (GAID.encode().hex(), "id.advertising", "hex"),
    (h("md5", IMEI), "id.hardware", "md5"),
    (h("sha1", IMEI).upper(), "id.hardware", "sha1"),
    (h("sha256", IMEI), "id.hardware", "sha256"),
    (h("sha512", IMEI), "id.hardware", "sha512"),
    (IMEI[:14], "id.hardware", "nocheckdigit"),
    ("3C5AB4123456", "id.hardware", "uppercase+noseparators"),
    (h("sha256", "jane.doe@example.org"), "contact.email", "lowercase+sha256"),
    (quote("Jane.Doe@example.org", safe=""), "contact.email", "url"),
    ("+15550100199", "contact.phone", "e164"),
    ("5550100199", "contact.phone", "national"),
    (h("sha256", "+15550100199"), "contact.phone", "e164+sha256"),
    (h("sha256", "jane"), "contact.name", "sha256"),
    ("203.0.113.7", "location.ip", None),
    ("192.168.1.23", "device.info", None),
    ("HomeNet-5G", "location.wifi", None),
])
def test_transforms(value: str, category: str, transform: str | None) -> None:
    assert _find({"v": value}).get("v") == (category, transform)


def test_coordinates_precision_and_pairs() -> None:
    found = _find({"a": 40.7418, "b": -73.9893, "ll": "40.742,-73.989", "c": "40.74"})
    assert found["a"] == ("location.precise", "round4")
    assert found["ll"][0] == "location.precise"
    assert found["c"][0] == "location.coarse"  # 2 decimals, partner present
    alone = _find({"c": "40.74"})
    assert "c" not in alone  # a lone 2-decimal number is not evidence
    assert _find({"e7": round(40.74183 * 1e7)})["e7"][0] == "location.precise"


def test_short_values_need_the_whole_field_and_a_key_hint() -> None:
    found = _find({"sim_mcc": "310", "count": "310", "user": "42", "n": 4242,
                   "carrier_iso": "us", "lang_country": "us"})
    assert found["sim_mcc"] == ("location.carrier", None)
    assert "count" not in found and "n" not in found and "lang_country" not in found
    assert found["carrier_iso"] == ("location.carrier", "lowercase")
    assert found["user"] == ("id.user", None)


def test_no_partial_matches_inside_longer_values() -> None:
    # (a coordinate with more decimals that do not round to the profile's is another point)
    found = _find({"x": "1" + IMEI, "y": IMEI + "0", "z": "40.741891", "w": "140.74183"})
    assert not found


def test_a_fix_at_more_decimals_that_round_to_the_profiles_is_its_position() -> None:
    """QA70: a phone sends its GPS fix to 6-15 decimals; the tester wrote 5 down."""
    found = _find({"z": "40.741831", "lat": 40.7418349, "lon": -73.989306, "s": "-40.741831",
                   "far": 40.74189, "pair": "40.7418312,-73.9893081"})
    assert found["z"] == ("location.precise", "finer")
    assert found["lat"] == ("location.precise", "finer")
    assert found["lon"] == ("location.precise", "finer")
    assert found["pair"] == ("location.precise", "finer")
    assert "s" not in found and "far" not in found  # the other hemisphere; 60 m away


def test_a_coordinate_written_with_few_decimals_matches_no_finer_fix() -> None:
    """Three decimals are a 100 m square: a fix inside it is no evidence of the position."""
    profile = DeviceProfile(location={"lat": 40.742, "lon": -73.989})
    m = matcher_for(profile)
    assert m is not None and not m.finer
    ex = Exchange(ts=0, method="POST", url="https://api.example/v1",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"lat": 40.74183, "lon": -73.98931}).encode())
    assert not [f for f in classify_decoded(1, decode_exchange(ex), m)
                if f.detector.value == "ground_truth"]


def test_one_regex_and_matcher_cached_per_profile() -> None:
    m = matcher_for(PROFILE)
    assert m is matcher_for(PROFILE) and m is not None and m.regexes
    assert len(m.search) > 200  # every variant in one alternation


def test_ground_truth_beats_key_guesses() -> None:
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"device_id": GAID}).encode())
    found = classify_decoded(1, decode_exchange(ex), matcher_for(PROFILE))
    assert [(f.category, f.detector) for f in found] == [("id.advertising",
                                                          Detector.GROUND_TRUTH)]


def test_value_shapes_the_profile_contradicts_stay_below_the_verdict_threshold() -> None:
    # an IMEI-shaped number and a public address that are not this phone's (QA3 P13)
    body = {"ref": "490154203237518", "other": "354000000000002", "node": "185.199.108.153"}
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    found = {f.path: f for f in classify_decoded(1, decode_exchange(ex), matcher_for(PROFILE))}
    assert found["ref"].detector == "ground_truth"  # the phone's own IMEI
    assert found["other"].confidence < 0.6 and "not the test phone's" in found["other"].evidence


def test_phone_written_exactly_as_in_the_profile_has_no_transform() -> None:
    # QA4 P12: the number as device.toml writes it is no "formatted" form of itself
    prof = DeviceProfile(contact={"phone": "+49 151 23456789"})
    for sent, transform in (("+49 151 23456789", None), ("+49-151-234-56789", "formatted")):
        ex = Exchange(ts=0, method="POST", url="https://h.example/",
                      request_headers=(("content-type", "application/json"),),
                      request_body=json.dumps({"v": sent}).encode())
        (f,) = classify_decoded(1, decode_exchange(ex), matcher_for(prof))
        assert (f.category, f.transform) == ("contact.phone", transform), sent


def test_a_lat_lon_field_is_a_point_of_its_own() -> None:
    """QA5: "40.74,-73.99" (2 decimals) matched nothing, and a 2-decimal "lat,lon" field was
    raised to precise by another field's 3-decimal point."""
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"ll": "40.74,-73.99",
                                           "loc": "40.742,-73.989"}).encode())
    found = {f.path: f.category for f in classify_decoded(1, decode_exchange(ex),
                                                          matcher_for(PROFILE))}
    assert found == {"ll": "location.coarse", "loc": "location.precise"}
    assert _find({"ll": "40.74,-73.99"})["ll"][0] == "location.coarse"


def test_the_carrier_code_is_no_sequence_number() -> None:
    found = _find({"seq": 310260, "op": {"numeric": "310260"}})
    assert "seq" not in found and found["op.numeric"][0] == "location.carrier"


def test_short_known_values_are_no_coincidences_under_other_keys() -> None:
    """QA6: the profile's MCC+MNC as a "code" and its LAN address as an app version."""
    profile = DeviceProfile(device=DeviceInfo(country="GB"),
                            carrier={"mcc": "234", "mnc": "15"},
                            network={"local_ip": "10.0.0.9"})
    ex = Exchange(ts=0, method="POST", url="https://h.example/v/10.0.0.9/bundle.js",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"code": "23415", "app_version": "10.0.0.9",
                                           "sim": {"plmn": "23415"}, "lan": "10.0.0.9",
                                           "7": "23415"}).encode())
    matcher = matcher_for(profile)
    assert matcher is not None
    found = {f.path for f in matcher.classify(1, decode_exchange(ex))}
    assert {"sim.plmn", "lan", "7"} <= found
    assert "code" not in found and "app_version" not in found


def test_evidence_never_quotes_a_value() -> None:
    """The evidence is shown unmasked: it names fields and transforms, never values (the
    preview is masked unless --show-values)."""
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"p": {"lat": 40.74, "lon": -73.9893},
                                           "n": h("sha256", "jane")}).encode())
    found = classify_decoded(1, decode_exchange(ex), matcher_for(PROFILE))
    assert found and all("40.74" not in f.evidence and "-73.98" not in f.evidence
                         and "Jane" not in f.evidence and "jane" not in f.evidence
                         for f in found), [f.evidence for f in found]


def test_a_user_agents_carrier_suffix_is_the_carrier() -> None:
    from analysis.classifiers import classify_decoded, matcher_for
    from analysis.decoders import decode_exchange
    from analysis.profile import DeviceInfo, DeviceProfile
    from analysis.records import Exchange
    p = DeviceProfile(device=DeviceInfo(country="US"),
                      carrier={"mcc": "310", "mnc": "260", "name": "Example Mobile"})
    for ua in ("ExampleApp/1.2 (Android 14) Carrier/Example_Mobile",
               "ExampleApp/1.2 (Android 14) MCCMNC/310260"):
        ex = Exchange(ts=0, method="GET", url="https://a.example/x",
                      request_headers=(("User-Agent", ua),))
        found = {f.category for f in classify_decoded(1, decode_exchange(ex), matcher_for(p))}
        assert "location.carrier" in found, ua


def test_the_public_ip_as_an_integer_hex_and_truncated() -> None:
    from analysis.classifiers.variants import ip_forms
    forms = {v: t for v, t, _ in ip_forms("203.0.113.7")}
    assert forms["3405803783"] == "integer" and forms["cb007107"] == "hex"
    assert forms["203.0.113.0"] == "truncated" and "7.113.0.203" not in forms
    assert not list(ip_forms("2001:db8::1"))  # IPv6: its string forms only
    # forms that read as something else are not searched (QA13): a small integer, a date
    small = {v for v, _, _ in ip_forms("1.2.3.4")}
    assert "16909060" not in small and "01020304" not in small
    assert "20240115" not in {v for v, _, _ in ip_forms("32.36.1.21")}
