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
