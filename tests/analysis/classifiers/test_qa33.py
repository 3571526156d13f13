"""QA33 (end to end: a period and pregnancy tracker): a cycle tracker's records, a pregnancy
record, a limit-ad-tracking flag, short name keys. (A clinic's address parts were first set
aside too, but by any ancestor's name: a "pharmacy_order"'s delivery address is the user's,
QA35; left as it was.)"""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in, found_in_form


def test_a_cycle_trackers_records_are_health_data_and_a_pregnancy_special() -> None:
    found = found_in({
        "symptoms_log": [{"date": "2025-11-02", "items": ["cramps", "spotting"]}],
        "lh_tests": [{"day": 12, "result": "positive"}],
        "pregnancy": {"due_date": "2026-06-14", "weeks": 18},
        "sexual_activity": {"logged": True, "protected": False}},
        "https://us.bloomcycle.example/v2/backup")
    assert "health.medical" in found["symptoms_log[0].items"]
    assert "health.medical" in found["lh_tests[0].result"]
    assert "personal.sensitive" in found["pregnancy.due_date"]
    assert "personal.sensitive" in found["sexual_activity.protected"]


def _form(body: str) -> dict[str, dict[str, str]]:
    return found_in_form(body, "https://attr.installhop.example/api/v1/install")


def test_a_limit_ad_tracking_flag_is_no_latitude() -> None:
    assert "lat" not in _form("gaid=38400000-8cf0-11bd-b23e-10b96e40000d&lat=1")
    assert "lat" not in found_in({"device": {"ifa": "x", "lat": 0}})
    # a coordinate with its partner stays one, and so does a real latitude alone
    assert "lat" in found_in({"lat": 1, "lon": 1})
    assert "location.precise" in found_in({"lat": 52.5163})["lat"]


def test_short_name_keys() -> None:
    found = _form("fname=Lena&lname=Hartmann")
    assert found["fname"] == {"contact.name": "key.short-name"}
    assert found["lname"] == {"contact.name": "key.short-name"}
