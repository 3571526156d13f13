"""QA38 (end to end: a Brazilian dating app and a French running app): key names in Portuguese,
Spanish, French, German, Italian and Dutch, an HIV status, heart-rate series and measures, a
Strava-style ``latlng`` track, a club's or a gym's own record."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import found_in

HR = [140, 142, 145, 150, 152, 155, 158, 160, 161, 163, 165, 166, 168, 170, 171, 172]


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"perfil": {"senha": "S3nh@forte!"}}, "perfil.senha", "secret.credential"),
    ({"adherent": {"mot_de_passe": "x9!Kp2#q"}}, "adherent.mot_de_passe", "secret.credential"),
    ({"perfil": {"sobrenome": "Souza"}}, "perfil.sobrenome", "contact.name"),
    ({"adherent": {"prenom": "Claire"}}, "adherent.prenom", "contact.name"),
    ({"perfil": {"genero": "feminino"}}, "perfil.genero", "personal.gender"),
    ({"adherent": {"sexe": "F"}}, "adherent.sexe", "personal.gender"),
    ({"perfil": {"orientacao_sexual": "bissexual"}}, "perfil.orientacao_sexual",
     "personal.sensitive"),
    ({"perfil": {"religiao": "catolica"}}, "perfil.religiao", "personal.sensitive"),
    ({"perfil": {"endereco": {"rua": "Rua Augusta 1200", "cidade": "São Paulo"}}},
     "perfil.endereco.rua", "contact.address"),
    ({"adherent": {"adresse": {"ville": "Lyon"}}}, "adherent.adresse.ville", "location.coarse"),
    ({"adherent": {"poids_kg": 61.5}}, "adherent.poids_kg", "health.fitness"),
    ({"frequence_cardiaque_repos": 52}, "frequence_cardiaque_repos", "health.fitness"),
    ({"commentaire": "Belle sortie ce matin avec le club"}, "commentaire", "content.text"),
    ({"traits": {"hiv_status": "negative, on PrEP"}}, "traits.hiv_status", "health.medical"),
    ({"streams": {"heartrate": HR}}, "streams.heartrate", "health.fitness"),
    ({"activity": {"hr": {"avg": 152, "samples": HR}}}, "activity.hr.avg", "health.fitness"),
    ({"activity": {"hr": {"avg": 152, "samples": HR}}}, "activity.hr.samples",
     "health.fitness"),
    ({"avg_hr": 150}, "avg_hr", "health.fitness"),
    ({"streams": {"latlng": [[48.85661, 2.35222], [48.85671, 2.35232], [48.85681, 2.35252],
                             [48.85691, 2.35262], [48.85701, 2.35282]]}},
     "streams.latlng", "location.precise"),
])
def test_qa38_readings(body: dict[str, object], path: str, category: str) -> None:
    assert category in found_in(body)[path]


def test_a_series_is_read_by_its_key_only_for_health() -> None:
    # a series under a key naming something else is the structure classifier's or nothing
    assert "weights" not in found_in({"weights": [0.1, -0.2, 0.3] * 6})
    assert "hr_max" not in found_in({"hr_max": 100})  # a rate limit per hour (QA8)


@pytest.mark.parametrize("body", [
    {"salle": {"id": "s1", "nom": "Fitness Park", "lat": 45.76401, "lon": 4.83566,
               "telephone": "+33478000000"}},
    {"local": {"id": "c1", "nome": "Café Girassol", "lat": -23.55821, "lng": -46.66011}},
    {"events": [{"props": {"club": {"contact_email": "hello@club.example",
                                    "phone": "+33478000001"}}}]},
])
def test_a_clubs_or_a_gyms_own_record_is_theirs(body: dict[str, object]) -> None:
    found = found_in(body)
    assert not any(c.startswith(("contact.", "location.")) for cats in found.values()
                   for c in cats), found


def test_foreign_words_that_mean_other_things_are_not_translated() -> None:
    # "data", "estado", "local" and "pas" are English key names or too ambiguous to read
    found = found_in({"estado": "activo", "data": {"ok": True}, "pas": 3})
    assert not found, found
