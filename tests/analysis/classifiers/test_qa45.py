"""QA45 (end to end: a prayer app in Jakarta, a mental-health app in Sydney): Indonesian key
names and national numbers, a mosque's record, a language block's fields, a referral code that
is no zlib stream, a PHQ-9 questionnaire's answers and result."""

from __future__ import annotations

import json

import pytest

from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in

H = "https://api.example"


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"tanggal_lahir": "1990-04-17"}, "tanggal_lahir", "personal.birthdate"),
    ({"jenis_kelamin": "perempuan"}, "jenis_kelamin", "personal.gender"),
    ({"agama": "Islam"}, "agama", "personal.sensitive"),
    ({"kota": "Jakarta Selatan"}, "kota", "location.coarse"),
    ({"alamat": "Jl. Kemang Raya No. 12, Jakarta Selatan 12730"}, "alamat", "contact.address"),
    ({"kata_sandi": "Rahasia!2025"}, "kata_sandi", "secret.credential"),
    ({"nik": "3174055704900003"}, "nik", "personal.national_id"),
    ({"npwp": "09.254.294.3-407.000"}, "npwp", "personal.national_id"),
    ({"en": {"address": "Jl. Kemang Raya No. 12, Jakarta Selatan 12730"}}, "en.address",
     "contact.address"),
])
def test_found(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body)[path]


def test_a_language_block_is_no_event() -> None:
    found = found_in({"en": {"address": "Jl. Kemang Raya No. 12, Jakarta Selatan 12730"}})
    assert "behavior.usage" not in found["en.address"]
    # ...while Firebase's "en" is still an event's name
    assert "behavior.usage" in found_in({"en": "screen_view", "p": "Home"})["en"]


def test_a_mosques_record_is_the_mosques() -> None:
    found = found_in({"mosque": {"id": "msj-20931", "name": "Masjid Al-Ikhlas",
                                 "lat": -6.26123, "lon": 106.81234,
                                 "phone": "+62 21 7190 4411",
                                 "email": "takmir.alikhlas@mail.example"}})
    assert not any({"contact.phone", "contact.email", "location.precise"} & set(c)
                   for c in found.values()), found


def test_a_referral_code_is_no_wrapped_binary() -> None:
    ex = Exchange(ts=0, method="POST", url=H + "/v2/onboarding",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"referral_code": "KM-FRIEND-22"}).encode())
    decoded = decode_exchange(ex)
    assert not decoded.errors and not decoded.raw
    assert [leaf.text for leaf in decoded.leaves if leaf.part == "body"] == ["KM-FRIEND-22"]


def test_a_phq9_questionnaires_answers_and_result() -> None:
    body = {"instrument": "PHQ-9", "answers": [{"q": i + 1, "a": v} for i, v in
                                               enumerate([2, 3, 1, 2, 2, 1, 0, 2, 1])],
            "total": 14, "severity": "moderate"}
    found = found_in(body, H + "/v2/assessments")
    assert "health.medical" in found["total"] and "health.medical" in found["severity"]
    assert "health.medical" in found["answers[0].a"]
    scalars = found_in({"answers": [2, 3, 1, 2], "score": 8}, H + "/v2/assessments/gad7")
    assert "health.medical" in scalars["answers"] and "health.medical" in scalars["score"]
    # a quiz's or a survey's answers and score are no health record
    quiz = found_in({"type": "trivia", "answers": [2, 3, 1], "score": 3}, H + "/v1/quiz")
    assert not any("health.medical" in c for c in quiz.values()), quiz


@pytest.mark.parametrize("value", ["99999999999", "0000000000", "+55 11 1111-1111"])
def test_a_forms_dummy_number_is_no_phone(value: str) -> None:
    """(the Azul capture of the corpus sends "99999999999" as a customer's phone)"""
    assert found_in({"customer_phone": value, "phoneNumbers": [{"number": value}]}) == {}
