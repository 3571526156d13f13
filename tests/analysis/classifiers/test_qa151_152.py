"""QA151's and QA152's readings (a Chuvash diabetic-foot app, an Esperanto asylum-support
app, a Montevideo dialysis app, a Kampala sickle-cell clinic): Uganda's NIN, a Russian
person's INN by its check digits, unions named with accents, plots and jalans in addresses,
the rounds' key words and place lines."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in, strong_in_frame
from tests.analysis.classifiers.test_qa147_148 import _line


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"nin": "CF88012104PKLD"}, "nin", "personal.national_id"),
    ({"national_id": "CM85032107RJTA"}, "national_id", "personal.national_id"),
    ({"inn": "213004731866"}, "inn", "personal.national_id"),
    ({"chek_inn": "213004731866"}, "chek_inn", "personal.national_id"),
    ({"sindicato": "AEBU - Asociación de Empleados Bancarios del Uruguay"}, "sindicato",
     "personal.sensitive"),
    ({"endagiriro": "Plot 27, Kiyindi Zone, Bwaise II, Kawempe Division, Kampala"},
     "endagiriro", "contact.address"),
    ({"address": "Jl. Sudirman No. 12, Banda Aceh"}, "address", "contact.address"),
    ({"familinomo": "Rezaei"}, "familinomo", "contact.name"),
    ({"pasvorto": "x8!Kq2mz"}, "pasvorto", "secret.credential"),
    ({"naskigxdato": "1990-04-02"}, "naskigxdato", "personal.birthdate"),
    ({"seksa_orientigxo": "samseksema"}, "seksa_orientigxo", "personal.sensitive"),
    ({"ekigambo_ekyekusifu": "Kampala#2025"}, "ekigambo_ekyekusifu", "secret.credential"),
    ({"khushamat": "Егорова"}, "khushamat", "contact.name"),
    ({"curalna_kun": "1961-05-02"}, "curalna_kun", "personal.birthdate"),
    ({"creatinina": 7.8}, "creatinina", "health.medical"),
])
def test_qa151_152_fields(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body, "https://api.example.org/v1/profile")[path]


@pytest.mark.parametrize("body", [
    {"inn": "The Red Lion"}, {"inn": "213004731867"}, {"inn": "7707083893"},
    {"union": "European Union"}, {"address": "a lot of plots"},
])
def test_not_these(body: dict[str, object]) -> None:
    (key,) = body
    assert not found_in(body).get(key)


@pytest.mark.parametrize("line", [
    "Pinglo Konsilejo Kreuzberg lat=52.4993 lon=13.4187",
    "Konsilejo montrita tel=030 5557 2840 lat=52.4993 lon=13.4187",
    "Kiriniki eragiddwa tel=0414 555310 lat=0.3381 lon=32.5812",
])
def test_a_places_line(line: str) -> None:
    found = _line(line)
    assert "contact.phone" not in found and "location.precise" not in found, found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"karta_nomer": "2200700123456781"}, "karta_nomer", "financial.payment"),
    ({"address": "ул. Ленина, д. 5, кв. 12, Чебоксары"}, "address", "contact.address"),
])
def test_a_mir_card_and_a_cyrillic_street(body: dict[str, object], path: str,
                                         category: str) -> None:
    assert category in found_in(body, "https://api.example.org/v1/profile")[path]


@pytest.mark.parametrize("frame", [
    {"jinih": "pasan", "ka": "perawat", "pasan": "Assalamualaikum Ners, gulo darah ambo 248"},
    {"tuaga_tohi": "tohi", "ki_a": "tagata_uta", "tohi": "Fakalofa lahi atu, ko au a Mele"},
    {"tes": "samakh", "kama": "sestra", "samakh": "Ура суранě ыратать, килте инсулин çук"},
])
def test_a_frame_typed_by_its_own_fields_name_carries_her_message(
        frame: dict[str, object]) -> None:
    text_key = next(k for k, v in frame.items() if isinstance(v, str) and len(v.split()) >= 4)
    found = strong_in_frame(frame, "wss://chat.example.org/ws/v1/nurse/u1")
    assert found.get(text_key) == {"content.text"}, found


@pytest.mark.parametrize("frame", [
    {"type": "error", "error": "Connection reset by peer while reading"},
    {"jinih": "posisi", "lintang": -0.9121, "posisi": "ok"},
    {"kind": "pasan", "pasan": "ok"},
])
def test_not_a_system_frame_nor_a_word(frame: dict[str, object]) -> None:
    found = strong_in_frame(frame, "wss://chat.example.org/ws/v1/nurse/u1")
    assert not any("content.text" in c for c in found.values()), found


@pytest.mark.parametrize("line", [
    "Centro de dialisis tel=2 555 0190 07:00-19:00",
    "Centro de dialisis mostrado tel=2 555 0190 lat=-34.8941 lon=-56.1652",
])
def test_a_dialysis_centres_lines(line: str) -> None:
    found = _line(line)
    assert "contact.phone" not in found and "location.precise" not in found, found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"traits": {"amputatsiya": "transfemoralna_prava"}}, "traits.amputatsiya",
     "health.medical"),
    ({"ptsd": "yes"}, "ptsd", "health.medical"),
    ({"ekika": "Ndiga"}, "ekika", "personal.sensitive"),
])
def test_qa150_qa152_words(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body, "https://api.example.org/v1/profile")[path]
