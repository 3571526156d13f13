"""A lone UTF-16 surrogate (JavaScript's JSON.stringify writes "\\ud83d" for an emoji cut in
half) is stored escaped, never a crash (QA6): in an exchange's URL or headers, in a field and in
a finding."""

from __future__ import annotations

from analysis.records import Capture, Detector, Exchange, Finding, Part
from analysis.store import Store
from analysis.store.fields import field_row

LONE = "Great \ud83d"


def test_lone_surrogates_are_stored_escaped() -> None:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a.har"))
    (eid,) = store.add_exchanges(cid, [Exchange(
        ts=1.0, url="https://a.example/s?q=\ud83d", host="a.example",
        request_headers=(("X-Note", "a\ud83d"),), request_body=b"{}")])
    assert store.write_fields([field_row(eid, "body", "comment", LONE, ("json",)),
                               field_row(eid, "body", "ok", "fine", ("json",))]) == 2
    store.write_findings([Finding(eid, Part.BODY, "comment", "content.text", Detector.KEY, 0.7,
                                  "key", LONE)])
    conn = store.db.conn
    assert conn.execute("select url from exchanges").fetchone()[0].endswith("q=\\ud83d")
    assert [v for (v,) in conn.execute("select value from fields order by id")] == [
        "Great \\ud83d", "fine"]
    assert conn.execute("select value from findings").fetchone()[0] == "Great \\ud83d"
