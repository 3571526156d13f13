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


def build_unreached(path: Path) -> dict[str, int]:
    """QA15 #4: a voice upload that reached its server, one whose connection failed, a blocked
    beacon (no destination at all), and seven ad requests to one server."""
    with Store.open(path) as store:
        yes = store.add_capture(Capture("har", "a", label="consent", consent=Consent.YES))
        no = store.add_capture(Capture("mitm", "b", label="noconsent", consent=Consent.NO))
        sent, failed, blocked = store.add_exchanges(no, [
            Exchange(ts=1, host="voice.app.example", status=200, server_ip="192.0.2.5"),
            Exchange(ts=2, host="vision.facelab.example",
                     error="Connect call failed: [Errno 111] Connect call failed"),
            Exchange(ts=3, host="px.adquarry.example", error="net::ERR_BLOCKED_BY_CLIENT")])
        ads = store.add_exchanges(yes, [Exchange(ts=10 + i, host="ads.example", status=200,
                                                 server_ip="192.0.2.7") for i in range(7)])
        store.write_findings(
            [Finding(e, Part.BODY, "voice", "biometric.voice", Detector.STRUCTURE, 0.9, "v", "x")
             for e in (sent, failed)]
            + [Finding(blocked, Part.QUERY, "gaid", "id.advertising", Detector.KEY, 0.9, "v",
                       "x")]
            + [Finding(e, Part.QUERY, "gaid", "id.advertising", Detector.KEY, 0.9, "v", "x")
               for e in ads])
        # an attempt that never connected makes no destination (the enrich pass)
        store.set_destinations([
            Destination("voice.app.example", "192.0.2.5", country="SG", organization="App"),
            Destination("ads.example", "192.0.2.7", country="US", organization="AdCo")],
            {sent: 0, **{e: 1 for e in ads}})
    return {"sent": sent, "failed": failed, "blocked": blocked, "ads": ads[0]}


def test_requests_that_never_reached_a_server_are_not_sent(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ids = build_unreached(db)
    with Store.open(db) as store:
        base = select(store, parse_group("label=consent"))
        other = select(store, parse_group("label=noconsent"))
    assert other.flows == {("biometric.voice", "App", "SG"): [ids["sent"]]}
    changes = {c.category: c for c in compare(base, other)}
    assert changes["biometric.voice"].detail == "sent to App (SG)"
    assert changes["biometric.voice"].other_requests == (ids["sent"],)
    assert "adquarry" not in changes["id.advertising"].detail


def test_request_lists_are_never_cut_silently(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    ids = build_unreached(db)
    seven = list(range(ids["ads"], ids["ads"] + 7))
    args = argparse.Namespace(db=db, base="label=consent", other="label=noconsent",
                              other_db=None, json=True)
    diff_command(args)
    gone = next(c for c in json.loads(capsys.readouterr().out)["changes"]
                if c["category"] == "id.advertising")
    assert gone["base_requests"] == seven
    diff_command(argparse.Namespace(**{**vars(args), "json": False}))
    text = capsys.readouterr().out
    line = next(x for x in text.splitlines() if "id.advertising" in x)
    assert all(str(i) in line for i in seven) or "and 2 more" in line


def test_diff_places_servers_as_the_report_flows_do(tmp_path: Path) -> None:
    # QA15 #11 in diff: a server the claim check placed by the RTT is where it placed it
    from analysis.claims import parse_claims
    from analysis.passes import AnalysisContext
    from analysis.passes.check import run
    from analysis.profile import DeviceInfo, DeviceProfile

    db = tmp_path / "s.db"
    build(db)
    with Store.open(db) as store:
        with store.db.conn:  # f.example: GeoIP SG, impossible 3 ms from Berlin
            store.db.execute("update destinations set rtt_ms = 3.0, geo_plausible = 0"
                             " where host = 'f.example'")
            store.db.execute("update destinations set rtt_ms = 4.0, geo_plausible = 1"
                             " where host != 'f.example'")
        claims = parse_claims('[[claim]]\nid = "eu"\ndata = ["biometric"]\nexpect = "only"\n'
                              'countries = ["EU"]\n', Path("c.toml"))
        run(store, AnalysisContext(claims=claims,
                                   profile=DeviceProfile(device=DeviceInfo(lat=52.52,
                                                                           lon=13.405))))
        base = select(store, parse_group("label=consent"))
    assert ("biometric.face", "F", "one of CZ, DE, DK, PL") in base.flows


def test_long_id_lists_say_how_many_more() -> None:
    from analysis.diff import ids_text
    assert ids_text(tuple(range(1, 13))) == (
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10] and 2 more (--json lists all)")
    assert ids_text((4, 5)) == "[4, 5]"


def test_a_group_of_several_apps_says_so(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    build(db)
    with Store.open(db) as store:
        store.add_capture(Capture("har", "c", app="com.example.otherapp", label="noconsent",
                                  consent=Consent.NO))
    diff_command(argparse.Namespace(db=db, base="label=consent", other="label=noconsent",
                                    other_db=None, json=False))
    out = capsys.readouterr().out
    assert "several apps: no app: captures [2]; com.example.otherapp: captures [3]" in out
    assert "several apps" not in out.splitlines()[0]


def test_a_server_no_one_placed_is_said_so_in_words() -> None:
    # QA173: "hadenn.example (??)" read as a glitch
    from analysis.diff import where
    from analysis.flows import FlowKey

    assert where(FlowKey("contact.email", "hadenn.example", None, ())) == "country unknown"
    assert where(FlowKey("contact.email", "x", None, ("CZ", "DE"))) == "one of CZ, DE"
