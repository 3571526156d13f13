"""QA65 (the final review of the session's readings): a crash on an odd width, a quadratic
song check, scans and registered devices, hex IDs as IBANs, a CI run as a workout, one symptom
counted twice, a platform's user ID as an install ID, a tracked face's mesh under a prop."""

from __future__ import annotations

import time

import pytest

from tests.analysis.classifiers.found import strong_in

HR = [148 + i for i in range(20)]
MESH = [[round(0.2 + 0.001 * i, 4), round(0.3 + 0.001 * i, 4), 0.01] for i in range(468)]
TD1 = ("IDD<<LZ6311T471<<<<<<<<<<<<<<<8308126<3108011D<<2108<<<<<<<4"
       "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")


def test_an_odd_width_costs_no_finding_beside_it() -> None:
    for width in ("²", "9" * 5000):
        found = strong_in({"imei": "356938035643809",
                           "user": {"height": 180, "weight": 75, "width": width}})
        assert "id.hardware" in found.get("imei", set()), found


def test_many_songs_are_read_in_linear_time() -> None:
    queue = [{"bpm": 120, "artist": "A", "title": "T"} for _ in range(4000)]
    start = time.process_time()
    found = strong_in({"queue": queue}, "https://api.example/v1/sync")
    assert time.process_time() - start < 5  # (quadratic: 9 s at 8,000 tracks)
    assert not any("health.fitness" in cats for cats in found.values())


@pytest.mark.parametrize(("body", "url", "path", "category", "expected"), [
    ({"trusted_devices": ["3C:22:FB:12:34:56"]}, "/v1/account", "trusted_devices[0]",
     "location.wifi", False),
    ({"asset": "BE057A38E298A3BB"}, "/v1/assets", "asset", "financial.payment", False),
    ({"job": {"type": "run", "status": "passed", "duration": 312}}, "/v1/pipelines/9/jobs",
     "job.duration", "health.fitness", False),
    ({"type": "Run", "elapsed_time": 1800, "distance": 5000}, "/api/v3/activities",
     "distance", "health.fitness", True),
    ({"text": "Listening to Insomnia by Faithless on my way home"}, "/v1/posts", "text",
     "health.medical", False),
    ({"message": "Symptoms of the bug: login fails. Another symptom is that sync stops"},
     "/v2/tickets", "message", "health.medical", False),
    ({"comment": "Saturday Night Fever gives me chills every time"}, "/v1/posts/55/comments",
     "comment", "health.medical", False),
    ({"horses": [{"hr_samples": HR}]}, "/v1/stable", "horses[0].hr_samples", "health.fitness",
     False),
    ({"facebook_uid": "100012345678901"}, "https://graph.facebook.com/v18.0/me",
     "facebook_uid", "id.device", False),
    ({"bugsnag_uid": "5f2c1e0a8d4b4c219f3e"}, "https://sessions.bugsnag.com/",
     "bugsnag_uid", "id.device", True),
    ({"prop_stats": {"frames": [{"faces": [{"face_mesh": MESH}]}]}}, "/v1/prop/report",
     "prop_stats.frames[0].faces[0].face_mesh", "biometric.face", True),
    ({"mrz": TD1}, "/v1/kyc", "mrz", "personal.national_id", True),
    ({"readings": [{"type": "systolic", "mmHg": 120}]}, "/v1/bp", "readings[0].mmHg",
     "health.medical", True),
])
def test_found_or_not(body: dict[str, object], url: str, path: str, category: str,
                      expected: bool) -> None:
    found = strong_in(body, url if url.startswith("https") else "https://api.example" + url)
    assert (category in found.get(path, set())) is expected, found


@pytest.mark.parametrize(("body", "url", "path", "category", "expected"), [
    # QA67: a page's keywords, a shop search, a name are no targeting of the user
    ({"site": {"keywords": "pope,vatican,catholic church,conclave"}}, "/openrtb2/auction",
     "site.keywords", "personal.sensitive", False),
    ({"kw": "christian dior sauvage 100ml"}, "/v1/search", "kw", "personal.sensitive", False),
    # an EAN-13 or a German tax number that passes a card's check is no card
    ({"items": [{"item_number": "4901234567894"}]}, "/v1/cart", "items[0].item_number",
     "financial.payment", False),
    ({"tax_number": "4012888888881881"}, "/v1/profile", "tax_number", "financial.payment",
     False),
    ({"forma_pagamento": {"numero": "4111111111111111"}}, "/v2/corridas",
     "forma_pagamento.numero", "financial.payment", True),
    ({"gh": "hunter"}, "/v1/users", "gh", "location.coarse", False),
    ({"veiculo": {"modelo": "Chevrolet Onix"}}, "/v2/motoristas", "veiculo.modelo",
     "device.info", False),
    ({"arerugi": "nashi"}, "/v1/profile", "arerugi", "health.medical", False),
    ({"comment": "Migraine by Pink Floyd is on repeat"}, "/v1/posts/5/comments", "comment",
     "health.medical", False),
    ({"comment": "Mr Parkinson from accounting called"}, "/v1/posts/5/comments", "comment",
     "health.medical", False),
    ({"items": [{"name": "Penicillin Cocktail Kit (honey-ginger syrup)"}], "total": 30},
     "/v1/orders", "items[0].name", "health.medical", False),
])
def test_qa67_look_alikes(body: dict[str, object], url: str, path: str, category: str,
                          expected: bool) -> None:
    found = strong_in(body, "https://api.example" + url)
    assert (category in found.get(path, set())) is expected, found


@pytest.mark.parametrize(("body", "url", "path", "expected"), [
    # QA67: workouts by a sport-specific key, HealthKit's names, an object named after one
    ({"name": "Evening Ride", "sport_type": "Ride", "distance": 24012.5, "moving_time": 3600},
     "https://www.strava.example.com/api/v3/activities", "distance", True),
    ({"activityName": "Outdoor Walk", "distanceKm": 3.4, "activeDuration": 2400},
     "https://api.fitbit.example.com/1/user/-/activities.json", "distanceKm", True),
    ({"type": "HKWorkoutActivityTypeRunning", "duration": 1800, "totalDistanceKm": 5.2},
     "https://api.healthsync.example/v1/upload", "totalDistanceKm", True),
    ({"run": {"distance_km": 5.2, "time": "28:14"}}, "https://api.example/v1/log",
     "run.distance_km", True),
    # ...not a dating profile's distance, a ride's, nor a transit leg's walk
    ({"events": [{"p": {"distance_km": 2.4}}]}, "https://api.example/v1/events",
     "events[0].p.distance_km", False),
    ({"journey": {"legs": [{"kind": "walk", "duration": 300, "distance": 420}]}},
     "https://api.example/v1/journeys", "journey.legs[0].distance", False),
])
def test_workouts_by_their_sport(body: dict[str, object], url: str, path: str,
                                 expected: bool) -> None:
    found = strong_in(body, url)
    assert ("health.fitness" in found.get(path, set())) is expected, found


@pytest.mark.parametrize(("body", "path", "category", "expected"), [
    # QA68: a Polish period tracker's keys, a paired thermometer's MAC, a store product
    ({"onboarding": {"ostatnia_miesiaczka": "2026-11-27"}}, "onboarding.ostatnia_miesiaczka",
     "health.medical", True),
    # (a bare cycle's phase is a washer's or the moon's as often, QA69)
    ({"cycle_phase": "spin"}, "cycle_phase", "health.medical", False),
    ({"dzien_cyklu_rozliczeniowego": 5}, "dzien_cyklu_rozliczeniowego", "health.medical",
     False),
    ({"wpisy": [{"krwawienie": "obfite"}]}, "wpisy[0].krwawienie", "health.medical", True),
    ({"model_urzadzenia": "SM-S911B"}, "model_urzadzenia", "device.info", True),
    ({"urzadzenie_ble": {"adres_mac": "C4:7F:51:2A:9E:03"}}, "urzadzenie_ble.adres_mac",
     "location.wifi", False),
    ({"ble": [{"addr": "aa:bb:cc:dd:ee:02"}]}, "ble[0].addr", "location.wifi", True),
    ({"zdarzenia": [{"urzadzenie_ble": {"adres_mac": "C4:7F:51:2A:9E:03"}}]},
     "zdarzenia[0].urzadzenie_ble.adres_mac", "location.wifi", False),
    ({"paired_devices": [{"name": "Galaxy Buds", "address": "C4:7F:51:2A:9E:03"}]},
     "paired_devices[0].address", "location.wifi", False),
    ({"subscription": "com.cyklia.premium.12m"}, "subscription", "device.info", False),
    ({"produkt": "cyklia_premium_12m"}, "produkt", "device.info", False),
])
def test_qa68_readings(body: dict[str, object], path: str, category: str,
                       expected: bool) -> None:
    found = strong_in(body)
    assert (category in found.get(path, set())) is expected, found


def test_voice_measures_written_in_camel_case() -> None:
    # blind33: an interview-practice app's {"f0Mean", "f0Sd", "jitter", "shimmer"}
    found = strong_in({"features": {"f0Mean": 182.4, "f0Sd": 21.3, "jitter": 0.012,
                                    "shimmer": 0.041}})
    assert found.get("features.f0Mean") == {"biometric.voice"}, found
