"""QA59 (a running app in Denver, HAR+`.mitm`, and a German bank in Frankfurt, pcap+`.mitm`):
a BIC names a bank, a club's and a branch's phones are theirs, a TAN is a credential, key events
timed in milliseconds, a leaderboard's other athletes."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("body", "path", "category", "expected"), [
    ({"empfaenger_bic": "COBADEFFXXX"}, "empfaenger_bic", "financial.payment", False),
    ({"bank": {"bic": "COBADEFFXXX", "iban": "DE89370400440532013000"}}, "bank.bic",
     "financial.payment", False),
    ({"bank": {"bic": "COBADEFFXXX", "iban": "DE89370400440532013000"}}, "bank.iban",
     "financial.payment", True),
    ({"club_phone": "+13035550142"}, "club_phone", "contact.phone", False),
    ({"team_phone": "+13035550142"}, "team_phone", "contact.phone", False),
    ({"filiale_telefon": "+49 69 555 0100"}, "filiale_telefon", "contact.phone", False),
    ({"Filiale": {"Strasse": "Kaiserstrasse 12", "Telefon": "+49 69 555 0100"}},
     "Filiale.Strasse", "contact.address", False),
    ({"tan": "481937"}, "tan", "secret.credential", True),
    ({"geometry": {"tan": "0.577"}}, "geometry.tan", "secret.credential", False),
    ({"leaderboard_snapshot": [{"athlete_id": "ath_8812", "name": "K. Ortiz"}]},
     "leaderboard_snapshot[0].athlete_id", "id.user", False),
])
def test_found_or_not(body: dict[str, object], path: str, category: str,
                      expected: bool) -> None:
    found = strong_in(body, H + "/v1/x")
    assert (category in found.get(path, set())) is expected, found


def test_key_events_timed_in_milliseconds() -> None:
    keys = [{"key": "digit", "down_ms": 180 + 250 * i, "up_ms": 260 + 250 * i}
            for i in range(6)]
    found = strong_in({"pin_entry": {"screen": "PIN", "keys": keys}}, H + "/v2/fingerprint")
    assert "behavior.keystroke" in found.get("pin_entry.keys", set()), found


def test_german_device_keys_at_the_top() -> None:
    found = strong_in({"Modell": "Pixel 8", "Betriebssystem": "Android 14"}, H + "/v1/geraet")
    assert "device.info" in found.get("Modell", set()), found
    assert "device.info" in found.get("Betriebssystem", set()), found


def test_a_speed_tests_down_and_up_times_are_no_key_events() -> None:
    samples = [{"down_ms": 30 + i, "up_ms": 40 + i} for i in range(6)]
    found = strong_in({"samples": samples}, H + "/v1/speedtest/results")
    assert "behavior.keystroke" not in found.get("samples", set()), found
    # ...while short d/u fields under an abbreviation stay key events (blind4's "ks")
    found = strong_in({"ks": [{"d": 137 + 300 * i, "u": 236 + 300 * i} for i in range(8)]},
                      H + "/v1/comment/publish")
    assert "behavior.keystroke" in found.get("ks", set()), found
