"""Readings after blind129's and blind130's first runs: key names in Bislama and Lingala, a
commune and an island as coarse places, a voter's card as an identity document, a translated
``name`` beside a phone or an e-mail (``rules/keys.toml``, ``first_names.py``)."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in


@pytest.mark.parametrize(("body", "category"), [
    ({"famili_nem": "Malesu"}, "contact.name"),
    ({"aelan": "Efate"}, "location.coarse"),
    ({"aedentiti_namba": "VU0588214"}, "personal.national_id"),
    ({"deit_blong_bon": "17/05/1991"}, "personal.birthdate"),
    ({"pasword": "hunter2hunter"}, "secret.credential"),
    ({"nkombo_ya_libota": "Ilunga"}, "contact.name"),
    ({"nimero_ya_telefone": "+243810000000"}, "contact.phone"),
    ({"esika_ya_kofanda": "12 avenue Kasa-Vubu"}, "contact.address"),
    ({"komine": "Lingwala"}, "location.coarse"),
    ({"commune": "Gombe"}, "location.coarse"),
    ({"engumba": "Kinshasa"}, "location.coarse"),
    ({"kalati_ya_kopona": "CD-0912345"}, "personal.national_id"),
    ({"carte_electeur": "0912345"}, "personal.national_id"),
    ({"mokolo_ya_kobotama": "1990-01-02"}, "personal.birthdate"),
    ({"liloba_ya_sekele": "Mboka!22"}, "secret.credential"),
])
def test_bislama_and_lingala_key_names(body: dict[str, str], category: str) -> None:
    """Not Bislama "taon", a town, which is Tagalog's year."""
    (key,) = body
    assert category in found_in(body, "https://api.example.org/v1/profile")[key]
    assert found_in({"taon": "2024"}) == {}


def test_an_island_is_no_game_s_and_a_commune_no_store_s() -> None:
    assert found_in({"game": {"island": "Skull Island"},
                     "store": {"commune": "Gombe"}}) == {}


def test_a_translated_name_beside_an_e_mail_is_a_person_s() -> None:
    """``nem`` is Bislama's and Tok Pisin's "name", ``nom`` French's: a full name beside a
    found e-mail is the person's, as ``name`` is; a depot's name beside its phone is not."""
    url = "https://api.example.org/v1/rejista"
    for key in ("nem", "nom", "nkombo"):
        found = found_in({key: "Jane Doe", "imel": "jane.doe@example.org"}, url)
        assert found[key] == {"contact.name": "context.named-beside-contact"}
    depot = {"depot": {"nkombo": "Depot Kitoko Limete", "telefone": "+243810000001"}}
    assert "depot.nkombo" not in found_in(depot, url)


def test_a_payout_and_a_repayment_are_the_user_s_transactions() -> None:
    """An amount beside its currency at a payouts call, or POSTed to a loan's repayments (the
    sets' farmers, couriers and borrowers); not a payout's destination set up."""
    payout = {"amount": "2918.40", "currency": "USD", "account": "4410027719305"}
    found = found_in(payout, "https://api.example.org/v3/payouts")
    assert found["amount"] == {"financial.purchase": "context.paid-amount"}
    repaid = {"instalment": 4, "amount": "1520000", "reference": "R-25-0412"}
    found = found_in(repaid, "https://api.example.org/v1/loans/L-25-004417/repayments")
    assert found["amount"] == {"financial.purchase": "context.paid-amount"}
    assert "amount" not in found_in({"amount": "5", "unit": "percent"},
                                    "https://api.example.org/v1/payouts/settings")


@pytest.mark.parametrize("body", [
    {"nombre": "Farmacia San José", "telefono": "+34 912 345 678", "email": "info@f.example"},
    {"nom": "Boulangerie Martin", "telephone": "+33 1 42 60 12 34"},
    {"iglesia": {"nombre": "Parroquia San Miguel", "email": "parroquia@example.org"}},
    {"cami": {"isim": "Süleymaniye Camii", "telefon": "+90 212 522 02 98"}},
    {"takim": {"isim": "Kartal Spor", "eposta": "iletisim@example.org"}},
    {"magazini": {"nkombo": "Wax Elegance", "nimero_ya_telefone": "+243 81 555 1234"}},
    {"transporteur": {"nom": "Transports Girard", "telephone": "+33 2 98 44 10 10"}},
    {"nama": "Warung Makan Bu Sri", "telepon": "+62 812 3456 7890"},
])
def test_a_business_s_name_under_a_translated_key_is_no_person_s(body: dict[str, object]) -> None:
    """The tenth review: business words and containers in the languages whose "name" keys are
    read; a transport company is no mobile carrier."""
    found = found_in(body, "https://api.example.org/v1/places")
    assert not any("contact.name" in cats or "location.carrier" in cats
                   for cats in found.values()), found


def test_an_island_is_a_place_one_lives_on_not_a_game_s_nor_a_ui_state() -> None:
    url = "https://api.example.org/v1/profile"
    assert found_in({"custom": {"island": "oahu"}}, url)["custom.island"] == {
        "location.coarse": "key.island"}
    for body in ({"save": {"island": "Skull Rock", "coins": 1200}},
                 {"live_activity": {"island": "compact"}}, {"island": "ProductCard"},
                 {"tour": {"island": "Hideaway Island", "price": 8500}},
                 {"ferry": {"island": "Tanna"}}):
        assert found_in(body, url) == {}, body


def test_a_voter_card_s_number_not_a_count_a_fee_or_a_date() -> None:
    url = "https://api.example.org/v1/kyc"
    for body in ({"centre": {"votercard": 15320}}, {"frais": {"carte_electeur": "5000"}},
                 {"rappel": {"carte_electeur": "2024-11-30"}}, {"carte_electeur": "4521"}):
        assert found_in(body, url) == {}, body
    assert found_in({"voter_card_number": "0912345678"}, url) == {
        "voter_card_number": {"personal.national_id": "key.voter-card"}}
