"""QA149's and QA150's readings (an Asturian miners' widows' app, an Acehnese counselling app,
a Ukrainian veterans' rehabilitation app, an Icelandic fertility app): a diagnosis with its
ICD-10 code in any language, a place's number given with its opening hours or on a card shown,
and the rounds' key words."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in
from tests.analysis.classifiers.test_qa147_148 import _line


@pytest.mark.parametrize("body", [
    {"diahnozy": ["Ампутаційна кукса правого стегна (Z89.6)", "ПТСР (F43.1)"]},
    {"salu": {"x": "Silicosis simple (J62.8); EPOC asociada"}},
])
def test_a_diagnosis_with_its_icd10_code(body: dict[str, object]) -> None:
    found = found_in(body)
    assert found and all("health.medical" in cats for cats in found.values()), found


@pytest.mark.parametrize("body", [{"seat": "A12.5"}, {"v": "Build (v1.2)"},
                                  {"part": "A12.5 (left)"}])
def test_no_code_without_a_name_and_parentheses(body: dict[str, object]) -> None:
    assert not any("health.medical" in c for c in found_in(body).values())


@pytest.mark.parametrize("line", [
    "Centru de salu tel=985 55 20 40 08:00-15:00",
    "Centru de salu amosau tel=985 55 20 40 lat=43.5268 lon=-5.6611",
    "Hariacha liniia tel=032 255 1144 09:00-18:00",
    "Afgreidsla tel=552 1440 08:00-16:00",
    "Klinika pokazana tel=032 255 1144 lat=49.8125 lon=24.0231",
    "Stofa synd tel=552 1440 lat=64.1371 lon=-21.8952",
])
def test_a_places_number_and_point(line: str) -> None:
    found = _line(line)
    assert "contact.phone" not in found and "location.precise" not in found, found


def test_a_call_back_booked_at_her_number_stays_hers() -> None:
    assert "contact.phone" in _line("Call booked tel=+380 67 555 1234 10:00-10:30")


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"trufelag": "Þjóðkirkjan"}, "trufelag", "personal.sensitive"),
    ({"breiddargrada": 64.1371}, "breiddargrada", "location.precise"),
    ({"korthafi": "SIGRUN JONSDOTTIR"}, "korthafi", "contact.name"),
    ({"cardholder": "JANE DOE"}, "cardholder", "contact.name"),
    ({"invalidnist": "II_hrupa"}, "invalidnist", "personal.sensitive"),
    ({"diahnozy": ["PTSR"]}, "diahnozy", "health.medical"),
    ({"relixon": "católica"}, "relixon", "personal.sensitive"),
    ({"sindicatu": "SOMA-FITAG-UGT"}, "sindicatu", "personal.sensitive"),
    ({"kata_rahsia": "Aceh*2004x"}, "kata_rahsia", "secret.credential"),
    ({"tanggay_lahe": "1990-03-12"}, "tanggay_lahe", "personal.birthdate"),
    ({"user": {"keywords": "trauma,zakat,pengajian"}}, "user.keywords", "personal.sensitive"),
])
def test_qa149_150_words(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body, "https://api.example.org/v1/profile")[path]


def test_a_disabilitys_own_record_in_any_words() -> None:
    found = found_in({"invalidnist": {"hrupa": "II hrupa", "prychyna": "poranennia"}})
    assert found["invalidnist.hrupa"] == {"personal.sensitive": "context.disability"}
    assert "personal.sensitive" in found["invalidnist.prychyna"]
