"""The twenty-first session's smaller readings: a hall's, a stadium's, a port's, a kennel's,
a checkpoint's, a chapel's, an archive's or a laboratory's own position is the place's."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize("parent", ["hall", "stadium", "port", "kennel", "checkpoint", "chapel",
                                    "archive", "laboratory", "museum"])
def test_a_places_own_position(parent: str) -> None:
    found = found_in({parent: {"id": "pl_2291", "lat": 61.78644, "lng": 34.36193},
                      "when": "2026-11-29"})
    assert "location.precise" not in found.get(f"{parent}.lat", {})


def test_her_own_position_beside_them_stays_hers() -> None:
    found = found_in({"hall": {"lat": 61.78644, "lng": 34.36193},
                      "me": {"lat": 61.79011, "lng": 34.37012}})
    assert "location.precise" in found["me.lat"]


# the session's review: look-alikes of the new readings, built without the evaluation sets
from tests.analysis.classifiers.found import strong_in  # noqa: E402
from tests.analysis.classifiers.test_qa147_148 import _line  # noqa: E402
from tests.analysis.classifiers.test_token_subjects import BASE, bearer  # noqa: E402


@pytest.mark.parametrize(("claim", "value"), [
    ("aal", "aal1"), ("cluster", "k8s-prod-03"), ("shard", "db07"), ("realm", "prod-eu-2"),
    ("pool", "us-east-1_AbC123xyz"), ("xms_tcdt", "1423568284"), ("sku", "premium_2024"),
    ("client", "android-4.12.0"), ("mandant", "MAND-0042"), ("chart", "top50_de"),
    ("quota_tb", "tb_5"), ("anc", "anc_mode_2"), ("emr", "emr-eu1"),
])
def test_a_tokens_deployment_plan_or_client_claim_is_no_ones(claim: str, value: str) -> None:
    found = strong_in({"page": 1}, headers=(bearer({**BASE, claim: value}),))
    assert not found.get(f"Authorization.claims.{claim}"), found


@pytest.mark.parametrize("line", [
    "Cita reservada tel=+34 612 345 678 09:30-10:00",
    "Do not disturb phone=+1 555 010 0199 22:00-07:00",
    "Unit 12 tenant tel=+61 412 345 678 saved",
    "Centro notifiche tel=+39 347 123 4567 verificato",
    "Perfil mostrado tel=+34 612 345 678",
    "Counter verification sent tel=+254 712 345 678",
])
def test_her_own_number_in_a_line_stays_hers(line: str) -> None:
    assert "contact.phone" in _line(line)


@pytest.mark.parametrize("line", ["Pin 我家 lat=31.2304 lon=121.4737",
                                  "Pin 집 lat=37.5665 lon=126.9780",
                                  "Klinika pokazana lat=50.0647 lon=19.9450 moja lokalizacja"])
def test_her_own_point_in_a_line_stays_hers(line: str) -> None:
    assert "location.precise" in _line(line)


@pytest.mark.parametrize(("body", "url"), [
    ({"message": "Your policy renewal is due on 12 Dec. Tap to renew.", "id": "n_8812"},
     "https://api.example.co.ke/v1/arifa/soma"),
    ({"amount": 100, "currency": "EUR", "target": "USD"}, "https://api.example.de/v1/kurs"),
    ({"seat_label": "Window seat row 12 (A12.5)"}, "https://api.example.com/v1/x"),
])
def test_the_broad_guesses_decide_no_claim(body: dict[str, object], url: str) -> None:
    # (still reported, below the 0.6 that can make a claim violated)
    assert not any(c - {"contact.name"} for c in strong_in(body, url).values())


def test_no_ambiguous_code_is_a_currency() -> None:
    found = found_in({"drug": "furosemide", "indication": "CHF", "amount": 40, "unit": "mg"})
    assert "financial.purchase" not in found.get("amount", {})
    found = found_in({"sentiment": {"covid": "negative", "economy": "positive"}})
    assert "health.medical" not in found.get("sentiment.covid", {})
