"""QA125's readings (an Almaty marathon's app, a Lahore antenatal app): Kazakhstan's IIN and
Pakistan's CNIC by their shapes, Cyrillic keys romanised, Kazakh and Roman Urdu key names, a
medicine's units in a log line, a point of interest's phone."""

from __future__ import annotations

import pytest

from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators_checked import kazakh_iin, pakistan_cnic
from analysis.classifiers.validators_tokens import card_digits
from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/entrants"


def test_an_iin_and_a_cnic_by_their_shapes() -> None:
    assert kazakh_iin("960814405273") and kazakh_iin("960814 405273")
    assert not kazakh_iin("960814405274")  # (its check digit)
    assert not kazakh_iin("961314405273")  # (no thirteenth month)
    assert pakistan_cnic("35202-4829163-4") and pakistan_cnic("3520248291634")
    assert not pakistan_cnic("95202-4829163-4")  # (no ninth province)
    assert not card_digits("35202-4829163-4") and card_digits("4242 4242 4242 4242")


@pytest.mark.parametrize(("key", "value"), [
    ("iin", "960814405273"), ("IIN", "960814405273"), ("payer_iin", "960814 405273"),
    ("ИИН", "960814405273"), ("cnic", "35202-4829163-4"), ("cnic_no", "3520248291634"),
    ("nic", "35202-4829163-4"),
])
def test_an_iin_or_a_cnic_under_its_names(key: str, value: str) -> None:
    assert set(found_in({key: value}, URL)[key]) == {"personal.national_id"}


def test_a_network_card_s_nic_and_a_cnic_s_card_are_not_mixed_up() -> None:
    assert found_in({"nic": "eth0", "nic_speed": "1000"}, URL) == {}
    found = found_in({"shanakhti_card_number": "35202-4829163-4"}, URL)
    assert found == {"shanakhti_card_number": {"personal.national_id": "key.national-id"}}


def test_cyrillic_keys_are_romanised() -> None:
    assert norm_key("ИИН") == "iin" and norm_key("широта") == "shirota"
    assert norm_key("дата_рождения") == "datarozhdeniya" and norm_key("Қала") == "qala"
    found = found_in({"широта": 43.238949, "долгота": 76.889709}, URL)
    assert found == {"широта": {"location.precise": "key.latitude"},
                     "долгота": {"location.precise": "key.longitude"}}


@pytest.mark.parametrize(("body", "category"), [
    ({"zhynys": "ayel"}, "personal.gender"),
    ({"jins": "aurat"}, "personal.gender"),
    ({"qan_tobi": "II Rh+"}, "health.medical"),
    ({"khoon_ka_group": "B+"}, "health.medical"),
    ({"diagnoz": "bronchial asthma"}, "health.medical"),
    ({"tareekh_e_pedaish": "19-02-1995"}, "personal.birthdate"),
    ({"khufia_lafz": "Qwerty!234"}, "secret.credential"),
    ({"endik": 43.238949}, "location.precise"),
    ({"zhurek_soghysy": 142}, "health.fitness"),
    ({"tolyq_aty": "Aigerim Nurlanqyzy"}, "contact.name"),
    ({"shohar_ka_naam": "Bilal Khan"}, "contact.name"),
    ({"husband_name": "Bilal Khan"}, "contact.name"),
    ({"sugar_hamal": True}, "health.medical"),
])
def test_kazakh_and_roman_urdu_keys(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body, URL)[key]


def test_not_turkish_hamal_french_matin_or_malay_wajah() -> None:
    body = {"hamal": "Ahmet", "matin": "08:00", "wajah": "senyum"}
    assert found_in(body, URL) == {}


def test_a_medicine_s_units_in_a_log_line() -> None:
    lines = ["Ingaliator eskertpesi: Salbutamol 100 mkg, 2 dem",
             "Dose logged: Insulin Glargine 10 units after iftar", "Level 10 units unlocked"]
    found = found_in({"breadcrumbs": [{"message": m} for m in lines]},
                     "https://crash.example.org/api/1/store")
    assert set(found) == {"breadcrumbs[0].message", "breadcrumbs[1].message"}


def test_a_point_of_interest_s_phone_is_theirs() -> None:
    """(Not a tent's: its booker's as often, the nineteenth session's review.)"""
    body = {"events": [{"props": {"poi": [{"name": "Start", "phone": "+7 727 555 0190"}]}}]}
    assert found_in(body, URL) == {}
