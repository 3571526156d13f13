"""Key names in Kinyarwanda, Haitian Creole, romanised Amharic, Bulgarian, Cebuano and
Telugu (read after the first runs of blind97-blind102: ``rules/keys.toml``
[words.translations]), and the words left out."""

from __future__ import annotations

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in


def test_key_names_in_kinyarwanda_haitian_creole_and_amharic() -> None:
    found = found_in({"izina": "Jane", "izina_ry_umuryango": "Doe", "umujyi": "Kigali",
                      "itariki_y_amavuko": "1991-05-17", "ijambo_ry_ibanga": "Yy-77-kk"})
    assert "contact.name" in found["izina"] and "location.coarse" in found["umujyi"]
    assert "secret.credential" in found["ijambo_ry_ibanga"]
    found = found_in({"non": "Jane", "siyati": "Doe", "nimewo_telefon": "+15550100199",
                      "modpas": "Xx-99-zz", "dat_nesans": "1991-05-17"})
    assert "contact.name" in found["non"] and "contact.phone" in found["nimewo_telefon"]
    assert "personal.birthdate" in found["dat_nesans"]
    found = found_in({"ye_abat_sim": "Doe", "silk_kutir": "+15550100199",
                      "ketema": "Addis Ababa", "mistir_kal": "Qq-11-rr"})
    assert "contact.phone" in found["silk_kutir"] and "location.coarse" in found["ketema"]
    ex = Exchange(ts=0, method="GET", url="https://api.example.com/v1/x",
                  request_headers=(("x-lajanvit-aparey", "3f9a1c2e-77b1-4d0e-9a5c-2b8e1f0d4c61"),),
                  request_body=b"")
    assert [f.category for f in classify_decoded(1, decode_exchange(ex))] == ["id.device"]
    # ("sim" is a SIM card's, "bal" a balance, "non" a French no, "not" an English not)
    assert found_in({"answer": {"non": "oui"}, "bal": 120, "not": "x"}) == {}


def test_bulgarias_egn_and_a_birth_date_in_bulgarian() -> None:
    found = found_in({"egn": "9105170123", "data_na_razhdane": "1991-05-17"})
    assert "personal.national_id" in found["egn"]
    assert "personal.birthdate" in found["data_na_razhdane"]
    # ("parola" is an Italian word game's word, "ime" Android's input method)
    assert found_in({"parola": "casa", "ime": "com.example.keyboard"}) == {}


def test_key_names_in_cebuano_and_telugu() -> None:
    found = found_in({"ngalan": "Jane", "apelyido": "Doe", "siyudad": "Cebu City",
                      "petsa_sa_pagkatawo": "1991-05-17"})
    assert "contact.name" in found["ngalan"] and "location.coarse" in found["siyudad"]
    found = found_in({"inti_peru": "Doe", "phone_sankhya": "+15550100199",
                      "aadhar_sankhya": "2345 6789 0123", "rahasya_padam": "Pp-44-ww"})
    assert "contact.phone" in found["phone_sankhya"]
    assert "personal.national_id" in found["aadhar_sankhya"]
    assert "secret.credential" in found["rahasya_padam"]
    # ("peru" is a country as often, "bana" a banana's, "bharta" a dish)
    assert found_in({"peru": "Lima", "bana": "x", "bharta": "baingan"}) == {}


def test_key_names_in_kurmanji_and_malagasy() -> None:
    found = found_in({"pasnav": "Doe", "hejmara_telefonê": "+15550100199", "bajar": "Hewlêr",
                      "roja_jidayikbûnê": "1991-05-17"})
    assert "contact.phone" in found["hejmara_telefonê"] and "location.coarse" in found["bajar"]
    assert "personal.birthdate" in found["roja_jidayikbûnê"]
    found = found_in({"laharana_finday": "+15550100199", "tanana": "Antananarivo",
                      "tenimiafina": "Mm-66-pp"})
    assert "contact.phone" in found["laharana_finday"]
    assert "secret.credential" in found["tenimiafina"]
    # ("nav" is navigation's, "fanampiny" an addition's)
    assert found_in({"nav": "Home", "fanampiny": "Extra cheese"}) == {}


def test_a_subscribers_number_and_an_amount_in_kurmanji() -> None:
    found = found_in({"aboner": "GEN-0042-118", "mîqdar": 45000},
                     "https://api.example.com/v1/payments")
    assert "id.user" in found["aboner"]
    assert "financial.purchase" in found["mîqdar"]
    assert found_in({"miqdar": 3}) == {}  # (an amount alone, in no payment, is no purchase)
