"""What the QA105 (a ride-hailing driver's app, home-care nursing) and QA106 (a cycle tracker
with Spanish keys, a smart home) testers found: a partner's name in a log line, a geofence's
arrival is the user's position, cycle keys in Spanish, all users' cycle statistics are
nobody's (``log_quoted.py``, ``log_pairs.py``, ``rules/keys.toml``)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.net/api/1/store/"


def _line(line: str) -> dict[str, str]:
    found = found_in({"breadcrumbs": [{"category": "app", "message": line}]}, CRASH)
    return found.get("breadcrumbs[0].message", {})


def test_a_partners_name() -> None:
    line = _line("Partner share sent partner_name='Diego Ruiz' partner_email=diego@example.com")
    assert line.get("contact.name") == "text.logged-name" and "contact.email" in line
    found = found_in({"pareja": {"nombre": "Diego Ruiz", "email": "diego@example.com"}})
    assert "contact.name" in found["pareja.nombre"]


def test_a_geofences_arrival_is_the_users_position() -> None:
    assert "location.precise" in _line("Geofence arrival home lat=37.566535 lon=126.977969")
    # ...a fence added or checked is the fence's
    assert _line("Geofence added lat=37.566535 lon=126.977969 radius=150") == {}


def test_cycle_keys_in_spanish_and_all_users_statistics() -> None:
    found = found_in({"prueba_ovulacion": "positiva", "embarazada": False,
                      "relaciones_sexuales": True})
    assert "health.medical" in found["prueba_ovulacion"]
    assert "personal.sensitive" in found["embarazada"]
    assert "personal.sensitive" in found["relaciones_sexuales"]
    found = found_in({"community": {"avg_cycle_length": 28.4},
                      "population_avg_cycle_length": 28.1, "cycle_length": 29})
    assert list(found) == ["cycle_length"]
