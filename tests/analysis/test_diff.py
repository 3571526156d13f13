"""phonehome diff: flows that appear, disappear or change destination between groups."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from analysis.diff import DiffError, compare, diff_command, parse_group, select
from analysis.records import Capture, Consent, Destination, Detector, Exchange, Finding, Part
from analysis.store import Store


def build(path: Path) -> None:
    with Store.open(path) as store:
        yes = store.add_capture(Capture("har", "a", label="consent", consent=Consent.YES))
        no = store.add_capture(Capture("har", "b", label="noconsent", consent=Consent.NO))
        e1, e2 = store.add_exchanges(yes, [Exchange(ts=1, host="f.example"),
                                           Exchange(ts=2, host="a.example")])
        e3, = store.add_exchanges(no, [Exchange(ts=3, host="g.example")])
        store.write_findings([
            Finding(e1, Part.BODY, "face", "biometric.face", Detector.STRUCTURE, 0.9, "v", "x"),
            Finding(e2, Part.BODY, "gaid", "id.advertising", Detector.KEY, 0.9, "v", "x"),
            Finding(e3, Part.BODY, "face", "biometric.face", Detector.STRUCTURE, 0.9, "v", "x"),
        ])
        store.set_destinations([Destination("f.example", None, country="SG", organization="F"),
                                Destination("a.example", None, country="US", organization="A"),
                                Destination("g.example", None, country="DE", organization="G")],
                               {e1: 0, e2: 1, e3: 2})


def test_compare_groups(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    build(db)
    with Store.open(db) as store:
        base = select(store, parse_group("consent=yes"))
        other = select(store, parse_group("label=noconsent"))
    changes = {c.category: c for c in compare(base, other)}
    assert changes["id.advertising"].kind == "disappears"
    assert changes["id.advertising"].base_requests == (2,)
    face = changes["biometric.face"]
    assert face.kind == "destination-changed"
    assert "now also to G (DE)" in face.detail and "no longer to F (SG)" in face.detail


def test_command_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    build(db)
    args = argparse.Namespace(db=db, base="label=consent", other="consent=no", other_db=None,
                              json=True)
    assert diff_command(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["countries"] == {"appear": ["DE"], "disappear": ["SG", "US"]}


@pytest.mark.parametrize("spec", ["mood=happy", "label", "consent=maybe", "capture=x", ""])
def test_bad_group_specs(spec: str) -> None:
    with pytest.raises(DiffError):
        parse_group(spec)


def test_group_matching_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    build(db)
    with Store.open(db) as store, pytest.raises(DiffError, match="matches no capture"):
        select(store, parse_group("label=v9"))
