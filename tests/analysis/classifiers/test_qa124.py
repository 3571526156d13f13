"""QA124's readings (an Icelandic fishing crew's app, a Chilean PrEP clinic's): a kennitala and a
RUT by their check digits in compound keys, Icelandic key names, an Icelandic address, a
number written in groups without a trunk prefix in a log line, a medicine with its strength in
a note, STI histories, a union's membership, other ships' and harbours' positions and phones."""

from __future__ import annotations

import json

import pytest

from analysis.classifiers import classify_decoded, matcher_for
from analysis.classifiers.validators_numbers import chile_rut, kennitala
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/crew"


def test_a_rut_and_a_kennitala_by_their_check_digits() -> None:
    assert chile_rut("18.022.954-K") and chile_rut("18022954K") and chile_rut("12345678-5")
    assert not chile_rut("18022954-5")  # (a wrong check digit)
    assert not chile_rut("76.123.456-0")  # (a company's: 50 million and up)
    assert not chile_rut("180229545", written=True)  # (bare digits, one in eleven pass)
    assert kennitala("140389-2189") and kennitala("1403892189")
    assert not kennitala("1403892179") and not kennitala("5550100199")


@pytest.mark.parametrize(("key", "value"), [
    ("kt", "140389-2189"), ("kt_greidanda", "1403892189"), ("skrad_af_kt", "140389-2189"),
    ("run", "18.022.954-K"), ("rut_pagador", "18022954-K"), ("rutPaciente", "18.022.954-K"),
])
def test_a_national_number_under_a_compound_key(key: str, value: str) -> None:
    assert set(found_in({key: value}, URL)[key]) == {"personal.national_id"}


def test_not_a_run_s_count_a_speed_in_knots_nor_a_company_s_rut() -> None:
    body = {"run": 5, "speed_kt": "12", "empresa": {"rut": "76.123.456-0"},
            "last_run": "2024-05-01"}
    assert found_in(body, URL) == {}


def test_a_kennitala_in_a_crash_line() -> None:
    body = {"breadcrumbs": [{"message": "Skraning vistud kt=1403892189 skip=Hafborg"}]}
    found = found_in(body, "https://crash.example.org/api/1/store")
    assert found["breadcrumbs[0].message"] == {"personal.national_id": "words.rut-kennitala"}


@pytest.mark.parametrize(("body", "category"), [
    ({"farsimi": "+354 855 0147"}, "contact.phone"),
    ({"fullt_nafn": "Jane Doe"}, "contact.name"),
    ({"stettarfelag": "Bylgja"}, "personal.sensitive"),
    ({"union_member": True}, "personal.sensitive"),
    ({"bankareikningur": "0133-26-012345"}, "financial.payment"),
    ({"heimilisfang": "Hringbraut 44, 101 Reykjavík"}, "contact.address"),
    ({"sti_history": ["syphilis"]}, "health.medical"),
    ({"pareja_vih_positivo": True}, "health.medical"),
    ({"notes": "On metformin 500 mg"}, "health.medical"),
])
def test_icelandic_and_clinic_keys(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body, URL)[key]


def test_a_card_under_icelandic_keys_is_a_payment_card() -> None:
    found = found_in({"kort": {"numer": "5168555012345674", "gildistimi": "04/29"}}, URL)
    assert found["kort.numer"] == {"financial.payment": "key.card-number"}


def test_a_fish_s_length_and_a_boat_s_breadth_are_no_coordinates() -> None:
    assert found_in({"fish": {"lengd": 62, "breidd": 6.2}}, URL) == {}


def test_an_address_with_a_level_or_a_room_is_no_icelandic_address() -> None:
    assert found_in({"address": "Level 3, 100 Points"}, URL) == {}


def test_numbers_in_groups_without_a_trunk_prefix_in_a_crash_line() -> None:
    lines = ["Skipstjori simi=855 0198 valinn", "Pareja celular=9 5555 0183 agregada",
             "Contacto telefono=+56 9 5555 0183 ok"]
    body = {"breadcrumbs": [{"message": m} for m in lines]}
    found = found_in(body, "https://crash.example.org/api/1/store")
    for i in range(3):
        assert found[f"breadcrumbs[{i}].message"] == {"contact.phone": "key.phone"}
    short = {"breadcrumbs": [{"message": "retry phone=12 34 ok"}]}
    assert found_in(short, "https://crash.example.org/api/1/store") == {}


def test_other_ships_harbours_and_centres_are_not_the_user_s() -> None:
    body = {"props": {"nearby_vessels": [{"lat": 63.530112, "lon": -22.90124}],
                      "harbours": [{"name": "Grindavik", "phone": "+354 420 5550"}],
                      "centros": [{"lat": -33.426012, "lng": -70.611045}]}}
    assert found_in(body, "https://events.example.net/v2/batch") == {}
    line = {"breadcrumbs": [{"message": "AIS target mmsi=251555120 lat=63.530112 lon=-22.9"}]}
    assert found_in(line, "https://crash.example.org/api/1/store") == {}


@pytest.mark.parametrize("value", ["855 0147", "8550147", "855-0147"])
def test_an_icelandic_number_in_its_seven_digits_is_the_profile_s(value: str) -> None:
    """Iceland has no trunk prefix: the national form is the subscriber's seven digits
    (rules/calling_codes.toml now lists IS among 130 countries)."""
    profile = DeviceProfile(device=DeviceInfo(platform="android", country="IS"),
                            contact={"phone": "+354 855 0147"})
    ex = Exchange(ts=0, method="POST", url=URL,
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"x": value}).encode())
    found = classify_decoded(1, decode_exchange(ex), matcher_for(profile))
    assert [(f.category, f.rule) for f in found] == [("contact.phone", "profile.contact.phone")]
