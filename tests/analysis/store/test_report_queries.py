"""Store.request_timeline: requests binned per capture, host and time slice, in SQL."""

from __future__ import annotations

from analysis.records import Capture, Destination, Exchange
from analysis.store import Store


def test_timeline_bins_requests_per_capture_and_host() -> None:
    store = Store.memory()
    a = store.add_capture(Capture("har", "a.har"))
    b = store.add_capture(Capture("har", "b.har"))
    ids = store.add_exchanges(a, [Exchange(ts=100.0 + t, host="x.example") for t in (0, 1, 99)])
    ids += store.add_exchanges(a, [Exchange(ts=150.0, host="y.example", direction="down")])
    ids += store.add_exchanges(b, [Exchange(ts=5000.0 + t, host=None, server_ip="192.0.2.1")
                                   for t in (0, 50)])
    store.set_destinations([Destination("named.example", "192.0.2.1")], {ids[-1]: 0})
    timeline = store.request_timeline(bins=10)
    assert timeline.bin_seconds == 99 / 10
    assert timeline.starts == {a: 100.0, b: 5000.0}
    assert timeline.spans == {a: 99.0, b: 50.0}
    got = {(x.capture_id, x.host, round(x.start, 2), x.requests) for x in timeline.bins}
    assert got == {
        (a, "x.example", 0.0, 2),  # 0 s and 1 s share the first 9.9 s slice
        (a, "x.example", 99.0, 1),  # the downward message at 150 s is not a request
        (b, "192.0.2.1", 0.0, 1),  # no host, no destination: the server address
        (b, "named.example", round(5 * 9.9, 2), 1),  # the destination's host wins
    }


def test_empty_study_has_an_empty_timeline() -> None:
    timeline = Store.memory().request_timeline()
    assert timeline.bins == [] and timeline.starts == {}
