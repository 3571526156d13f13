"""Socket.IO packets in WebSocket messages and polling bodies."""

from __future__ import annotations

import pytest

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.decoders.base import DecodeError
from analysis.decoders.socketio import DECODER
from analysis.records import Exchange, ExchangeKind


def test_events_connects_and_acks() -> None:
    assert DECODER.decode(b'42["location",{"lat":40.74183}]', "") == {
        "emit": "location", "args": [{"lat": 40.74183}]}
    assert DECODER.decode(b'42/chat,17["msg",{"text":"hi"}]', "") == {
        "namespace": "/chat", "emit": "msg", "args": [{"text": "hi"}]}
    assert DECODER.decode(b'40{"token":"abc"}', "") == {"auth": {"token": "abc"}}
    assert DECODER.decode(b'431[{"ok":true}]', "") == {"args": [{"ok": True}]}
    with pytest.raises(DecodeError):
        DECODER.decode(b"42 not json", "")


def test_a_websocket_message_is_read_field_by_field() -> None:
    ex = Exchange(ts=0, kind=ExchangeKind.WEBSOCKET, url="wss://rt.example/socket.io/",
                  request_body=b'42["position",{"lat":40.74183,"lng":-73.98931}]')
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))}
    assert ("args[0].lat", "location.precise") in found
