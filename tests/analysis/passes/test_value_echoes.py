"""A position, an order's number, a password and a phone's model found once under a key that
names them, found again under an app's own words or a protobuf's field numbers
(classifiers/value_echoes.py), by the classify pass over a real in-memory study."""

from __future__ import annotations

from analysis.classifiers.value_echoes import learned_values, value_echoes
from analysis.records import Detector, Finding, Part
from tests.analysis.passes.test_echoes import _post, _study

CHECK_IN = _post("https://api.pluwak.example.com/v1/checkin",
                 {"lat": 51.503217, "lng": 14.141906, "order_id": "SL-2026-10388",
                  "password": "alhadeff1911!", "model": "SM-A546E"})


def test_each_value_is_found_again_under_the_apps_own_words() -> None:
    found = _study(
        CHECK_IN,
        _post("https://api.pluwak.example.com/v1/beat",
              {"4": {"1": 51.503217, "2": 14.141906}, "skazanka": "SL-2026-10388",
               "ki": "alhadeff1911!", "system": "SM-A546E"}),
        _post("https://help.example.net/v1/messages",
              {"body": "The receipt for SL-2026-10388 shows the wrong amount"}))
    assert "location.precise" in found[(2, "4.1")] and "location.precise" in found[(2, "4.2")]
    assert "request 1" in found[(2, "4.1")]["location.precise"]
    assert "financial.purchase" in found[(2, "skazanka")]
    assert "financial.purchase" in found[(3, "body")]  # (a token of a longer text)
    assert "secret.credential" in found[(2, "ki")]
    assert "device.info" in found[(2, "system")]


def test_a_routes_destination_is_not_learned() -> None:
    found = _study(
        _post("https://api.example.com/v1/route",
              {"waypoints": [{"lat": 51.503217, "lng": 14.141906},
                             {"lat": 51.54611, "lng": 14.72139}]}),
        _post("https://api.example.com/v1/visit",
              {"klinika": {"serokosc": 51.54611, "dolhosc": 14.72139},
               "pozicija": {"serokosc": 51.503217, "dolhosc": 14.141906}}))
    assert "location.precise" not in found.get((2, "klinika.serokosc"), {})
    assert "location.precise" in found[(2, "pozicija.serokosc")]


def _f(category: str, value: str, rule: str, confidence: float = 0.85,
       detector: Detector = Detector.KEY) -> Finding:
    return Finding(1, Part.BODY, "k", category, detector, confidence, "e", value, None, rule)


def test_what_is_learned() -> None:
    known = learned_values([
        _f("location.precise", "51.503217", "key.latitude"),
        _f("location.precise", "51.5", "key.latitude"),  # too few decimals: many places
        _f("financial.purchase", "SL-2026-10388", "key.order"),
        _f("financial.purchase", "1234", "key.order"),  # a short bare number: a count
        _f("secret.credential", "hunter2!Xy", "key.credential"),
        _f("secret.credential", "12345678", "key.credential"),  # no letter
        _f("device.info", "SM-A546E", "key.phone-model"),
        _f("device.info", "android", "key.os-name"),  # no digit
        _f("financial.purchase", "2.14.0-rc1", "key.order"),  # a version: no order's number
        _f("financial.purchase", "AB-99887766", "key.order", 0.6),  # below a verdict
        _f("secret.credential", "Tr0ub4dor&3", "key.credential", 0.99, Detector.GROUND_TRUTH)])
    assert set(known) == {"51.503217", "sl-2026-10388", "hunter2!xy", "sm-a546e"}
    rows = [(2, "body", "a", "51.503217"), (2, "body", "b", "x51.503217"),
            (2, "body", "c", "lat 51.503217 now"),  # a position only as a whole field
            (2, "body", "d", "order SL-2026-10388 paid"), (2, "body", "e", "SM-A546E"),
            (2, "body", "f", "my shirt says hunter2!Xy"),  # a password in prose: no
            (2, "body", "g", "login user=jane password=hunter2!Xy"),  # ...in a log line: yes
            (2, "body", "listing.requirement", "SM-A546E")]  # a listing's: not the phone's
    taken = [Finding(2, Part.BODY, "e", "device.info", Detector.KEY, 0.7, "e", "SM-A546E",
                     None, "r")]
    echoed = {(f.exchange_id, f.path): f for f in value_echoes(known, rows, taken)}
    assert set(echoed) == {(2, "a"), (2, "d"), (2, "g")}
    assert echoed[(2, "a")].confidence == 0.7 and echoed[(2, "d")].value == "SL-2026-10388"
