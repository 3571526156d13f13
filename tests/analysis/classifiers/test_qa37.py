"""QA37 (a hunt for false findings and misses in the QA36 and blind19 readings): short national
codes, a company's numbers in other languages, masked and omocodic numbers, accented key names,
a payment's currency, a clinician's role as a name's last word, bracketed form names as objects,
a birth date's parts, a route's geometry, a parcel's carrier however written."""

from __future__ import annotations

import pytest

from analysis.decoders.form import dotted_path
from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize("body", [
    {"ankieta": {"odpowiedzi": {"tak": 1532, "nie": 2841}}},  # Polish "no" votes
    {"upi": {"txn_id": "UPI8f7a6b5c4d", "rrn": "412398765432", "status": "SUCCESS"}},
    {"sensor": {"channels": {"red": 5120, "nir": 10234}}},  # a near-infrared channel
    {"bokning": {"pris": 2500, "rut": 1250}},  # a Swedish tax deduction's amount
    {"sender": {"tfn": "+18335550199", "status": "verified"}},  # a toll-free SMS sender
    {"factura": {"emisor": {"razon_social": "Comercial Andes SpA", "rut": "76.086.428-5"}}},
    {"datos_facturacion": {"razon_social": "Talleres Garcia SL", "nif": "B12345674"}},
    {"comercio": {"nombre": "Kiosco 25", "cuit": "30-71234567-1"}},
    {"qa": {"dummy_number": "555 0100 7788"}},
])
def test_no_national_id(body: dict[str, object]) -> None:
    found = found_in(body)
    assert not any("personal.national_id" in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "path"), [
    ({"usuario": {"dni": "48291735S"}}, "usuario.dni"),
    ({"kyc": {"aadhar_number": "2345 6789 0123"}}, "kyc.aadhar_number"),
    ({"kyc": {"aadhaar_no": "2345 6789 0123"}}, "kyc.aadhaar_no"),
    ({"kyc": {"aadhaar": "XXXX XXXX 4821"}}, "kyc.aadhaar"),  # masked as UIDAI recommends
    ({"usuario": {"dni_number": "48291735S"}}, "usuario.dni_number"),
    ({"traveller": {"known_traveller_number": "TT1234567"}},
     "traveller.known_traveller_number"),
    ({"cliente": {"codice_fiscale": "RSSMRA85T10A56NS"}}, "cliente.codice_fiscale"),
    ({"fødselsnummer": "01129955131"}, "fødselsnummer"),
])
def test_national_ids(body: dict[str, object], path: str) -> None:
    assert "personal.national_id" in found_in(body)[path]


@pytest.mark.parametrize("key", ["födelsedatum", "doğum_tarihi", "dt_nascimento", "fecha_nac",
                                 "geburtstag"])
def test_birth_dates_with_accents_and_short_forms(key: str) -> None:
    assert "personal.birthdate" in found_in({key: "1990-01-02"})[key]


def test_a_birth_dates_parts() -> None:
    found = found_in({"individual": {"dob": {"day": 3, "month": 7, "year": 1991}}})
    for part in ("day", "month", "year"):
        assert "personal.birthdate" in found[f"individual.dob.{part}"]


def test_payment_details_under_a_currency_list_stay() -> None:
    found = found_in({"currency_accounts": [{"currency": "EUR",
                                             "iban": "DE89370400440532013000"}],
                      "card_currency": "EUR"})
    assert "financial.payment" in found["currency_accounts[0].iban"]
    assert "card_currency" not in found


@pytest.mark.parametrize("body", [
    {"doctor_appointment": {"phone": "+447700900123"}},
    {"gp_registration": {"first_name": "Lucia", "phone": "+447700900123"}},
    {"nurse_signup": {"nmc_pin": "12A3456E", "email": "aisha@example.com"}},
])
def test_the_users_own_contacts_named_near_a_clinician_stay(body: dict[str, object]) -> None:
    found = found_in(body)
    assert any(c.startswith("contact.") for cats in found.values() for c in cats), found


@pytest.mark.parametrize("body", [
    {"my_gp": {"phone": "+442079460321"}},
    {"prescriber": {"contact": {"phone": "+442079460888"}}},
    {"doctor": {"address": {"email": "dr@clinic.example"}}},
])
def test_a_clinicians_contacts_one_level_down(body: dict[str, object]) -> None:
    found = found_in(body)
    assert not any(c.startswith("contact.") for cats in found.values() for c in cats), found


@pytest.mark.parametrize(("path", "dotted"), [
    ("billing_details[address][line1]", "billing_details.address.line1"),
    ("invitees[][email][0]", "invitees[].email[0]"),
    ("a.items[0]", "a.items[0]"),
    ("x.card[number]", "x.card.number"),
    ("plain.path", "plain.path"),
    ("[0]", "[0]"),
])
def test_dotted_path(path: str, dotted: str) -> None:
    assert dotted_path(path) == dotted


@pytest.mark.parametrize("carrier", ["Royal Mail", "dhl-express", "Australia Post", "InPost"])
def test_parcel_carriers_however_written(carrier: str) -> None:
    assert "carrier" not in found_in({"carrier": carrier})


def test_a_routes_geometry_is_a_polyline() -> None:
    found = found_in({"route": {"geometry": "_p~iF~ps|U_ulLnnqC_mqNvxq`@", "distance": 4210}})
    assert "location.precise" in found["route.geometry"]
    assert "geometry" not in found_in({"geometry": "_p~iF~ps|U_ulLnnqC_mqNvxq`@"})
