"""The store-label issues appear in the HTML report, escaped, with links to their requests."""

from __future__ import annotations

from analysis.report.html import render_html


def test_store_label_issues_are_rendered_and_escaped() -> None:
    report = {"schema": "phonehome.report/1", "study": {"captures": []}, "claims": [],
              "findings": [], "destinations": [], "flows": [], "errors": [],
              "store_labels": [{"store": "google", "issue": "undeclared-sharing",
                                "label_type": "Device or other IDs",
                                "categories": ["id.advertising"],
                                "organizations": ["<script>x</script>"], "requests": [3, 4],
                                "explanation": "went to third parties"}]}
    page = render_html(report, [], {})
    assert "Store privacy label" in page and "undeclared-sharing" in page
    assert "<script>x</script>" not in page and "&lt;script&gt;" in page
    assert "2: 3 4" in page
    empty = render_html({**report, "store_labels": []}, [], {})
    assert "Store privacy label" not in empty


def test_identifiers_in_urls_are_masked_for_reading_not_in_the_contract() -> None:
    from analysis.records import Capture, Detector, Exchange, Finding, Part
    from analysis.report.data import build_report
    from analysis.store import Store

    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a.har"))
    url = "https://a.example/cfg?aid=6f1d2c3b-1111-2222-3333-444455556666&imei=356938035643809"
    (eid,) = store.add_exchanges(cid, [Exchange(ts=1.0, url=url, host="a.example")])
    store.write_findings([
        Finding(eid, Part.QUERY, "imei", "id.hardware", Detector.VALUE, 0.9, "luhn",
                "356938035643809"),
        Finding(eid, Part.QUERY, "aid", "id.advertising", Detector.KEY, 0.9, "key",
                "6f1d2c3b-1111-2222-3333-444455556666")])
    report = build_report(store)
    assert report["findings"][0]["url"] == url  # report.json keeps the complete URL
    shown = report["findings"][0]["url_display"]
    assert "356938035643809" not in shown and "6f1d2c3b-1111" not in shown
    assert shown.startswith("https://a.example/cfg?aid=6f1")
    page = render_html(report, [], {})
    assert "356938035643809" not in page and "6f1d2c3b-1111" not in page
    assert build_report(store, show_values=True)["findings"][0]["url_display"] == url


def test_identifiers_in_a_claims_example_url_are_masked_for_reading() -> None:
    # a claim's explanation names an example request by its URL, whose path may hold a VIN the
    # classifiers found (QA86: "…/v2/vehicles/WVTZZZ3HZRE004417/parking" shown in clear)
    from analysis.records import (
        Capture,
        Claim,
        ClaimVerdict,
        Detector,
        Exchange,
        Finding,
        Part,
        Verdict,
    )
    from analysis.report.data import build_report
    from analysis.report.pdf import summary_lines
    from analysis.store import Store

    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a.har"))
    vin = "WVTZZZ3HZRE004417"
    url = f"https://api.car.example.com/v2/vehicles/{vin}/parking"
    (eid,) = store.add_exchanges(cid, [Exchange(ts=1.0, url=url, host="api.car.example.com")])
    store.write_findings([Finding(eid, Part.URL, "path[2]", "id.hardware", Detector.KEY, 0.85,
                                  "a VIN", vin)])
    store.set_claims([Claim("no-ids", "No IDs.", ("id.hardware",), "absent")],
                     [ClaimVerdict("no-ids", Verdict.VIOLATED,
                                   f"Violated: car ×1. Example: request {eid} POST {url}",
                                   (eid,))], [])
    report = build_report(store)
    (claim,) = report["claims"]
    assert vin in claim["explanation"]  # report.json keeps the exact text
    assert vin not in claim["explanation_display"] and "WVT" in claim["explanation_display"]
    assert vin not in render_html(report, [], {})
    assert vin not in "\n".join(summary_lines(report, synthetic=False))
    assert vin in build_report(store, show_values=True)["claims"][0]["explanation_display"]


def test_only_a_urls_values_are_masked_in_a_claims_explanation() -> None:
    from analysis.report.data import _URL_IN_TEXT, masked_url

    text = ("Violated: clipshare.example (US) ×2. Example: request 80331 POST "
            "https://clipshare.example/v1/u/80331/feed")
    shown = _URL_IN_TEXT.sub(lambda m: masked_url(m.group(0), {"clipshare", "80331"}), text)
    assert shown.startswith("Violated: clipshare.example (US) ×2. Example: request 80331 ")
    assert "/u/80331/" not in shown


def test_a_long_number_no_reading_named_is_masked_for_reading_too() -> None:
    # (QA160: an NHS number under the app's own word in a query, read as nothing)
    from analysis.report.data import masked_url
    url = "https://api.example.com/v1/slaynt?earroo=4857261936&page=2"
    assert masked_url(url, set()) == "https://api.example.com/v1/slaynt?earroo=48••••••36&page=2"
    assert masked_url(url, set(), numbers=False) == url  # (--show-values)
    assert masked_url("https://10.0.0.1:8443/x/123456", set()).startswith("https://10.0.0.1:8443/")
    # ...and one written in groups (QA189: a mobile-money wallet no reading named), not a date
    wallet = "https://api.example.com/v1/hala?mahfaza=BQ-7730-5521-0094&d=2026-11-27&v=3.4.1"
    shown = masked_url(wallet, set())
    assert "5521" not in shown and "d=2026-11-27" in shown and "v=3.4.1" in shown


def test_a_long_secret_kept_as_its_preview_is_masked_whole_in_a_url() -> None:
    from analysis.report.data import masked_url
    # QA167: a JWT in a query, stored as its preview "eyJ…", was shown whole in url_display
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"
    url = f"https://tele.example/v2/room?booking=CS-5521&token={jwt}&v=2"
    shown = masked_url(url, {jwt[:24] + "…"})
    assert jwt[10:] not in shown and "&v=2" in shown and "booking=CS-5521" in shown
    token = "bxp:APA91bHq7Zk2c0Lm3WnR8sTt4Yv6Xa9"
    shown = masked_url(f"https://push.example/v1/devices/{token}/tags", {token[:16] + "…"})
    assert token[8:] not in shown and shown.endswith("/tags")


def test_a_long_explanation_cut_in_the_pdf_says_where_the_rest_is() -> None:
    from analysis.report.pdf import summary_lines
    long = " ".join(f"word{i}" for i in range(400))
    report = {"claims": [{"id": "c01", "text": "We keep data in the EU.", "verdict": "violated",
                          "explanation": long, "evidence": [1]}]}
    lines = summary_lines(report, synthetic=False)
    arrows = [x for x in lines if x.startswith("    → ")]
    assert len(arrows) == 6 and arrows[-1].endswith("… (continued in index.html)")
    short = {"claims": [{"id": "c02", "text": "t", "verdict": "holds", "explanation": "ok"}]}
    assert "    → ok" in summary_lines(short, synthetic=False)


def test_the_pdf_counts_an_unreached_request_apart_from_what_was_not_decoded() -> None:
    from analysis.report.pdf import summary_lines
    # QA199: the PDF said "3 items could not be read or decoded" where the HTML said two, and
    # one request that never reached a server
    report = {"errors": [{"kind": "body-undecodable", "count": 2, "group": "undecoded"},
                         {"kind": "connect-failed", "count": 1, "group": "unreached"}]}
    text = " ".join(summary_lines(report, synthetic=False))
    assert "2 item(s) could not be read or decoded" in text
    assert "1 request(s) never reached a server" in text
    assert "3 item" not in text


def test_an_api_key_in_a_url_is_masked_for_reading_even_with_values_shown() -> None:
    from analysis.report.data import masked_url
    # QA202: a map SDK's "key=pyx_live_…" shown whole in every URL of the HTML and the CSV
    url = "https://maps.example/v1/geocode?v=2&key=pyx_live_5c9e2b71f04d&sig=a1b2c3d4e5f6"
    for numbers in (True, False):
        shown = masked_url(url, set(), numbers=numbers)
        assert "5c9e2b71" not in shown and "c3d4e5" not in shown and "?v=2&" in shown
    # QA201: a child's school-bus stop under "stop_lat", unread, shown whole
    shown = masked_url("https://a.example/v3/bus?stop_lat=13.35110&stop_lng=74.70522", set())
    assert "35110" not in shown and "70522" not in shown
    # QA203: unread, a co-op member's number, a child's immunisation card and the user's name
    # in a giving page's query
    for url, kept in (("https://api.example/coop/members/AHC-0457", "0457"),
                      ("https://api.example/v2/card/UNEPI-ARU-2024-11873/doses", "11873"),
                      ("https://give.example/v1/sadaka?ru=Ayikoru%20Candiru&amt=5000",
                       "Candiru")):
        assert kept not in masked_url(url, set()), url
    # ...not a version, a language, a page, a booking's short reference
    url = "https://api.example/api/v2/users/me?lang=en-US&page=2&booking=CS-5521"
    assert masked_url(url, set()) == url
    # QA207: a crash SDK's key under a prefixed name
    assert "8f2a61d0" not in masked_url("https://c.example/api/1/store?dsn_key=cn_pub_8f2a61d0",
                                        set())
    # QA209: a doctor's name with a title, an SDK's key under "k" by its vendor's prefix
    shown = masked_url("https://c.example/v1/b?hakiimu=Dr.+Almaz+Tadesse&k=tlm_pub_4f9a2c7e1b",
                       set())
    assert "Tadesse" not in shown and "4f9a2c" not in shown
    # QA202: a point under names no rule reads ("platos", "mikos": Greek), three decimals each
    shown = masked_url("https://a.example/v2/kontina?platos=40.993&mikos=22.875&r=2", set())
    assert "40.993" not in shown and "22.875" not in shown and shown.endswith("&r=2")
    # ...not a short value under such a name ("key=up", a key pressed)
    assert masked_url("https://a.example/k?key=up", set()).endswith("key=up")


def test_unread_uuids_and_hex_ids_in_a_url_are_masked_for_reading() -> None:
    from analysis.report.data import masked_url

    # QA177: an advertising ID no reading named, shown whole in a tracking pixel's query
    url = ("https://t.duppy.example/px?aid=c3d9a7f2-1b2c-4d5e-8f90-a1b2c3d4e5f6&e=skriin_vyuu"
           "&h=3f2a9b8c1d2e4f5a9b8c")
    shown = masked_url(url, set())
    assert "c3d9a7f2-1b2c" not in shown and "3f2a9b8c1d2e" not in shown
    assert "e=skriin_vyuu" in shown and shown.startswith("https://t.duppy.example/px?aid=")
    # ...and shown whole with --show-values
    assert masked_url(url, set(), numbers=False) == url
