"""The app's own headers holding a generated ID (private_headers.py), and the bare key names
read this session: a scalar "user" holding an account's ID, OpenFeature's "targetingKey", a
payment SDK's "device_ref", a map SDK's "dev"."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in, strong_in

UUID = "8f3a2c91-d4e6-4b7a-9c1e-0d3f6b2a8c11"


@pytest.mark.parametrize("name", ["X-Kifaa-Id", "X-Id-Dispositivo", "X-Puuriit-Seade",
                                  "X-Parent-Device", "X-Kn-Install"])
def test_a_private_header_with_a_uuid_is_the_install(name: str) -> None:
    assert strong_in({}, headers=((name, UUID),)) == {name: {"id.device"}}


@pytest.mark.parametrize("name", ["X-Request-Id", "X-Correlation-Id", "X-Session-Id",
                                  "X-Idempotency-Key", "X-B3-SpanId", "X-Tenant-Id",
                                  "X-Loom-Signature", "X-Api-Key", "X-User-Ref",
                                  "X-Amzn-Trace-Id", "X-Csrf-Token", "X-Upload-Id"])
def test_a_header_named_for_something_else_is_left_alone(name: str) -> None:
    assert "id.device" not in strong_in({}, headers=((name, UUID),)).get(name, set())


def test_only_a_generated_id_in_a_private_header() -> None:
    # a word, a version or a standard header's UUID is no install's ID
    assert strong_in({}, headers=(("X-Kifaa-Id", "pixel-8"), ("Accept-Id", UUID))) == {}


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"user": "u_7Hq2Kx9PzL", "events": [{"e": "open"}]}, "user", "id.user"),
    ({"targetingKey": "u_7Hq2Kx9PzL"}, "targetingKey", "id.user"),
    ({"device_ref": UUID, "amount": 1200}, "device_ref", "id.device"),
    ({"kind": "map.load", "dev": UUID}, "dev", "id.device"),
])
def test_bare_ids(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body)[path]


@pytest.mark.parametrize("body", [{"user": "guest"}, {"user": "7412883"},
                                  {"user": UUID}, {"dev": True}, {"dev": "staging"},
                                  {"user_hash": "7f73355bf032dcbb8e5a3f51f1e4a8ba92ef1344"}])
def test_not_an_account(body: dict[str, object]) -> None:
    (key,) = body
    assert "id.user" not in found_in(body).get(key, {})
    assert "id.device" not in found_in(body).get(key, {})


def test_a_crm_contacts_header_and_a_headers_decoded_claims_are_left_alone() -> None:
    # (the corpus's Emarsys headers: a contact's hashed identifier, and a JWT's claims)
    digest = "aeafc87ac6a15fd14d456e375ecae9ebc3f1ee26"
    assert strong_in({}, headers=(("X-EMS-ME-Contact-Field-Value", digest),)) == {}
