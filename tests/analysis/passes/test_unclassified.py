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


def test_a_failed_classification_is_not_a_clean_request(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    claims = tmp_path / "claims.toml"
    claims.write_text('app = "com.example.app"\nfirst_party = ["app.example"]\n\n[[claim]]\n'
                      'id = "no-face"\ntext = "We never collect faceprints."\n'
                      'data = ["biometric.face"]\nexpect = "absent"\n')
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a.har", app="com.example.app"))
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
