"""Readings over a record: a reading's trend, a history entry's title, per-app records."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in


def test_a_readings_trend_is_as_medical_as_the_reading() -> None:
    found = found_in({"readings": [{"glucose_mg_dl": 104, "trend": "up"},
                                   {"glucose_mg_dl": 110, "trend": "flat"}],
                      "weather": [{"temp_c": 11, "trend": "up"}]})
    assert found["readings[0].trend"] == {"health.medical": "context.record"}
    assert found["readings[1].trend"] == {"health.medical": "context.record"}
    assert "weather[0].trend" not in found


def test_a_history_entrys_title_is_the_page_visited() -> None:
    found = found_in({"records": [{"histUri": "https://news.example/a", "title": "Storm news"}],
                      "docs": [{"url": "https://cdn.example/a.js", "title": "Script"}]})
    assert found["records[0].title"] == {"behavior.browsing": "context.record"}
    assert "docs[0].title" not in found


def test_records_naming_different_packages_are_the_phones_apps() -> None:
    usage = [{"package": f"com.example.app{i}", "mb": 10 * i} for i in range(4)]
    found = found_in({"usage": usage, "sdk": [{"package": "com.example.sdk"}] * 4})
    assert {p for p, c in found.items() if "device.apps" in c} == {
        f"usage[{i}].package" for i in range(4)}


def test_a_cell_id_beside_its_area_code_is_the_cell_not_a_device_id() -> None:
    # a form's top level, as a caller-ID app's nearby-alerts request sends it
    found = found_in({"lac": "4412", "cid": "1887203", "op": "Example Mobile"})
    assert found["lac"] == {"location.carrier": "key.cell"}
    assert found["cid"] == {"location.carrier": "context.record"}
    found = found_in({"net": {"mccmnc": "310260", "lac": 4412, "ci": 88213044}})
    assert found["net.ci"] == {"location.carrier": "context.record"}
    # outside a record list, the network's codes alone say no cell: a campaign's "cid" beside
    # an "mcc"; an IMEI's type allocation code is no tracking area (QA16)
    assert "location.carrier" not in found_in({"mcc": "310", "cid": 27452417}).get("cid", {})
    assert "tac" not in found_in({"cells": [{"mcc": "310", "mnc": "260", "tac": "35209900"}]})


def test_a_cid_that_is_no_cell_id_stays_what_it_was() -> None:
    # beside no network code, or not a number a cell could have
    assert found_in({"cid": "1887203", "op": "Example Mobile"}).get("cid", {}).get(
        "location.carrier") is None
    found = found_in({"mcc": "310", "cid": "8f14e45fceea167a5a36dedd4bea2543"})
    assert "location.carrier" not in found.get("cid", {})
    # an area code is a number: a shipment's "lac" flag is none
    assert "lac" not in found_in({"lac": True, "shipping": {"lac": "4412"}})
    assert "shipping.lac" not in found_in({"shipping": {"lac": "4412"}})
