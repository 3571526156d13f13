"""QA84 (a neo-bank's mitmdump capture, a running watch's pcap and HAR): a fingerprinting SDK's
motion series under short names, a watch's heart-rhythm flags, a geohash under "geo", a
passport's machine-readable zone as a list of its lines, a bank transfer's amount and payee."""

from __future__ import annotations

import random

import pytest

from analysis.classifiers.mrz import check_digit, data_line, mrz
from tests.analysis.classifiers.found import found_in

_rng = random.Random(84)
ACC = [[i * 20, round(_rng.gauss(0, .3), 3), round(9.6 + _rng.gauss(0, .2), 3),
        round(_rng.gauss(1.1, .3), 3)] for i in range(30)]
GYR = [[i * 20, round(_rng.gauss(0, .05), 4), round(_rng.gauss(0, .05), 4),
        round(_rng.gauss(0, .05), 4)] for i in range(30)]


def test_qa84_motion_series_under_a_fingerprinting_sdks_short_names() -> None:
    found = found_in({"sens": {"acc": ACC, "gyr": GYR}, "loc": {"acc": 12}},
                     "https://fp.shield.example.net/v3/collect")
    assert found["sens.acc"] == {"behavior.motion": "structure.motion-series"}
    assert found["sens.gyr"] == {"behavior.motion": "structure.motion-series"}
    assert "loc.acc" not in found


@pytest.mark.parametrize("body", [
    {"chart": {"series": ACC}},
    # accuracies or account balances over time: no axes measured at a sensor's pace
    {"acc": [[i * 20, 12.0, 3, 1] for i in range(30)]},
    {"acc": [[1_700_000_000 + i * 3600, 12, 3, 1] for i in range(30)]},
])
def test_qa84_look_alike_series_stay_unread(body: object) -> None:
    found = found_in(body, "https://api.example.com/v1/stats")
    assert not any("behavior.motion" in cats for cats in found.values()), found


def test_qa84_heart_rhythm_findings_are_medical_and_their_alert_switch_is_not() -> None:
    found = found_in({"type": "high_hr", "bpm": 188, "at_rest": True, "afib_suspected": True,
                      "ecg_result": "atrial_fibrillation", "arrhythmia_detected": False},
                     "https://sync.watch.example.com/v1/alerts")
    for key in ("afib_suspected", "ecg_result", "arrhythmia_detected"):
        assert found[key] == {"health.medical": "words.medical"}
    settings = found_in({"afib_alerts_enabled": False, "high_hr_alert_enabled": True},
                        "https://api.watch.example.com/v1/settings")
    assert settings == {}


@pytest.mark.parametrize(("value", "category"), [
    ("u3but", "location.coarse"), ("u3butw9", "location.precise")])
def test_qa84_a_geohash_under_geo(value: str, category: str) -> None:
    assert found_in({"geo": value}, "https://wx.example.net/v1/forecast") == {
        "geo": {category: "key.geo-geohash"}}


@pytest.mark.parametrize("value", ["us", "EMEA", "denmark", "under", "eu-west"])
def test_qa84_other_values_under_geo_are_no_geohash(value: str) -> None:
    assert found_in({"geo": value}, "https://api.example.net/v1/config") == {}


# ICAO Doc 9303 Part 4's specimen passport (Utopia, Anna Maria Eriksson)
SPECIMEN = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def test_qa84_icao_check_digits_and_lines() -> None:
    assert (check_digit("L898902C3"), check_digit("740812"), check_digit("120415")) == (
        "6", "2", "9")
    assert data_line(SPECIMEN[1])
    assert not data_line(SPECIMEN[1].replace("7408122", "7408121"))  # a wrong check digit
    assert mrz("\n".join(SPECIMEN)) and mrz("".join(SPECIMEN))
    assert not mrz("<<<<<<<<<<") and not mrz("HELLO WORLD")


def test_qa84_a_zone_as_a_list_of_lines_and_a_data_line_in_ocr_text() -> None:
    listed = found_in({"doc": {"kind": "PASSPORT", "mrz": SPECIMEN}},
                      "https://kyc.example.net/v2/documents")
    assert listed["doc.mrz[0]"] == listed["doc.mrz[1]"] == {
        "personal.national_id": "key.mrz"}
    ocr = found_in({"ocr_text": "PASSPORT\nUTOPIA\n" + "\n".join(SPECIMEN)},
                   "https://kyc.example.net/v2/ocr")
    assert ocr["ocr_text"]["personal.national_id"] == "value.mrz"
    # fillers and capitals without valid check digits are no zone outside an "mrz" key
    assert found_in({"ocr_text": "CB482917<7PRT9108238F3104117<<<<<<<<<<<<<<06"},
                    "https://kyc.example.net/v2/ocr") == {}


def test_qa84_a_bank_transfers_amount_and_payee() -> None:
    found = found_in({"amount": {"value": "850.00", "currency": "EUR"},
                      "creditor": {"iban": "DE89370400440532013000", "name": "Tomas Weber"}},
                     "https://api.bank.example.com/v1/payments/sepa")
    assert found["amount.value"] == {"financial.purchase": "context.paid-amount"}
    assert found["creditor.name"] == {"contact.name": "context.person-name"}
    # a file transfer's quote names no money sent
    assert found_in({"amount": {"value": "12.00", "currency": "EUR"}, "file": "a.txt"},
                    "https://api.files.example.com/v1/transfer/quote") == {}


# The review of QA84's readings: what they must leave alone.
def _rows(step: int, start: int = 0, n: int = 20) -> list[list[float]]:
    return [[start + i * step, 21.4 + i / 10, 45.3 - i / 7, 1013.2 + i / 3] for i in range(n)]


@pytest.mark.parametrize("body", [
    {"perf": {"trace": _rows(16)}}, {"frames": {"trace": _rows(16)}},
    {"device": {"sensor": _rows(60)}}, {"acc": {"history": _rows(1)}},
    {"training": {"acc": _rows(1)}}, {"imu": {"calib": _rows(10, -20)}},
    {"sens": _rows(1)}, {"replay": {"rotation": _rows(16)}},
])
def test_qa84_review_tables_that_are_no_sensor_series(body: object) -> None:
    found = found_in(body, "https://api.example.com/v1/sync")
    assert not any("behavior.motion" in cats for cats in found.values()), found


@pytest.mark.parametrize("value", ["2840", "2024", "1023191", "2635167", "nyc3", "sgp1", "h264"])
def test_qa84_review_region_ids_and_names_under_geo(value: str) -> None:
    assert found_in({"geo": value}, "https://ads.example.net/v1/targeting") == {}


@pytest.mark.parametrize("body", [
    {"selftest": {"ecg_result": "pass"}}, {"factory": {"ecg_result": "OK"}},
    {"irregular_rhythm_notifications": "on"}, {"ecg_result_version": "2.1.0"},
    {"arrhythmia_mode": "expert"}, {"song": {"arrhythmia": True}},
])
def test_qa84_review_heart_rhythm_look_alikes(body: object) -> None:
    found = found_in(body, "https://api.example.com/v1/device")
    assert not any("health.medical" in cats for cats in found.values()), found


@pytest.mark.parametrize(("body", "url"), [
    ({"player_id": 1123, "fee": 45000000, "currency": "EUR"}, "/v1/transfers"),
    ({"event": "transfer_completed", "fee": 45000000, "currency": "EUR"}, "/v1/events"),
    ({"amount": 500, "currency": "EUR", "iban": "DE89370400440532013000"},
     "/v2/transfers/estimate"),
    ({"amount": 500, "currency": "EUR", "iban": "DE89370400440532013000"},
     "/v2/transfers/limits"),
    ({"price": 0, "currency": "USD", "file": "a.zip"}, "/v2/transfers"),
])
def test_qa84_review_transfers_that_are_no_ones_transactions(body: object, url: str) -> None:
    found = found_in(body, f"https://api.example.com{url}")
    assert not any("financial.purchase" in cats for cats in found.values()), found


@pytest.mark.parametrize("body", [
    {"log": "<< HTTP 200 POST /v1/upload request_id=A8IX4EA4Q9OM4894ZJOJ7YAEKCTBR4"},
    {"mrz": "<" * 44}, {"mrz": ["<" * 44, "<" * 44]},
])
def test_qa84_review_zone_look_alikes(body: object) -> None:
    found = found_in(body, "https://kyc.example.net/v2/scan")
    assert not any("personal.national_id" in cats for cats in found.values()), found
