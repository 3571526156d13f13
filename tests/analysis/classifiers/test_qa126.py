"""QA126's readings (a Norwegian safety pendant's app, a Bangkok cosmetic clinic's): Thailand's
citizen ID by its check digit, romanised Thai and Norwegian key names (not "lek", Polish's
medicine, in a Thai number's key), Thai gender words, a Norwegian number in groups in a log
line, a Norwegian invoice's KID and an emergency clinic's point not the user's."""

from __future__ import annotations

import pytest

from analysis.classifiers.validators_numbers import thai_id
from tests.analysis.classifiers.found import found_in

URL = "https://api.example.org/v1/intake"
CRASH = "https://crash.example.org/api/1/store"


def test_a_thai_citizen_id_by_its_check_digit() -> None:
    assert thai_id("1103701234563") and thai_id("1-1037-01234-56-3")
    assert not thai_id("1103701234564") and not thai_id("9103701234563")


@pytest.mark.parametrize(("body", "category"), [
    ({"thai_id": "1103701234563"}, "personal.national_id"),
    ({"lek_prachachon": "1-1037-01234-56-3"}, "personal.national_id"),
    ({"lek_banchee": "123-4-56789-0"}, "financial.payment"),
    ({"phae_ya": ["penicillin"]}, "health.medical"),
    ({"sasana": "พุทธ"}, "personal.sensitive"),
    ({"thorasap": "0891234567"}, "contact.phone"),
    ({"gender": "หญิง"}, "personal.gender"),
    ({"fullt_navn": "Arne Johan Solberg"}, "contact.name"),
    ({"passord": "Hunter2hunter"}, "secret.credential"),
    ({"funksjonsnedsettelse": "hørselshemmet"}, "personal.sensitive"),
    ({"mobil": "+47 905 55 177"}, "contact.phone"),
])
def test_thai_and_norwegian_keys(body: dict[str, object], category: str) -> None:
    (key,) = body
    assert category in found_in(body, URL)[key]


def test_a_thai_number_s_key_is_no_medicine_and_a_kid_no_child() -> None:
    found = found_in({"fields": {"lek_prachachon": "A41872093"},
                      "faktura": {"kid": "1234567890128"}}, URL)
    assert not any("health.medical" in c or "id.user" in c for c in found.values()), found


def test_a_norwegian_number_in_groups_and_a_clinic_s_point_in_log_lines() -> None:
    lines = ["Bror lagt til mobil=905 55 177",
             "Kart: Trondheim legevakt vist lat=63.4224 lon=10.432"]
    found = found_in({"breadcrumbs": [{"message": m} for m in lines]}, CRASH)
    assert found == {"breadcrumbs[0].message": {"contact.phone": "key.phone"}}
