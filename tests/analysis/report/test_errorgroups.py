"""The report's errors say what each row is, and its counts add up (QA15 #6): a request that
never reached a server, or a HAR entry never sent, is no decode failure."""

from __future__ import annotations

from analysis.records import Capture, Exchange, ReadError
from analysis.report.data import build_report
from analysis.report.errorgroups import NOT_SEEN, UNDECODED, UNREACHED, counts, group, headline
from analysis.report.html import render_html
from analysis.sources.har_unsent import unsent_errors
from analysis.store import Store
from tests.analysis.report.dom import parse


def _study() -> Store:
    """QA15 study 1 in small: a HAR entry blocked in the client (kept as a request that never
    reached a server, and counted as not sent), a connection that failed, a JPEG part kept raw,
    a data: URL dropped, and a TLS connection not decrypted."""
    store = Store.memory()
    har = store.add_capture(Capture(kind="har", source="s3.har"))
    mitm = store.add_capture(Capture(kind="mitm", source="s2.mitm"))
    store.add_exchanges(har, [Exchange(ts=1, host="px.ads.example",
                                       error="net::ERR_BLOCKED_BY_CLIENT")])
    store.add_exchanges(mitm, [Exchange(ts=2, host="vision.facelab.example",
                                        error="Connect call failed"),
                               Exchange(ts=3, host="media.app.example", status=200,
                                        server_ip="192.0.2.9")])
    store.add_errors("ingest", unsent_errors("s3.har", {
        "blocked or failed in the client (net::ERR_BLOCKED_BY_CLIENT)": 1,
        "data: URLs never leave the device": 2}), capture_id=har)
    store.add_errors("decode", [ReadError("exchanges 3", "kept-raw", "body part 'file' is a "
                                          "JPEG image, kept as is")])
    store.add_errors("ingest", [ReadError("s2.mitm", "via-proxy", "1 connection(s) went "
                                          "through a proxy at 192.0.2.1:3128")])
    return store


def test_each_error_row_says_what_it_is_and_the_counts_add_up() -> None:
    doc = build_report(_study())
    groups = {(e["kind"], e["message"][:12]): e["group"] for e in doc["errors"]}
    assert groups[("kept-raw", "body part 'f")] == "undecoded"
    assert groups[("no-response", "1 request(s)")] == "unreached"
    assert groups[("not-sent", "1 HAR entry ")] == "unreached"  # kept: the no-response row
    assert groups[("not-sent", "2 HAR entrie")] == "not-sent"
    assert groups[("via-proxy", "1 connection")] == "note"
    summary = doc["summary"]
    assert summary["undecoded"] == 1  # the JPEG part, and nothing that was never sent
    assert summary["unreached"] == 2  # the blocked entry and the failed connection, once each
    assert summary["not_sent"] == 2  # the data: URLs, dropped at import


def test_the_html_describes_items_as_what_they_are() -> None:
    page = render_html(build_report(_study()), [], {})
    text = " ".join(" ".join(parse(page).text).split())
    assert "1 item(s) could not be read or decoded" in text
    assert "2 request(s) never reached a server" in text
    assert "2 HAR entries were never sent over the network" in text
    assert "not decode failures" in text
    assert "could not be read or decoded" in text and "5 items could not be read" not in text


def test_a_connect_the_proxy_could_not_carry_out_is_an_attempt() -> None:
    # (QA185: a crash reporter's fallback host, refused; no request was sent there)
    msg = ("phone 127.0.0.1:50412 asked to connect to fallback.crash.example:18444 (HTTP "
           "CONNECT), which the proxy could not reach: connection refused")
    assert group("connect-failed", msg) == UNREACHED
    assert group("tls-failed", "refused the proxy's certificate") == NOT_SEEN
    assert group("truncated", "body cut short") == UNDECODED
    rows = [{"kind": "connect-failed", "message": msg, "count": 1},
            {"kind": "truncated", "message": "x", "count": 2}]
    assert counts(rows)[UNREACHED] == 1 and counts(rows)[UNDECODED] == 2
    assert "never reached a server" in headline(rows)
