"""Socket.IO packets as they travel in WebSocket messages and long-polling bodies: an Engine.IO
``4`` (message) followed by a Socket.IO packet type, an optional namespace and ack id, then JSON
(``42["location",{"lat":...}]``, ``42/chat,17["msg",{...}]``, ``40{"token":"..."}``).

Sources: the Engine.IO protocol v4 (packet types 0-6, ``4`` = message) and the Socket.IO
protocol v5 (``0`` CONNECT with an auth payload, ``2`` EVENT, ``3`` ACK, ``5``/``6`` binary with
an attachment count ``N-``). An event's name and arguments become ``emit`` and ``args[i]``, a
connect's payload ``auth``, an ack's arguments ``args[i]``: the JSON keys continue from there.
The name is kept as ``emit`` (what the client emitted), not ``event``: names such as
"subscribe" or "log" are the protocol's and would otherwise read as app usage.
"""

from __future__ import annotations

import re

from analysis.decoders.base import NotThisFormat, Tree
from analysis.decoders.json_body import loads

_PACKET = re.compile(rb"4([0-6])(?:\d+-)?(?:(/[^,\[{]*),)?(\d+)?([\[{].*)", re.S)


class SocketIO:
    name = "socketio"

    def fits(self, data: bytes, content_type: str) -> int:
        return 1 if data[:1] == b"4" and data[1:2] in b"0123456" and len(data) > 2 else 0

    def decode(self, data: bytes, content_type: str) -> Tree:
        m = _PACKET.fullmatch(data.rstrip(b"\x00 \r\n"))
        if m is None:
            raise NotThisFormat("not a Socket.IO packet")
        kind, namespace, _ack, payload = m.groups()
        try:
            value = loads(payload.decode("utf-8"))
        except ValueError as exc:
            raise NotThisFormat("Socket.IO payload is not JSON") from exc
        out: dict[str, Tree] = {}
        if namespace:
            out["namespace"] = namespace.decode("utf-8", "replace")
        if kind in (b"2", b"5") and isinstance(value, list) and value and isinstance(
                value[0], str):
            # "emit", not "event": a protocol's "subscribe" is no app event a rule should read
            out["emit"], out["args"] = value[0], value[1:]
        elif kind in (b"3", b"6") and isinstance(value, list):
            out["args"] = value
        elif kind == b"0":
            out["auth"] = value
        else:
            out["data"] = value
        return out


DECODER = SocketIO()
