"""The findings the classify pass keeps for the enrich and check passes equal what those
passes would read back from the study, and are not used once the table changed."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from types import SimpleNamespace

from analysis.analyze import run_passes
from analysis.passes import AnalysisContext, written
from analysis.records import Capture, Detector, Exchange, Finding, Part
from analysis.store import Store


def _store(path: Path | None, exchanges: list[Exchange]) -> Store:
    store = Store.open(path) if path else Store.memory()
    cap = store.add_capture(Capture(kind="har", source="synthetic"))
    store.add_exchanges(cap, exchanges)
    return store


def _many(demo: SimpleNamespace) -> list[Exchange]:
    return [dataclasses.replace(ex, ts=float(i)) for i in range(4) for ex in demo.exchanges]


def test_kept_rows_equal_the_stored_ones(demo: SimpleNamespace) -> None:
    store = _store(None, _many(demo))
    run_passes(store, AnalysisContext(profile=demo.profile), [], ("decode", "classify"))
    stored = store.finding_hit_rows()
    assert len(stored) > 20
    kept = written.hit_rows(store)
    assert kept is written._kept[id(store)][1]  # from memory, not read again
    assert kept == stored
    assert [tuple(map(type, r)) for r in kept] == [tuple(map(type, r)) for r in stored]
    assert written.category_sets(store) == store.finding_category_sets()
    run_passes(store, AnalysisContext(profile=demo.profile), [], ("enrich",))
    assert written.hit_rows(store) is kept  # the enrich pass leaves findings alone
    run_passes(store, AnalysisContext(profile=demo.profile), [], ("check",))
    assert written._kept == {}  # used once


def test_a_changed_table_is_read_again(demo: SimpleNamespace, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = _store(db, _many(demo))
    run_passes(store, AnalysisContext(profile=demo.profile), [], ("decode", "classify"))
    kept = written.hit_rows(store)
    # another connection (another process) changes one finding
    other = sqlite3.connect(db)
    with other:
        other.execute("update findings set category = 'id.other' where id = 1")
    other.close()
    fresh = written.hit_rows(store)
    assert fresh is not kept and fresh[0][1] == "id.other"
    assert written.category_sets(store) == store.finding_category_sets()
    # this connection deletes one: count and largest id tell
    run_passes(store, AnalysisContext(profile=demo.profile), [], ("classify",))
    kept = written.hit_rows(store)
    assert kept is written._kept[id(store)][1]
    with store.db.conn:
        store.db.execute("delete from findings where id = 2")
    assert len(written.hit_rows(store)) == len(kept) - 1
    store.close()
    written.forget()


def test_int_confidence_reads_back_as_float() -> None:
    store = _store(None, [Exchange(ts=0)])
    kept: list[tuple[object, ...]] = []
    store.write_findings([Finding(1, Part.BODY, "a", "id.device", Detector.KEY, 1, "e", "v"),
                          Finding(1, Part.BODY, "b", "id.device", Detector.KEY, 0.5, "e", "v")],
                         kept)
    stored = store.finding_hit_rows()
    assert kept == stored
    assert [type(r[6]) for r in kept] == [float, float]
    assert [type(r[3]) for r in kept] == [str, str]  # Part and Detector as plain str


def test_a_destination_lists_only_categories_that_can_decide_a_verdict() -> None:
    """QA6: a 0.5 finding (an IMEI by its shape alone, a failed check) showed in the
    destination's categories though no verdict or flow counts it."""
    store = _store(None, [Exchange(ts=1.0, method="POST", url="https://t.example/x",
                                   host="t.example", request_body=b"{}")])
    (eid,) = [row[0] for row in store.request_rows()]
    store.write_findings([
        Finding(eid, Part.BODY, "order", "id.hardware", Detector.VALUE, 0.55, "luhn", "x"),
        Finding(eid, Part.BODY, "gaid", "id.advertising", Detector.KEY, 0.9, "key", "y")])
    assert store.finding_category_sets(0.6) == {eid: {"id.advertising"}}
    assert store.finding_category_sets() == {eid: {"id.hardware", "id.advertising"}}
    run_passes(store, AnalysisContext(), [], ("enrich",))
    (dest,) = store.destination_rows()
    assert dest["categories"] == ["id.advertising"]
