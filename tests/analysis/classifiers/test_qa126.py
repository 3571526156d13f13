"""QA126's readings (a Norwegian safety pendant's app, a Bangkok cosmetic clinic's): Thailand's
citizen ID by its check digit, romanised Thai and Norwegian key names (not "lek", Polish's
medicine, in a Thai number's key), Thai gender words, a Norwegian number in groups in a log
line, a Norwegian invoice's KID and an emergency clinic's point not the user's."""

from __future__ import annotations

import pytest

from analysis.classifiers.validators_checked import thai_id
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


def test_a_norwegian_number_in_groups_in_a_log_line() -> None:
    """(An emergency clinic's "legevakt" in a line is no longer read as another party's: the
    user's own alarm names it as often, the session's third review.)"""
    lines = ["Bror lagt til mobil=905 55 177", "Norsk mobil=41 23 45 67",
             "Profile saved phone=9123 4567 country=SG", "Last sync phone=12 11 26 14 03",
             "Install mobile=2024 1117 x", "Topup sent phone=+998 90 123 45 67 amount=50000"]
    found = found_in({"breadcrumbs": [{"message": m} for m in lines]}, CRASH)
    assert set(found) == {f"breadcrumbs[{i}].message" for i in (0, 1, 2, 5)}
    alarm = {"breadcrumbs": [{"message": "SOS alarm lat=59.913900 lon=10.752200 varsler legevakt"}]}
    assert "location.precise" in found_in(alarm, CRASH)["breadcrumbs[0].message"]


def test_an_indonesian_car_and_hall_and_a_bare_citizen_id_are_none() -> None:
    body = {"id_mobil": 88123412, "kode_mobil": "12345678", "nama_sasana": "Sasana Tinju Garuda",
            "citizen_id": 1732849200001, "butikk": {"fullt_navn": "Rema 1000 Grunerlokka"},
            "passord_styrke": "sterk"}
    assert found_in(body, URL) == {}
