"""QA77 (a hunt over ordinary traffic of app kinds no hunt had: astrology, tarot, pilots'
logbooks, fishing, beekeeping, metronomes, pharmacies, smart beds, kids' watches, car sharing):
the false findings and misses it found, each fixed narrowly."""

from __future__ import annotations

import base64
import random

import pytest

from tests.analysis.classifiers.found import found_in, found_in_form, strong_in

AMR = base64.b64encode(b"#!AMR\n" + bytes(random.Random(7).randrange(256)
                                          for _ in range(700))).decode()


@pytest.mark.parametrize(("body", "path", "category"), [
    # accented names are people's names too
    ({"user": {"name": "Chloé Martin", "gender": "female"}}, "user.name", "contact.name"),
    # a pilot's, a smart bed's sleeper's name
    ({"pilot": {"name": "Sarah Lindqvist", "licence_type": "PPL(A)"}}, "pilot.name",
     "contact.name"),
    ({"sleeper": {"name": "Greg Thompson", "weight_lb": 190}}, "sleeper.name", "contact.name"),
    ({"sleeper": {"name": "Greg Thompson", "weight_lb": 190}}, "sleeper.weight_lb",
     "health.fitness"),
    # a tarot journal's entry
    ({"journal": {"entry": "Pulled the Tower again. Worried about the biopsy results on "
                           "Friday.", "mood": "anxious"}}, "journal.entry", "content.text"),
    # a kids' watch voice message in AMR
    ({"voice_msg": {"to": "parent", "duration_s": 6, "audio": AMR}}, "voice_msg.audio",
     "content.media"),
    # a UK driving licence number (DVLA layout)
    ({"driver_license_number": "MORGA753116SM9IJ", "issuing_country": "GB"},
     "driver_license_number", "personal.national_id"),
])
def test_qa77_found(body: object, path: str, category: str) -> None:
    assert category in found_in(body, "https://api.app.example/v1/x").get(path, {}), body


def test_a_refills_patient_name_and_date_of_birth() -> None:
    found = found_in_form("rx_number=RX6124578&drug=sertraline+50mg&patient_name=Emily+Carter"
                          "&patient_dob=1988-04-12", "https://api.rx.example/v1/refills")
    assert "contact.name" in found["patient_name"]
    assert "personal.birthdate" in found["patient_dob"]
    assert "dob_format" not in found_in({"dob_format": "YYYY-MM-DD"})


@pytest.mark.parametrize(("body", "url"), [
    ({"fish": {"age_years": 4, "weight_kg": 3.2, "length_cm": 52}}, "/v1/tagged-fish"),
    ({"hive": {"id": "hv_3", "weight_kg": 42.7, "queen_age_months": 14}}, "/v1/hives/hv_3"),
    ({"inspection": {"hive_id": "hv_3", "disease": "varroa", "mite_count": 3}},
     "/v1/inspections"),
    ({"aircraft": {"registration": "N172SP", "serial": "17272886"}}, "/v1/aircraft"),
    ({"bike": {"serial": "WTU123G4567H", "weight_kg": 8.9}}, "/v1/bikes"),
    ({"metronome": {"bpm": 72, "subdivision": "eighth"}}, "/v1/metronome"),
])
def test_qa77_things_are_nobodys(body: object, url: str) -> None:
    assert not strong_in(body, f"https://api.app.example{url}"), body
