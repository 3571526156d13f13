"""Key-name rules, value shapes and negatives (no device profile)."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.classifiers.rules import key_rules
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from analysis.taxonomy import CATEGORIES


def _cats(body: object, headers: tuple[tuple[str, str], ...] = ()) -> dict[str, set[str]]:
    ex = Exchange(ts=0, method="POST", url="https://h.example/",
                  request_headers=(("content-type", "application/json"), *headers),
                  request_body=json.dumps(body).encode())
    out: dict[str, set[str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        out.setdefault(f.path, set()).add(f.category)
    return out


def test_rule_files_load_and_name_known_categories() -> None:
    rules = key_rules()
    assert len(rules.rules) > 30
    assert {r.category for r in rules.rules} <= set(CATEGORIES)


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"idfa": "6F1C2B3A-4D5E-4F60-8A7B-9C0D1E2F3A4B"}, "idfa", "id.advertising"),
    ({"device": {"id": "3f2a9c81b7d4e6f0"}}, "device.id", "id.device"),
    ({"os": {"version": "14"}}, "os.version", "device.info"),
    ({"geo": {"lat": 40.74183, "lon": -73.98931}}, "geo.lat", "location.precise"),
    ({"geo": {"lat": 40.74, "lon": -73.99}}, "geo.lon", "location.coarse"),
    ({"user": {"email_sha256": "a" * 64}}, "user.email_sha256", "contact.email"),
    ({"carrier": {"mcc": "310"}}, "carrier.mcc", "location.carrier"),
    ({"client_ip": "81.2.69.161"}, "client_ip", "location.ip"),
    ({"local_ip": "10.0.0.7"}, "local_ip", "device.info"),
    ({"bssid": "aa:bb:cc:11:22:33"}, "bssid", "location.wifi"),
    ({"password": "hunter22"}, "password", "secret.credential"),
    ({"gender": "female"}, "gender", "personal.gender"),
    ({"installed_apps": ["a.b", "c.d"]}, "installed_apps", "device.apps"),
    ({"whatever": "jane@example.org"}, "whatever", "contact.email"),
    ({"x": "490154203237518"}, "x", "id.hardware"),
    ({"x": "+15550100199"}, "x", "contact.phone"),
    ({"x": "40.74183,-73.98931"}, "x", "location.precise"),
])
def test_positives(body: object, path: str, category: str) -> None:
    assert category in _cats(body).get(path, set())


@pytest.mark.parametrize("body", [
    {"event_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"},
    {"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "nonce": "x" * 20},
    {"checksum": "a" * 64, "timestamp": 1700000000123, "version": "14.2.1"},
    {"experiment": {"id": "exp_1", "bucket": "B"}},
    {"idfa": "00000000-0000-0000-0000-000000000000"},  # limited ad tracking: no ID sent
    {"mac": "02:00:00:00:00:00"},  # Android's fixed placeholder MAC
    {"x": "490154203237519"},  # fails the Luhn check
    {"server_ip": "8.8.8.8"},
    {"threads": [{"state": "WAITING"}]},
    {"device": {"orientation": "sideways-ish"}},  # (a screen's "portrait" is device.info)
    {"processId": 8474},
    {"sid": "1680784008"},  # GA session id: a timestamp
    {"platform": "java"},
    {"token": "d8f062d15a4f4ef27e9589c6948f6d30"},  # analytics project token
])
def test_negatives(body: object) -> None:
    assert _cats(body) == {}


def test_oauth_client_id_claim_is_not_a_device_id() -> None:
    import base64

    def seg(o: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
    token = f"{seg({'alg': 'RS256'})}.{seg({'client_id': 'E20166F324472AF2C140FB9A'})}.c2ln"
    cats = _cats({}, (("Authorization", "Bearer " + token),))
    assert cats == {"Authorization": {"secret.credential"}}


def test_every_finding_has_evidence_and_rule() -> None:
    ex = Exchange(ts=0, method="GET", url="https://h.example/?gaid=6f1c2b3a-4d5e-4f60-8a7b-"
                  "9c0d1e2f3a4b&lat=40.74183&lon=-73.98931")
    found = classify_decoded(1, decode_exchange(ex))
    assert {f.path for f in found} == {"gaid", "lat", "lon"}
    for f in found:
        assert f.rule and "rule" in f.evidence and 0 < f.confidence <= 1
