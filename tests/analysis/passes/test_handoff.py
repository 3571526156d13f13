"""The speed paths of ``phonehome analyze`` give exactly what the plain paths give: findings
handed from the decode pass to the classify pass (only for the same stored row and profile),
the findings index rebuilt after a bulk write, the classifiers' per-leaf and per-text memories,
and the reduced hits the check pass judges."""

from __future__ import annotations

import dataclasses
import json
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.analyze import run_passes
from analysis.claims import ClaimsFile
from analysis.classifiers import ProfileMatcher, classify_decoded
from analysis.classifiers.base import preview
from analysis.classifiers.structure_base import list_preview
from analysis.decoders import decode_exchange
from analysis.judge import Request, Session, Study, judge_all, rows_to_hits
from analysis.passes import AnalysisContext, classify, decode, handoff
from analysis.passes.check import disclosure_flows, judged_hits
from analysis.records import Capture, Claim, Exchange
from analysis.store import Store

FINDING_COLUMNS = ("exchange_id, part, path, category, detector, transform, confidence, "
                   "evidence, value, rule")


def _store(exchanges: list[Exchange]) -> Store:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="synthetic"))
    store.add_exchanges(cap, exchanges)
    return store


def _findings(store: Store) -> list[tuple[Any, ...]]:
    return store.db.execute(f"select {FINDING_COLUMNS} from findings order by id").fetchall()


def _many(demo: SimpleNamespace, n: int = 12) -> list[Exchange]:
    """The demo exchanges several times over: repeated leaves and texts exercise the memories."""
    return [dataclasses.replace(ex, ts=float(i)) for i in range(n // 3) for ex in demo.exchanges]


def test_handed_over_findings_equal_a_fresh_classification(demo: SimpleNamespace) -> None:
    ctx = AnalysisContext(profile=demo.profile)
    handed = _store(_many(demo))
    counts = run_passes(handed, ctx, [], ("decode", "classify"))
    fresh = _store(_many(demo))
    decode.run(fresh, ctx)  # no classify_ahead: nothing handed over, classify decodes again
    classify.run(fresh, ctx)
    assert counts["classify"]["findings"] > 20
    assert _findings(handed) == _findings(fresh)


def test_a_row_changed_after_decoding_is_classified_again(demo: SimpleNamespace) -> None:
    store = _store(demo.exchanges[:1])
    ctx = AnalysisContext(profile=demo.profile, classify_ahead=True)
    decode.run(store, ctx)
    body = json.dumps({"email": "someone.else@example.com"}).encode()
    with store.db.conn:
        store.db.execute("update exchanges set request_body = ?, request_headers = ?",
                         [body, json.dumps([["Content-Type", "application/json"]])])
    classify.run(store, ctx)
    assert {(r[2], r[3]) for r in _findings(store)} == {("email", "contact.email")}


def test_findings_made_with_another_profile_are_not_reused(demo: SimpleNamespace) -> None:
    store = _store(demo.exchanges[:1])
    decode.run(store, AnalysisContext(profile=demo.profile, classify_ahead=True))
    classify.run(store, AnalysisContext(profile=None))
    assert "ground_truth" not in {r[4] for r in _findings(store)}
    assert handoff.take(id(store), 1, 0, None) is None  # and nothing is left behind


def test_findings_index_is_rebuilt_as_it_was(demo: SimpleNamespace) -> None:
    store = _store(demo.exchanges)
    query = "select name, sql from sqlite_master where type = 'index' order by name"
    before = store.db.execute(query).fetchall()
    classify.run(store, AnalysisContext(profile=demo.profile))
    assert store.db.execute(query).fetchall() == before
    assert any(name == "idx_findings_category" for name, _ in before)


def test_memories_give_what_a_fresh_matcher_gives(demo: SimpleNamespace) -> None:
    warm = ProfileMatcher(demo.profile)
    for i, ex in enumerate(_many(demo)):  # the second time round, every leaf is remembered
        decoded = decode_exchange(ex)
        assert classify_decoded(i, decoded, warm) == \
            classify_decoded(i, decoded, ProfileMatcher(demo.profile))


# -- check: the reduced hits ---------------------------------------------------------------------

CATEGORIES = ("id.device", "id.advertising", "location.precise", "contact.email")


@st.composite
def hit_rows(draw: st.DrawFn) -> list[tuple[Any, ...]]:
    rows = draw(st.lists(st.tuples(
        st.integers(1, 6), st.sampled_from(CATEGORIES), st.sampled_from(("a", "b.c", "d[0]")),
        st.sampled_from(("body", "query")), st.sampled_from(("key", "value", "ground_truth")),
        st.sampled_from((None, "md5")), st.sampled_from((0.3, 0.5, 0.6, 0.8, 0.99))),
        max_size=40))
    return [(rid, cat, f"{path}{i}", part, det, tr, conf)
            for i, (rid, cat, path, part, det, tr, conf) in enumerate(rows)]


def _study(hits: Any) -> Study:
    claims = ClaimsFile(app=None, first_party=("clipshare.example",), user_country="US", claims=(
        Claim(id="ids-only-us", text="", data=("id",), expect="only", countries=("US",)),
        Claim(id="no-location", text="", data=("location.precise",), expect="absent",
              recipients="third_party"),
        Claim(id="all", text="", data=("*",), expect="allowed"),
        Claim(id="no-ads-without-consent", text="", data=("id.advertising",), expect="absent",
              when=(("consent", "no"),)),
    ))
    sessions = {1: Session(1, "no", None, None)}
    requests = {i: Request(id=i, capture_id=1,
                           host="api.clipshare.example" if i % 2 else "t.ads.example",
                           country=("US", "DE", None)[i % 3], organization=f"Org {i % 2}",
                           geo_plausible=False if i == 4 else None, delivered=i != 5)
                for i in range(1, 7)}
    return Study(sessions, requests, hits, claims)


@settings(max_examples=150, deadline=None)
@given(hit_rows())
def test_judged_hits_give_the_same_verdicts_and_flows(rows: list[tuple[Any, ...]]) -> None:
    dicts = [dict(zip(("request_id", "category", "path", "part", "detector", "transform",
                       "confidence"), r, strict=True)) for r in rows]
    full, reduced = _study(rows_to_hits(dicts)), _study(judged_hits(rows))
    verdicts = judge_all(full)
    assert judge_all(reduced) == verdicts
    assert disclosure_flows(reduced, verdicts) == disclosure_flows(full, verdicts)


# -- classify: a long list's preview ----------------------------------------------------------

@given(st.lists(st.one_of(st.floats(allow_nan=False), st.integers(), st.text(max_size=30),
                          st.lists(st.integers(), max_size=5)), max_size=300))
def test_list_preview_is_the_preview_of_the_whole_list(value: list[Any]) -> None:
    assert list_preview(value) == preview(str(value))
