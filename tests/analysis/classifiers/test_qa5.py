"""QA5 (an independent tester playing the hidden checker) found these; each stays fixed."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange


def _found(body: object, url: str = "https://sdk.example/v1") -> dict[str, dict[str, str]]:
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps(body).encode())
    out: dict[str, dict[str, str]] = {}
    for f in classify_decoded(1, decode_exchange(ex)):
        out.setdefault(f.path, {})[f.category] = f.rule or ""
    return out


@pytest.mark.parametrize("name", ["logo@2x.png", "cover@3x.webp", "bg@2x.jpg", "icon@2x.PNG"])
def test_density_suffixed_image_names_are_no_email(name: str) -> None:
    assert _found({"asset": name}) == {}
    assert _found({}, f"https://cdn.example/img/{name}") == {}


def test_a_real_address_still_is_one() -> None:
    assert _found({"w": "jane.doe@example.org"})["w"] == {"contact.email": "value.email"}


@pytest.mark.parametrize("body", [{"v": "1.2.3.4"}, {"fw": "8.8.4.4"}, {"x": "81.2.69.161"}])
def test_a_public_address_under_a_neutral_key_is_not_the_phones(body: dict[str, str]) -> None:
    assert _found(body) == {}


def test_the_phones_address_under_an_ip_key_still_is_found() -> None:
    assert _found({"client_ip": "81.2.69.161"})["client_ip"] == {"location.ip": "key.ip"}


def test_the_keys_of_a_key_event_list_are_no_usage_events() -> None:
    events = [{"key": c, "down": 1700000000000 + 200 * i, "up": 1700000000090 + 200 * i}
              for i, c in enumerate("hunter2")]
    found = _found({"events": events})
    assert not [p for p in found if p.startswith("events[")], found
    assert "behavior.keystroke" in found["events"]
