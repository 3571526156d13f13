"""Readings after blind117's to blind120's first runs: key names in Faroese, Tok Pisin, Fijian
and romanised Marathi (``rules/keys.toml``'s translations), India's PAN and a UPI payment
address by their own shapes (``validators_numbers``)."""

from __future__ import annotations

import pytest

from analysis.classifiers.validators_numbers import india_pan, upi_address
from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "category"), [
    ({"eftirnavn": "Joensen"}, "contact.name"),
    ({"føðingardagur": "1991-05-17"}, "personal.birthdate"),
    ({"loyniorð": "hunter2hunter"}, "secret.credential"),
    ({"p_tal": "170591-482"}, "personal.national_id"),
    ({"nem_famili": "Kila"}, "contact.name"),
    ({"namba_fon": "+67570112233"}, "contact.phone"),
    ({"paswot": "hunter2hunter"}, "secret.credential"),
    ({"namba_aidi_kat": "PG12345678"}, "personal.national_id"),
    ({"yaca_ni_vuvale": "Tuilagi"}, "contact.name"),
    ({"naba_ni_talevoni": "+6799123456"}, "contact.phone"),
    ({"siga_ni_sucu": "1991-05-17"}, "personal.birthdate"),
    ({"vosa_vuni": "hunter2hunter"}, "secret.credential"),
    ({"aadnaav": "Deshpande"}, "contact.name"),
    ({"durdhvani_kramank": "+919822012345"}, "contact.phone"),
    ({"janma_tarikh": "1991-05-17"}, "personal.birthdate"),
    ({"sanketshabd": "hunter2hunter"}, "secret.credential"),
])
def test_key_names_in_four_more_languages(body: dict[str, str], category: str) -> None:
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]


def test_a_persons_pan_and_a_upi_address() -> None:
    assert india_pan("AQWPD7319K") and india_pan("aqwpd7319k")
    assert not india_pan("AAACM1234C")  # a company's
    assert not india_pan("4111111111111111")
    assert upi_address("janedoe17@okbank") and not upi_address("jane.doe@example.com")
    found = found_in({"pan": "AQWPD7319K", "vpa": "janedoe17@sahyadri",
                      "upi_patta": "janedoe17@sahyadri", "card": {"pan": "4111111111111111"}},
                     "https://api.example.in/v1/donations")
    assert found["pan"] == {"personal.national_id": "key.india-pan"}
    assert found["vpa"] == {"financial.payment": "key.upi-address"}
    assert found["upi_patta"] == {"financial.payment": "key.upi-address"}
    assert "personal.national_id" not in found["card.pan"]
    # a company's PAN, a merchant's VPA, a camera's pan
    assert found_in({"company": {"pan": "AAACM1234C"}, "merchant": {"vpa": "shop@okaxis"},
                     "camera": {"pan": 12.5}}, "https://api.example.in/v1/donations") == {}
