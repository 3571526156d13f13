"""Readings after blind131's to blind134's first runs: key names in Chichewa, Tongan, Kirundi and
Kazakh, and their words for a woman and a man (``rules/keys.toml``'s translations,
``validators_names.GENDERS``)."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "category"), [
    ({"dzina_la_banja": "Phiri"}, "contact.name"),
    ({"mawu_achinsinsi": "hunter2hunter"}, "secret.credential"),
    ({"tsiku_lobadwa": "1991-05-17"}, "personal.birthdate"),
    ({"mzinda": "Lilongwe"}, "location.coarse"),
    ({"mkazi_kapena_mwamuna": "mkazi"}, "personal.gender"),
    ({"hingoa_famili": "Taufa"}, "contact.name"),
    ({"fika_memipa": "KP-0412"}, "id.user"),
    ({"lea_fufu": "hunter2hunter"}, "secret.credential"),
    ({"aho_faelei": "1991-05-17"}, "personal.birthdate"),
    ({"motu": "Tongatapu"}, "location.coarse"),
    ({"fefine_tangata": "fefine"}, "personal.gender"),
    ({"ijambo_banga": "hunter2hunter"}, "secret.credential"),
    ({"itariki_y_amavuka": "1991-05-17"}, "personal.birthdate"),
    ({"igitsina": "gore"}, "personal.gender"),
    ({"tapsyrys": "DQ-2025-0412"}, "financial.purchase"),
    ({"qala": "Almaty"}, "location.coarse"),
    ({"jsn": "960814405273"}, "personal.national_id"),
])
def test_chichewa_tongan_kirundi_and_kazakh_key_names(body: dict[str, str],
                                                      category: str) -> None:
    """Not Tongan "kolo" (a town, a Polish wheel), "lea" (Spanish's "read"), Chichewa "dera"."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"kolo": "przednie", "lea": "mas", "dera": "Area 47",
                     "jsn": "{}"}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"erinnya_ly_ekika": "Ssekandi"}, "contact.name"),
    ({"olunaku_lw_okuzaalibwa": "1991-05-17"}, "personal.birthdate"),
    ({"ekigambo_ky_ekyama": "hunter2hunter"}, "secret.credential"),
    ({"ekikula": "mukazi"}, "personal.gender"),
    ({"ekibuga": "Kampala"}, "location.coarse"),
    ({"wila_suti": "Condori"}, "contact.name"),
    ({"masi_jakhu": "JPM-0412"}, "id.user"),
    ({"imantata_aru": "hunter2hunter"}, "secret.credential"),
    ({"yuriwi_uru": "1991-05-17"}, "personal.birthdate"),
    ({"warmi_chacha": "warmi"}, "personal.gender"),
])
def test_luganda_and_aymara_key_names(body: dict[str, str], category: str) -> None:
    """After blind135's and blind136's first runs (not Aymara "marka", a brand in Polish, nor
    "suyu", Turkish's water)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"marka": "Toyota", "uta": "Lot 3", "icecek": {"suyu": "elma"}}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"mbiemer": "Hoxha"}, "contact.name"),
    ({"fjalekalim": "hunter2hunter"}, "secret.credential"),
    ({"nr_personal": "J85417074G"}, "personal.national_id"),
    ({"dt_lindje": "17.05.1991"}, "personal.birthdate"),
    ({"gjinia": "femer"}, "personal.gender"),
    ({"qarku": "Tirane"}, "location.coarse"),
    ({"ovog": "Bat-Erdene"}, "contact.name"),
    ({"nuuts_ug": "hunter2hunter"}, "secret.credential"),
    ({"tursun_ognoo": "1991-05-17"}, "personal.birthdate"),
    ({"registriin_dugaar": "UB91051712"}, "personal.national_id"),
    ({"duureg": "Bayangol"}, "location.coarse"),
])
def test_albanian_and_mongolian_key_names(body: dict[str, str], category: str) -> None:
    """After blind137's and blind138's first runs (not Albanian "gjeresi"/"gjatesi", a width
    and a length as often; not Mongolian "huis", a sex but Dutch's house, nor "khel", Hindi's
    game: the session's fourth review)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"gjeresi": 2.5, "gjatesi": 4.1, "huisletter": "F", "huis_nr": "2",
                     "khel": "Kabaddi", "hot": "Ulaanbaatar"}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"adlaw_natawhan": "1991-05-17"}, "personal.birthdate"),
    ({"tinago": "hunter2hunter"}, "secret.credential"),
    ({"barangay": "Lahug"}, "location.coarse"),
    ({"jina_la_ukoo": "Salim"}, "contact.name"),
    ({"nenosiri": "hunter2hunter"}, "secret.credential"),
    ({"tarehe_ya_kuzaliwa": "1991-05-17"}, "personal.birthdate"),
    ({"jinsia": "mwanamke"}, "personal.gender"),
    ({"namba_ya_mwanachama": "MW-0412"}, "id.user"),
    ({"kisiwa": "Unguja"}, "location.coarse"),
])
def test_cebuano_and_swahili_key_names(body: dict[str, str], category: str) -> None:
    """After blind139's and blind140's first runs (not Swahili "mtaa", a street)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"mtaa": "Mkunazini"}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"kelma_sigrieta": "hunter2hunter"}, "secret.credential"),
    ({"latitudni": 35.89361}, "location.precise"),
    ({"lokalita": "Valletta"}, "location.coarse"),
    ({"sunan_iyali": "Bello"}, "contact.name"),
    ({"jinsi": "mace"}, "personal.gender"),
    ({"unguwa": "Fagge"}, "location.coarse"),
    ({"asusun_banki": "0123456789"}, "financial.payment"),
])
def test_maltese_and_hausa_key_names(body: dict[str, object], category: str) -> None:
    """After blind141's and blind142's first runs (not Maltese "sess", a session's; not Hausa
    "gari", Swahili's car)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"gari": "Toyota"}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"tellimus": "TL-2025-44107"}, "financial.purchase"),
    ({"salasona": "hunter2hunter"}, "secret.credential"),
    ({"synnikuupaev": "1991-05-17"}, "personal.birthdate"),
    ({"maakond": "Tartumaa"}, "location.coarse"),
    ({"ahintasem": "hunter2hunter"}, "secret.credential"),
    ({"awoda": "1991-05-17"}, "personal.birthdate"),
    ({"kurow": "Kumasi"}, "location.coarse"),
])
def test_estonian_and_twi_key_names(body: dict[str, object], category: str) -> None:
    """After blind143's and blind144's first runs (not Estonian "laius"/"pikkus", a width and a
    length as often)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"laius": 2.5, "pikkus": 4.1}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"ran_in_lotak": "1991-05-17"}, "personal.birthdate"),
    ({"aelon": "Arno"}, "location.coarse"),
    ({"kora_emmaan": "kora"}, "personal.gender"),
    ({"sadasya_nambar": "BG-0412"}, "id.user"),
    ({"khata_nambar": "0123456789012"}, "financial.payment"),
    ({"linga": "mahila"}, "personal.gender"),
])
def test_marshallese_and_nepali_key_names(body: dict[str, object], category: str) -> None:
    """After blind145's and blind146's first runs (not Marshallese "wonaan", a price)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]


@pytest.mark.parametrize(("body", "category"), [
    ({"tanggal_lair": "1991-05-17"}, "personal.birthdate"),
    ({"tembung_sandhi": "hunter2hunter"}, "secret.credential"),
    ({"lanang_wadon": "wadon"}, "personal.gender"),
    ({"sakheli": "Nino"}, "contact.name"),
    ({"dabadebis_dghe": "1991-05-17"}, "personal.birthdate"),
    ({"ganedi": 41.69411}, "location.precise"),
    ({"sqesi": "kali"}, "personal.gender"),
    ({"qalaqi": "Tbilisi"}, "location.coarse"),
])
def test_javanese_and_georgian_key_names(body: dict[str, object], category: str) -> None:
    """After blind147's and blind148's first runs (not Javanese "omah", a house, or "kampung")."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
