"""HAR entries the phone never sent over the network (QA3 P25, P37): dropped or kept marked,
and counted either way."""

from __future__ import annotations

from pathlib import Path

from analysis.records import Exchange, ReadError
from analysis.sources.base import SourceOptions
from analysis.sources.har import read
from tests.analysis.sources.test_har import entry, write

GAID = "6c2f8a10-4b3e-4d7a-9e15-2a7b8c9d0e1f"
NO_NET = {"blocked": -1, "dns": -1, "ssl": -1, "connect": -1, "send": 0, "wait": 0,
          "receive": 0.5}


def _req(url: str) -> dict[str, object]:
    return {"method": "GET", "url": url, "headers": []}


def _read(tmp_path: Path, entries: list[dict[str, object]]) -> tuple[list[Exchange],
                                                                      list[ReadError]]:
    items = list(read(write(tmp_path, entries), SourceOptions()))
    return ([i for i in items if isinstance(i, Exchange)],
            [i for i in items if isinstance(i, ReadError)])


def test_non_network_urls_are_dropped_and_counted(tmp_path: Path) -> None:
    urls = [f"data:text/plain,{GAID}", f"blob:https://app.example/{GAID}",
            f"chrome-extension://abcdefghijklmnop/bg.js?gaid={GAID}",
            f"file:///sdcard/x?gaid={GAID}", "about:blank", "data:image/png;base64,AAAA"]
    exchanges, errors = _read(tmp_path, [*(entry(request=_req(u)) for u in urls), entry()])
    assert [e.url for e in exchanges] == ["https://api.example.com:8443/v1/x?a=1"]
    messages = {e.message: e.count for e in errors}
    assert messages["2 HAR entries were not sent over the network: data: URLs never leave the "
                    "device"] == 2
    assert messages["1 HAR entry was not sent over the network: chrome-extension: URLs never "
                    "leave the device"] == 1
    assert {e.kind for e in errors} == {"not-sent"}
    assert sum(e.count for e in errors) == 6


def test_cache_hits_are_dropped_blocked_requests_kept_not_delivered(tmp_path: Path) -> None:
    url = f"https://ads.adnet.test/v3/x?gaid={GAID}"
    cached = entry(request=_req(url), _fromCache="disk", serverIPAddress="", timings=NO_NET)
    memory = entry(request=_req(url), serverIPAddress="", timings=NO_NET)  # no _fromCache
    blocked = entry(request=_req(url), serverIPAddress="", timings=NO_NET,
                    response={"status": 0, "_error": "net::ERR_BLOCKED_BY_CLIENT",
                              "content": {}})
    # a request on a reused connection (no DNS/connect time) with a server is sent
    reused = entry(request=_req(url), timings={"dns": -1, "connect": -1, "ssl": -1,
                                               "send": 0.1, "wait": 40})
    exchanges, errors = _read(tmp_path, [cached, memory, blocked, reused])
    assert len(exchanges) == 2
    kept = exchanges[0]
    assert (kept.status, kept.error, kept.server_ip) == (None, "net::ERR_BLOCKED_BY_CLIENT",
                                                         None)
    assert exchanges[1].server_ip == "192.0.2.7"
    messages = {e.message for e in errors}
    assert ("2 HAR entries were not sent over the network: served from the browser's cache"
            in messages)
    assert ("1 HAR entry was not sent over the network: blocked or failed in the client "
            "(net::ERR_BLOCKED_BY_CLIENT)") in messages


def test_each_reason_is_its_own_errors_row(tmp_path: Path) -> None:
    from analysis.ingest import CaptureMeta, ingest
    from analysis.store import Store

    url = f"https://ads.adnet.test/v3/x?gaid={GAID}"
    path = write(tmp_path, [entry(request=_req(url), _fromCache="memory"),
                            entry(request=_req(f"data:text/plain,{GAID}")),
                            entry(request=_req(f"data:text/plain,{GAID}")), entry()])
    store = Store.memory()
    ingest(store, [path], CaptureMeta())
    rows = {r["message"]: r["count"] for r in store.error_rows() if r["kind"] == "not-sent"}
    assert rows == {
        "1 HAR entry was not sent over the network: served from the browser's cache": 1,
        "2 HAR entries were not sent over the network: data: URLs never leave the device": 2}


def test_an_aborted_request_that_went_out_is_sent(tmp_path: Path) -> None:
    # QA4 P4: Chrome's net::ERR_ABORTED on a beacon cancelled while waiting for the answer —
    # it has a server address and network timings: it left the phone
    aborted = entry(request=_req(f"https://ads.example/b?gaid={GAID}"),
                    response={"status": 0, "headers": [], "content": {},
                              "_error": "net::ERR_ABORTED"},
                    serverIPAddress="88.198.40.7",
                    timings={"dns": 2, "connect": 25, "ssl": 15, "send": 0.4, "wait": 120})
    exchanges, errors = _read(tmp_path, [aborted])
    assert len(exchanges) == 1 and exchanges[0].server_ip == "88.198.40.7"
    assert not [e for e in errors if e.kind == "not-sent"]
