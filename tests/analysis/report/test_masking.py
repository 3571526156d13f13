"""value_preview is masked unless --show-values for every category (DESIGN.md report.json):
typed text, address-book entries, search terms and uploaded files are as private as IDs."""

from __future__ import annotations

from analysis.records import Capture, Detector, Exchange, Finding, Part
from analysis.report.data import build_report
from analysis.store import Store

VALUES = {"content.text": "hunter2pass", "content.contacts": "+14155550111",
          "behavior.search": "divorce lawyer near me", "content.media": "\xff\xd8\xff\xe0JFIF",
          "health.medical": "sertraline 50mg", "device.info": "Pixel 8 Pro"}


def _report(show: bool) -> dict[str, str]:
    store = Store.memory()
    cid = store.add_capture(Capture(kind="har", source="a.har"))
    url = "https://a.example/s?q=divorce+lawyer+near+me&model=Pixel+8+Pro"
    (eid,) = store.add_exchanges(cid, [Exchange(ts=1.0, url=url, host="a.example")])
    store.write_findings([Finding(eid, Part.BODY, cat.replace(".", "_"), cat, Detector.KEY, 0.8,
                                  "key", value) for cat, value in VALUES.items()])
    report = build_report(store, show_values=show)
    return {f["category"]: f["value_preview"] for f in report["findings"]} | {
        "url_display": report["findings"][0]["url_display"]}


def test_every_preview_is_masked_by_default() -> None:
    shown = _report(False)
    for cat, value in VALUES.items():
        assert value not in shown[cat] and shown[cat], (cat, shown[cat])
    # a search term is hidden in the URL shown for reading too; the phone's model is not
    assert "divorce" not in shown["url_display"] and "Pixel+8+Pro" in shown["url_display"]


def test_show_values_shows_them() -> None:
    shown = _report(True)
    for cat, value in VALUES.items():
        assert shown[cat] == value, cat


def test_a_sockets_messages_hide_what_their_upgrade_request_carried() -> None:
    """A WebSocket message's finding shows its socket's URL: the device ID found in that URL's
    query (on the upgrade request) is hidden there too (QA57)."""
    from analysis.records import ExchangeKind

    store = Store.memory()
    cid = store.add_capture(Capture(kind="mitm", source="a.mitm"))
    url = "https://live.example/ws/v2/?room_id=730255&device_id=7300418829561734921"
    up, msg = store.add_exchanges(cid, [
        Exchange(ts=1.0, url=url, host="live.example"),
        Exchange(ts=2.0, url=url, host="live.example", kind=ExchangeKind.WEBSOCKET,
                 direction="up", request_body=b'{"text": "what song is this"}')])
    store.write_findings([
        Finding(up, Part.QUERY, "device_id", "id.device", Detector.KEY, 0.85, "key",
                "7300418829561734921"),
        Finding(msg, Part.BODY, "text", "content.text", Detector.KEY, 0.7, "key",
                "what song is this")])
    shown = [f["url_display"] for f in build_report(store, show_values=False)["findings"]]
    assert len(shown) == 2 and not any("7300418829561734921" in u for u in shown), shown
