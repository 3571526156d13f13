"""The twenty-third session's readings, from its QA rounds (QA163: a Shetland mental-health
and addiction service; QA164: a Saint Lucian credit union with a face and voice check), each
with the look-alikes that must stay unread."""

from __future__ import annotations

import random

from tests.analysis.classifiers.found import strong_in


def _floats(n: int, seed: int, spread: float = 0.3) -> list[float]:
    r = random.Random(seed)
    return [round(r.uniform(-spread, spread), 6) for _ in range(n)]


FACE = [[round(100 + 3.1 * i, 1), round(140 + 2.2 * (i % 17), 1)] for i in range(68)]


def test_a_face_embedding_not_normalised_beside_its_landmarks() -> None:
    # dlib's 128 values of about ±0.3 each are no unit vector (QA164's "fidji_vekte")
    found = strong_in({"vekte": _floats(128, 7), "pwen": FACE, "kalite": 0.93})
    assert "biometric.face" in found["vekte"] and "biometric.face" in found["pwen"]
    # ...either alone stays unread: a text's embedding, a polygon
    assert "vekte" not in strong_in({"vekte": _floats(128, 7)})
    assert "pwen" not in strong_in({"pwen": FACE})
    # ...and a vector of one value repeated, or all positive, is no model's output
    assert "vekte" not in strong_in({"vekte": [0.25] * 128, "pwen": FACE})
    assert "vekte" not in strong_in({"vekte": [abs(x) for x in _floats(128, 7)], "pwen": FACE})


def test_a_pins_dwell_and_flight_times_in_ms_without_a_key_word() -> None:
    found = strong_in({"chan": "mopas", "dwell_ms": [83, 91, 77, 81], "flight_ms": [108, 123, 108]})
    assert "behavior.keystroke" in found["dwell_ms"]
    assert "behavior.keystroke" in found["flight_ms"]
    # ...not a dwell alone, not without their unit, not seconds (a yoga hold, a drone's flight)
    assert "dwell_ms" not in strong_in({"dwell_ms": [83, 91, 77, 81]})
    assert "dwell" not in strong_in({"dwell": [83, 91, 77, 81], "flight": [108, 123, 108]})
    assert "hold_s" not in strong_in({"hold_s": [30, 45, 60, 30], "flight_s": [300, 420, 380]})
    assert "dwell_ms" not in strong_in({"dwell_ms": [3000, 4100, 2500, 3800],
                                        "flight_ms": [9000, 12000, 8000]})


def test_the_qa_rounds_words() -> None:
    found = strong_in({"mopas": "hunter2!Xy", "passwird": "Tr0ub4dor&3",
                       "boarn_date": "1990-02-03", "chi_nummer": "0101901234",
                       "denominasyon": "Katolik", "non_fanmi": "Auguste",
                       "id_piblisite": "38400000-8cf0-11bd-b23e-10b96e40000d",
                       "vwa_vekte": _floats(192, 9), "medeecin": "methadone"})
    assert "secret.credential" in found["mopas"] and "secret.credential" in found["passwird"]
    assert "personal.birthdate" in found["boarn_date"]
    assert "personal.national_id" in found["chi_nummer"]
    assert "personal.sensitive" in found["denominasyon"]
    assert "contact.name" in found["non_fanmi"]
    assert "id.advertising" in found["id_piblisite"]
    assert "biometric.voice" in found["vwa_vekte"]
    assert "health.medical" in found["medeecin"]
