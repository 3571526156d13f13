"""QA127's readings (a Romanian health workers' union app, a Hong Kong employer's app for her
domestic helper): Romania's CNP by its check digit, Romanian union, name, address and password
keys, a WhatsApp number in a crash line, Hong Kong ID and travel document numbers by their
longer names, a household member's care needs, Tagalog "relihiyon"."""

from __future__ import annotations

import pytest

from analysis.classifiers.validators_checked import romanian_cnp
from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/membri"
CRASH = "https://crash.example.org/api/1/store"


def test_a_cnp_by_its_check_digit() -> None:
    assert romanian_cnp("2880315123451") and romanian_cnp("1800101221144")
    assert not romanian_cnp("2880315123452")  # (its check digit)
    assert not romanian_cnp("2881315123451")  # (no thirteenth month)


@pytest.mark.parametrize(("body", "category"), [
    ({"cnp": "2880315123451"}, "personal.national_id"),
    ({"cod_numeric_personal": "2880315123451"}, "personal.national_id"),
    ({"sindicat": "Sindicatul Solidar Sanatate"}, "personal.sensitive"),
    ({"membru_sindicat": True}, "personal.sensitive"),
    ({"prenume": "Ioana"}, "contact.name"),
    ({"nume_complet": "Ioana Popescu"}, "contact.name"),
    ({"adresa_domiciliu": "Str. Memorandumului 28, Cluj-Napoca"}, "contact.address"),
    ({"parola": "Hunter2hunter"}, "secret.credential"),
    ({"hkid_no": "A123456(3)"}, "personal.national_id"),
    ({"travel_doc_no": "P1234567A"}, "personal.national_id"),
    ({"whatsapp": "+63 917 555 0183"}, "contact.phone"),
    ({"care_needs": ["asthma", "parkinsons"]}, "health.medical"),
    ({"relihiyon": "Katoliko"}, "personal.sensitive"),
])
def test_romanian_hong_kong_and_tagalog_keys(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body, URL)[key]


def test_a_cnp_and_a_whatsapp_number_in_crash_lines() -> None:
    lines = ["Membership saved cnp=2880315123451 sindicat=Solidar",
             "Helper contact whatsapp=+63 917 555 0183"]
    found = found_in({"breadcrumbs": [{"message": m} for m in lines]}, CRASH)
    assert found == {"breadcrumbs[0].message": {"personal.national_id": "key.romanian-cnp"},
                     "breadcrumbs[1].message": {"contact.phone": "key.whatsapp"}}


def test_a_product_s_nume_and_a_wrong_cnp_are_none() -> None:
    assert found_in({"produs": {"nume": "Lapte"}, "cnp": "2880315123452"}, URL) == {}


@pytest.mark.parametrize("body", [
    {"share_counts": {"whatsapp": 1532847}}, {"app_versions": {"whatsapp": "2.24.10.78"}},
    {"share_via_whatsapp": 1204331}, {"product": {"care_needs": "hand wash cold"}},
    {"yard": {"lawn_care_needs": ["mowing"]}}, {"gioco": {"parola": "porta-finestra"}},
    {"round": 3, "parola": "dolce vita"},
])
def test_the_fourth_review_s_look_alikes(body: dict[str, object]) -> None:
    """A share count, an app's version, a garment's or a lawn's care, a word game's word."""
    assert found_in(body, URL) == {}
