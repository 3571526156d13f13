"""What the QA105 (a ride-hailing driver's app, home-care nursing) and QA106 (a cycle tracker
with Spanish keys, a smart home) testers found: a partner's name in a log line, a geofence's
arrival is the user's position, cycle keys in Spanish, all users' cycle statistics are
nobody's (``log_quoted.py``, ``log_pairs.py``, ``rules/keys.toml``); and QA107's (a men's
health pharmacy, a job search): a log line's pairs beside a profile match, a condition list
and an e-mail by its shape in a log line, a treatment's area, a job ad's city."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import load_profile
from analysis.records import Exchange
from tests.analysis.classifiers.found import found_in

CRASH = "https://crash.example.net/api/1/store/"


def _line(line: str) -> dict[str, str]:
    found = found_in({"breadcrumbs": [{"category": "app", "message": line}]}, CRASH)
    return found.get("breadcrumbs[0].message", {})


def test_a_partners_name() -> None:
    line = _line("Partner share sent partner_name='Diego Ruiz' partner_email=diego@example.com")
    assert line.get("contact.name") == "text.logged-name" and "contact.email" in line
    # ...not a business partner's, a line about no sharing (the session's third review)
    assert _line("Integration ready partner_name='Salesforce Marketing Cloud'") == {}


def test_a_geofences_arrival_is_the_users_position() -> None:
    assert "location.precise" in _line("Geofence arrival home lat=37.566535 lon=126.977969")
    # ...a fence added, checked or registered with its transitions is the fence's, a friend's
    # arrival hers (the session's third review)
    for line in ("Geofence added lat=37.566535 lon=126.977969 radius=150",
                 "Geofence registered id=g1 transition=enter lat=37.566535 lon=126.977969",
                 "Geofence arrival friend shared_by=u_17 lat=37.566535 lon=126.977969"):
        assert _line(line) == {}, line


def test_cycle_keys_in_spanish_and_all_users_statistics() -> None:
    found = found_in({"prueba_ovulacion": "positiva", "embarazada": False,
                      "relaciones_sexuales": True, "lavadora": {"ciclo_length": 40},
                      "regla_length": 30})
    assert "lavadora.ciclo_length" not in found and "regla_length" not in found
    assert "health.medical" in found["prueba_ovulacion"]
    assert "personal.sensitive" in found["embarazada"]
    assert "personal.sensitive" in found["relaciones_sexuales"]
    found = found_in({"community": {"avg_cycle_length": 28.4},
                      "population_avg_cycle_length": 28.1, "cycle_length": 29})
    assert list(found) == ["cycle_length"]


def test_qa107_a_log_lines_other_pairs_beside_a_profile_match(tmp_path: Path) -> None:
    toml = tmp_path / "device.toml"
    toml.write_text('[contact]\nname = "Lena Sophie Hartmann"\n')
    body = json.dumps({"breadcrumbs": [{"message": "Profile saved name='Lena Sophie Hartmann' "
                                                   "dob=1993-04-17"}]}).encode()
    ex = Exchange(ts=0, method="POST", url=CRASH,
                  request_headers=(("content-type", "application/json"),), request_body=body)
    found = {f.category for f in classify_decoded(1, decode_exchange(ex),
                                                  matcher_for(load_profile(toml)))}
    assert {"contact.name", "personal.birthdate"} <= found


def test_qa107_log_lines_and_a_treatments_area() -> None:
    line = _line("Questionnaire saved bp=138/88 nitrates=false conditions=hypertension,asthma")
    assert "health.medical" in line
    assert "contact.email" in _line("Upload owner=lena.hartmann@example.org disability=yes")
    assert _line("Build done author=jenkins@ci.example.io status=ok") == {}
    assert _line("Support line owner='Acme Ltd' mail=help@acme.example.com") == {}
    found = found_in({"events": [{"name": "treatment_selected",
                                  "params": {"treatment_area": "erectile_dysfunction"}}]})
    assert "health.medical" in found["events[0].params.treatment_area"]
    assert found_in({"treatment_area": "kitchen"}) == {}
    # a job ad's city is no location of hers
    assert found_in({"job_city": "Berlin", "job": {"city": "Hamburg"},
                     "employer_city": "Munich"}) == {}
