"""QA9 (an independent tester hunting false positives of the last mechanisms: typed text by
its call, consumption lists, Socket.IO, a carrier named in a User-Agent) found these; each stays
fixed, and the true case beside it still fires."""

from __future__ import annotations

import json

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, ExchangeKind
from tests.analysis.classifiers.found import found_in

PROFILE = DeviceProfile(device=DeviceInfo(country="US"),
                        carrier={"mcc": "310", "mnc": "260", "name": "Free Mobile"})


def _cats(url: str, body: object, profile: DeviceProfile | None = None) -> set[str]:
    ex = Exchange(ts=0, method="POST", url=url, request_body=json.dumps(body).encode(),
                  request_headers=(("content-type", "application/json"),))
    found = classify_decoded(1, decode_exchange(ex), matcher_for(profile) if profile else None)
    return {f.category for f in found if f.confidence >= 0.6}


def test_the_apps_own_messages_are_no_typed_text() -> None:
    prose = "Your order has shipped and will arrive tomorrow."
    for url, body in [
        ("https://push.example/v1/notifications/messages/ack", {"message": prose}),
        ("https://cdn.example/i18n/messages/en", {"message": prose}),
        ("https://mail.example/v3/messages/render", {"subject": prose}),
        ("https://mod.example/v1/comments/123/moderate", {"reason": prose}),
        ("https://support.example/v2/tickets/99/events", {"message": prose,
                                                           "type": "auto_reply"}),
        ("https://app.example/v1/reviews/prompt", {"details": prose}),
        ("https://flags.example/v1/report", {"reason": prose}),
    ]:
        assert "content.text" not in _cats(url, body), url
    assert "content.text" in _cats("https://chat.example/v1/chats/55/messages",
                                   {"text": "hey are we still meeting at noon tomorrow?"})


def test_machines_reads_and_a_shops_watches_are_no_usage() -> None:
    assert found_in({"disk": {"reads": [{"id": "sda", "ms": 12, "duration": 3}]},
                     "watches": [{"id": "w1", "title": "Galaxy Watch 6"}]}) == {}
    assert "behavior.usage" in found_in({"recentlyPlayed": [{"track": "tr_12"}]})[
        "recentlyPlayed[0].track"]


def test_a_carrier_name_in_an_identifier_or_a_network_list_is_no_carrier() -> None:
    for body in ({"placement": "home_free_mobile_banner"},
                 {"rules": "mccmnc/310260;mccmnc/310410"},
                 {"filter": "blocked mccmnc:310260"}):
        assert "location.carrier" not in _cats("https://a.example/x", body, PROFILE), body
    ex = Exchange(ts=0, method="GET", url="https://a.example/x", request_headers=(
        ("User-Agent", "App/1.0 (Android 14) Carrier/Free_Mobile"),))
    assert "location.carrier" in {f.category for f in classify_decoded(
        1, decode_exchange(ex), matcher_for(PROFILE))}


def test_a_socketio_protocol_event_is_no_usage() -> None:
    ex = Exchange(ts=0, kind=ExchangeKind.WEBSOCKET, url="wss://rt.example/socket.io/",
                  request_body=b'42["subscribe",{"channel":"prices"}]')
    assert classify_decoded(1, decode_exchange(ex)) == []
