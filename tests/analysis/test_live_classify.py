"""Live classification in the writer process: failures are isolated, logged and counted, and a
flow is marked only with categories actually found."""

from __future__ import annotations

from typing import Any

import pytest

from analysis.live_classify import LiveClassifier
from analysis.records import Detector, Exchange, ExchangeKind, Finding, Part


def _finding(exchange_id: int) -> Finding:
    return Finding(exchange_id, Part.QUERY, "gaid", "id.advertising", Detector.KEY, 0.9,
                   "key name", "x")


def test_failing_classifier_is_counted_and_the_rest_still_marked(
        caplog: pytest.LogCaptureFixture) -> None:
    marks: list[tuple[Any, list[str]]] = []
    live = LiveClassifier(None, lambda tag, cats: marks.append((tag, cats)))

    def classify(exchange_id: int, exchange: Exchange, profile: Any) -> list[Finding]:
        if exchange.method == "PUT":
            raise RuntimeError("classifier bug")
        return [_finding(exchange_id)]

    live._classify = classify
    live([(1, Exchange(ts=0, method="GET"), "flow-1"), (2, Exchange(ts=0, method="PUT"), "f2"),
          (3, Exchange(ts=0, kind=ExchangeKind.TCP, direction="down"), "f3"),  # not sent
          (4, Exchange(ts=0, method="POST"), "f4")])
    assert marks == [("flow-1", ["id.advertising"]), ("f4", ["id.advertising"])]
    assert (live.classified, live.marked, live.failures) == (2, 2, 1)
    assert "live classification failed for exchange 2" in caplog.text


def test_classifier_module_unavailable_counts_and_marks_nothing() -> None:
    marks: list[Any] = []
    live = LiveClassifier(None, lambda tag, cats: marks.append(tag))
    live._unavailable = "ModuleNotFoundError: analysis.passes.classify"
    live([(1, Exchange(ts=0, method="GET", url="http://a.example/?gaid=1"), "f1")])
    assert marks == [] and live.failures == 1 and live.classified == 0
