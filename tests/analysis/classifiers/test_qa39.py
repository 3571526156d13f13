"""QA39 (a hunt in the QA38 readings): the objects foreign fields sit in are translated too, a
heart rate only in beats per minute a heart can have, a heart-rate series only when most of it
is, clubs and gyms by their whole name, a person's record with "nom" is no place, accented and
compound key names, an HIV status without a feed topic's switch."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

HR = [0, 0, 140, 142, 145, 150, 152, 155, 158, 160, 161, 163, 165, 166, 168, 170, 171, 172]


@pytest.mark.parametrize(("body", "category"), [
    ({"produto": {"sku": "TEN-1", "peso": 1.2, "altura": 10}}, "health.fitness"),
    ({"tela": {"altura": 2400, "largura": 1080}}, "health.fitness"),
    ({"receta": {"pasos": 6}}, "health.fitness"),
    ({"cachorro": {"nome": "Rex", "sexo": "macho"}}, "personal.gender"),
    ({"voz": {"genero": "feminino", "idioma": "pt-BR"}}, "personal.gender"),
    ({"rates": {"peso": 17.12, "euro": 0.92}}, "health.fitness"),
    ({"layer": {"weight": [0.1 * i for i in range(20)]}}, "health.fitness"),
    ({"retry": {"steps": [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384,
                          32768]}}, "health.fitness"),
    ({"hours": {"min_hr": 9, "max_hr": 17}}, "health.fitness"),
    ({"limits": {"hr": {"max": 1000}}}, "health.fitness"),
    ({"effect": {"type": "breathe", "pulse": {"min": 10, "max": 100}}}, "health.fitness"),
    ({"ab_result": {"std_test": 0.12, "std_status": "ok"}}, "health.medical"),
    ({"feed": {"hiv_content_enabled": True, "hiv_awareness_day": "2025-12-01"}},
     "health.medical"),
])
def test_look_alikes(body: dict[str, object], category: str) -> None:
    found = found_in(body)
    assert not any(category in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"contraseña": "Cl4ve!Segura"}, "contraseña", "secret.credential"),
    ({"perfil": {"orientação_sexual": "bissexual"}}, "perfil.orientação_sexual",
     "personal.sensitive"),
    ({"kontakt": {"handynummer": "0151 23456789"}}, "kontakt.handynummer", "contact.phone"),
    ({"profiel": {"geslacht": "vrouw"}}, "profiel.geslacht", "personal.gender"),
    ({"perfil": {"genero": "prefiro não informar"}}, "perfil.genero", "personal.gender"),
    ({"usuario": {"idade": 34}}, "usuario.idade", "personal.birthdate"),
    ({"streams": {"heartrate": HR}}, "streams.heartrate", "health.fitness"),
    ({"traits": {"hiv_status": "negative"}}, "traits.hiv_status", "health.medical"),
    ({"adherent": {"id": "a1", "nom": "Martin", "prenom": "Claire", "lat": 45.76401,
                   "lon": 4.83566}}, "adherent.lat", "location.precise"),
    ({"club_member": {"email": "claire@example.com"}}, "club_member.email", "contact.email"),
    ({"club_checkin": {"lat": 45.76401, "lon": 4.83566}}, "club_checkin.lat",
     "location.precise"),
])
def test_readings(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body)[path]


def test_a_clubs_whole_record_is_the_clubs() -> None:
    found = found_in({"events": [{"props": {"club": {"contact": {
        "email": "hello@club.example", "phone": "+33478000001"}}}}]})
    assert not found, found
