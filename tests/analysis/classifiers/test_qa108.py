"""What the QA108 testers (a sobriety app, an immigration application) found missed or
misread: a recovery's dates and streaks, a breath test and a recovery in a log line, Canada's
UCI, an immigration consultant's contact details (``rules/keys.toml``, ``log_pair_words.py``,
``roles.py``); and a city's key that holds a county's or a region's code
(``validators_values.region_value``)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.net/api/1/store/"


def _line(line: str) -> dict[str, str]:
    found = found_in({"breadcrumbs": [{"category": "app", "message": line}]}, CRASH)
    return found.get("breadcrumbs[0].message", {})


def test_a_recovery_and_a_breath_test() -> None:
    found = found_in({"sobriety_start_date": "2025-04-30", "days_sober": 212,
                      "relapse_date": "2025-03-01", "craving": "pizza"})
    for key in ("sobriety_start_date", "days_sober", "relapse_date"):
        assert "health.medical" in found[key], key
    assert "craving" not in found  # (a food app's craving)
    assert "health.medical" in _line("Checkin craving=7 mood=anxious sober_days=212")
    assert "health.medical" in _line("Breath test bac=0.041 device=BX-22")


def test_a_uci_and_a_consultants_contact_details() -> None:
    assert "personal.national_id" in found_in({"uci": "1122334455"})["uci"]
    assert found_in({"representative": {"name": "Ada Obi", "phone": "+14165550123",
                                        "licence_number": "R512345"}}) == {}


def test_a_region_or_a_countys_code() -> None:
    found = found_in({"geo": {"region": "00", "county": "US-NY-061", "metro": "501"}})
    assert {"geo.region", "geo.county", "geo.metro"} <= set(found)
    assert found_in({"regionCode": "us-east-1", "city": "04:12"}) == {}


def test_a_masked_card_and_a_consultants_line() -> None:
    assert "financial.payment" in _line("Payment ok card=****7719 amount=1610.00 CAD")
    assert _line("Game card=ace level=3") == {}
    # a consultant's card with their firm named is theirs; a booking keeps the user's own
    assert _line("Consultant card opened licence=R512345 phone=+1 416 555 0188 "
                 "firm='Northbridge Immigration'") == {}
    assert "contact.phone" in _line("Consultant booked phone=+14165550100")


def test_a_place_record_flattened_into_an_appointment() -> None:
    url = "https://book.biocentre.example.net/v2/appointments"
    assert found_in({"appointment": {"centre_id": "bcc_tor_02",
                                     "name": "Toronto Biometrics Collection Centre",
                                     "address": "2 Bloor St W, Suite 700, Toronto ON M4W 3E2",
                                     "phone": "+1 416 555 0150"}}, url) == {}
    # ...a patient's own name beside a clinic's ID stays hers
    found = found_in({"appointment": {"clinic_id": "c1", "name": "Jane Doe",
                                      "phone": "+15550100199"}}, url)
    assert "contact.phone" in found["appointment.phone"]


def test_a_medical_exams_result_in_its_record() -> None:
    found = found_in({"medical_exam": {"ime_number": "IME7700112233",
                                       "result": "passed_no_conditions"}})
    assert "health.medical" in found["medical_exam.result"]
    # ...not a service's health check
    assert found_in({"healthcheck": {"result": "ok", "latency": 3}}) == {}
