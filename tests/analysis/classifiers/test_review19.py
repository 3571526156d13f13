"""The nineteenth session's review of QA124's and QA125's readings (300 look-alikes, 114 wrong
changes at first): what each reading must not read."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/x"
CRASH = "https://crash.example.org/api/1/store"


@pytest.mark.parametrize("body", [
    {"project": "ocr", "run_id": "20240517-7", "step": 1200},
    {"experiment": "resnet-ft", "run_tag": "20240517-7"},
    {"carrier": "KT", "kt_member_no": "0101230039"},
    {"rut_arende": "20240517-7", "belopp": 4250},
    {"iin_checked_at": 1716801234567, "iin_valid": True},
    {"nic": "eth0", "nic_rx_bytes": 3141592653589},
    {"cnic_verified_at": 1716801234567},
])
def test_a_run_a_kt_an_iin_or_a_nic_that_is_no_national_number(body: dict[str, object]) -> None:
    found = found_in(body, URL)
    assert not any("personal.national_id" in cats for cats in found.values()), found


def test_a_run_in_a_log_line_is_a_job_s() -> None:
    body = {"breadcrumbs": [{"message": "Job finished run=20240517-7 status=ok"}]}
    assert found_in(body, CRASH) == {}


def test_a_chilean_run_as_the_card_prints_it() -> None:
    assert found_in({"run": "18.022.954-K"}, URL) == {
        "run": {"personal.national_id": "key.chile-run"}}
    assert found_in({"cnic": "3520248291634"}, URL) == {
        "cnic": {"personal.national_id": "key.cnic"}}


@pytest.mark.parametrize("line", [
    "Balance refreshed mobile=1 500 000 UZS", "Data usage mobile=2 048 576 wifi=10 485 760",
    "Display metrics phone=1080 2400 420", "Install mobile=2024 05 17 channel=play",
    "Cart item phone=1 299 000 VND",
])
def test_numbers_in_groups_that_are_no_phone(line: str) -> None:
    assert found_in({"breadcrumbs": [{"message": line}]}, CRASH) == {}


def test_a_phone_with_a_russian_trunk_prefix_in_groups() -> None:
    body = {"breadcrumbs": [{"message": "SOS telefon=8 701 555 0142 ok"}]}
    assert found_in(body, CRASH) == {"breadcrumbs[0].message": {"contact.phone": "key.phone"}}


@pytest.mark.parametrize("body", [
    {"устройство": {"имя": "Galaxy S21 Вани", "ос": "Android 14"}},
    {"товар": {"имя": "Молоко Простоквашино", "цена": 89}},
    {"магазин": {"имя": "Пятёрочка", "телефон": "+7 495 123-45-67"}},
    {"питомец": {"имя": "Барсик", "порода": "сиамская"}},
    {"город": {"имя": "Казань"}},
    {"аптеки": [{"широта": 59.9386, "долгота": 30.3141}]},
])
def test_a_russian_name_is_a_person_s_only_outside_things(body: dict[str, object]) -> None:
    found = found_in(body, URL)
    assert not any(cats.keys() & {"contact.name", "contact.phone", "location.precise"}
                   for cats in found.values()), found
    assert found_in({"имя": "Анна", "фамилия": "Иванова"}, URL) == {
        "имя": {"contact.name": "key.name"}, "фамилия": {"contact.name": "key.name"}}


@pytest.mark.parametrize("value", ["Renegade 2 Hoodie", "Sortie 3", "Regata 5", "Brigade 12",
                                   "Chapter 12, 250 Words"])
def test_no_street_in_a_title(value: str) -> None:
    assert found_in({"address": value}, URL) == {}


@pytest.mark.parametrize("body", [
    {"vat": {"rate": 19, "union_member": True}},
    {"credit_union": {"name": "Navy Federal", "union_member": True}},
    {"syphilis_awareness_banner_shown": True},
    {"region": "Lima", "syphilis_cases": 1243, "hiv_positive_rate": 0.4},
    {"labels": {"father_name": "Father's Name", "mother_name": "Mother's Name"}},
    {"tip": {"nuskha": "Haldi doodh for glowing skin"}},
    {"note": "Restocked ibuprofen 400 units, shelf B3"},
])
def test_look_alikes_of_the_qa_readings(body: dict[str, object]) -> None:
    found = found_in(body, URL)
    assert not any(cats.keys() - {"content.text"} for cats in found.values()), found


def test_the_user_s_own_centres_and_vessel_are_hers() -> None:
    body = {"significant_places": {"centers": [{"lat": 51.51234, "lon": -0.12345}]}}
    assert found_in(body, URL)["significant_places.centers[0].lat"] == {
        "location.precise": "key.latitude"}
    line = {"breadcrumbs": [{"message": "Own vessel position lat=64.1512 lon=-21.9521"}]}
    assert "location.precise" in found_in(line, CRASH)["breadcrumbs[0].message"]
