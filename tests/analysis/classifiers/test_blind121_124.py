"""Readings after blind121's to blind124's first runs, and QA121's: key names in Igbo, romanised
Khmer, Samoan and romanised Armenian, Tagalog's text and face words, a GCash number
(``rules/keys.toml``'s translations and ``key.mobile-money``)."""

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
    assert found["gcash_number"] == {"financial.payment": "key.mobile-money"}
    body = {"breadcrumbs": [{"category": "app", "message": "Cashout gcash=09175550142"}]}
    assert found_in(body, "https://crash.example.net/api/1/store/")[
        "breadcrumbs[0].message"] == {"financial.payment": "key.mobile-money"}
    # a merchant's GCash, a Khmer district's "khan", a self's "ego"
    assert found_in({"merchant": {"gcash": "09175550000"}, "khan": "Chamkar Mon",
                     "ego": "big"}) == {}
