from __future__ import annotations

import json

from analysis.records import Capture, Detector, Exchange, ExchangeKind, Finding, Part
from analysis.store import Store
from analysis.store.fields import field_row


def test_bulk_writes_keep_every_row_in_order() -> None:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="x"))
    (ex_id,) = store.add_exchanges(cap, [Exchange(ts=0)])
    rows = [field_row(ex_id, "body", f"a[{i}]", str(i), ("gzip", "json")) for i in range(1001)]
    assert store.write_fields(rows) == 1001
    stored = list(store.db["fields"].rows_where(order_by="id"))
    assert [r["path"] for r in stored] == [f"a[{i}]" for i in range(1001)]
    assert json.loads(stored[0]["layers"]) == ["gzip", "json"]
    found = [Finding(ex_id, Part.QUERY, f"p{i}", "id.device", Detector.KEY, 0.8, "why", "v",
                     None, "key.x") for i in range(95)]
    assert store.write_findings(found) == 95
    assert store.count("findings") == 95
    assert next(store.db["findings"].rows)["detector"] == "key"


def test_iter_requests_skips_responses_dns_and_down_messages() -> None:
    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="x"))
    ids = store.add_exchanges(cap, [
        Exchange(ts=0, method="POST", url="https://h.example/", request_body=b"a=1",
                 request_headers=(("Content-Type", "x"),), response_body=b"big" * 1000),
        Exchange(ts=1, kind=ExchangeKind.DNS),
        Exchange(ts=2, kind=ExchangeKind.WEBSOCKET, direction="down", request_body=b"{}"),
    ])
    got = list(store.iter_requests())
    assert [i for i, _ in got] == [ids[0]]
    ex = got[0][1]
    assert ex.request_body == b"a=1" and ex.request_headers == (("Content-Type", "x"),)
    assert ex.response_body is None


def test_request_of_decodes_as_the_exchange_does() -> None:
    from analysis.decoders import decode_exchange
    from analysis.store.fields import exchange_of, request_of

    store = Store.memory()
    cap = store.add_capture(Capture(kind="har", source="x"))
    store.add_exchanges(cap, [
        Exchange(ts=0, method="POST", url="https://h.example/a/b?x=1&uid=abcdef0123456789",
                 request_body=b'{"adid": "38400000-8cf0-11bd-b23e-10b96e40000d", "n": 3}',
                 request_headers=(("Content-Type", "application/json"), ("Cookie", "s=v1; t=2")),
                 request_truncated=True, request_body_size=900),
        Exchange(ts=1, kind=ExchangeKind.WEBSOCKET, request_body=b"k=v&w=1"),
        Exchange(ts=2, url="https://h.example/"),
    ])
    rows = list(store.request_rows())
    assert len(rows) == 3
    for row in rows:
        side, ex = request_of(row), exchange_of(row)
        assert (side.kind, side.url, side.request_headers, side.request_body, side.direction,
                side.request_truncated, side.request_body_size) == (
            ex.kind, ex.url, ex.request_headers, ex.request_body, ex.direction,
            ex.request_truncated, ex.request_body_size)
        assert decode_exchange(side) == decode_exchange(ex)
    paths = {leaf.path for leaf in decode_exchange(request_of(rows[0])).leaves}
    assert {"adid", "uid", "s", "path[0]"} <= paths
