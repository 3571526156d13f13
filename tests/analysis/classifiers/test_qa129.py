"""QA129's readings (a Dutch prison family-contact app, a Recife gym chain's): Brazil's CPF and
the Netherlands' BSN by their check digits in keys naming whose they are, a face template
whose base64 unwraps to its vector's numbers, Dutch and Portuguese key names, "gestante"
among an ad's targeting words."""

from __future__ import annotations

import pytest

from analysis.classifiers.validators_checked import brazil_cpf, dutch_bsn
from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/x"


def test_a_cpf_and_a_bsn_by_their_check_digits() -> None:
    assert brazil_cpf("529.982.247-25") and brazil_cpf("52998224725")
    assert not brazil_cpf("529.982.247-26") and not brazil_cpf("111.111.111-11")
    assert dutch_bsn("305716487") and dutch_bsn("3057.16.487")
    assert not dutch_bsn("123456789")


@pytest.mark.parametrize(("body", "category"), [
    ({"cpf_titular": "529.982.247-25"}, "personal.national_id"),
    ({"burgerservicenummer": "305716487"}, "personal.national_id"),
    ({"bsn_kind": "234567892"}, "personal.national_id"),
    ({"geloof": "islam (soennitisch)"}, "personal.sensitive"),
    ({"medicatie": "insuline (diabetes type 1), 3x daags"}, "health.medical"),
    ({"gestante": True}, "personal.sensitive"),
    ({"nascimento": "1994-03-12"}, "personal.birthdate"),
    ({"peso_kg": 68.4}, "health.fitness"),
])
def test_dutch_and_portuguese_keys(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body, URL)[key]


def test_a_face_template_unwrapped_to_its_vector() -> None:
    template = ("ZmFjZS10ZW1wbGF0ZS12MzoxMjgtZDouMDQyLC0uMTE3LC4yMDksLS4wMzMsLjE1OCwuMDcxLC0u"
                "MTk0LC4wMjYsLjExMg==")
    found = found_in({"biometria": {"face_template": template, "formato": "rs-v3-128d"}}, URL)
    assert found["biometria.face_template"] == {"biometric.face": "words.face-template"}
    assert found_in({"face_template": "v2", "template_version": "1.0.3"}, URL) == {}


def test_a_shop_s_cpf_and_a_wrong_cpf_are_none() -> None:
    """(A bare "bsn" is the national-ID rule's already, its value a document's number.)"""
    assert found_in({"loja": {"cpf_gerente": "529.982.247-25"},
                     "cpf_titular": "529.982.247-26"}, URL) == {}


@pytest.mark.parametrize("body", [
    {"cpf_contribution_id": "10000123447"}, {"cpf_dossier_id": "20261128000"},
    {"transfer": {"bsn_ref": "400123459"}}, {"bsn_ticket": "400123459"},
    {"camera": {"face_features": "smooth:0.35;whiten:0.20;slim:0.15;eye:0.10;chin:0.05;"
                                 "nose:0.12;lips:0.30;blush:0.25"}},
    {"face_template": "Passport photo pack: 4.99, 7.99, 9.99, 12.50, 14.00, 19.90, 24.90, 29.90"},
])
def test_the_sixth_review_s_look_alikes(body: dict[str, object]) -> None:
    """Singapore's CPF, France's CPF dossier, Malaysia's BSN bank, a filter's settings, prices."""
    assert found_in(body, URL) == {}


def test_a_pregnancy_s_due_date_stays_a_pregnancy_s() -> None:
    found = found_in({"gravidez": {"previsao_nascimento": "2027-03-14"}}, URL)
    assert "personal.sensitive" in found["gravidez.previsao_nascimento"]
    assert found_in({"cpf_na_nota": "529.982.247-25"}, URL) == {
        "cpf_na_nota": {"personal.national_id": "words.cpf-bsn"}}
