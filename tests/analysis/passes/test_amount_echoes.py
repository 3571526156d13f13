"""A purchase's amount sent again under the app's own word (classifiers/amount_echoes.py): the
amount an SDK's purchase event names by its key, found in the app's own call under a word no
rule knows, by the classify pass over a real in-memory study."""

from __future__ import annotations

from analysis.classifiers.amount_echoes import amount_echoes, learned_amounts
from analysis.records import Detector, Finding, Part
from tests.analysis.passes.test_echoes import _post, _study

REVENUE = _post("https://mmp.example.net/v1/event",
                {"event": "af_purchase", "revenue": "1450", "currency": "KES"})


def test_the_amount_an_sdk_named_is_found_under_the_apps_own_word() -> None:
    found = _study(REVENUE, _post("https://api.duka.example.com/v1/malipo",
                                  {"rashi": "1450", "kiasi": 3, "nambari": "1450"}),
                   _post("https://ads.example.org/openrtb2/auction", {"tmax": 1450}))
    evidence = found[(2, "rashi")]["financial.purchase"]
    assert "request 1" in evidence and "'revenue'" in evidence
    assert (2, "kiasi") not in found
    assert "financial.purchase" not in found.get((3, "tmax"), {})  # (an auction's time limit)


def _paid(value: str, confidence: float = 0.8) -> Finding:
    return Finding(1, Part.BODY, "revenue", "financial.purchase", Detector.KEY, confidence,
                   "e", value, None, "r")


def test_what_is_learned_and_where_it_is_found() -> None:
    known = learned_amounts([_paid("1450"), _paid("45"),  # (a small number: a count as often)
                             _paid("990", 0.55), _paid("12.5")])
    assert set(known) == {1450.0}
    rows = [(2, "body", "rashi", "1450"), (2, "body", "rashi_x", "1450.00"),
            (2, "body", "height_cm", "1450"),  # (a size, its words known)
            (2, "body", "imp[0].banner.w", "1450"),  # (an ad slot's)
            (2, "header", "x-rashi", "1450"), (2, "body", "rashi", "14500")]
    again = amount_echoes(known, rows, [])
    assert {(f.path, f.value) for f in again} == {("rashi", "1450"), ("rashi_x", "1450.00")}
    assert all(f.confidence == 0.55 and f.rule == "echo.amount" for f in again)
