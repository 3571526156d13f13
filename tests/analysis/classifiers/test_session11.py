"""Session 11's readings: an SDK's ID named after the SDK itself is its install ID
(``vendor_ids.py``), and Segment's connection flags describe the phone."""

from __future__ import annotations

import pytest

from analysis.classifiers.vendor_ids import _brand
from tests.analysis.classifiers.found import strong_in

UID = "8c1f2e4a-77b3-4d19-a0c2-5e9f31d4b870"


@pytest.mark.parametrize(("body", "url", "path", "expected"), [
    ({"originly_uid": UID}, "https://t.originly.example.com/v2/install", "originly_uid", True),
    ({"identity": {"chimepost_id": UID}}, "https://api.chimepost.example.net/v1/players",
     "identity.chimepost_id", True),
    ({"agreeoUid": "a1b2c3d4e5f60718"}, "https://consent.agreeo.example.org/v1/records",
     "agreeoUid", True),
    ({"amplitude_id": "88123409912"}, "https://api2.amplitude.co.uk/batch", "amplitude_id",
     True),
    # a word inside the vendor's name, or a service's label, is no vendor's name
    ({"loom_uid": UID}, "https://api.installoom.example.com/v1/install", "loom_uid", False),
    ({"chat_id": "ch_99112"}, "https://chat.talkbubble.example.io/v1/send", "chat_id", False),
    ({"trip_id": UID}, "https://trips.wayfind.example/v1/trip", "trip_id", False),
    ({"guide_id": "2724ac55eadd271e370080"}, "https://data.guides.example.com/e", "guide_id",
     False),
    # the vendor's name beside no ID word, or a value that is a slug, not a generated ID
    ({"originly_campaign": UID}, "https://t.originly.example.com/v2", "originly_campaign", False),
    ({"originly_id": "spring-sale"}, "https://t.originly.example.com/v2", "originly_id", False),
])
def test_vendor_named_ids(body: dict[str, object], url: str, path: str, expected: bool) -> None:
    found = strong_in(body, url)
    assert ("id.device" in found.get(path, set())) is expected, found


def test_a_vendor_id_read_by_a_key_rule_keeps_that_reading() -> None:
    found = strong_in({"originly_user_id": "u_7Hq2Kx9PzL"}, "https://t.originly.example.com/v2")
    assert found.get("originly_user_id") == {"id.user"}, found


@pytest.mark.parametrize(("host", "brand"), [
    ("api2.amplitude.com", "amplitude"), ("api.vendor.example.co.uk", "vendor"),
    ("sdk.example", "sdk"), ("203.0.113.7", ""), ("localhost", ""),
])
def test_brand_is_the_label_before_the_public_suffix(host: str, brand: str) -> None:
    assert _brand(host) == brand


@pytest.mark.parametrize(("body", "path", "expected"), [
    ({"context": {"network": {"wifi": True, "cellular": False}}}, "context.network.wifi", True),
    ({"context": {"network": {"wifi": True, "cellular": False}}}, "context.network.cellular",
     True),
    # a network's name under "wifi" is no flag; nor is a flag outside a network object
    ({"context": {"network": {"wifi": "Cafe Guest"}}}, "context.network.wifi", False),
    ({"settings": {"wifi": True}}, "settings.wifi", False),
])
def test_segment_connection_flags(body: dict[str, object], path: str, expected: bool) -> None:
    found = strong_in(body, "https://collect.example.com/v1/batch")
    assert ("device.info" in found.get(path, set())) is expected, found
