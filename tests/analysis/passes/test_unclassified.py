"""A request a classifier failed on is not inspected: no claim holds on it (QA6: with every
classification failing, all "absent" claims said "holds")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.analyze import analyze
from analysis.passes import handoff
from analysis.records import Capture, Exchange
from analysis.store import Store


def _study(tmp_path: Path) -> tuple[Path, Store, int]:
    """A claims file saying no faceprints are collected, and an empty study of its app."""
    claims = tmp_path / "claims.toml"
    claims.write_text('app = "com.example.app"\nfirst_party = ["app.example"]\n\n[[claim]]\n'
                      'id = "no-face"\ntext = "We never collect faceprints."\n'
                      'data = ["biometric.face"]\nexpect = "absent"\n')
    store = Store.memory()
    return claims, store, store.add_capture(Capture(kind="har", source="a.har",
                                                    app="com.example.app"))


def test_a_failed_classification_is_not_a_clean_request(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    claims, store, cid = _study(tmp_path)
    store.add_exchanges(cid, [Exchange(
        ts=1.0, method="POST", url="https://api.app.example/v1/x", host="api.app.example",
        request_headers=(("content-type", "application/json"),),
        request_body=json.dumps({"a": 1}).encode())])

    def boom(*args: object) -> str:
        return "RuntimeError: classifier bug"

    monkeypatch.setattr(handoff, "take", lambda *a: None)
    monkeypatch.setattr(handoff, "classify_one", boom)
    analyze(store, claims=claims)
    (verdict,) = store.claim_rows()
    assert verdict["verdict"] == "untested", verdict
    kinds = {r["kind"]: r["count"] for r in store.error_rows()}
    assert kinds["unclassified"] == 1 and kinds["classifier-failure"] == 1


def test_a_classifier_failing_on_one_field_keeps_the_others_but_not_the_claim(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QA30: a classifier raising on some fields cost those fields only, and the request still
    counted as fully inspected. Now its other findings stay, and it is not fully inspected —
    as is each byte-for-byte repeat of it (decoded once: repeats.py)."""
    from analysis.classifiers import keys

    claims, store, cid = _study(tmp_path)
    request = Exchange(
        ts=1.0, method="POST", url="https://api.app.example/v1/x", host="api.app.example",
        request_headers=(("content-type", "application/json"),),
        request_body=json.dumps({"email": "jane.doe@example.org", "odd": "x1"}).encode())
    store.add_exchanges(cid, [request, request])
    real = keys.CLASSIFIER.leaf

    def leaf(exchange_id: int, found: object) -> object:
        if getattr(found, "key", "") == "odd":
            raise RuntimeError("rule bug")
        return real(exchange_id, found)  # type: ignore[arg-type]

    monkeypatch.setattr(keys.CLASSIFIER, "leaf", leaf)
    analyze(store, claims=claims)
    found = {(r["request_id"], r["path"], r["category"]) for r in store.finding_rows()}
    assert {(1, "email", "contact.email"), (2, "email", "contact.email")} <= found
    (verdict,) = store.claim_rows()
    assert verdict["verdict"] == "untested", verdict
    assert set(store.partly_inspected()) == {1, 2}
    assert "RuntimeError: rule bug" in " ".join(r["message"] for r in store.error_rows())
