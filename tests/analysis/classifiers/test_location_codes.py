"""Grid codes for places: Open Location Codes (plus codes) and H3 cell indexes, read by their
own structure and graded by the precision it gives (location_codes.py)."""

from __future__ import annotations

import pytest

from analysis.classifiers.location_codes import grade_code, h3_cell, h3_resolution, plus_code
from tests.analysis.classifiers.found import found_in as _found

# H3's own documentation examples: San Francisco at resolution 9, New York at resolution 10.
SF_R9, NYC_R10 = "8928308280fffff", "8a2a1072b59ffff"


@pytest.mark.parametrize(("cell", "res"), [
    (SF_R9, 9), (NYC_R10, 10), ("872a1072bffffff", 7), ("8f2a1072b59a5a1", 15),
    ("08928308280fffff", 9), (str(int(SF_R9, 16)), 9), ("8928308280FFFFF", 9)])
def test_h3_cells_give_their_resolution(cell: str, res: int) -> None:
    assert h3_resolution(cell) == res


@pytest.mark.parametrize("value", [
    "1928308280fffff",   # mode 0 and a reserved bit set: not a cell
    "9928308280fffff",   # a reserved bit set
    "8928308280ffff7",   # a digit after the resolution that is not 7
    "8927ffffffffffff"[:15],  # a 7 (no digit) inside the resolution
    "89f5ffffffffffff"[:15],  # base cell 122+ (there are 122)
    "3f2a9c81b7d4e6f0",  # an Android ID: 16 hex characters
    "8928308280fffffff", "hello world", ""])
def test_what_is_no_h3_cell(value: str) -> None:
    assert not h3_cell(value)


@pytest.mark.parametrize("code", ["8FVC9G8F+6X", "8fvc9g8f+6xq", "8FVC0000+", "8FVC9G8F+",
                                  "9G8F+6X Zurich", "CFX2+22, Example Town", "87G8Q2PQ+V2"])
def test_plus_codes(code: str) -> None:
    assert plus_code(code)


@pytest.mark.parametrize("value", ["X2222222+22", "8FV00000+", "8FVC9G8F+6", "8FVC00G8+",
                                   "8FVC0000+6X", "AAAA+BB", "ab12+cd/ef", "12345678+90",
                                   "8FVC9G8F6X"])
def test_what_is_no_plus_code(value: str) -> None:
    assert not plus_code(value)


@pytest.mark.parametrize(("kind", "value", "category"), [
    ("plus_code", "8FVC9G8F+6X", "location.precise"),
    ("plus_code", "9G8F+6X Zurich", "location.precise"),
    ("plus_code", "8FVC9G8F+", "location.coarse"),   # 8 digits: a cell of ~275 m
    ("plus_code", "8FVC0000+", "location.coarse"),
    ("h3", NYC_R10, "location.precise"), ("h3", SF_R9, "location.coarse"),
    ("geohash", "u4pruyd", "location.precise"), ("geohash", "u4pru", "location.coarse")])
def test_grades(kind: str, value: str, category: str) -> None:
    assert grade_code(kind, value)[0] == category


def test_plus_codes_and_h3_cells_in_a_payload() -> None:
    found = _found({"plus_code": "87G8Q2PQ+V2", "location": "8FVC9G8F+",
                    "h3_r10": NYC_R10, "cell": SF_R9, "checkin": {"h3Index": NYC_R10}})
    assert found["plus_code"] == {"location.precise": "key.plus-code"}
    assert found["location"] == {"location.coarse": "key.plus-code"}
    assert found["h3_r10"] == {"location.precise": "key.h3"}
    assert found["cell"] == {"location.coarse": "key.h3"}
    assert found["checkin.h3Index"] == {"location.precise": "key.h3"}


def test_a_shops_plus_code_and_look_alikes_are_not_the_users() -> None:
    found = _found({"store": {"plus_code": "87G8Q2PQ+V2"}, "promo": "SAVE+10",
                    "h3": "not-a-cell", "cell": 23117, "trace": NYC_R10})
    assert not [p for p, cats in found.items() if any(c.startswith("location.p") for c in cats)]
    assert "store.plus_code" not in found and "trace" not in found and "h3" not in found
