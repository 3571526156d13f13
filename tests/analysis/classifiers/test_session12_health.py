"""Session 12's health and SDK readings: a condition diary's measures beside its symptoms
(``health_siblings.py``), no health for a plant's symptoms, a push service's player as the
device's, and an insurance carrier as no phone carrier."""

from __future__ import annotations

import pytest

from tests.analysis.classifiers.found import strong_in

ATTACK = {"id": "atk_5435598d9a", "intensity": 7, "side": "left temple",
          "aura": {"visual": True, "kind": "zigzag lines", "minutes": 25},
          "symptoms": ["nausea", "photophobia"], "triggers": ["red wine", "sleep loss"]}


def test_a_migraine_attacks_measures_are_medical() -> None:
    found = strong_in(ATTACK, "https://api.example.com/v2/attacks")
    for path in ("intensity", "side", "aura.visual", "aura.kind", "aura.minutes", "triggers"):
        assert found.get(path) == {"health.medical"}, (path, found)
    assert "id" not in found


@pytest.mark.parametrize(("body", "url"), [
    # a game's intensity and a workout's, with no symptoms beside them
    ({"intensity": 7, "side": "left", "level": 3}, "https://api.example.com/v1/game/round"),
    # a plant's symptoms and their measures
    ({"symptoms": "yellowing", "severity": "mild", "plant_id": "p1"},
     "https://api.example.com/v1/plants/diagnose"),
])
def test_no_condition_no_health(body: dict[str, object], url: str) -> None:
    found = strong_in(body, url)
    assert not any("health.medical" in cats for cats in found.values()), found


def test_a_push_players_id_is_the_devices() -> None:
    body = {"app_id": "pingharbor_app_1", "device_type": 1, "language": "en",
            "player_id": "014cd409-ab4f-2f07-4f04-e3e59aaa853a"}
    found = strong_in(body, "https://api.push.example.net/api/v1/players")
    assert found.get("player_id") == {"id.device"}, found
    # ...while a game's player is its user
    found = strong_in({"player_id": "p_88123", "score": 10}, "https://api.example.com/v1/match")
    assert found.get("player_id") == {"id.user"}, found


def test_an_insurance_carrier_is_no_phone_carrier() -> None:
    assert "carrier" not in strong_in({"carrier": "Gullwing Insurance", "policy": "HO-1234"})
    assert strong_in({"carrier": "T-Mobile"})["carrier"] == {"location.carrier"}


@pytest.mark.parametrize(("body", "path", "category"), [
    ({"tags": {"due_week": 22}}, "tags.due_week", "personal.sensitive"),
    ({"tags": {"child_age_months": 23}}, "tags.child_age_months", "personal.birthdate"),
    ({"imp": [{"id": "1"}], "app": {"bundle": "com.example.bump"},
      "user": {"keywords": "zwanger,week_22"}}, "user.keywords", "personal.sensitive"),
])
def test_a_pregnancy_and_a_childs_age(body: dict[str, object], path: str,
                                      category: str) -> None:
    found = strong_in(body, "https://api.example.com/v1/openrtb2/auction")
    assert category in found.get(path, set()), found


def test_a_warrantys_or_a_caches_age_is_nobodys() -> None:
    found = strong_in({"warranty_age_months": 23, "cache": {"max_age_months": 2},
                       "invoice": {"due_date": "2026-12-01"}})
    assert not {c for cats in found.values() for c in cats} & {
        "personal.birthdate", "personal.sensitive"}, found


def test_a_health_screenings_answers_are_medical() -> None:
    found = strong_in({"heartCondition": False, "chestPain": False, "boneJoint": True,
                       "details": "ACL reconstruction left knee 2019, still sore",
                       "medications": ["Ibuprofen as needed"]},
                      "https://api.example.com/v2/health/parq")
    for path in ("heartCondition", "chestPain", "boneJoint", "details"):
        assert "health.medical" in found.get(path, set()), (path, found)


def test_a_voice_enrolments_embedding_is_a_voiceprint() -> None:
    vector = [(-1) ** i * (0.01 + (i % 17) / 100) for i in range(192)]
    found = strong_in({"wakeWord": "Hey Cabin", "embedding": vector},
                      "https://api.example.com/v1/voice/enrol")
    assert "biometric.voice" in found.get("embedding", set()), found


def test_a_call_that_logs_a_seizure_is_its_record() -> None:
    found = strong_in({"id": "sz_1", "type": "focal aware", "durationSec": 90, "aware": True,
                       "notes": "after a late shift"}, "https://api.example.com/v1/seizures")
    for path in ("type", "durationSec", "aware", "notes"):
        assert "health.medical" in found.get(path, set()), (path, found)
    assert "id" not in found


def test_a_catalogue_of_symptoms_is_no_ones_record() -> None:
    found = strong_in({"type": "list", "page": 2}, "https://api.example.com/v1/symptoms/catalog")
    assert not found, found


@pytest.mark.parametrize(("url", "body"), [
    ("https://api.example.com/v1/episodes", {"type": "full", "duration": 1800,
                                             "notes": "Guest: John Smith"}),
    ("https://api.example.com/v1/attacks", {"type": "ddos", "severity": "high",
                                            "notes": "mitigated"}),
    ("https://api.example.com/v1/flares", {"type": "X2.1", "notes": "Visibility under 200m"}),
    ("https://api.customs.example.org/v1/seizures", {"type": "narcotics", "notes": "port 4"}),
    ("https://api.example.com/v1/products", {"medication": "Ibuprofen 200mg",
                                             "details": "Pack of 24 tablets"}),
    ("https://api.example.com/v1/drugs/1", {"sideEffects": {"dizziness": "common"}}),
])
def test_episodes_attacks_and_catalogues_that_are_no_ones_health(
        url: str, body: dict[str, object]) -> None:
    found = strong_in(body, url)
    assert not any("health.medical" in cats for path, cats in found.items()
                   if path not in ("medication",)), found


def test_a_migraine_logs_attacks_under_its_condition() -> None:
    found = strong_in({"type": "with aura", "intensity": 7, "notes": "after red wine"},
                      "https://api.example.com/v1/migraines/attacks")
    assert "health.medical" in found.get("type", set()), found
