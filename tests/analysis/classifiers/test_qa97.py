"""QA97 (a school-parent app in Lyon through real mitmdump; a scooter and bike share in Lisbon
as pcaps and a HAR): a vehicle's telematics IMEI (still a hardware ID), a school's card in a log
line, an allergy in a log line and as records, other riders' reviews, a damage report's
description, a docking station's coordinates."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, strong_in

CRASH = "https://crash.example.de/api/1/store"
API = "https://api.example.com"


def _line(message: str) -> dict[str, set[str]]:
    return strong_in({"breadcrumbs": [{"message": message}]}, CRASH)


def test_qa97_a_vehicles_telematics_ids_stay_hardware_ids() -> None:
    """A vehicle's IMEI or VIN is a device's ID (TAXONOMY's id.hardware: QA86's claim about a
    car's identifiers shared with partners rests on it), though not the phone's."""
    body = {"vehicle": {"imei": "356938035643809"}, "vin": "WVWZZZ1JZ3W386752"}
    assert strong_in(body, API + "/v1/trips") == {"vehicle.imei": {"id.hardware"},
                                                 "vin": {"id.hardware"}}


def test_qa97_a_schools_card_and_an_allergy_in_log_lines() -> None:
    assert _line("School load tel=+33478000000 addr='12 rue de Marseille, 69007 Lyon'") == {}
    assert _line("Profile saved tel=+33478000000") == {
        "breadcrumbs[0].message": {"contact.phone"}}
    assert _line("Store checkout email=jane@example.com") == {
        "breadcrumbs[0].message": {"contact.email"}}
    assert _line("Health save allergy=arachide severity=severe") == {
        "breadcrumbs[0].message": {"health.medical"}}


def test_qa97_allergy_records_but_not_a_menus_allergens() -> None:
    found = found_in({"child": {"allergies": [{"allergen": "arachide", "severity": "severe"}]}},
                     API + "/v1/children")
    assert found["child.allergies[0].allergen"] == {"health.medical": "context.allergy-records"}
    assert found_in({"menu": {"allergies": [{"allergen": "peanut"}]}}, API + "/v1/menu") == {}


def test_qa97_other_riders_reviews_and_a_damage_report() -> None:
    event = {"events": [{"name": "station_viewed", "params": {"reviews": [
        {"author": "Rui M.", "stars": 2, "text": "Metade das bicicletas sem bateria."}]}}]}
    assert "events[0].params.reviews[0].text" not in found_in(event, API + "/v1/batch")
    found = found_in({"vehicle_id": "v1", "description": "O travão da frente chia muito."},
                     API + "/v1/damage-reports")
    assert found["description"] == {"content.text": "context.written"}


def test_qa97_a_docks_coordinates() -> None:
    dock = {"events": [{"name": "dock_viewed", "props": {
        "station_id": "st_1", "station_name": "Cais do Sodré", "lat": 38.706123,
        "lon": -9.145678}}]}
    assert strong_in(dock, "https://events.example.net/v1/ingest") == {
        "events[0].name": {"behavior.usage"}}
    # a visit's place is where the user was (blind9)
    visit = {"visits": [{"store_id": "s1", "store_name": "Corner", "lat": 38.706123,
                         "lng": -9.145678}]}
    assert "visits[0].lat" in strong_in(visit, "https://api.example.com/v1/visits")
