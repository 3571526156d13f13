"""QA53 (an Italian food-delivery app in Milan, a German telehealth app in Berlin): German and
Italian key words, a diagnosis object, German forms' gender letters, doctors' and restaurants'
details."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v1/profilo", {"allergie": ["arachidi", "lattosio"]}, "allergie", "health.medical"),
    ("/v1/ordini", {"indirizzo": {"via": "Via Roma 1", "cap": "20121"}}, "indirizzo.via",
     "contact.address"),
    ("/v1/otp/verifica", {"telefono": "+393471234567", "codice": "482913"}, "codice",
     "secret.credential"),
    ("/v1/ordini", {"pagamento": {"token": "tok_1N3T00LkdIwHu7ixt44h1F8k"}},
     "pagamento.token", "financial.payment"),
    ("/v1/versicherung", {"Versichertennummer": "A123456780"}, "Versichertennummer",
     "health.medical"),
    ("/v1/anamnese", {"Symptome": ["Husten", "Fieber"], "Vorerkrankungen": ["Asthma"]},
     "Vorerkrankungen", "health.medical"),
    ("/v1/frageboegen/phq-9/antworten", {"Antworten": [1, 2, 0, 1, 3, 0, 1, 2, 0],
                                         "Summe": 10}, "Summe", "health.medical"),
    ("/v1/identitaet", {"ausweis_typ": "Personalausweis", "ausweis_nummer": "L01X00T47"},
     "ausweis_nummer", "personal.national_id"),
    # (its code by a medical code system: a router's or a car's "Diagnose" has a text too, QA54)
    ("/v1/erezept", {"Diagnose": {"ICD10": "L20.8", "Text": "Atopisches Ekzem"}},
     "Diagnose.ICD10", "health.medical"),
    ("/v2/symptomcheck", {"Symptome": ["Juckreiz"], "Geschlecht": "w"}, "Geschlecht",
     "personal.gender"),
    ("/v2/vitalwerte", {"Blutdruck": "128/84"}, "Blutdruck", "health.medical"),
    ("/v1/identitaet", {"dokument": {"typ": "Reisepass", "nummer": "C01X00T47"}},
     "dokument.nummer", "personal.national_id"),
])
def test_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    assert category in strong_in(body, H + url).get(path, set())


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/ordini", {"ristorante": {"nome": "Da Mario", "telefono": "+39 02 1234 5678"}},
     "contact.phone"),
    ("/v1/termine", {"Arzt": {"Name": "Dr. Weber", "Telefon": "+49 30 1234567"}},
     "contact.phone"),
    ("/v1/termine", {"Arzt_Telefon": "+49 30 1234567"}, "contact.phone"),
    ("/v1/apotheken", {"apotheke": {"telefon": "+49 30 7654321"}}, "contact.phone"),
    ("/v1/garage", {"vehiculo": {"diagnostico": {"codigo": "P0420", "estado": "pendiente"}}},
     "health.medical"),
    ("/v1/status", {"diagnostico": {"bateria": 87, "rede": "wifi"}}, "health.medical"),
])
def test_not_the_users(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    assert not any(bad in cats for cats in found.values()), found
