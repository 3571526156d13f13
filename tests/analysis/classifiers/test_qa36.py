"""QA36 (end to end: a telehealth and online-pharmacy app, a banking app with a keyboard and a
fraud SDK) and the general misses of blind19: national numbers by their own names, birth dates
in other languages, an IBAN's country, a keyboard's recent input, a receipt's photo, Stripe-style
bracketed form names, a clinician's contact details, a bank's branch, a parcel's carrier."""

from __future__ import annotations

import base64

import pytest

from analysis.decoders.form import bracket_key
from tests.analysis.classifiers.found import found_in, found_in_form


def _form(body: str, url: str = "https://api.pay.example/v1/payment_methods") -> dict[
        str, dict[str, str]]:
    return found_in_form(body, url)


@pytest.mark.parametrize(("body", "path"), [
    ({"nhs_number": "943 476 5919"}, "nhs_number"),
    ({"patient": {"nhs_number": "9434765919"}}, "patient.nhs_number"),
    ({"dni": "48291735S"}, "dni"),
    ({"nie": "X1234567L"}, "nie"),
    ({"codice_fiscale": "RSSMRA85T10A562S"}, "codice_fiscale"),
    ({"pesel": "44051401359"}, "pesel"),
    ({"known_traveler_number": "98765432"}, "known_traveler_number"),
])
def test_national_numbers_by_their_own_names(body: dict[str, object], path: str) -> None:
    assert "personal.national_id" in found_in(body)[path]


def test_national_number_keys_keep_their_look_alikes_out() -> None:
    # an order's or a clinician's numbers are not the user's ID documents
    assert "personal.national_id" not in found_in(
        {"order": {"nif": "B12345678"}}).get("order.nif", {})
    assert "personal.national_id" not in found_in({"dni": "pending"}).get("dni", {})


@pytest.mark.parametrize("key", ["fecha_nacimiento", "data_nascita", "date_de_naissance",
                                 "geburtsdatum", "data_nascimento"])
def test_birth_dates_in_other_languages(key: str) -> None:
    assert "personal.birthdate" in found_in({key: "23/11/1994"})[key]


def test_an_ibans_country_is_no_payment_detail_but_the_iban_is() -> None:
    assert "props.iban_country" not in found_in({"props": {"iban_country": "ES"}})
    assert "financial.payment" in found_in(
        {"props": {"iban": "ES9101822370420201534876"}})["props.iban"]


def test_a_keyboards_recent_input_is_text() -> None:
    text = "envío 450 euros a Marta por el alquiler de diciembre"
    assert "content.text" in found_in({"recent_input": text})["recent_input"]
    assert "content.text" in found_in({"typed_input": text})["typed_input"]
    # ...not the last input's time or source (QA37)
    assert "last_input_at" not in found_in({"last_input_at": "2025-12-01T10:00:00Z"})
    assert "last_input" not in found_in({"last_input": "HDMI 2"})
    assert "recent_input_hint" not in found_in({"recent_input_hint": "Type a message here"})


JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + b"\x00" * 300 + b"\xff\xd9")


def test_a_receipts_photo_is_media_and_a_purchase() -> None:
    uri = "data:image/jpeg;base64," + base64.b64encode(JPEG).decode()
    found = found_in({"receipt": uri})["receipt"]
    assert {"content.media", "financial.purchase"} <= set(found)


@pytest.mark.parametrize(("name", "key", "parent"), [
    ("billing_details[address][line1]", "line1", "address"),
    ("card[number]", "number", "card"),
    ("items[0][sku]", "sku", "items"),
    ("tags[]", "tags", ""),
    ("plain", "plain", ""),
])
def test_bracket_key(name: str, key: str, parent: str) -> None:
    assert bracket_key(name) == (key, parent)


def test_stripe_style_form_names_are_read_as_the_objects_they_name() -> None:
    found = _form("type=card&billing_details%5Bname%5D=Lucia+Fernandez"
                  "&billing_details%5Baddress%5D%5Bline1%5D=Flat+4%2C+27+Amwell+Street"
                  "&billing_details%5Baddress%5D%5Bpostal_code%5D=EC1R+1UN"
                  "&billing_details%5Baddress%5D%5Bcountry%5D=GB"
                  "&card%5Bnumber%5D=4242424242424242&card%5Bcvc%5D=314")
    # the path is the name as sent (DESIGN.md), its key the last bracketed name
    assert "contact.address" in found["billing_details[address][line1]"]
    assert "location.coarse" in found["billing_details[address][postal_code]"]
    assert "financial.payment" in found["card[number]"]
    assert "financial.payment" in found["card[cvc]"]
    # ...in a query string too
    query = _form("", "https://api.pay.example/v1/tokens?card%5Bnumber%5D=4242424242424242")
    assert "financial.payment" in query["card[number]"]


@pytest.mark.parametrize("body", [
    {"preferred_gp": {"name": "Dr. Rahul Mehta", "gmc_number": "7012345",
                      "email": "r.mehta@amwellclinic.example", "phone": "+44 20 7946 0321"}},
    {"prescriber": {"name": "Dr. Sofia Alvarez", "gmc": "7201934",
                    "phone": "+44 20 7946 0888"}},
    {"prescriber": {"phone": "+44 20 7946 0888"}},
    {"physician_phone": "+12125550188", "team": "U12 Falcons"},
    {"doctor": {"email": "dr.who@clinic.example"}},
])
def test_a_clinicians_contact_details_are_theirs(body: dict[str, object]) -> None:
    found = found_in(body)
    assert not any(c.startswith("contact.") for cats in found.values() for c in cats), found


def test_the_users_own_contact_details_beside_a_clinicians_stay() -> None:
    found = found_in({"patient": {"email": "lucia@example.com", "phone": "+447700900123"},
                      "doctor": {"email": "dr.who@clinic.example"},
                      "emergency_contact": {"phone": "+447700900456"}})
    assert "contact.email" in found["patient.email"]
    assert "contact.phone" in found["patient.phone"]
    assert "contact.phone" in found["emergency_contact.phone"]
    assert "doctor.email" not in found


def test_a_banks_branch_is_no_attribution_sdk() -> None:
    assert "branch.id" not in found_in({"branch": {"id": "br_0042", "name": "Oficina Goya"}})


@pytest.mark.parametrize("carrier", ["ups", "FedEx", "auto"])
def test_a_parcels_carrier_is_no_mobile_network(carrier: str) -> None:
    assert "carrier" not in found_in({"carrier": carrier, "tracking": "1Z999AA10123456784"})


def test_a_mobile_carrier_stays() -> None:
    assert "location.carrier" in found_in({"carrier": "T-Mobile"})["carrier"]


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"address": {"town": "Reading", "line1": "12 High St"}}, "address.town",
     "location.coarse"),
    ({"net_type": "wifi"}, "net_type", "device.info"),
    ({"ffn": "SV1234567"}, "ffn", "id.user"),
    ({"muid": "d2ec8ae3-3965-4a3d-8714-296319426b73"}, "muid", "id.device"),
    ({"event_token": "abc123", "event_count": 4}, "event_count", "behavior.usage"),
])
def test_blind19_readings(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body)[path]


def test_key_timings_named_with_their_unit_are_a_typing_rhythm() -> None:
    rows = [[0, 142], [231, 388], [420, 533], [610, 702], [790, 905], [1000, 1101]]
    found = found_in({"word": "necessary", "key_timings_ms": rows})
    assert "behavior.keystroke" in found["key_timings_ms"]  # QA34: left as a judgement call
    assert "frame_timings_ms" not in found_in(
        {"frame_timings_ms": [[0, 16], [16, 33], [33, 50], [50, 66], [66, 83], [83, 100]]})
