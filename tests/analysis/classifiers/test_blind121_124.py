"""Readings after blind121's to blind128's first runs, and QA121's: key names in Igbo, romanised
Khmer, Samoan, romanised Armenian, Sesotho, Tetum, Setswana and Tajik, Tagalog's text and face
words, a GCash number (``rules/keys.toml``'s translations and ``key.gcash``)."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "category"), [
    ({"aha_ezinaulo": "Okafor"}, "contact.name"),
    ({"nomba_ekwenti": "+2348031234567"}, "contact.phone"),
    ({"ubochi_omumu": "1991-05-17"}, "personal.birthdate"),
    ({"okwu_nzuzo": "hunter2hunter"}, "secret.credential"),
    ({"obodo": "Enugu"}, "location.coarse"),
    ({"trakoul": "Sok"}, "contact.name"),
    ({"lek_tourasap": "+85512345678"}, "contact.phone"),
    ({"thngai_kamnaeut": "1991-05-17"}, "personal.birthdate"),
    ({"peak_samngat": "hunter2hunter"}, "secret.credential"),
    ({"igoa_faaiu": "Tuilagi"}, "contact.name"),
    ({"numera_telefoni": "+6857212345"}, "contact.phone"),
    ({"aso_fanau": "1991-05-17"}, "personal.birthdate"),
    ({"upu_lilo": "hunter2hunter"}, "secret.credential"),
    ({"azganun": "Petrosyan"}, "contact.name"),
    ({"herakhos": "+37491123456"}, "contact.phone"),
    ({"tsnndyan_amsativ": "1991-05-17"}, "personal.birthdate"),
    ({"gaghtnabar": "hunter2hunter"}, "secret.credential"),
    ({"kaghak": "Yerevan"}, "location.coarse"),
])
def test_key_names_in_four_more_languages(body: dict[str, str], category: str) -> None:
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]


def test_a_gcash_number_is_a_payment_account() -> None:
    found = found_in({"gcash_number": "09175550142"}, "https://api.example.ph/v1/cashout")
    assert found["gcash_number"] == {"financial.payment": "key.gcash"}
    body = {"breadcrumbs": [{"category": "app", "message": "Cashout gcash=09175550142"}]}
    assert found_in(body, "https://crash.example.net/api/1/store/")[
        "breadcrumbs[0].message"] == {"financial.payment": "key.gcash"}
    # a merchant's GCash, a Khmer district's "khan", a self's "ego"
    assert found_in({"merchant": {"gcash": "09175550000"}, "khan": "Chamkar Mon",
                     "ego": "big"}) == {}
    # (the seventh review) a transaction's reference, a store's, a friend's wallet, the other
    # side of a payment in a crash line, a Hindi farm's field, a metric's new users
    assert found_in({"txn": {"gcash": "8012 345 678 901"}, "tindahan": {"gcash": "09175550000"},
                     "friend": {"gcash_number": "09175550001"}, "fasal": {"khet": "Uttar Wala"},
                     "metrics": {"nuu": 340}}) == {}
    for line in ("Send ok to='Ana Cruz' gcash=09175550000", "Pay merchant=m_12 gcash=09175550000"):
        body = {"breadcrumbs": [{"category": "app", "message": line}]}
        assert found_in(body, "https://crash.example.net/api/1/store/") == {}, line


def test_a_mascots_face_and_a_shops_city() -> None:
    points = [[0.1 + i / 300, 0.2 + i / 400] for i in range(106)]
    assert found_in({"maskot": {"mukha": {"tuldok": points}}}) == {}
    assert found_in({"khanut": {"kaghak": "Yerevan"}}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"fane": "Mokoena"}, "contact.name"),
    ({"nomoro_mohala": "+26658123456"}, "contact.phone"),
    ({"setereke": "Maseru"}, "location.coarse"),
    ({"letsatsi_tsoalo": "1991-05-17"}, "personal.birthdate"),
    ({"lentsoe_sephiri": "hunter2hunter"}, "secret.credential"),
    ({"apelidu": "Soares"}, "contact.name"),
    ({"munisipiu": "Dili"}, "location.coarse"),
    ({"numeruKartaunEleitoral": "TL-0123456"}, "personal.national_id"),
    ({"liafuanXave": "hunter2hunter"}, "secret.credential"),
])
def test_sesotho_and_tetum_key_names(body: dict[str, str], category: str) -> None:
    """After blind125's and blind126's first runs (not Tetum "suku", an ethnic group in
    Indonesian)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"suku": "Jawa"}) == {}


@pytest.mark.parametrize(("body", "category"), [
    ({"sefane": "Molefe"}, "contact.name"),
    ({"mogala": "+26771234567"}, "contact.phone"),
    ({"motse": "Mochudi"}, "location.coarse"),
    ({"nomoro_ya_omang": "123456789"}, "personal.national_id"),
    ({"lefokosephiri": "hunter2hunter"}, "secret.credential"),
    ({"raqami_telefon": "+992901234567"}, "contact.phone"),
    ({"sanai_tavallud": "1991-05-17"}, "personal.birthdate"),
    ({"village": "Mochudi"}, "location.coarse"),
])
def test_setswana_and_tajik_key_names(body: dict[str, str], category: str) -> None:
    """After blind127's and blind128's first runs (not Arabic "ramz", a code, as a password;
    not a game's village)."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"ramz_kubun": "WELCOME20", "game": {"village": "Home Village"}}) == {}
