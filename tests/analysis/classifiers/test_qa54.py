"""QA54 (a hunt in the QA52/QA53 readings, 128 cases): German and Italian words that are English
or technical words too, a diagnosis by its code system only, the user's own port-in and practice
e-mail, a user's pets, a vet's patient."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

H = "https://api.example"


@pytest.mark.parametrize(("url", "body", "bad"), [
    ("/v1/runtime", {"ort_version": "1.17.1", "export_name": "model", "export_type": "onnx"},
     "location.coarse"),
    ("/v1/migrations", {"statements": {"alter": 12, "create": 3}}, "personal.birthdate"),
    ("/v1/invoices", {"dokument": {"nummer": "RE-2025-00123"}}, "personal.national_id"),
    ("/v1/printer", {"belt": {"tension": "110/95"}}, "health.medical"),
    ("/api/v1/mesh/diagnose", {"diagnose": {"name": "speedtest", "text": "Download 212 Mbit/s"}},
     "health.medical"),
    ("/api/v1/fahrzeuge/f1/fehler", {"fahrzeug": {"diagnose": {"code": "P0420"}}},
     "health.medical"),
    ("/v1/kfz", {"versicherungsnummer": "KFZ-88412007"}, "health.medical"),
    ("/v1/places", {"address": {"via": "autocomplete", "line1": "1 Main St", "city": "Leeds"}},
     "nothing"),
    ("/v1/bookings/verify/check", {"email": "jo@example.org", "code": "482913"},
     "secret.credential"),
    ("/v1/preferiti", {"ristorante": {"nome": "Da Mario", "indirizzo": {"via": "Via Torino 5"}}},
     "contact.address"),
    ("/v1/board", {"source": "src_campaign2024spring05"}, "financial.payment"),
])
def test_no_overreach(url: str, body: dict[str, object], bad: str) -> None:
    found = strong_in(body, H + url)
    if bad == "nothing":
        assert "address.via" not in found, found
    else:
        assert not any(bad in cats for cats in found.values()), found


@pytest.mark.parametrize(("url", "body", "path", "category"), [
    ("/v1/port-in", {"port": {"phone": "+447700900123"}}, "port.phone", "contact.phone"),
    ("/v1/practitioners/me", {"practice_email": "jo@clinic.example"}, "practice_email",
     "contact.email"),
    ("/v1/users/me/pets/p_12", {"name": "Rex", "dob": "2019-04-02"}, "nothing",
     "personal.birthdate"),
    ("/v1/clinic/visits", {"patient": {"species": "canine", "dob": "2019-04-02"}}, "nothing",
     "personal.birthdate"),
    ("/auth/otp/verify", {"channel": "sms", "code": "482913"}, "code", "secret.credential"),
    ("/v1/training", {"training": {"puls": 142}}, "training.puls", "health.fitness"),
    ("/v1/messungen", {"tension_arterielle": "130/85"}, "tension_arterielle", "health.medical"),
    ("/v1/ankiety/phq-9", {"odpowiedzi": [1, 2, 0, 1], "total": 4}, "odpowiedzi",
     "health.medical"),
    ("/v1/erezept", {"Diagnose": {"ICD10": "L20.8"}}, "Diagnose.ICD10", "health.medical"),
    ("/v1/utente/indirizzi", {"indirizzo": {"via": "Via Palermo", "civico": "8"}},
     "indirizzo.via", "contact.address"),
])
def test_found(url: str, body: dict[str, object], path: str, category: str) -> None:
    found = strong_in(body, H + url)
    if path == "nothing":
        assert not any(category in cats for cats in found.values()), found
    else:
        assert category in found.get(path, set()), found
