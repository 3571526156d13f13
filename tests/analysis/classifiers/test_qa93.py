"""QA93 (a period and fertility tracker in a state restricting abortion, through real
mitmdump; a smart car's companion app as pcaps and a HAR) and the review of QA92's readings:
a pregnancy's loss, a partner's name, a charging station's address in a log line, and the
user's own details beside the words that name other people."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in, strong_in

CRASH = "https://crash.example.de/api/1/store"
H = "https://api.example.com"


def test_qa93_a_pregnancys_loss_and_a_partners_name() -> None:
    found = found_in({"miscarriage": True, "gestational_weeks": 9,
                      "partner_name": "Sam Rivera"}, H + "/v1/logs")
    assert set(found["miscarriage"]) == {"health.medical"}
    assert set(found["gestational_weeks"]) == {"health.medical"}
    assert set(found["partner_name"]) == {"contact.name", "content.contacts"}


def test_qa93_a_charging_stations_address_in_a_log_line() -> None:
    assert found_in({"breadcrumbs": [{"message": "ChargeSession start station=DE-MUC-0142 "
                                                 "address='Leopoldstrasse 82, 80802 Muenchen'"}]},
                    CRASH) == {}


def test_qa93_health_evidence_names_no_term() -> None:
    import json

    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    ex = Exchange(ts=0, method="POST", url=H + "/v1/posts",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"text": "I had a miscarriage last month and "
                                                   "still feel awful"}).encode())
    evidence = " ".join(f.evidence for f in classify_decoded(1, decode_exchange(ex)))
    assert "miscarriage" not in evidence, evidence


@pytest.mark.parametrize("body", [
    {"recipient": {"self": True, "name": "Jane Doe", "phone": "+15550100111"}},
    {"sos": {"user_phone": "+15550100111"}},
    {"emergency_profile": {"name": "Jane Doe", "phone": "+15550100111"}}])
def test_qa92_review_the_users_own_details_beside_other_peoples_words(
        body: dict[str, object]) -> None:
    found = strong_in(body, H + "/v1/transfers")
    assert any("contact.phone" in cats for cats in found.values()), found


def test_qa92_review_words_that_are_no_language_keys() -> None:
    assert found_in({"grad": 0.00123, "grad_year": 2019, "carrer": "Vodafone UK",
                     "ramz_khasm": "SAVE10"}, H + "/v1/x") == {}


def test_qa93_a_partners_details_the_user_invites() -> None:
    found = strong_in({"partner_email": "sam@example.net", "partner_name": "Sam Rivera",
                       "email": "me@example.com"}, H + "/v2/partner/invite")
    assert found == {"email": {"contact.email"}, "partner_email": {"content.contacts"},
                     "partner_name": {"content.contacts"}}


def test_qa93_a_problem_described_to_roadside_assistance() -> None:
    found = found_in({"problem": {"category": "tyre", "description": "Front left tyre burst on "
                                  "the motorway, we are on the hard shoulder"}},
                     "https://assist.roadhelp.example.org/v2/assist/requests")
    assert "content.text" in found["problem.description"]
